// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/VaultCommand.h"

#include "cli/CliApplication.h"
#include "cli/PassphrasePrompt.h"
#include "vault/Vault.h"

#include <QDir>

namespace huisuan {

namespace {

const char* const passphraseVariable = "HUISUAN_PASSPHRASE";
const char* const newPassphraseVariable = "HUISUAN_NEW_PASSPHRASE";

int fail(QTextStream& err, const VaultStatus& status)
{
    err << status.toString() << '\n';
    return ExitFailure;
}

struct Options
{
    QString action;
    QString file; // backup and restore
    QString directory;
    int kdfLog2N = 0; // 0: calibrate to Vault::defaultUnlockTime
};

bool parse(const QStringList& arguments, Options& options, QTextStream& err)
{
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--vault") && i + 1 < arguments.size()) {
            options.directory = arguments.at(++i);
        } else if (argument == QLatin1String("--kdf-log2n") && i + 1 < arguments.size()) {
            bool number = false;
            options.kdfLog2N = arguments.at(++i).toInt(&number);
            if (!number) {
                options.kdfLog2N = -1;
            }
        } else if (argument == QLatin1String("--lang") && i + 1 < arguments.size()) {
            ++i; // handled by runCli before the translator is installed
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << VaultCommand::tr("unknown option %1").arg(argument) << '\n';
            return false;
        } else {
            positional << argument;
        }
    }
    if (positional.isEmpty()) {
        return false;
    }
    options.action = positional.takeFirst();
    const bool needsFile = options.action == QLatin1String("backup") || options.action == QLatin1String("restore");
    if (positional.size() != (needsFile ? 1 : 0)) {
        return false;
    }
    if (needsFile) {
        options.file = positional.first();
    }
    if (options.directory.isEmpty()) {
        options.directory = Vault::defaultDirectory();
    }
    return true;
}

VaultResult<SecureBuffer> passphrase(bool confirm)
{
    return PassphrasePrompt::read(passphraseVariable, VaultCommand::tr("Vault passphrase: "), confirm);
}

/** The passphrase asked for, and the vault opened with it; a failure says why. */
struct UnlockedVault
{
    SecureBuffer passphrase;
    std::unique_ptr<Vault> vault;
};

VaultResult<UnlockedVault> unlock(const Options& options)
{
    auto secret = passphrase(false);
    if (!secret.ok()) {
        return secret.status;
    }
    auto vault = Vault::open(options.directory, secret.value);
    if (!vault.ok()) {
        return vault.status;
    }
    return UnlockedVault {std::move(secret.value), std::move(vault.value)};
}

int initialize(const Options& options, QTextStream& out, QTextStream& err)
{
    ScryptCost cost;
    if (options.kdfLog2N != 0) {
        cost.n = options.kdfLog2N > 0 && options.kdfLog2N < 63 ? quint64(1) << options.kdfLog2N : 0;
        if (!cost.isValid()) {
            err << VaultCommand::tr("--kdf-log2n must be between 10 and 22") << '\n';
            return ExitFailure;
        }
    }
    auto secret = passphrase(true);
    if (!secret.ok()) {
        return fail(err, secret.status);
    }
    if (options.kdfLog2N == 0) {
        cost = Vault::calibratedCost();
    }
    auto vault = Vault::create(options.directory, secret.value, cost);
    if (!vault.ok()) {
        return fail(err, vault.status);
    }
    out << VaultCommand::tr("Created a vault in %1 (scrypt N=2^%2, r=%3, p=%4).")
               .arg(QDir::toNativeSeparators(options.directory))
               .arg(qCountTrailingZeroBits(cost.n))
               .arg(cost.r)
               .arg(cost.p)
        << '\n';
    return ExitOk;
}

int changePassphrase(const Options& options, QTextStream& out, QTextStream& err)
{
    auto unlocked = unlock(options);
    if (!unlocked.ok()) {
        return fail(err, unlocked.status);
    }
    auto next = PassphrasePrompt::read(newPassphraseVariable, VaultCommand::tr("New passphrase: "), true);
    if (!next.ok()) {
        return fail(err, next.status);
    }
    if (auto changed = unlocked.value.vault->changePassphrase(unlocked.value.passphrase, next.value); !changed.ok()) {
        return fail(err, changed);
    }
    out << VaultCommand::tr("The passphrase was changed.") << '\n';
    return ExitOk;
}

int backup(const Options& options, QTextStream& out, QTextStream& err)
{
    auto unlocked = unlock(options);
    if (!unlocked.ok()) {
        return fail(err, unlocked.status);
    }
    Vault& vault = *unlocked.value.vault;
    if (auto written = vault.backup(options.file); !written.ok()) {
        return fail(err, written);
    }
    out << VaultCommand::tr("Backed up to %1 and verified.").arg(QDir::toNativeSeparators(options.file)) << '\n';
    return ExitOk;
}

