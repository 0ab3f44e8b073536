// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauOptions.h"

#include <QCommandLineParser>

namespace huisuan {

ParsedBureauOptions BureauOptions::parse(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("The Huisuan sandbox tax bureau: an HTTPS server on 127.0.0.1 (docs/bureau-api.md).\n"
           "The vault passphrase is read from the environment variable HUISUAN_BUREAU_PASSPHRASE."));
    parser.addPositionalArgument(
        QStringLiteral("command"), tr("serve (the default) or report"), QStringLiteral("[command]"));
    const QCommandLineOption help(QStringList {QStringLiteral("h"), QStringLiteral("help")}, tr("Shows this help."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"), tr("The bureau's folder (its vault)."), QStringLiteral("dir"));
    const QCommandLineOption port(QStringLiteral("port"),
                                  tr("The port on 127.0.0.1; 0 picks a free one."),
                                  QStringLiteral("port"),
                                  QStringLiteral("0"));
    QCommandLineOption scrypt(
        QStringLiteral("scrypt-n"), tr("scrypt cost N of a new vault (tests only)."), QStringLiteral("n"));
    scrypt.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption daySeconds(QStringLiteral("day-seconds"),
                                        tr("Real seconds per simulated day for refunds and payments."),
                                        QStringLiteral("seconds"),
                                        QStringLiteral("10"));
    const QCommandLineOption controls(QStringLiteral("sandbox-controls"), tr("Enables POST /v1/sandbox/advance."));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Injects a fault every EVERY-th filing or withdrawal (tests only): %1.")
                                       .arg(FaultPlan::modeNames().join(QStringLiteral(", "))),
                                   QStringLiteral("mode[:every]"));
    const QCommandLineOption faultDelay(QStringLiteral("fault-delay-ms"),
                                        tr("How late delay-after-commit replies."),
                                        QStringLiteral("ms"),
                                        QStringLiteral("3000"));
    const QCommandLineOption faultAll(QStringLiteral("fault-all-writes"),
                                      tr("Faults act on every write, not only filings and withdrawals."));
    const QCommandLineOption refundFailure(QStringLiteral("refund-failure"),
                                           tr("An identity number whose refunds fail (bank_account_closed)."),
                                           QStringLiteral("identity-number"));
    const QCommandLineOption unpaid(QStringLiteral("unpaid"),
                                    tr("An identity number whose payments are never made (they turn overdue)."),
                                    QStringLiteral("identity-number"));
    parser.addOptions(
        {help, dataDir, port, scrypt, daySeconds, controls, fault, faultDelay, faultAll, refundFailure, unpaid});

    ParsedBureauOptions parsed;
    if (!parser.parse(arguments)) {
        parsed.error = parser.errorText();
        return parsed;
    }
    if (parser.isSet(help)) {
        parsed.helpRequested = true;
        parsed.help = parser.helpText();
        return parsed;
    }
    BureauOptions options;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1 ||
        (positional.size() == 1 && positional.first() != QLatin1String("serve") &&
         positional.first() != QLatin1String("report"))) {
        parsed.error = tr("Unknown command: %1. Use serve or report.").arg(positional.join(QLatin1Char(' ')));
        return parsed;
    }
    if (positional.size() == 1 && positional.first() == QLatin1String("report")) {
        options.command = Command::Report;
    }
    options.dataDir = parser.value(dataDir);
    if (options.dataDir.isEmpty()) {
        parsed.error = tr("--data-dir is required.");
        return parsed;
    }
    bool ok = false;
    const uint portValue = parser.value(port).toUInt(&ok);
    if (!ok || portValue > 65535) {
        parsed.error = tr("--port must be a number from 0 to 65535.");
        return parsed;
    }
    options.port = quint16(portValue);
    if (parser.isSet(scrypt)) {
        ScryptCost cost;
        cost.n = parser.value(scrypt).toULongLong(&ok);
        if (!ok || !cost.isValid()) {
            parsed.error = tr("--scrypt-n must be a power of two from 1024 to 4194304.");
            return parsed;
        }
        options.scryptCost = cost;
    }
    options.daySeconds = parser.value(daySeconds).toLongLong(&ok);
    if (!ok || options.daySeconds < 1) {
        parsed.error = tr("--day-seconds must be a positive number.");
        return parsed;
    }
    options.sandboxControls = parser.isSet(controls);
    for (const QString& text : parser.values(fault)) {
        const auto rule = FaultPlan::parseRule(text);
        if (!rule) {
            parsed.error = tr("Unknown fault %1. Use MODE or MODE:EVERY with MODE one of %2.")
                               .arg(text, FaultPlan::modeNames().join(QStringLiteral(", ")));
            return parsed;
        }
        options.faults.add(*rule);
    }
    options.faultDelayMs = parser.value(faultDelay).toInt(&ok);
    if (!ok || options.faultDelayMs < 0) {
        parsed.error = tr("--fault-delay-ms must be a number of milliseconds.");
        return parsed;
    }
    options.faultAllWrites = parser.isSet(faultAll);
    options.refundFailures = parser.values(refundFailure);
    options.unpaidPayments = parser.values(unpaid);
    parsed.options = std::move(options);
    return parsed;
}

} // namespace huisuan
