// SPDX-License-Identifier: GPL-3.0-or-later
// Nothing personal in plaintext: a known name, identity number and bank card go into a vault
// through child processes (init, store, verify, backup, passwd, restore, and a writer killed with
// the vault open so its WAL stays), with HOME, XDG_* and TMPDIR pointed into one temporary folder.
// Every file in that folder, and every byte the children printed, is searched for the three
// strings in UTF-8, UTF-16LE and UTF-16BE; then a planted file proves the scan finds what is there.
#include "TestRegistry.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>

class TestVaultPlaintext : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    QProcessEnvironment m_environment;
    QByteArray m_printed;

    QString path(const char* name) const { return m_root.filePath(QString::fromLatin1(name)); }

    bool run(const QString& program, const QStringList& arguments)
    {
        QProcess child;
        child.setProcessEnvironment(m_environment);
        child.start(program, arguments);
        const bool finished = child.waitForFinished(60000);
        m_printed += child.readAllStandardOutput() + child.readAllStandardError();
        return finished && child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0;
    }

    bool cli(const QStringList& arguments)
    {
        return run(QStringLiteral(HUISUAN_CLI_PATH),
                   arguments + QStringList {QStringLiteral("--vault"), path("vault")});
    }

    /** Runs the writer until it reports the data saved, then kills it with the vault still open. */
    bool storeAndKill(const QStringList& arguments)
    {
        QProcess writer;
        writer.setProcessEnvironment(m_environment);
        writer.start(QStringLiteral(HUISUAN_VAULT_CRASH_WRITER_PATH), arguments);
        QByteArray output;
        while (!output.contains("saved") && writer.waitForReadyRead(30000)) {
            output += writer.readAllStandardOutput();
        }
        const bool saved = output.contains("saved") && writer.state() == QProcess::Running && writer.processId() > 0;
        if (saved) {
            ::kill(pid_t(writer.processId()), SIGKILL);
        }
        writer.waitForFinished();
        m_printed += output + writer.readAllStandardOutput() + writer.readAllStandardError();
        return saved;
    }

    /** Every file under the root that holds any needle, once per needle found. */
    QStringList filesContaining(const QList<QByteArray>& needles, int& scanned) const
    {
        scanned = 0;
        QStringList hits;
        QDirIterator files(m_root.path(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            QFile file(files.next());
            if (!file.open(QIODevice::ReadOnly)) {
                hits << file.fileName() + QStringLiteral(" (unreadable)");
                continue;
            }
            const QByteArray bytes = file.readAll();
            ++scanned;
            for (const QByteArray& needle : needles) {
                if (bytes.contains(needle)) {
                    hits << file.fileName();
                }
            }
        }
        return hits;
    }

private slots:
    void personalDataNeverReachesADiskUnencrypted()
    {
        const QString name = QStringLiteral("欧阳明测");
        const QString identifier = QStringLiteral("11010519491231002X");
        const QString card = QStringLiteral("6222021234567890123");
        for (const char* folder : {"home", "data", "config", "cache", "tmp", "backups"}) {
            QVERIFY(QDir().mkpath(path(folder)));
        }
        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("HOME"), path("home"));
        m_environment.insert(QStringLiteral("XDG_DATA_HOME"), path("data"));
        m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), path("config"));
        m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), path("cache"));
        m_environment.insert(QStringLiteral("TMPDIR"), path("tmp"));
        m_environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QStringLiteral("plaintext test"));
        m_environment.insert(QStringLiteral("HUISUAN_NEW_PASSPHRASE"), QStringLiteral("plaintext test 2"));

        QVERIFY(cli(
            {QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf-log2n"), QStringLiteral("10")}));
        QVERIFY(storeAndKill({path("vault"), QStringLiteral("profile"), name, identifier, card}));
        QVERIFY(QFile::exists(path("vault") + QStringLiteral("/vault.db-wal"))); // the scan covers a live WAL
        QVERIFY(cli({QStringLiteral("vault"), QStringLiteral("verify")}));
        QVERIFY(cli(
            {QStringLiteral("vault"), QStringLiteral("backup"), path("backups") + QStringLiteral("/vault.hsbackup")}));
        QVERIFY(cli({QStringLiteral("vault"), QStringLiteral("passwd")}));
        QVERIFY(run(QStringLiteral(HUISUAN_CLI_PATH),
                    {QStringLiteral("vault"),
                     QStringLiteral("restore"),
                     path("backups") + QStringLiteral("/vault.hsbackup"),
                     QStringLiteral("--vault"),
                     path("restored")}));
        m_environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QStringLiteral("plaintext test 2"));
        QVERIFY(storeAndKill({path("vault"), QStringLiteral("profile"), name, identifier, card}));

        QList<QByteArray> needles;
        for (const QString& text : {name, identifier, card}) {
            needles << text.toUtf8();
            QByteArray littleEndian;
            QByteArray bigEndian;
            for (const QChar unit : text) {
                littleEndian.append(char(unit.unicode() & 0xff)).append(char(unit.unicode() >> 8));
                bigEndian.append(char(unit.unicode() >> 8)).append(char(unit.unicode() & 0xff));
            }
            needles << littleEndian << bigEndian;
        }
        int scanned = 0;
        QStringList hits = filesContaining(needles, scanned);
        for (const QByteArray& needle : needles) {
            if (m_printed.contains(needle)) {
                hits << QStringLiteral("standard output or error");
            }
        }
        qInfo("scanned %d files and %lld bytes of output", scanned, qint64(m_printed.size()));
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
        QVERIFY(scanned >= 6); // key files, databases, WAL, SHM, backup

        // The positive control: the same scan finds the identity number when a file does hold it,
        // in UTF-16LE as a Windows tool would write it, so zero hits above means zero, not a blind scan.
        QFile planted(path("cache") + QStringLiteral("/planted-control.txt"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        const QByteArray utf16le = QStringEncoder(QStringEncoder::Utf16LE).encode(identifier);
        planted.write(QByteArrayLiteral("id=") + utf16le + QByteArrayLiteral(";"));
        planted.close();
        hits = filesContaining(needles, scanned);
        QCOMPARE(hits, QStringList {planted.fileName()});
    }
};

HUISUAN_REGISTER_TEST(TestVaultPlaintext)
#include "TestVaultPlaintext.moc"
