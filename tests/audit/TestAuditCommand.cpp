// SPDX-License-Identifier: GPL-3.0-or-later
// The auditor's command line over a filing the app makes now: a real vault enrols with the real
// huisuan-bureau over TLS and files; `filing export`, `verify --ca`, `replay --vault` and
// `replay --folder` hold for it; an altered file fails the folder's run; a broken audit-log entry is named.

#include "TestRegistry.h"
#include "audit/AuditTestSupport.h"
#include "cli/CliRunner.h"
#include "filing/BureauFilingSupport.h"
#include "vault/SqlStatement.h"
#include "vault/VaultTestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace huisuan;
using namespace huisuan::test;

class TestAuditCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    BureauProcess m_bureau;
    QString m_vaultDir;
    QString m_submission;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QString::fromLatin1(taxpayerPassphrase()));
        return environment;
    }

    CliRun cli(QStringList arguments) const
    {
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        return runCli(arguments, environment());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(m_bureau.start());
        m_vaultDir = m_root.filePath(QStringLiteral("vault"));
        std::unique_ptr<Vault> vault = createTaxpayerVault(m_vaultDir);
        QVERIFY(vault);
        FilingService service(*vault, quickOptions());
        QVERIFY(service.enrol(endpointOf(m_bureau), QStringLiteral("李四"), residentIdNumber(7)).ok());
        BureauResult<PreparedFiling> prepared = service.prepare(wageReturn(2025, "150000.00", "9000.00"));
        QVERIFY2(prepared.ok(), qPrintable(prepared.status.toString()));
        BureauResult<QList<DrainedFiling>> drained = service.drain(std::chrono::seconds(30));
        QVERIFY(drained.ok() && drained.value.size() == 1);
        QCOMPARE(drained.value.first().outcome, DrainedFiling::Outcome::Accepted);
        m_submission = prepared.value.submissionId;
    }

    void cleanupTestCase() { static_cast<void>(m_bureau.stop()); }

    void exportedFilingVerifiesWithThePinnedCaAndReplaysClean()
    {
        const QString file = m_root.filePath(QStringLiteral("export.audit.json"));
        const CliRun exported = cli({QStringLiteral("filing"),
                                     QStringLiteral("export"),
                                     QStringLiteral("--vault"),
                                     m_vaultDir,
                                     QStringLiteral("--submission"),
                                     m_submission,
                                     QStringLiteral("--out"),
                                     file});
        QVERIFY2(exported.exitCode == 0, exported.transcript());
        const QString ca = m_root.filePath(QStringLiteral("sm2-ca.der"));
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly) && caFile.write(m_bureau.sm2CaDer()) > 0);
        caFile.close();
        const CliRun verified = cli({QStringLiteral("verify"), file, QStringLiteral("--ca"), ca});
        QVERIFY2(verified.exitCode == 0, verified.transcript());
        QVERIFY(verified.out.contains(QStringLiteral("CA: the certificate given with --ca.")));
        QVERIFY(verified.out.contains(QStringLiteral("Verified: every check holds.")));
        const CliRun replayed = cli({QStringLiteral("replay"), file, QStringLiteral("--json")});
        QVERIFY2(replayed.exitCode == 0, replayed.transcript());
        QVERIFY(replayed.out.contains(QStringLiteral("\"outcome\":\"clean\"")));
    }

    void replayOverTheVault()
    {
        const CliRun run = cli({QStringLiteral("replay"), QStringLiteral("--vault"), m_vaultDir});
        QVERIFY2(run.exitCode == 0, run.transcript());
        QVERIFY(run.out.contains(m_submission + QStringLiteral(" | 2025 | yes | yes | 0")));
    }

    void replayOverAFolderFailsOnAnAlteredFile()
    {
        QTemporaryDir folder;
        for (const char* name : {"wages-2019.audit.json", "donation-2025.audit.json"}) {
            QVERIFY(QFile::copy(auditFixture(name), folder.filePath(QString::fromLatin1(name))));
        }
        const CliRun clean = cli({QStringLiteral("replay"), QStringLiteral("--folder"), folder.path()});
        QVERIFY2(clean.exitCode == 0, clean.transcript());
        QVERIFY(clean.out.contains(QStringLiteral("2 of 2 filing(s) verified and replayed clean.")));

        AuditFile altered = readFixture("wages-2019.audit.json");
        altered = alteredEnvelope(altered, [](JsonValue& envelope) {
            const JsonValue* input = envelope.find(QStringLiteral("return"));
            envelope =
                withMember(envelope,
                           QStringLiteral("return"),
                           withMember(*input, QStringLiteral("prepaid"), JsonValue::string(QStringLiteral("9999.00"))));
        });
        QFile file(folder.filePath(QStringLiteral("wages-2019.audit.json")));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(altered.toBytes()) > 0);
        file.close();
        const CliRun caught = cli({QStringLiteral("replay"), QStringLiteral("--folder"), folder.path()});
        QCOMPARE(caught.exitCode, 2);
        QVERIFY2(caught.out.contains(QStringLiteral("wages-2019.audit.json | 2019 | NO | NO")), caught.transcript());
        QVERIFY(caught.out.contains(QStringLiteral("failed: signature, receipt_answers")));
        QVERIFY(caught.out.contains(QStringLiteral("1 of 2 filing(s)")));
    }

    void brokenAuditLogEntryIsNamed()
    {
        const CliRun intact =
            cli({QStringLiteral("vault"), QStringLiteral("audit-log"), QStringLiteral("--vault"), m_vaultDir});
        QVERIFY2(intact.exitCode == 0, intact.transcript());
        QVERIFY(intact.out.contains(QStringLiteral("intact")));
        {
            auto raw = openRaw(m_vaultDir, taxpayerPassphrase());
            QVERIFY(raw);
            QVERIFY(raw->execute("DROP TRIGGER audit_log_no_update;").ok());
            QVERIFY(raw->execute("UPDATE audit_log SET detail = detail || 'x' WHERE id = 2;").ok());
        }
        const CliRun broken =
            cli({QStringLiteral("vault"), QStringLiteral("audit-log"), QStringLiteral("--vault"), m_vaultDir});
        QCOMPARE(broken.exitCode, 2);
        QVERIFY2(broken.out.contains(QStringLiteral("entry 2 is the first broken one")), broken.transcript());
    }
};

HUISUAN_REGISTER_TEST(TestAuditCommand)
#include "TestAuditCommand.moc"
