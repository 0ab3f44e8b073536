// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "money/Money.h"
#include "rules/RulePackRegistry.h"
#include "session/ReturnTestSupport.h"
#include "session/TaxBreakdown.h"

#include <QTest>

using namespace huisuan;

/** TaxBreakdown over what the engine really computes: the parts add up to the return's figures. */
class TestTaxBreakdown : public QObject
{
    Q_OBJECT
private:
    static TaxBreakdown breakdownOf(const QByteArray& input)
    {
        const AnnualReturnRecord record = test::computedReturn(input);
        return TaxBreakdown::fromJson(record.resultJson, record.traceJson);
    }

    static QString amountOf(const QList<TaxBreakdown::Part>& parts, const char* key)
    {
        for (const TaxBreakdown::Part& part : parts) {
            if (part.key == QLatin1String(key)) {
                return part.amount;
            }
        }
        return {};
    }

    static Money sum(const QList<TaxBreakdown::BracketPart>& brackets, QString TaxBreakdown::BracketPart::*member)
    {
        Money total;
        for (const TaxBreakdown::BracketPart& bracket : brackets) {
            total += Money::parse(bracket.*member).value_or(Money());
        }
        return total;
    }

    static const RateTable& annualTable() { return RulePackRegistry::builtIn().forYear(2024)->comprehensiveAnnual; }

private slots:
    void incomeAndDeductionsByKind()
    {
        const TaxBreakdown breakdown = breakdownOf(test::healthInsuranceCappedReturn);
        QCOMPARE(breakdown.income.size(), 2);
        QCOMPARE(amountOf(breakdown.income, "wages"), QStringLiteral("200000.00"));
        QCOMPARE(amountOf(breakdown.income, "labor"), QStringLiteral("10000.00"));
        QCOMPARE(breakdown.income.at(0).label, QStringLiteral("wages"));

        QCOMPARE(amountOf(breakdown.deductions, "expenses_row"), QStringLiteral("2000.00"));
        QCOMPARE(amountOf(breakdown.deductions, "special_deductions"), QStringLiteral("20000.00"));
        QCOMPARE(amountOf(breakdown.deductions, "commercial_health_insurance"), QStringLiteral("2400.00"));
        QVERIFY(!amountOf(breakdown.deductions, "children_education[0]").isEmpty());
        QVERIFY(amountOf(breakdown.deductions, "annuity").isEmpty()); // nothing claimed: no slice
        // Income less every deduction is the taxable income.
        Money rest;
        for (const TaxBreakdown::Part& part : breakdown.income) {
            rest += *Money::parse(part.amount);
        }
        for (const TaxBreakdown::Part& part : breakdown.deductions) {
            rest -= *Money::parse(part.amount);
        }
        QCOMPARE(rest.toString(), breakdown.taxableIncome);
    }

    void bracketsAddUpToTheTax_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("bracketsReached");
        QTest::newRow("health insurance capped") << test::healthInsuranceCappedReturn << 2;
        QTest::newRow("bonus separate") << test::bonusSeparateReturn << 2;
        QTest::newRow("bonus combined") << test::bonusCombinedReturn << 2;
        QTest::newRow("donations capped") << test::donationCappedReturn << 2;
        QTest::newRow("exempt") << test::exemptReturn << 2;
        QTest::newRow("nothing taxable") << QByteArrayLiteral(
                                                "{\"tax_year\": 2024, \"income\": {\"wages\": \"50000.00\"}}")
                                         << 0;
    }

    void bracketsAddUpToTheTax()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, bracketsReached);
        const TaxBreakdown breakdown = breakdownOf(input);
        QVERIFY(breakdown.bracketsKnown);
        QCOMPARE(breakdown.brackets.size(), bracketsReached);
        QCOMPARE(sum(breakdown.brackets, &TaxBreakdown::BracketPart::tax).toString(),
                 breakdown.taxOnComprehensiveIncome);
        QCOMPARE(sum(breakdown.brackets, &TaxBreakdown::BracketPart::taxed).toString(),
                 bracketsReached == 0 ? QStringLiteral("0.00") : breakdown.taxableIncome);
        for (int i = 0; i < breakdown.brackets.size(); ++i) {
            QCOMPARE(breakdown.brackets.at(i).rate, annualTable().brackets.at(size_t(i)).rate.toString());
        }
    }

    void fullLowerBracketsThenThePartReached()
    {
        const TaxBreakdown breakdown = breakdownOf(test::donationCappedReturn); // taxable 70000.00
        const Bracket& first = annualTable().brackets.at(0);
        QCOMPARE(breakdown.brackets.at(0).lower, QStringLiteral("0.00"));
        QCOMPARE(breakdown.brackets.at(0).upper, first.upTo->toString());
        QCOMPARE(breakdown.brackets.at(0).taxed, first.upTo->toString());
        QCOMPARE(breakdown.brackets.at(1).lower, first.upTo->toString());
        QCOMPARE(breakdown.brackets.at(1).taxed,
                 (Money::parse(QStringLiteral("70000.00")).value() - *first.upTo).toString());
    }

    void separateBonusIsIncomeWithItsOwnTax()
    {
        const TaxBreakdown breakdown = breakdownOf(test::bonusSeparateReturn);
        QCOMPARE(amountOf(breakdown.income, "bonus"), QStringLiteral("48000.00"));
        QCOMPARE(breakdown.bonusTax, QStringLiteral("4590.00"));
        const TaxBreakdown combined = breakdownOf(test::bonusCombinedReturn);
        QCOMPARE(amountOf(combined.income, "bonus_combined"), QStringLiteral("48000.00"));
        QCOMPARE(combined.bonusTax, QStringLiteral("0.00"));
    }

    void donationsAreADeduction()
    {
        const TaxBreakdown breakdown = breakdownOf(test::donationCappedReturn);
        QCOMPARE(amountOf(breakdown.deductions, "donations_deducted"), QStringLiteral("30000.00"));
    }

    void unknownRulePackSaysSo()
    {
        AnnualReturnRecord record = test::computedReturn(test::donationCappedReturn);
        record.resultJson.replace(record.rulePackId.toUtf8(), QByteArrayLiteral("sha256:from-a-later-version"));
        const TaxBreakdown breakdown = TaxBreakdown::fromJson(record.resultJson, record.traceJson);
        QVERIFY(!breakdown.bracketsKnown);
        QVERIFY(breakdown.brackets.isEmpty());
        QCOMPARE(breakdown.taxOnComprehensiveIncome, QStringLiteral("4480.00"));
    }
};

HUISUAN_REGISTER_TEST(TestTaxBreakdown)
#include "TestTaxBreakdown.moc"
