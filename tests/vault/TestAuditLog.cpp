// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log's hash chain: one flipped byte in one entry of a copy is named by verification,
// from the API and from `huisuan-cli vault verify`; the original stays intact. Entries cut off the
// end of a copy are caught by the authenticated head.
#include "TestRegistry.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"
#include "vault/VaultSchema.h"
#include "vault/VaultTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void tamperedEntryIsNamed()
    {
        QTemporaryDir root;
        const QString original = root.filePath(QStringLiteral("original"));
        {
            auto vault = Vault::create(original, secret("audited"), cheapCost());
            QVERIFY(vault.ok());
            AnnualReturnRecord record;
            record.taxYear = 2024;
            for (int i = 0; i < 4; ++i) {
                QVERIFY(vault.value->saveAnnualReturn(record).ok()); // audit entries 2..5
            }
        }
        const QString copy = root.filePath(QStringLiteral("copy"));
        QDir().mkpath(copy);
        for (const QString& name : {QStringLiteral("vault.db"), QStringLiteral("vault.key")}) {
            QVERIFY(QFile::copy(QDir(original).filePath(name), QDir(copy).filePath(name)));
        }
        {
            // Someone with the key edits one byte of entry 3's content; the append-only triggers are
            // no obstacle to them, the hash chain is.
            auto raw = openRaw(copy, "audited");
            QVERIFY(raw);
            SqlStatement read(*raw, "SELECT detail FROM audit_log WHERE id = 3;");
            QVERIFY(read.next());
            QByteArray detail = read.text(0).toUtf8();
            QVERIFY(!detail.isEmpty());
            detail[detail.size() - 1] = char(detail.at(detail.size() - 1) ^ 0x01);
            QVERIFY(raw->execute("DROP TRIGGER audit_log_no_update;").ok());
            SqlStatement update(*raw, "UPDATE audit_log SET detail = ?1 WHERE id = 3;");
            update.bind(1, QString::fromUtf8(detail));
            QVERIFY(update.run().ok());
        }
        {
            auto vault = Vault::open(copy, secret("audited"));
            QVERIFY(vault.ok());
            auto health = vault.value->verify();
            QVERIFY(health.ok());
            QCOMPARE(health.value.audit.firstBadEntry, 3);
            QVERIFY(health.value.audit.reason.contains(QStringLiteral("3")));
            QVERIFY(health.value.integrityProblems.isEmpty());
        }
        QProcess cli;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QStringLiteral("audited"));
        cli.setProcessEnvironment(environment);
        cli.start(QStringLiteral(HUISUAN_CLI_PATH),
                  {QStringLiteral("vault"),
                   QStringLiteral("verify"),
                   QStringLiteral("--vault"),
                   copy,
                   QStringLiteral("--lang"),
                   QStringLiteral("en")});
        QVERIFY(cli.waitForFinished());
        QCOMPARE(cli.exitCode(), 1);
        const QString report = QString::fromUtf8(cli.readAllStandardOutput());
        QVERIFY2(report.contains(QStringLiteral("audit entry 3 ")), qPrintable(report));

        auto untouched = Vault::open(original, secret("audited"));
        QVERIFY(untouched.ok());
        auto health = untouched.value->verify();
        QVERIFY(health.value.healthy());
        QCOMPARE(health.value.audit.entries, 5);
    }

    void removedEntryBreaksTheChainAtTheNextOne()
    {
        QTemporaryDir root;
        const QString directory = root.filePath(QStringLiteral("vault"));
        {
            auto vault = Vault::create(directory, secret("audited"), cheapCost());
            QVERIFY(vault.ok());
            AnnualReturnRecord record;
            QVERIFY(vault.value->saveAnnualReturn(record).ok());
            QVERIFY(vault.value->saveAnnualReturn(record).ok());
        }
        {
            auto raw = openRaw(directory, "audited");
            QVERIFY(raw->execute("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;").ok());
        }
        auto vault = Vault::open(directory, secret("audited"));
        QCOMPARE(vault.value->verify().value.audit.firstBadEntry, 3);
    }

    void truncatedTailIsDetected_data()
    {
        QTest::addColumn<QString>("edit");
        QTest::addColumn<qint64>("firstBadEntry");
        QTest::addColumn<QString>("reason");
        // Entries 1..3 exist; the head says 3.
        QTest::newRow("newest entry deleted") << QStringLiteral("DELETE FROM audit_log WHERE id = 3;") << qint64(3)
                                              << QStringLiteral("audit entries 3 to 3 were removed");
        QTest::newRow("newest two deleted") << QStringLiteral("DELETE FROM audit_log WHERE id >= 2;") << qint64(2)
                                            << QStringLiteral("audit entries 2 to 3 were removed");
        QTest::newRow("deleted, head rewritten by hand")
            << QStringLiteral("DELETE FROM audit_log WHERE id = 3; UPDATE vault_meta SET value = "
                              "(SELECT '2 ' || hex(entry_hash) || ' 00' FROM audit_log WHERE id = 2) "
                              "WHERE name = 'audit_head';")
            << qint64(0) << QStringLiteral("head record was altered");
        QTest::newRow("deleted with the head") << QStringLiteral("DELETE FROM audit_log WHERE id = 3; DELETE FROM "
                                                                 "vault_meta WHERE name = 'audit_head';")
                                               << qint64(0) << QStringLiteral("head record is missing");
    }

    void truncatedTailIsDetected()
    {
        QFETCH(QString, edit);
        QFETCH(qint64, firstBadEntry);
        QFETCH(QString, reason);
        QTemporaryDir root;
        const QString original = root.filePath(QStringLiteral("original"));
        {
            auto vault = Vault::create(original, secret("audited"), cheapCost());
            QVERIFY(vault.ok());
            AnnualReturnRecord record;
            QVERIFY(vault.value->saveAnnualReturn(record).ok());
            QVERIFY(vault.value->saveAnnualReturn(record).ok()); // audit entries 1..3
            auto health = vault.value->verify();
            QVERIFY2(health.value.healthy(), qPrintable(health.value.audit.reason));
        }
        const QString copy = root.filePath(QStringLiteral("copy"));
        QDir().mkpath(copy);
        for (const QString& name : {QStringLiteral("vault.db"), QStringLiteral("vault.key")}) {
            QVERIFY(QFile::copy(QDir(original).filePath(name), QDir(copy).filePath(name)));
        }
        {
            auto raw = openRaw(copy, "audited");
            QVERIFY(raw);
            const QByteArray sql = "DROP TRIGGER audit_log_no_delete; " + edit.toUtf8();
            QVERIFY(raw->execute(sql.constData()).ok());
        }
        auto vault = Vault::open(copy, secret("audited"));
        QVERIFY(vault.ok());
        auto health = vault.value->verify();
        QVERIFY(health.ok());
        QVERIFY(!health.value.healthy());
        QVERIFY(!health.value.audit.headIntact);
        QCOMPARE(health.value.audit.firstBadEntry, firstBadEntry);
        QVERIFY2(health.value.audit.reason.contains(reason), qPrintable(health.value.audit.reason));
    }

    void vaultWithoutHeadGainsOneWhenUpgraded()
    {
        QTemporaryDir root;
        const QString directory = root.filePath(QStringLiteral("old"));
        QVERIFY(createVaultAtVersion(directory, "old", VaultSchema::auditHeadVersion - 1));
        auto vault = Vault::open(directory, secret("old"));
        QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
        QVERIFY(vault.value->saveAnnualReturn(AnnualReturnRecord()).ok());
        auto health = vault.value->verify();
        QVERIFY2(health.value.healthy(), qPrintable(health.value.audit.reason));
        QCOMPARE(health.value.audit.entries, 1);
    }
};

HUISUAN_REGISTER_TEST(TestAuditLog)
#include "TestAuditLog.moc"
