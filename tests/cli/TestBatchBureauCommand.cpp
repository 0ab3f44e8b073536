// SPDX-License-Identifier: GPL-3.0-or-later
// `huisuan-cli batch submit|declarations|deductions download` and `huisuan-cli deductions push` end
// to end: an accountant's vault with a company's roster and payroll, the real huisuan-bureau over
// pinned HTTPS, and an employee who enrolled with the same bureau, downloads the prefill the
// declaration made and pushes their deductions to the company. One bureau for the class.
#include "TestRegistry.h"
#include "batch/BatchTestSupport.h"
#include "bureau/BureauTestSupport.h"
#include "cli/BatchCliSupport.h"
#include "filing/FilingService.h"
#include "filing/Receipt.h"
#include "filing/Sm3Digest.h"
#include "session/ReturnDraftStore.h"
#include "vault/Vault.h"
#include "vault/WithholdingDeclarationStore.h"

#include <QRegularExpression>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const QString creditCode = QStringLiteral("91110000600037341L");

QString declarationIn(const QString& text)
{
    static const QRegularExpression id(QStringLiteral("decl-[0-9a-f-]{36}"));
    return id.match(text).captured();
}

} // namespace

class TestBatchBureauCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_bureau.start());
        for (const bool taxpayer : {false, true}) {
            const CliRun init = m_homes.run(
                {QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf-log2n"), QStringLiteral("10")},
                taxpayer);
            QVERIFY2(init.exitCode == 0, init.transcript());
        }
        QVERIFY2(batch({QStringLiteral("workspace"),
                        QStringLiteral("add"),
                        creditCode,
                        QStringLiteral("福州某某贸易有限公司")})
                         .exitCode == 0,
                 "workspace");
        const QString roster =
            m_homes.write(QStringLiteral("roster.csv"),
                          QStringLiteral("证件号码,姓名,任职受雇日期\r\n%1,张三,2020-01-01\r\n%2,李四,2021-06-01\r\n")
                              .arg(residentId(1), residentId(2)));
        const CliRun imported = batch({QStringLiteral("import"),
                                       QStringLiteral("roster"),
                                       roster,
                                       QStringLiteral("--workspace"),
                                       creditCode,
                                       QStringLiteral("--month"),
                                       QStringLiteral("2025-01")});
        QVERIFY2(imported.exitCode == 0, imported.transcript());
        importJanuary(QStringLiteral("15000"), false);

        const CliRun enrolled = m_homes.run({QStringLiteral("enrol"),
                                             QStringLiteral("--name"),
                                             QStringLiteral("张三"),
                                             QStringLiteral("--id"),
                                             residentId(1),
                                             QStringLiteral("--bureau"),
                                             m_bureau.url(),
                                             QStringLiteral("--bureau-dir"),
                                             m_bureau.dataDir()},
                                            true);
        QVERIFY2(enrolled.exitCode == 0, enrolled.transcript());
    }

    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void refusesBadUsage()
    {
        QCOMPARE(batch({QStringLiteral("submit"), QStringLiteral("--workspace"), creditCode}).exitCode, 1);
        QCOMPARE(batch({QStringLiteral("submit"),
                        QStringLiteral("--workspace"),
                        creditCode,
                        QStringLiteral("--month"),
                        QStringLiteral("2025-13")})
                     .exitCode,
                 1);
        const CliRun nothingPaid = submit(QStringLiteral("2025-02"));
        QCOMPARE(nothingPaid.exitCode, 1);
        QVERIFY2(nothingPaid.err.contains(QStringLiteral("nothing to declare")), nothingPaid.transcript());
    }

    void submitsTheMonthWithAVerifiedReceipt()
    {
        const CliRun run = submit(QStringLiteral("2025-01"));
        QVERIFY2(run.exitCode == 0, run.transcript());
        m_first = declarationIn(run.out);
        QVERIFY2(!m_first.isEmpty(), run.transcript());
        QVERIFY2(run.out.contains(QStringLiteral("2025-01: declared (receipt R")), run.transcript());

        const QList<WithholdingDeclaration> declarations = stored();
        QCOMPARE(declarations.size(), 1);
        const WithholdingDeclaration& declaration = declarations.first();
        QCOMPARE(declaration.declarationId, m_first);
        QCOMPARE(declaration.status, WithholdingDeclaration::Status::Declared);
        // Hand-checked: 张三 (15000.00 - 5000.00 - 1500.00) × 3% = 255.00; 李四 (8000.00 - 5000.00) × 3% = 90.00.
        QVERIFY(declaration.body.contains("\"income\":\"15000.00\""));
        QVERIFY(declaration.body.contains("\"tax_withheld\":\"255.00\""));
        QVERIFY(declaration.body.contains("\"tax_withheld\":\"90.00\""));
        const FilingResult<Receipt> receipt = Receipt::verify(declaration.receipt, m_bureau.sm2CaDer());
        QVERIFY2(receipt.ok(), qPrintable(receipt.status.toString()));
        QCOMPARE(receipt.value.kind, Receipt::Kind::Declaration);
        QCOMPARE(receipt.value.requestId, m_first);
        QCOMPARE(receipt.value.filingDigest, Sm3Digest::tagged(declaration.body));
        QCOMPARE(receipt.value.receiptId, declaration.receiptId);
        QVERIFY(run.out.contains(declaration.receiptId));

        const CliRun listed = batch({QStringLiteral("declarations"),
                                     QStringLiteral("--workspace"),
                                     creditCode,
                                     QStringLiteral("--year"),
                                     QStringLiteral("2025")});
        QVERIFY2(listed.exitCode == 0, listed.transcript());
        QVERIFY2(listed.out.contains(
                     QStringLiteral("2025-01  %1  declared  receipt %2").arg(m_first, declaration.receiptId)),
                 listed.transcript());
    }

    void theSameFiguresAreNotDeclaredTwice()
    {
        const CliRun run = submit(QStringLiteral("2025-01"));
        QVERIFY2(run.exitCode == 0, run.transcript());
        QVERIFY2(run.out.contains(QStringLiteral("nothing was sent")), run.transcript());
        QCOMPARE(stored().size(), 1);
    }

    void theEmployeesPrefillCarriesTheRecords()
    {
        const CliRun prefill = m_homes.run({QStringLiteral("prefill"), QStringLiteral("2025")}, true);
        QVERIFY2(prefill.exitCode == 0, prefill.transcript());
        QVERIFY2(prefill.out.contains(m_first + QStringLiteral(".1")), prefill.transcript());
        QVERIFY(prefill.out.contains(QStringLiteral("15000.00")));
        QVERIFY(prefill.out.contains(QStringLiteral("255.00")));
        QVERIFY(prefill.out.contains(creditCode));
        QVERIFY(!prefill.out.contains(QStringLiteral("90.00"))); // 李四's record is not 张三's
    }

    void aRecomputedMonthReplacesTheDeclaration()
    {
        importJanuary(QStringLiteral("16000"), true);
        const CliRun run = submit(QStringLiteral("2025-01"));
        QVERIFY2(run.exitCode == 0, run.transcript());
        QVERIFY2(run.out.contains(QStringLiteral(", replacing %1.").arg(m_first)), run.transcript());
        const QList<WithholdingDeclaration> declarations = stored();
        QCOMPARE(declarations.size(), 2);
        const WithholdingDeclaration& second = declarations.last();
        QVERIFY(second.declarationId != m_first);
        QCOMPARE(second.replaces, m_first);
        QCOMPARE(second.status, WithholdingDeclaration::Status::Declared);
        // (16000.00 - 5000.00 - 1500.00) × 3% = 285.00
        QVERIFY(second.body.contains("\"tax_withheld\":\"285.00\""));
        const FilingResult<Receipt> receipt = Receipt::verify(second.receipt, m_bureau.sm2CaDer());
        QVERIFY2(receipt.ok(), qPrintable(receipt.status.toString()));
        QCOMPARE(receipt.value.replaces, m_first);

        const CliRun prefill = m_homes.run({QStringLiteral("prefill"), QStringLiteral("2025")}, true);
        QVERIFY2(prefill.exitCode == 0, prefill.transcript());
        QVERIFY2(prefill.out.contains(second.declarationId + QStringLiteral(".1")), prefill.transcript());
        QVERIFY(prefill.out.contains(QStringLiteral("285.00")));
        QVERIFY(!prefill.out.contains(m_first + QStringLiteral(".1")));
    }

    void employeesDeductionsComeFromTheBureau()
    {
        // 张三's deductions as the app saves them: one child all year, an only child supporting parents.
        {
            auto vault = openVault(true);
            QVERIFY(vault);
            FilingService service(*vault, FilingService::Options {});
            const BureauResult<qint64> profile = service.enrolledProfile();
            QVERIFY2(profile.ok(), qPrintable(profile.status.toString()));
            ReturnDraft draft = ReturnDraft::emptyFor(2025);
            draft.taxpayerPart = QByteArrayLiteral(
                "{\"special_additional_deductions\":{\"children_education\":[{\"months\":12,\"share_percent\":100}],"
                "\"elderly_support\":{\"months\":12,\"only_child\":true}},\"tax_year\":2025}");
            QVERIFY(ReturnDraftStore(*vault).save(profile.value, draft).ok());
        }
        const CliRun pushed = m_homes.run({QStringLiteral("deductions"),
                                           QStringLiteral("push"),
                                           QStringLiteral("--employer"),
                                           creditCode,
                                           QStringLiteral("--year"),
                                           QStringLiteral("2025")},
                                          true);
        QVERIFY2(pushed.exitCode == 0, pushed.transcript());
        QVERIFY2(pushed.out.contains(QStringLiteral("children_education  2000.00")), pushed.transcript());
        QVERIFY2(pushed.out.contains(QStringLiteral("elderly_support  3000.00")), pushed.transcript());

        const CliRun downloaded = batch({QStringLiteral("deductions"),
                                         QStringLiteral("download"),
                                         QStringLiteral("--workspace"),
                                         creditCode,
                                         QStringLiteral("--year"),
                                         QStringLiteral("2025"),
                                         QStringLiteral("--bureau"),
                                         m_bureau.url(),
                                         QStringLiteral("--bureau-dir"),
                                         m_bureau.dataDir()});
        QVERIFY2(downloaded.exitCode == 0, downloaded.transcript());
        QVERIFY2(downloaded.out.contains(residentId(1) + QStringLiteral(": 5000.00 a month")), downloaded.transcript());
        QVERIFY(!downloaded.out.contains(residentId(2)));

        // The payroll's column says nothing for 张三, so the bureau's 5000.00 is used without a notice.
        const CliRun computed = batch({QStringLiteral("compute"),
                                       QStringLiteral("--workspace"),
                                       creditCode,
                                       QStringLiteral("--year"),
                                       QStringLiteral("2025")});
        QVERIFY2(computed.exitCode == 0, computed.transcript());
        QVERIFY2(computed.err.isEmpty(), computed.transcript());
        const CliRun run = submit(QStringLiteral("2025-01"));
        QVERIFY2(run.exitCode == 0, run.transcript());
        const QList<WithholdingDeclaration> declarations = stored();
        QCOMPARE(declarations.size(), 3);
        // Hand-checked: (16000.00 - 5000.00 - 1500.00 - 5000.00) × 3% = 135.00; 李四 unchanged at 90.00.
        QVERIFY(declarations.last().body.contains("\"tax_withheld\":\"135.00\""));
        QVERIFY(declarations.last().body.contains("\"tax_withheld\":\"90.00\""));
        QCOMPARE(declarations.last().replaces, declarations.at(1).declarationId);

        // A sheet that says otherwise for 张三 is refused at its cell; 李四's own amount is the sheet's to say.
        const QString february = m_homes.write(
            QStringLiteral("payroll-february.csv"),
            QStringLiteral("证件号码,本期收入,专项扣除,专项附加扣除\r\n%1,16000,1500,1000\r\n%2,8000,,400\r\n")
                .arg(residentId(1), residentId(2)));
        const CliRun refused = batch({QStringLiteral("import"),
                                      QStringLiteral("payroll"),
                                      february,
                                      QStringLiteral("--workspace"),
                                      creditCode,
                                      QStringLiteral("--month"),
                                      QStringLiteral("2025-02")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(february + QStringLiteral(":2:4: ")), refused.transcript());
        QVERIFY2(refused.err.contains(QStringLiteral("5000.00")), refused.transcript());
        QVERIFY2(!refused.err.contains(february + QStringLiteral(":3:")), refused.transcript());
    }

private:
    std::unique_ptr<Vault> openVault(bool taxpayer) const
    {
        const QByteArray secret(BatchCliHomes::passphrase);
        auto vault = Vault::open(m_homes.vaultDirectory(taxpayer),
                                 SecureBuffer::fromBytes(secret.constData(), std::size_t(secret.size())));
        return vault.ok() ? std::move(vault.value) : nullptr;
    }

    CliRun batch(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("batch"));
        return m_homes.run(arguments);
    }

    CliRun submit(const QString& month) const
    {
        return batch({QStringLiteral("submit"),
                      QStringLiteral("--workspace"),
                      creditCode,
                      QStringLiteral("--month"),
                      month,
                      QStringLiteral("--wait"),
                      QStringLiteral("20"),
                      QStringLiteral("--bureau"),
                      m_bureau.url(),
                      QStringLiteral("--bureau-dir"),
                      m_bureau.dataDir()});
    }

    /** January's payroll (张三's wages as given, 李四's 8000) imported and the year computed. */
    void importJanuary(const QString& wages, bool replace)
    {
        const QString payroll = m_homes.write(QStringLiteral("payroll-%1.csv").arg(wages),
                                              QStringLiteral("证件号码,本期收入,专项扣除\r\n%1,%2,1500\r\n%3,8000,\r\n")
                                                  .arg(residentId(1), wages, residentId(2)));
        QStringList arguments = {QStringLiteral("import"),
                                 QStringLiteral("payroll"),
                                 payroll,
                                 QStringLiteral("--workspace"),
                                 creditCode,
                                 QStringLiteral("--month"),
                                 QStringLiteral("2025-01")};
        if (replace) {
            arguments << QStringLiteral("--replace");
        }
        const CliRun imported = batch(arguments);
        QVERIFY2(imported.exitCode == 0, imported.transcript());
        const CliRun computed = batch({QStringLiteral("compute"),
                                       QStringLiteral("--workspace"),
                                       creditCode,
                                       QStringLiteral("--year"),
                                       QStringLiteral("2025")});
        QVERIFY2(computed.exitCode == 0, computed.transcript());
    }

    QList<WithholdingDeclaration> stored() const
    {
        auto vault = openVault(false);
        return vault ? WithholdingDeclarationStore(*vault).forYear(1, 2025).value : QList<WithholdingDeclaration>();
    }

    BatchCliHomes m_homes;
    BureauProcess m_bureau;
    QString m_first;
};

HUISUAN_REGISTER_TEST(TestBatchBureauCommand)
#include "TestBatchBureauCommand.moc"
