// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauApplication.h"

#include "bureau/BureauClock.h"
#include "bureau/BureauHttpServer.h"
#include "bureau/BureauIdentity.h"
#include "bureau/BureauLanguage.h"
#include "bureau/BureauOptions.h"
#include "bureau/BureauReport.h"
#include "bureau/BureauService.h"
#include "bureau/BureauStore.h"
#include "bureau/ShutdownSignals.h"
#include "vault/Vault.h"

#include "json/CanonicalJsonWriter.h"
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <cstdio>

namespace huisuan {

const char* const BureauApplication::passphraseVariable = "HUISUAN_BUREAU_PASSPHRASE";

namespace {

void printError(const QString& text)
{
    std::fprintf(stderr, "huisuan-bureau: %s\n", qPrintable(text));
    std::fflush(stderr);
}

/** The passphrase, taken out of the environment so that no child process inherits it. */
SecureBuffer takePassphrase()
{
    QByteArray value = qgetenv(BureauApplication::passphraseVariable);
    qunsetenv(BureauApplication::passphraseVariable);
    return SecureBuffer::takeFrom(value);
}

VaultResult<std::unique_ptr<Vault>> openOrCreate(const BureauOptions& options, const SecureBuffer& passphrase)
{
    const QDir directory(options.dataDir);
    if (QFileInfo::exists(directory.filePath(QStringLiteral("vault.key")))) {
        return Vault::open(options.dataDir, passphrase);
    }
    if (!QDir().mkpath(options.dataDir)) {
        return VaultStatus::failure(VaultErrorCode::Io,
                                    BureauApplication::tr("The data folder %1 cannot be created.")
                                        .arg(QDir::toNativeSeparators(options.dataDir)));
    }
    return Vault::create(options.dataDir, passphrase, options.scryptCost.value_or(Vault::calibratedCost()));
}

/** The clock's epoch and added days from the vault, the epoch set to now on the first start. */
VaultResult<std::unique_ptr<BureauClock>> loadClock(BureauStore& store, qint64 daySeconds)
{
    const BureauClock::RealTime realTime = BureauClock::systemTime();
    QDateTime epoch;
    qint64 advanced = 0;
    const VaultStatus status = store.write([&](BureauTables& tables) -> VaultStatus {
        auto storedEpoch = tables.meta(BureauClock::epochMetaName());
        auto storedDays = tables.meta(BureauClock::advancedDaysMetaName());
        if (!storedEpoch.ok() || !storedDays.ok()) {
            return storedEpoch.ok() ? storedDays.status : storedEpoch.status;
        }
        if (storedEpoch.value) {
            epoch = QDateTime::fromString(QString::fromLatin1(*storedEpoch.value), Qt::ISODate);
        }
        advanced = storedDays.value ? storedDays.value->toLongLong() : 0;
        if (epoch.isValid()) {
            return VaultStatus::success();
        }
        epoch = realTime();
        return tables.setMeta(BureauClock::epochMetaName(), epoch.toString(Qt::ISODate).toLatin1());
    });
    if (!status.ok()) {
        return status;
    }
    return std::make_unique<BureauClock>(realTime, epoch, daySeconds, advanced);
}

int report(BureauStore& store)
{
    VaultResult<JsonValue> counts = BureauReport::collect(store);
    if (!counts.ok()) {
        printError(counts.status.toString());
        return BureauApplication::exitFailure;
    }
    const auto written = CanonicalJsonWriter::write(counts.value);
    std::fprintf(stdout, "%s\n", written.bytes.constData());
    std::fflush(stdout);
    return 0;
}

int serve(const BureauOptions& options, BureauStore& store, const BureauIdentity& identity, BureauClock& clock)
{
    BureauLanguage languages;
    BureauService service(
        store, identity, clock, languages, {options.sandboxControls, options.refundFailures, options.unpaidPayments});
    BureauHttpServer server(service, languages, {options.faults, options.faultDelayMs, options.faultAllWrites});
    server.sslSetup(identity.tlsConfiguration());
    const quint16 port = server.listen(QHostAddress::LocalHost, options.port);
    if (port == 0) {
        printError(BureauApplication::tr("Cannot listen on 127.0.0.1 port %1.").arg(options.port));
        return BureauApplication::exitFailure;
    }
    ShutdownSignals shutdown;
    if (!shutdown.isActive()) {
        printError(BureauApplication::tr("Cannot watch for SIGTERM and SIGINT."));
        return BureauApplication::exitFailure;
    }
    const QDir directory(options.dataDir);
    const JsonValue ready = JsonValue::object(
        {{QStringLiteral("port"), JsonValue::integer(port)},
         {QStringLiteral("sm2_ca"), JsonValue::string(directory.absoluteFilePath(BureauIdentity::sm2CaFileName))},
         {QStringLiteral("tls_ca"), JsonValue::string(directory.absoluteFilePath(BureauIdentity::tlsCaFileName))},
         {QStringLiteral("url"), JsonValue::string(QStringLiteral("https://127.0.0.1:%1").arg(port))}});
    std::fprintf(stdout, "%s\n", CanonicalJsonWriter::write(ready).bytes.constData());
    std::fflush(stdout);
    std::fprintf(
        stderr, "huisuan-bureau: listening on https://127.0.0.1:%u, simulated day %lld\n", unsigned(port), clock.day());
    std::fflush(stderr);
    const int status = QCoreApplication::exec();
    std::fprintf(stderr, "huisuan-bureau: shutting down\n");
    return status;
}

} // namespace

int BureauApplication::run(const QStringList& arguments)
{
    const ParsedBureauOptions parsed = BureauOptions::parse(arguments);
    if (parsed.helpRequested) {
        std::fprintf(stdout, "%s", qPrintable(parsed.help));
        return 0;
    }
    if (!parsed.options) {
        printError(parsed.error);
        printError(tr("usage: huisuan-bureau [serve|report] --data-dir DIR [--port N] [options]; see --help."));
        return exitUsage;
    }
    const BureauOptions& options = *parsed.options;
    if (qEnvironmentVariableIsEmpty(passphraseVariable)) {
        printError(tr("Set the environment variable %1 to the passphrase of the bureau's vault.")
                       .arg(QLatin1String(passphraseVariable)));
        return exitUsage;
    }
    const SecureBuffer passphrase = takePassphrase();
    VaultResult<std::unique_ptr<Vault>> vault = openOrCreate(options, passphrase);
    if (!vault.ok()) {
        printError(vault.status.toString());
        return exitFailure;
    }
    BureauStore store(*vault.value);
    int status = exitFailure;
    if (auto prepared = store.prepare(); !prepared.ok()) {
        printError(prepared.toString());
    } else if (options.command == BureauOptions::Command::Report) {
        status = report(store);
    } else if (VaultResult<std::unique_ptr<BureauClock>> clock = loadClock(store, options.daySeconds); !clock.ok()) {
        printError(clock.status.toString());
    } else if (VaultResult<BureauIdentity> identity =
                   BureauIdentity::loadOrCreate(store, options.dataDir, clock.value->now());
               !identity.ok()) {
        printError(identity.status.toString());
    } else {
        status = serve(options, store, identity.value, *clock.value);
    }
    vault.value->close();
    return status;
}

} // namespace huisuan