int restore(const Options& options, QTextStream& out, QTextStream& err)
{
    auto secret = passphrase(false);
    if (!secret.ok()) {
        return fail(err, secret.status);
    }
    if (auto restored = Vault::restore(options.file, options.directory, secret.value); !restored.ok()) {
        return fail(err, restored);
    }
    out << VaultCommand::tr("Restored %1 into %2.")
               .arg(QDir::toNativeSeparators(options.file), QDir::toNativeSeparators(options.directory))
        << '\n';
    return ExitOk;
}

int verify(const Options& options, QTextStream& out, QTextStream& err)
{
    auto unlocked = unlock(options);
    if (!unlocked.ok()) {
        return fail(err, unlocked.status);
    }
    Vault& vault = *unlocked.value.vault;
    auto health = vault.verify();
    if (!health.ok()) {
        return fail(err, health.status);
    }
    const VaultInfo info = vault.info();
    out << VaultCommand::tr("vault: %1").arg(QDir::toNativeSeparators(info.directory)) << '\n'
        << VaultCommand::tr("schema version: %1").arg(info.schemaVersion) << '\n'
        << VaultCommand::tr("cipher: SQLCipher %1, %2, page size %3, HMAC %4")
               .arg(info.cipherVersion, info.cipher)
               .arg(info.pageSize)
               .arg(info.usesHmac ? VaultCommand::tr("on") : VaultCommand::tr("off"))
        << '\n'
        << VaultCommand::tr("journal: %1, synchronous %2").arg(info.journalMode).arg(info.synchronous) << '\n'
        << VaultCommand::tr("key derivation: scrypt N=2^%1, r=%2, p=%3")
               .arg(qCountTrailingZeroBits(info.kdfCost.n))
               .arg(info.kdfCost.r)
               .arg(info.kdfCost.p)
        << '\n';
    const VaultHealth& result = health.value;
    out << VaultCommand::tr("integrity: %1")
               .arg(result.integrityProblems.isEmpty() ? VaultCommand::tr("ok")
                                                       : result.integrityProblems.join(QStringLiteral("; ")))
        << '\n';
    if (result.audit.intact()) {
        out << VaultCommand::tr("audit log entries: %1, chain intact").arg(result.audit.entries) << '\n';
    } else {
        out << VaultCommand::tr("audit log: %1").arg(result.audit.reason) << '\n';
    }
    return result.healthy() ? ExitOk : ExitFailure;
}

/** Walks the audit log's hash chain end to end and names the first entry that breaks it. */
int auditLog(const Options& options, QTextStream& out, QTextStream& err)
{
    auto unlocked = unlock(options);
    if (!unlocked.ok()) {
        return fail(err, unlocked.status);
    }
    auto health = unlocked.value.vault->verify();
    if (!health.ok()) {
        return fail(err, health.status);
    }
    const AuditVerification& audit = health.value.audit;
    if (audit.intact()) {
        out << VaultCommand::tr("audit log: %1 entries, the hash chain is intact from the first to the head.")
                   .arg(audit.entries)
            << '\n';
        return ExitOk;
    }
    if (audit.firstBadEntry != 0) {
        out << VaultCommand::tr("audit log: entry %1 is the first broken one (%2). Entries from it on cannot be "
                                "trusted; restore the vault from a backup made before the change.")
                   .arg(audit.firstBadEntry)
                   .arg(audit.reason)
            << '\n';
    } else {
        out << VaultCommand::tr("audit log: %1. Restore the vault from a backup made before the change.")
                   .arg(audit.reason)
            << '\n';
    }
    return ExitRefused;
}

} // namespace

QString VaultCommand::usage()
{
    return tr("Usage: huisuan-cli vault init|passwd|verify|audit-log [--vault DIR] [--kdf-log2n L]\n"
              "       huisuan-cli vault backup FILE|restore FILE [--vault DIR]\n"
              "DIR defaults to %1.\n"
              "The passphrase is read from HUISUAN_PASSPHRASE, or asked for without echo on a terminal;\n"
              "passwd reads the new one from HUISUAN_NEW_PASSPHRASE or asks for it.\n"
              "--kdf-log2n L sets scrypt's cost N = 2^L for init (default: about half a second here).")
        .arg(QDir::toNativeSeparators(Vault::defaultDirectory()));
}

int VaultCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Options options;
    if (!parse(arguments, options, err)) {
        err << usage() << '\n';
        return ExitFailure;
    }
    if (options.action == QLatin1String("init")) {
        return initialize(options, out, err);
    }
    if (options.action == QLatin1String("passwd")) {
        return changePassphrase(options, out, err);
    }
    if (options.action == QLatin1String("backup")) {
        return backup(options, out, err);
    }
    if (options.action == QLatin1String("restore")) {
        return restore(options, out, err);
    }
    if (options.action == QLatin1String("verify")) {
        return verify(options, out, err);
    }
    if (options.action == QLatin1String("audit-log")) {
        return auditLog(options, out, err);
    }
    err << tr("unknown vault action %1").arg(options.action) << '\n' << usage() << '\n';
    return ExitFailure;
}

} // namespace huisuan
