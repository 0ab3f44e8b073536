// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/AuditCommand.h"

#include "audit/AuditFileExport.h"
#include "audit/AuditReportJson.h"
#include "audit/FilingReplayer.h"
#include "audit/FilingVerifier.h"
#include "cli/CliApplication.h"
#include "cli/PassphrasePrompt.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QSaveFile>

namespace huisuan {

namespace {

const QStringList valueOptions = {QStringLiteral("--ca"),
                                  QStringLiteral("--vault"),
                                  QStringLiteral("--folder"),
                                  QStringLiteral("--submission"),
                                  QStringLiteral("--out"),
                                  QStringLiteral("--lang")};
const QStringList flagOptions = {QStringLiteral("--json")};

struct Invocation
{
    QMap<QString, QString> options;
    QStringList flags;
    QStringList positional;

    QString option(const char* name) const { return options.value(QString::fromLatin1(name)); }
    bool has(const char* name) const { return options.contains(QString::fromLatin1(name)); }
    bool flag(const char* name) const { return flags.contains(QString::fromLatin1(name)); }
};

bool parse(const QStringList& arguments, Invocation& invocation, QTextStream& err)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size()) {
                err << AuditCommand::tr("%1 needs a value").arg(argument) << '\n';
                return false;
            }
            invocation.options.insert(argument.mid(2), arguments.at(++i));
        } else if (flagOptions.contains(argument)) {
            invocation.flags << argument.mid(2);
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << AuditCommand::tr("unknown option %1").arg(argument) << '\n';
            return false;
        } else {
            invocation.positional << argument;
        }
    }
    return true;
}

bool readFile(const QString& path, QByteArray& bytes, QTextStream& err)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        err << AuditCommand::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << '\n';
        return false;
    }
    bytes = file.readAll();
    return true;
}

bool readAuditFile(const QString& path, AuditFile& file, QTextStream& err)
{
    QByteArray bytes;
    if (!readFile(path, bytes, err)) {
        return false;
    }
    const AuditFile::ReadResult read = AuditFile::read(bytes, file);
    if (!read.ok) {
        err << QStringLiteral("%1: %2 (%3)").arg(QDir::toNativeSeparators(path), read.message, read.detail) << '\n';
    }
    return read.ok;
}

QString caSourceSentence(VerifyReport::CaSource source)
{
    switch (source) {
    case VerifyReport::CaSource::Pinned:
        return AuditCommand::tr("CA: the certificate given with --ca.");
    case VerifyReport::CaSource::AuditFile:
        return AuditCommand::tr("CA: the one embedded in the audit file, as the taxpayer's vault trusted it. Pin the "
                                "bureau's own with --ca to check that it is the bureau's.");
    case VerifyReport::CaSource::None:
        break;
    }
    return AuditCommand::tr("CA: none. A bare signed filing needs the bureau's SM2 CA certificate with --ca.");
}

void printVerify(const VerifyReport& report, QTextStream& out)
{
    out << AuditCommand::tr("Filing %1, tax year %2, signed by %3 at %4")
               .arg(report.submissionId)
               .arg(report.taxYear)
               .arg(report.signerName, report.createdAt.toString(Qt::ISODate))
        << '\n'
        << caSourceSentence(report.caSource) << '\n';
    if (!report.hasReceipt) {
        out << AuditCommand::tr("The file holds no receipt from the bureau.") << '\n';
    }
    for (const AuditCheck& check : report.checks) {
        out << QStringLiteral("  [%1] %2: %3")
                   .arg(check.passed ? AuditCommand::tr("pass") : AuditCommand::tr("FAIL"), check.name, check.sentence)
            << '\n';
    }
    out << (report.passed() ? AuditCommand::tr("Verified: every check holds.")
                            : AuditCommand::tr("NOT verified: see the failed checks above."))
        << '\n';
}

void printReplay(const ReplayReport& report, QTextStream& out)
{
    out << AuditCommand::tr("Replay of %1, tax year %2, rule pack %3")
               .arg(report.submissionId)
               .arg(report.taxYear)
               .arg(report.rulePack)
        << '\n';
    for (const ReplayLine& line : report.lines) {
        out << QStringLiteral("%1 %2  %3")
                   .arg(line.differs ? QStringLiteral("!!") : QStringLiteral("  "), line.id, line.label)
            << '\n';
        out << QStringLiteral("     %1 %2    %3 %4")
                   .arg(AuditCommand::tr("filed:"),
                        line.filedValue.isEmpty() ? QStringLiteral("-") : line.filedValue,
                        AuditCommand::tr("replayed:"),
                        line.replayedValue.isEmpty() ? QStringLiteral("-") : line.replayedValue)
            << '\n';
        if (!line.formula.isEmpty()) {
            out << QStringLiteral("     = %1").arg(line.formula) << '\n';
        }
        for (const QString& citation : line.citations) {
            out << QStringLiteral("     § %1").arg(citation) << '\n';
        }
    }
    out << report.message << '\n';
}

