// SPDX-License-Identifier: GPL-3.0-or-later
// The return recomputed as the taxpayer types: income rows and a draft in, the engine's figures out.
// Expected figures are worked by hand from the annual and monthly-converted rate tables.
#include "TestRegistry.h"
#include "session/ReturnPreview.h"

#include <QTest>

using namespace huisuan;

namespace {

IncomeRow row(const char* category, const char* amount, const char* withheld, bool disputed = false)
{
    IncomeRow income;
    income.month = QStringLiteral("2025-06");
    income.payer = QStringLiteral("甲公司");
    income.category = QString::fromLatin1(category);
    income.amount = QString::fromLatin1(amount);
    income.withheld = QString::fromLatin1(withheld);
    income.disputed = disputed;
    income.countsInReturn = !disputed;
    return income;
}

ReturnDraft draft(const char* part, const char* bonusMethod = "optimal")
{
    return {2025, QByteArray(part), QString::fromLatin1(bonusMethod), {}};
}

} // namespace

class TestReturnPreview : public QObject
{
    Q_OBJECT
private slots:
    void bothBonusMethodsAreComparedWhateverTheChoice()
    {
        // Wages 200000.00 and a bonus of 30000.00.
        // Separate: (200000 − 60000) × 10% − 2520 = 11480; the bonus 30000 / 12 = 2500 → 3% → 900: 12380.00.
        // Combined: (230000 − 60000) × 20% − 16920 = 17080.00. Separate is lower.
        const QList<IncomeRow> income {row("wages", "200000.00", "10000.00"),
                                       row("annual_bonus", "30000.00", "900.00")};
        for (const char* method : {"optimal", "separate", "combined"}) {
            const ReturnPreview::Outcome outcome = ReturnPreview::compute(draft("{\"tax_year\":2025}", method), income);
            QVERIFY(outcome.computed());
            QVERIFY(outcome.bonus.has_value());
            QCOMPARE(outcome.bonus->taxPayableSeparate, QStringLiteral("12380.00"));
            QCOMPARE(outcome.bonus->taxPayableCombined, QStringLiteral("17080.00"));
            QCOMPARE(outcome.bonus->recommended, QStringLiteral("separate"));
            QCOMPARE(outcome.bonus->saving, QStringLiteral("4700.00"));
        }
        const ReturnPreview::Outcome combined =
            ReturnPreview::compute(draft("{\"tax_year\":2025}", "combined"), income);
        QCOMPARE(combined.bonusMethodUsed, QStringLiteral("combined"));
        QCOMPARE(combined.taxPayable, QStringLiteral("17080.00"));
        QCOMPARE(combined.grossIncome, QStringLiteral("230000.00"));
        QCOMPARE(combined.figures.value(QStringLiteral("taxable_income")), QStringLiteral("170000.00"));
        QCOMPARE(combined.figures.value(QStringLiteral("basic_deduction")), QStringLiteral("60000.00"));
        QCOMPARE(combined.amountDue, QStringLiteral("6180.00")); // 17080 − 10900 prepaid
        QVERIFY(combined.traceJson.startsWith('['));
        QVERIFY(combined.resultJson.contains("\"tax_payable\":\"17080.00\""));
        QVERIFY(!combined.resultJson.contains("\"trace\""));
    }

    void disputedIncomeIsLeftOut()
    {
        // 70000.00 of wages with 300.00 withheld: (70000 − 60000) × 3% = 300.00, nothing due.
        // The disputed 50000.00 would have raised the tax: left out, as the filing leaves it out.
        const QList<IncomeRow> income {row("wages", "70000.00", "300.00"), row("labor", "50000.00", "0.00", true)};
        const ReturnPreview::Outcome outcome = ReturnPreview::compute(draft("{\"tax_year\":2025}"), income);
        QVERIFY(outcome.computed());
        QCOMPARE(outcome.taxPayable, QStringLiteral("300.00"));
        QCOMPARE(outcome.refund, QStringLiteral("0.00"));
        QCOMPARE(outcome.amountDue, QStringLiteral("0.00"));
        QVERIFY(!outcome.bonus.has_value());
        QVERIFY(outcome.bonusMethodUsed.isEmpty());
        QCOMPARE(outcome.recordedIncome, QStringLiteral("70000.00"));
    }

    void incomeTheBureauAgreedIsNotTheTaxpayersIsLeftOut()
    {
        // A dispute the bureau settled in the taxpayer's favour: no longer "disputed", still not counted.
        IncomeRow resolved = row("labor", "50000.00", "0.00");
        resolved.countsInReturn = false;
        const ReturnPreview::Outcome outcome =
            ReturnPreview::compute(draft("{\"tax_year\":2025}"), {row("wages", "70000.00", "300.00"), resolved});
        QVERIFY(outcome.computed());
        QCOMPARE(outcome.taxPayable, QStringLiteral("300.00"));
        QCOMPARE(outcome.recordedIncome, QStringLiteral("70000.00"));
    }

    void refusalsNameThePathInTheTaxpayersPart()
    {
        const ReturnPreview::Outcome outcome = ReturnPreview::compute(
            draft("{\"tax_year\":2025,\"special_additional_deductions\":{\"children_education\":[{\"months\":12,"
                  "\"share_percent\":70}]}}"),
            {row("wages", "70000.00", "300.00")});
        QCOMPARE(outcome.status, ReturnPreview::Status::Refused);
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.at(0).path,
                 QStringLiteral("special_additional_deductions.children_education[0].share_percent"));
        QVERIFY(!outcome.problems.at(0).message.isEmpty());
    }

    void aDraftThatIsNotTheYearsObjectFails()
    {
        for (const char* part : {"{\"tax_year\":2024}", "not json", "{\"tax_year\":2025,\"prepaid\":\"1.00\"}"}) {
            const ReturnPreview::Outcome outcome = ReturnPreview::compute(draft(part), {});
            QCOMPARE(outcome.status, ReturnPreview::Status::Failed);
            QCOMPARE(outcome.problems.size(), 1);
            QVERIFY(!outcome.problems.at(0).message.isEmpty());
        }
    }
};

HUISUAN_REGISTER_TEST(TestReturnPreview)
#include "TestReturnPreview.moc"
