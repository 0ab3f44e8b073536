// SPDX-License-Identifier: GPL-3.0-or-later
// `huisuan-cli enrol|prefill|file|correct|status|withdraw|dispute`, run as separate processes against
// the real sandbox bureau over HTTPS on 127.0.0.1, with a real vault on disk. Assertions use exit
// statuses and what does not change with the language (ids, amounts), and the vault itself.
#include "TestRegistry.h"
#include "bureau/BureauTestSupport.h"
#include "cli/CliRunner.h"
#include "filing/Receipt.h"
#include "vault/FilingStore.h"
#include "vault/IncomeRecordStore.h"
#include "vault/Outbox.h"
#include "vault/Vault.h"

#include "json/JsonReader.h"
#include <QDir>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const QString identityNumber = QStringLiteral("110105198806150032");
const QString passphrase = QStringLiteral("cli filing test");

JsonValue declaration(const QString& id, const QString& period, const QString& income, const QString& withheld)
{
    return JsonValue::object(
        {{QStringLiteral("declaration_id"), JsonValue::string(id)},
         {QStringLiteral("employer"),
          JsonValue::object({{QStringLiteral("credit_code"), JsonValue::string(QStringLiteral("91110000802100433B"))},
                             {QStringLiteral("name"), JsonValue::string(QStringLiteral("甲公司"))}})},
         {QStringLiteral("period"), JsonValue::string(period)},
         {QStringLiteral("records"),
          JsonValue::array(
              {JsonValue::object({{QStringLiteral("identity_number"), JsonValue::string(identityNumber)},
                                  {QStringLiteral("income"), JsonValue::string(income)},
                                  {QStringLiteral("income_type"), JsonValue::string(QStringLiteral("wages"))},
                                  {QStringLiteral("name"), JsonValue::string(QStringLiteral("李明"))},
                                  {QStringLiteral("tax_withheld"), JsonValue::string(withheld)}})})}});
}

QString submissionIn(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("sub-[0-9a-f]{8}-[0-9a-f-]{27}"));
    return id.match(text).captured();
}

} // namespace

class TestFilingCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_bureau.start({QStringLiteral("--sandbox-controls")}));
        BureauClient employer(m_bureau.url(), m_bureau.tlsCaPem());
        // Two months of wages, 210.00 withheld in all; the return below claims a refund of it.
        for (const auto& [period, withheld] : {std::pair {QStringLiteral("2025-01"), QStringLiteral("90.00")},
                                               std::pair {QStringLiteral("2025-02"), QStringLiteral("120.00")}}) {
            const BureauReply reply = employer.post(
                QStringLiteral("/v1/withholding-declarations"),
                canonical(declaration(QStringLiteral("cli-") + period, period, QStringLiteral("10000.00"), withheld)));
            QCOMPARE(reply.status, 201);
        }
        const CliRun init =
            cli({QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf-log2n"), QStringLiteral("10")});
        QVERIFY2(init.exitCode == 0, init.transcript());
    }

    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void commandsNeedAnEnrolmentFirst()
    {
        const CliRun run = cli({QStringLiteral("prefill"), QStringLiteral("2025")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(!run.err.isEmpty());
    }

    void refusesBadUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("enrol without id")
            << QStringList {QStringLiteral("enrol"), QStringLiteral("--name"), QStringLiteral("李明")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("status"), QStringLiteral("--frobnicate")};
        QTest::newRow("option without value") << QStringList {QStringLiteral("file"), QStringLiteral("--wait")};
        QTest::newRow("prefill without year") << QStringList {QStringLiteral("prefill")};
    }

    void refusesBadUsage()
    {
        QFETCH(QStringList, arguments);
        const CliRun run = cli(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY(run.err.contains(QStringLiteral("huisuan-cli")));
    }

    void enrolsWithThePinnedBureau()
    {
        const CliRun wrongPin = cli({QStringLiteral("enrol"),
                                     QStringLiteral("--name"),
                                     QStringLiteral("李明"),
                                     QStringLiteral("--id"),
                                     identityNumber,
                                     QStringLiteral("--bureau"),
                                     m_bureau.url(),
                                     QStringLiteral("--tls-ca"),
                                     otherTlsCa(),
                                     QStringLiteral("--sm2-ca"),
                                     QDir(m_bureau.dataDir()).filePath(QStringLiteral("sm2-ca.der"))});
        QCOMPARE(wrongPin.exitCode, 1);
        const CliRun run = enrol();
        QVERIFY2(run.exitCode == 0, run.transcript());
        QVERIFY(run.out.contains(m_bureau.url()));
    }

    void downloadsThePrefillIntoTheVault()
    {
        const CliRun run = cli({QStringLiteral("prefill"), QStringLiteral("2025")});
        QVERIFY2(run.exitCode == 0, run.transcript());
        QVERIFY(run.out.contains(QStringLiteral("cli-2025-01.1")));
        QVERIFY(run.out.contains(QStringLiteral("120.00")));
        auto vault = openVault();
        QVERIFY(vault);
        const auto records = IncomeRecordStore(*vault).forYear(1, 2025);
        QVERIFY2(records.ok(), qPrintable(records.status.toString()));
        QCOMPARE(records.value.size(), 2);
        QCOMPARE(records.value.front().origin, IncomeRecord::Origin::Prefill);
    }

    void filesAndPrintsTheVerifiedReceipt()
    {
        const CliRun run = cli({QStringLiteral("file"),
                                writeReturn(QStringLiteral("20000.00")),
                                QStringLiteral("--wait"),
                                QStringLiteral("30")});
        QVERIFY2(run.exitCode == 0, run.transcript());
        m_accepted = submissionIn(run.out);
        QVERIFY(!m_accepted.isEmpty());
        QVERIFY(run.out.contains(QStringLiteral("-210.00")) || run.out.contains(QStringLiteral("210.00")));
        auto vault = openVault();
        const auto filing = FilingStore(*vault).bySubmissionId(m_accepted);
        QVERIFY2(filing.ok(), qPrintable(filing.status.toString()));
        QCOMPARE(filing.value.status, FilingRecord::Status::Accepted);
        QCOMPARE(filing.value.receipts.size(), 1);
        QVERIFY(Receipt::verify(filing.value.receipts.front().bytes, sm2Ca()).ok());
        QVERIFY(Outbox(*vault).pending().value.isEmpty());
    }

    void statusShowsTheRefund()
    {
        const CliRun run = cli({QStringLiteral("status"), m_accepted});
        QVERIFY2(run.exitCode == 0, run.transcript());
        QVERIFY(run.out.contains(m_accepted));
        QVERIFY(run.out.contains(QStringLiteral("210.00")));
        QCOMPARE(cli({QStringLiteral("status"), QStringLiteral("sub-unknown")}).exitCode, 1);
    }

    void statusWithoutASubmissionListsTheVaultsFilings()
    {
        const CliRun run = cli({QStringLiteral("status"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(run.exitCode == 0, run.transcript());
        QVERIFY(run.out.contains(m_accepted + QStringLiteral("  filing: accepted")));
    }

    void aSecondFilingOfTheYearIsRejected()
    {
        const CliRun run = cli({QStringLiteral("file"), writeReturn(QStringLiteral("20000.00"))});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.contains(QStringLiteral("filing.already_filed")));
    }

    void correctionReplacesTheAcceptedFiling()
    {
        const CliRun run = cli({QStringLiteral("correct"), writeReturn(QStringLiteral("20000.00"), 1000)});
        QVERIFY2(run.exitCode == 0, run.transcript());
        // The first id printed is the new submission's ("Signed and queued as ..."), before its receipt.
        const QString correction = submissionIn(run.out);
        QVERIFY(!correction.isEmpty());
        QVERIFY(correction != m_accepted);
        QVERIFY(run.out.contains(m_accepted)); // named as the one it replaces
        auto vault = openVault();
        QCOMPARE(FilingStore(*vault).bySubmissionId(m_accepted).value.status, FilingRecord::Status::Replaced);
        m_accepted = correction;
    }

    void withdrawsBeforeTheRefundIsPaid()
    {
        const CliRun run = cli({QStringLiteral("withdraw"), m_accepted});
        QVERIFY2(run.exitCode == 0, run.transcript());
        const CliRun again = cli({QStringLiteral("withdraw"), m_accepted});
        QVERIFY2(again.exitCode == 0, again.transcript()); // the receipt the vault kept, not a conflict
        auto vault = openVault();
        QCOMPARE(FilingStore(*vault).bySubmissionId(m_accepted).value.status, FilingRecord::Status::Withdrawn);
    }

    void disputesAnIncomeRecord()
    {
        const CliRun run = cli({QStringLiteral("dispute"),
                                QStringLiteral("cli-2025-02.1"),
                                QStringLiteral("--reason"),
                                QStringLiteral("wrong_amount")});
        QVERIFY2(run.exitCode == 0, run.transcript());
        const CliRun prefill =
            cli({QStringLiteral("prefill"), QStringLiteral("2025"), QStringLiteral("--lang"), QStringLiteral("en")});
        QVERIFY2(prefill.exitCode == 0, prefill.transcript());
        QVERIFY(prefill.out.contains(QStringLiteral("[disputed]")));
        QCOMPARE(cli({QStringLiteral("dispute"), QStringLiteral("no-such-record")}).exitCode, 2);
    }

private:
    CliRun cli(QStringList arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), passphrase);
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        arguments << QStringLiteral("--vault") << vaultDirectory();
        return runCli(arguments, environment);
    }

    CliRun enrol()
    {
        return cli({QStringLiteral("enrol"),
                    QStringLiteral("--name"),
                    QStringLiteral("李明"),
                    QStringLiteral("--id"),
                    identityNumber,
                    QStringLiteral("--bureau"),
                    m_bureau.url(),
                    QStringLiteral("--bureau-dir"),
                    m_bureau.dataDir()});
    }

    QString vaultDirectory() const { return m_home.filePath(QStringLiteral("vault")); }

    QByteArray sm2Ca() const { return m_bureau.sm2CaDer(); }

    std::unique_ptr<Vault> openVault() const
    {
        const QByteArray secret = passphrase.toUtf8();
        auto vault =
            Vault::open(vaultDirectory(), SecureBuffer::fromBytes(secret.constData(), std::size_t(secret.size())));
        return vault.ok() ? std::move(vault.value) : nullptr;
    }

    /** Another bureau's TLS CA: the one this test's bureau is not. */
    QString otherTlsCa()
    {
        BureauProcess other;
        if (!other.start()) {
            return QString();
        }
        const QString path = m_home.filePath(QStringLiteral("other-tls-ca.pem"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly)) {
            file.write(other.tlsCaPem());
        }
        static_cast<void>(other.stop());
        return path;
    }

    QString writeReturn(const QString& wages, int donation = 0)
    {
        const QString path = m_home.filePath(QStringLiteral("return-%1.json").arg(++m_returns));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            return path;
        }
        QByteArray json = QByteArrayLiteral("{\"tax_year\":2025,\"income\":{\"wages\":\"") + wages.toLatin1() +
            QByteArrayLiteral("\"},\"prepaid\":\"210.00\"");
        if (donation > 0) {
            json += QByteArrayLiteral(",\"donations\":[{\"amount\":\"") + QByteArray::number(donation) +
                QByteArrayLiteral(".00\",\"limit\":\"30%\"}]");
        }
        file.write(json + QByteArrayLiteral("}"));
        return path;
    }

    QTemporaryDir m_home;
    BureauProcess m_bureau;
    QString m_accepted;
    int m_returns = 0;
};

HUISUAN_REGISTER_TEST(TestFilingCommand)
#include "TestFilingCommand.moc"