int verifyOne(const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    if (invocation.positional.size() != 1) {
        err << AuditCommand::usage() << '\n';
        return ExitFailure;
    }
    AuditFile file;
    if (!readAuditFile(invocation.positional.first(), file, err)) {
        return ExitFailure;
    }
    QByteArray ca;
    if (invocation.has("ca") && !readFile(invocation.option("ca"), ca, err)) {
        return ExitFailure;
    }
    const VerifyReport report = FilingVerifier::verify(file, ca);
    if (invocation.flag("json")) {
        out << QString::fromUtf8(AuditReportJson::verify(report)) << '\n';
    } else {
        printVerify(report, out);
    }
    return report.passed() ? ExitOk : ExitRefused;
}

int replayOne(const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    AuditFile file;
    if (!readAuditFile(invocation.positional.first(), file, err)) {
        return ExitFailure;
    }
    const ReplayReport report = FilingReplayer::replay(file);
    if (invocation.flag("json")) {
        out << QString::fromUtf8(AuditReportJson::replay(report)) << '\n';
    } else {
        printReplay(report, out);
    }
    return report.clean() ? ExitOk : ExitRefused;
}

/** One row of a summary table. */
struct SummaryRow
{
    QString name;
    int taxYear = 0;
    bool verified = false;
    bool clean = false;
    int differences = 0;
    QString note;
};

SummaryRow summarise(const QString& name, const AuditFile& file, const QByteArray& ca)
{
    const VerifyReport verified = FilingVerifier::verify(file, ca);
    const ReplayReport replayed = FilingReplayer::replay(file);
    QStringList failed;
    for (const AuditCheck& check : verified.checks) {
        if (!check.passed) {
            failed << check.id;
        }
    }
    const QString note = failed.isEmpty() ? (replayed.clean() ? QString() : replayed.message)
                                          : AuditCommand::tr("failed: %1").arg(failed.join(QStringLiteral(", ")));
    return SummaryRow {name, verified.taxYear, verified.passed(), replayed.clean(), replayed.differenceCount(), note};
}

int printSummary(const QList<SummaryRow>& rows, QTextStream& out)
{
    out << AuditCommand::tr("file or submission | year | verified | replayed clean | differences") << '\n';
    int failures = 0;
    for (const SummaryRow& row : rows) {
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5")
                   .arg(row.name)
                   .arg(row.taxYear)
                   .arg(row.verified ? AuditCommand::tr("yes") : AuditCommand::tr("NO"),
                        row.clean ? AuditCommand::tr("yes") : AuditCommand::tr("NO"))
                   .arg(row.differences);
        if (!row.note.isEmpty()) {
            out << QStringLiteral(" | ") << row.note;
        }
        out << '\n';
        failures += row.verified && row.clean ? 0 : 1;
    }
    out << AuditCommand::tr("%1 of %2 filing(s) verified and replayed clean.")
               .arg(rows.size() - failures)
               .arg(rows.size())
        << '\n';
    return failures == 0 && !rows.isEmpty() ? ExitOk : ExitRefused;
}

int replayFolder(const Invocation& invocation, const QByteArray& ca, QTextStream& out, QTextStream& err)
{
    const QDir folder(invocation.option("folder"));
    if (!folder.exists()) {
        err << AuditCommand::tr("There is no folder %1.").arg(QDir::toNativeSeparators(folder.path())) << '\n';
        return ExitFailure;
    }
    QList<SummaryRow> rows;
    for (const QString& name : folder.entryList(QDir::Files, QDir::Name)) {
        AuditFile file;
        QByteArray bytes;
        if (!readFile(folder.filePath(name), bytes, err)) {
            return ExitFailure;
        }
        const AuditFile::ReadResult read = AuditFile::read(bytes, file);
        rows.append(read.ok ? summarise(name, file, ca) : SummaryRow {name, 0, false, false, 0, read.message});
    }
    return printSummary(rows, out);
}

