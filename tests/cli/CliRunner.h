// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace huisuan::test {

/** One run of the real huisuan-cli, as users and scripts run it. */
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;

    /** Everything it printed, for failure messages. */
    QByteArray transcript() const { return (out + QStringLiteral("\n--- stderr ---\n") + err).toUtf8(); }
};

inline CliRun runCli(const QStringList& arguments, const QProcessEnvironment& environment, int timeoutMs = 120000)
{
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(HUISUAN_CLI_PATH), arguments);
    CliRun run;
    if (!cli.waitForStarted(30000)) {
        run.err = cli.errorString();
        return run;
    }
    cli.closeWriteChannel();
    if (!cli.waitForFinished(timeoutMs) || cli.exitStatus() != QProcess::NormalExit) {
        cli.kill();
        run.err =
            QStringLiteral("huisuan-cli did not finish normally: ") + QString::fromUtf8(cli.readAllStandardError());
        return run;
    }
    run.exitCode = cli.exitCode();
    run.out = QString::fromUtf8(cli.readAllStandardOutput());
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

} // namespace huisuan::test
