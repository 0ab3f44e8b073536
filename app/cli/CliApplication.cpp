// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliApplication.h"

#include "cli/AuditCommand.h"
#include "cli/BatchCommand.h"
#include "cli/ComputeCommand.h"
#include "cli/DeductionsCommand.h"
#include "cli/DemoCommand.h"
#include "cli/FilingCommand.h"
#include "cli/VaultCommand.h"
#include "session/BuildInfo.h"

#include <QGuiApplication>
#include <QTranslator>
#include <memory>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace huisuan {

namespace {

// Simplified Chinese is the product's primary language; English and Japanese are the others.
const QStringList supportedLanguages = {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("ja")};

/** The language asked for with --lang, the primary one when none; empty when --lang has no value. */
QString languageFrom(const QStringList& arguments)
{
    const auto index = arguments.indexOf(QStringLiteral("--lang"));
    if (index < 0) {
        return supportedLanguages.first();
    }
    if (index + 1 >= arguments.size()) {
        return {};
    }
    const QString language = arguments.at(index + 1);
    return language == QLatin1String("zh") ? QStringLiteral("zh_CN") : language;
}

void disableCoreDumps()
{
    // A core dump would write taxpayers' figures, and the vault's keys, to disk in plaintext.
    const rlimit none {0, 0};
    setrlimit(RLIMIT_CORE, &none);
    // Not dumpable also keeps other processes of the same user from reading our memory through
    // ptrace or /proc/PID/mem, and survives a later setrlimit by a plugin.
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
}

/** Whether the command line asks for a batch report or statement, which may be a PDF. */
bool drawsReports(int argc, char** argv)
{
    return argc > 2 && qstrcmp(argv[1], "batch") == 0 &&
        (qstrcmp(argv[2], "report") == 0 || qstrcmp(argv[2], "statement") == 0);
}

} // namespace

int runCli(int argc, char** argv)
{
    disableCoreDumps();
    // The batch reports draw PDFs, whose fonts need a QGuiApplication; the offscreen platform
    // needs no display, so that huisuan-cli still runs on a server or from a scheduler. The other
    // commands keep the plain QCoreApplication (no platform plugin, nothing said on stderr).
    std::unique_ptr<QCoreApplication> application;
    if (drawsReports(argc, argv)) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        application = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("huisuan-cli"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("huisuan.org"));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList arguments = QCoreApplication::arguments().mid(1);
    const QString language = languageFrom(arguments);
    if (!supportedLanguages.contains(language)) {
        err << QCoreApplication::translate("CliApplication", "unsupported language \"%1\": use --lang with one of %2")
                   .arg(language, supportedLanguages.join(QStringLiteral(", ")))
            << '\n';
        return ExitFailure;
    }
    QTranslator translator;
    if (translator.load(QStringLiteral(":/i18n/huisuan_%1.qm").arg(language))) {
        QCoreApplication::installTranslator(&translator);
    }

    if (arguments.isEmpty() || arguments.first() == QLatin1String("--help")) {
        // Asked for, the usage is the answer; without a command it explains an error.
        QTextStream& stream = arguments.isEmpty() ? err : out;
        stream << ComputeCommand::usage() << '\n'
               << VaultCommand::usage() << '\n'
               << FilingCommand::usage() << '\n'
               << DemoCommand::usage() << '\n'
               << BatchCommand::usage() << '\n'
               << AuditCommand::usage() << '\n'
               << DeductionsCommand::usage() << '\n'
               << QCoreApplication::translate("CliApplication",
                                              "usage: huisuan-cli --version\n"
                                              "  The version, the build and the rule packs with their ids.")
               << '\n';
        return arguments.isEmpty() ? ExitFailure : ExitOk;
    }
    if (arguments.first() == QLatin1String("--version")) {
        out << BuildInfo::current().versionReport(QCoreApplication::applicationName());
        return ExitOk;
    }
    const QString command = arguments.takeFirst();
    if (command == QLatin1String("compute")) {
        return ComputeCommand::run(arguments, out, err);
    }
    if (command == QLatin1String("vault")) {
        return VaultCommand::run(arguments, out, err);
    }
    if (FilingCommand::handles(command)) {
        return FilingCommand::run(command, arguments, language, out, err);
    }
    if (command == QLatin1String("demo")) {
        return DemoCommand::run(arguments, language, out, err);
    }
    if (command == QLatin1String("batch")) {
        return BatchCommand::run(arguments, out, err);
    }
    if (AuditCommand::handles(command)) {
        return AuditCommand::run(command, arguments, out, err);
    }
    if (command == QLatin1String("deductions")) {
        return DeductionsCommand::run(arguments, language, out, err);
    }
    err << QCoreApplication::translate("CliApplication", "unknown command %1").arg(command) << '\n'
        << ComputeCommand::usage() << '\n'
        << VaultCommand::usage() << '\n'
        << FilingCommand::usage() << '\n'
        << DemoCommand::usage() << '\n'
        << BatchCommand::usage() << '\n'
        << AuditCommand::usage() << '\n'

        << DeductionsCommand::usage() << '\n';
    return ExitFailure;
}

} // namespace huisuan
