// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/CliRunner.h"

#include <QFile>
#include <QTemporaryDir>

namespace huisuan::test {

/**
 * An accountant's and a taxpayer's vaults, each in a home folder of its own, driven through the
 * real huisuan-cli; the messages are matched in the source language.
 */
class BatchCliHomes
{
public:
    static constexpr const char* passphrase = "batch bureau passphrase";

    /** Runs huisuan-cli as the accountant (`taxpayer` false) or the taxpayer. */
    CliRun run(QStringList arguments, bool taxpayer = false) const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QString::fromLatin1(passphrase));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), home(taxpayer));
        arguments << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("--vault")
                  << vaultDirectory(taxpayer);
        return runCli(arguments, environment);
    }

    QString home(bool taxpayer) const
    {
        return m_root.filePath(taxpayer ? QStringLiteral("taxpayer") : QStringLiteral("accountant"));
    }

    QString vaultDirectory(bool taxpayer) const { return home(taxpayer) + QStringLiteral("/vault"); }

    QString write(const QString& name, const QString& text) const
    {
        const QString path = m_root.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private:
    QTemporaryDir m_root;
};

} // namespace huisuan::test
