// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan: the taxpayer's desktop app (issue 5).
#include "session/BuildInfo.h"
#include "session/DesktopSession.h"
#include "session/DesktopSettings.h"
#include "session/LanguageSwitcher.h"
#include "ui/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTimer>
#include <cstdio>

int main(int argc, char** argv)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication application(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("huisuan.org"));
    QApplication::setOrganizationDomain(QStringLiteral("huisuan.org"));
    QApplication::setApplicationName(QStringLiteral("huisuan"));
    // The application id of the .desktop file, the AppStream metainfo and the icons (installer/).
    QApplication::setDesktopFileName(QStringLiteral("org.huisuan.Huisuan"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("org.huisuan.Huisuan")));

    QSettings storedSettings;
    huisuan::DesktopSettings settings(storedSettings);
    huisuan::LanguageSwitcher language;
    language.switchTo(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main",
                                                             "Huisuan: China's individual income tax, "
                                                             "exact, explained and private."));
    parser.addHelpOption();
    const QCommandLineOption versionOption(
        {QStringLiteral("v"), QStringLiteral("version")},
        QApplication::translate("main", "Show the version, the build and the rule packs, then exit."));
    parser.addOption(versionOption);
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QApplication::translate("main", "The vault directory to open or create."),
                                         QStringLiteral("directory"),
                                         huisuan::DesktopSession::defaultVaultDirectory());
    parser.addOption(vaultOption);
    parser.process(application);
    if (parser.isSet(versionOption)) {
        std::fputs(huisuan::BuildInfo::current().versionReport(QApplication::applicationName()).toUtf8().constData(),
                   stdout);
        return 0;
    }

    huisuan::DesktopSession session;
    huisuan::MainWindow window(session, settings, language, parser.value(vaultOption));
    window.show();

    // HUISUAN_REPORT_STARTUP=1 prints how long the first page took to show (the first event-loop
    // turn after show(), where the window is exposed and painted); =quit also exits then, for timing
    // cold starts from a script.
    const QByteArray report = qgetenv("HUISUAN_REPORT_STARTUP");
    if (!report.isEmpty()) {
        QTimer::singleShot(0, &application, [&] {
            std::fprintf(stderr,
                         "huisuan: first page shown %lld ms after main()\n",
                         static_cast<long long>(sinceStart.elapsed()));
            if (report == "quit") {
                QApplication::quit();
            }
        });
    }
    return QApplication::exec();
}
