// SPDX-License-Identifier: GPL-3.0-or-later
// `huisuan-cli demo`: the taxpayer's whole journey, headless, against the sandbox bureau it starts
// itself, into a vault on disk. Run twice: the second run opens the vault the first one made.
#include "TestRegistry.h"
#include "cli/CliRunner.h"
#include "filing/Receipt.h"
#include "vault/FilingStore.h"
#include "vault/Vault.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestDemoCommand : public QObject
{
    Q_OBJECT

private slots:
    void runsTheWholeJourneyAndKeepsTheReceipt_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("zh_CN, new vault") << QStringLiteral("zh_CN");
        QTest::newRow("en, the same vault again") << QStringLiteral("en");
    }

    void runsTheWholeJourneyAndKeepsTheReceipt()
    {
        QFETCH(QString, language);
        const CliRun run = demo({QStringLiteral("--lang"), language});
        QVERIFY2(run.exitCode == 0, run.transcript());
        // The demo's refund: 26 360.00 withheld, 14 360.00 due (resources/demo).
        QVERIFY(run.out.contains(QStringLiteral("12000.00")));
        const QRegularExpression receiptId(QStringLiteral("R\\d{14}"));
        QVERIFY(receiptId.match(run.out).hasMatch());
        if (language == QLatin1String("en")) {
            QVERIFY(run.out.contains(QStringLiteral("ACCEPTED")));
            QVERIFY(run.out.contains(QStringLiteral("Refund of 12000.00: paid")));
        }

        auto vault = Vault::open(m_home.filePath(QStringLiteral("vault")), SecureBuffer::fromBytes("demo", 4));
        QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
        const auto filings = FilingStore(*vault.value).forYear(2025);
        QVERIFY(filings.ok());
        QCOMPARE(filings.value.size(), ++m_runs);
        const FilingRecord& latest = filings.value.back();
        QCOMPARE(latest.status, FilingRecord::Status::Accepted);
        QCOMPARE(latest.receipts.size(), 1);
        QVERIFY(latest.receipts.front().bytes.contains(QByteArrayLiteral("\"balance\":\"-12000.00\"")));
    }

    void failsWithoutAPassphrase()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.remove(QStringLiteral("HUISUAN_PASSPHRASE"));
        const CliRun run = runCli(
            {QStringLiteral("demo"), QStringLiteral("--vault"), m_home.filePath(QStringLiteral("other"))}, environment);
        QCOMPARE(run.exitCode, 1);
    }

private:
    CliRun demo(QStringList arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QStringLiteral("demo"));
        arguments.prepend(QStringLiteral("demo"));
        arguments << QStringLiteral("--vault") << m_home.filePath(QStringLiteral("vault"))
                  << QStringLiteral("--kdf-log2n") << QStringLiteral("10");
        return runCli(arguments, environment);
    }

    QTemporaryDir m_home;
    int m_runs = 0;
};

HUISUAN_REGISTER_TEST(TestDemoCommand)
#include "TestDemoCommand.moc"