int replayVault(const Invocation& invocation, const QByteArray& ca, QTextStream& out, QTextStream& err)
{
    VaultResult<SecureBuffer> passphrase =
        PassphrasePrompt::read("HUISUAN_PASSPHRASE", AuditCommand::tr("Vault passphrase: "), false);
    if (!passphrase.ok()) {
        err << passphrase.status.toString() << '\n';
        return ExitFailure;
    }
    VaultResult<std::unique_ptr<Vault>> vault = Vault::open(invocation.option("vault"), passphrase.value);
    if (!vault.ok()) {
        err << vault.status.toString() << '\n';
        return ExitFailure;
    }
    VaultResult<QList<AuditFile>> files = AuditFileExport::allFromVault(*vault.value);
    if (!files.ok()) {
        err << files.status.toString() << '\n';
        return ExitFailure;
    }
    QList<SummaryRow> rows;
    for (const AuditFile& file : files.value) {
        const VerifyReport described = FilingVerifier::verify(file, ca);
        rows.append(summarise(described.submissionId, file, ca));
    }
    if (rows.isEmpty()) {
        out << AuditCommand::tr("This vault holds no filings.") << '\n';
        return ExitOk;
    }
    return printSummary(rows, out);
}

int replay(const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    const int sources =
        int(invocation.has("vault")) + int(invocation.has("folder")) + int(!invocation.positional.isEmpty());
    if (sources != 1 || invocation.positional.size() > 1) {
        err << AuditCommand::usage() << '\n';
        return ExitFailure;
    }
    QByteArray ca;
    if (invocation.has("ca") && !readFile(invocation.option("ca"), ca, err)) {
        return ExitFailure;
    }
    if (invocation.has("folder")) {
        return replayFolder(invocation, ca, out, err);
    }
    if (invocation.has("vault")) {
        return replayVault(invocation, ca, out, err);
    }
    return replayOne(invocation, out, err);
}

int exportFiling(const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    if (invocation.positional != QStringList {QStringLiteral("export")} || !invocation.has("submission") ||
        !invocation.has("out")) {
        err << AuditCommand::usage() << '\n';
        return ExitFailure;
    }
    VaultResult<SecureBuffer> passphrase =
        PassphrasePrompt::read("HUISUAN_PASSPHRASE", AuditCommand::tr("Vault passphrase: "), false);
    if (!passphrase.ok()) {
        err << passphrase.status.toString() << '\n';
        return ExitFailure;
    }
    VaultResult<std::unique_ptr<Vault>> vault =
        Vault::open(invocation.has("vault") ? invocation.option("vault") : Vault::defaultDirectory(), passphrase.value);
    if (!vault.ok()) {
        err << vault.status.toString() << '\n';
        return ExitFailure;
    }
    VaultResult<AuditFile> file = AuditFileExport::fromVault(*vault.value, invocation.option("submission"));
    if (!file.ok()) {
        err << file.status.toString() << '\n';
        return ExitFailure;
    }
    QSaveFile saved(invocation.option("out"));
    if (!saved.open(QIODevice::WriteOnly) || saved.write(file.value.toBytes()) < 0 || !saved.commit()) {
        err << AuditCommand::tr("cannot write %1: %2")
                   .arg(QDir::toNativeSeparators(invocation.option("out")), saved.errorString())
            << '\n';
        return ExitFailure;
    }
    out << AuditCommand::tr("Wrote the audit file of %1 to %2.")
               .arg(invocation.option("submission"), QDir::toNativeSeparators(invocation.option("out")))
        << '\n';
    return ExitOk;
}

} // namespace

bool AuditCommand::handles(const QString& command)
{
    return command == QLatin1String("verify") || command == QLatin1String("replay") ||
        command == QLatin1String("filing");
}

QString AuditCommand::usage()
{
    return tr("usage: huisuan-cli verify FILE [--ca SM2_CA.der] [--json]\n"
              "       huisuan-cli replay FILE [--json]\n"
              "       huisuan-cli replay --vault DIR [--ca SM2_CA.der]\n"
              "       huisuan-cli replay --folder DIR [--ca SM2_CA.der]\n"
              "       huisuan-cli filing export --submission ID --out FILE [--vault DIR]\n"
              "  FILE is an audit file (docs/audit-file.md) or a bare signed filing. Without --ca the CA in the\n"
              "  audit file is used. The passphrase comes from HUISUAN_PASSPHRASE or a prompt.\n"
              "  Exit status: 0 everything holds, 1 failure or bad usage, 2 a check failed or a replay differs.");
}

int AuditCommand::run(const QString& command, const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Invocation invocation;
    if (!parse(arguments, invocation, err)) {
        err << usage() << '\n';
        return ExitFailure;
    }
    if (command == QLatin1String("verify")) {
        return verifyOne(invocation, out, err);
    }
    if (command == QLatin1String("replay")) {
        return replay(invocation, out, err);
    }
    return exportFiling(invocation, out, err);
}

} // namespace huisuan
