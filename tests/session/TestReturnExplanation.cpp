// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "rules/RulePackRegistry.h"
#include "session/ReturnExplanation.h"
#include "session/ReturnTestSupport.h"

#include <QTest>

using namespace huisuan;

/** ReturnExplanation over what the engine really computes for the worked cases. */
class TestReturnExplanation : public QObject
{
    Q_OBJECT
private:
    static ReturnExplanation explained(const QByteArray& input)
    {
        const AnnualReturnRecord record = test::computedReturn(input);
        return ReturnExplanation::fromJson(record.resultJson, record.traceJson);
    }

    static const RulePack& pack2024() { return *RulePackRegistry::builtIn().forYear(2024); }

    static const TraceStep* subLine(const ResultLine& line, const QString& id)
    {
        for (const TraceStep& step : line.subLines) {
            if (step.id == id) {
                return &step;
            }
        }
        return nullptr;
    }

    static QString citationOf(const TraceStep& step, const QString& ruleId)
    {
        for (const TraceStep::Rule& rule : step.rules) {
            if (rule.id == ruleId) {
                return rule.citation;
            }
        }
        return {};
    }

private slots:
    void linesFollowTheForm()
    {
        const ReturnExplanation explanation = explained(test::donationCappedReturn);
        QStringList keys;
        for (const ResultLine& line : explanation.lines) {
            keys << line.key;
        }
        // No bonus: no bonus method; nothing to pay: no exemption to weigh.
        const QString form = QStringLiteral(
            "comprehensive_income basic_deduction special_deductions special_additional_deductions other_deductions "
            "donations_deducted taxable_income rate quick_deduction tax_on_comprehensive_income bonus_tax tax_relief "
            "tax_payable prepaid balance exempt_from_payment amount_due refund");
        QCOMPARE(keys, form.split(QLatin1Char(' ')));
        QCOMPARE(explanation.rulePack, pack2024().id);
        const ResultLine* basic = explanation.line(QStringLiteral("basic_deduction"));
        QVERIFY(basic);
        QCOMPARE(basic->label, QStringLiteral("Basic deduction"));
        QCOMPARE(basic->value, pack2024().basicDeductionAnnual.value.toString());
        QCOMPARE(citationOf(basic->explanation, pack2024().basicDeductionAnnual.source.id),
                 pack2024().basicDeductionAnnual.source.citation);
    }

    void donationsCappedAtThirtyPercent()
    {
        const ReturnExplanation explanation = explained(test::donationCappedReturn);
        const ResultLine* donations = explanation.line(QStringLiteral("donations_deducted"));
        QVERIFY(donations);
        QCOMPARE(donations->value, QStringLiteral("30000.00"));
        QCOMPARE(donations->label, QStringLiteral("Donations deducted"));
        QVERIFY(donations->explanation.formula.startsWith(QStringLiteral("donations with the 30% limit")));
        const TraceStep* limit = subLine(*donations, QStringLiteral("annual_return.donation_limit"));
        QVERIFY(limit);
        QCOMPARE(limit->value, QStringLiteral("30000.00"));
        QCOMPARE(limit->formula, QStringLiteral("taxable income before donations × limit rate"));
        QCOMPARE(citationOf(*limit, pack2024().donationLimitRate.source.id),
                 pack2024().donationLimitRate.source.citation);
        QCOMPARE(limit->roundings.size(), 1);
        QCOMPARE(limit->roundings.at(0).rounded, QStringLiteral("30000.00"));

        const ResultLine* taxable = explanation.line(QStringLiteral("taxable_income"));
        QVERIFY(taxable);
        QCOMPARE(taxable->value, QStringLiteral("70000.00"));
        QCOMPARE(taxable->explanation.formula, QStringLiteral("taxable income before donations − donations deducted"));
        const TraceStep* before = subLine(*taxable, QStringLiteral("annual_return.taxable_income_before_donations"));
        QVERIFY(before);
        QCOMPARE(before->value, QStringLiteral("100000.00"));
        QCOMPARE(explanation.line(QStringLiteral("tax_payable"))->value, QStringLiteral("4480.00"));
    }

    void bonusTaxedSeparately()
    {
        const ReturnExplanation explanation = explained(test::bonusSeparateReturn);
        const ResultLine* bonus = explanation.line(QStringLiteral("bonus_tax"));
        QVERIFY(bonus);
        QCOMPARE(bonus->value, QStringLiteral("4590.00"));
        QCOMPARE(bonus->label, QStringLiteral("Tax on the annual bonus, taxed separately"));
        QVERIFY(bonus->explanation.formula.startsWith(QStringLiteral("bonus × rate − quick deduction")));
        QCOMPARE(citationOf(bonus->explanation, pack2024().comprehensiveMonthly.source.id),
                 pack2024().comprehensiveMonthly.source.citation);
        QCOMPARE(bonus->explanation.inputs.at(0).key, QStringLiteral("bonus"));
        QCOMPARE(bonus->explanation.inputs.at(0).value, QStringLiteral("48000.00"));
        const ResultLine* method = explanation.line(QStringLiteral("bonus_method"));
        QVERIFY(method);
        QCOMPARE(method->kind, ResultLine::Kind::Word);
        QCOMPARE(method->value, QStringLiteral("separate"));
        QCOMPARE(method->explanation.formula, QStringLiteral("the method chosen in the return"));
        QCOMPARE(explanation.line(QStringLiteral("tax_on_comprehensive_income"))->value, QStringLiteral("2280.00"));

        // The rate has no trace line of its own: it is the bracket of the tax line, with its citation.
        const ResultLine* rate = explanation.line(QStringLiteral("rate"));
        QVERIFY(rate);
        QCOMPARE(rate->kind, ResultLine::Kind::Rate);
        QCOMPARE(rate->value, pack2024().comprehensiveAnnual.brackets.at(1).rate.toString());
        QCOMPARE(citationOf(rate->explanation, pack2024().comprehensiveAnnual.source.id),
                 pack2024().comprehensiveAnnual.source.citation);
        QCOMPARE(rate->explanation.inputs.at(0).value, QStringLiteral("48000.00"));
    }

    void bonusCombined()
    {
        const ReturnExplanation explanation = explained(test::bonusCombinedReturn);
        const ResultLine* bonus = explanation.line(QStringLiteral("bonus_tax"));
        QVERIFY(bonus);
        QCOMPARE(bonus->value, QStringLiteral("0.00"));
        QCOMPARE(bonus->explanation.formula,
                 QStringLiteral("the annual bonus was added to the comprehensive income, so it has no tax of its own"));
        QCOMPARE(explanation.line(QStringLiteral("bonus_method"))->value, QStringLiteral("combined"));
        const ResultLine* income = explanation.line(QStringLiteral("comprehensive_income"));
        QCOMPARE(income->value, QStringLiteral("168000.00"));
        bool bonusCounted = false;
        for (const TraceStep::Input& input : income->explanation.inputs) {
            bonusCounted = bonusCounted ||
                (input.key == QLatin1String("bonus_combined") && input.value == QLatin1String("48000.00"));
        }
        QVERIFY(bonusCounted);
        QCOMPARE(explanation.line(QStringLiteral("taxable_income"))->value, QStringLiteral("96000.00"));
        const ResultLine* quick = explanation.line(QStringLiteral("quick_deduction"));
        QCOMPARE(quick->value, pack2024().comprehensiveAnnual.brackets.at(1).quickDeduction.toString());
        QVERIFY(!quick->explanation.rules.isEmpty());
    }

    void commercialHealthInsuranceCapped()
    {
        const ReturnExplanation explanation = explained(test::healthInsuranceCappedReturn);
        const ResultLine* other = explanation.line(QStringLiteral("other_deductions"));
        QVERIFY(other);
        QCOMPARE(other->value, pack2024().commercialHealthInsuranceCap.value.toString());
        const TraceStep* insurance = subLine(*other, QStringLiteral("annual_return.commercial_health_insurance"));
        QVERIFY(insurance);
        QCOMPARE(insurance->label, QStringLiteral("Commercial health insurance"));
        QCOMPARE(insurance->formula, QStringLiteral("amount paid, up to the cap"));
        QCOMPARE(insurance->inputs.at(0).value, QStringLiteral("3000.00"));
        QCOMPARE(insurance->note,
                 QStringLiteral("capped at %1").arg(pack2024().commercialHealthInsuranceCap.value.toString()));
        QCOMPARE(citationOf(*insurance, pack2024().commercialHealthInsuranceCap.source.id),
                 pack2024().commercialHealthInsuranceCap.source.citation);

        const ResultLine* additional = explanation.line(QStringLiteral("special_additional_deductions"));
        const TraceStep* child = subLine(*additional, QStringLiteral("annual_return.children_education[0]"));
        QVERIFY(child);
        QCOMPARE(child->value, pack2024().childrenEducationMonthly.value.times(12).toString());
        QCOMPARE(additional->value, child->value);

        const ResultLine* income = explanation.line(QStringLiteral("comprehensive_income"));
        const TraceStep* expenses = subLine(*income, QStringLiteral("annual_return.expenses_row"));
        QVERIFY(expenses);
        QCOMPARE(expenses->value, QStringLiteral("2000.00"));
        QCOMPARE(expenses->roundings.size(), 1);
        QCOMPARE(explanation.line(QStringLiteral("refund"))->explanation.formula,
                 QStringLiteral("the balance when negative, as a positive amount"));
    }

    void exemptFromPaying()
    {
        const ReturnExplanation explanation = explained(test::exemptReturn);
        const ResultLine* exempt = explanation.line(QStringLiteral("exempt_from_payment"));
        QVERIFY(exempt);
        QCOMPARE(exempt->label, QStringLiteral("Exempt from paying"));
        QCOMPARE(exempt->value, QStringLiteral("yes"));
        QVERIFY(exempt->explanation.formula.startsWith(QStringLiteral("something to pay")));
        QCOMPARE(citationOf(exempt->explanation, pack2024().exemptionBalanceCeiling.source.id),
                 pack2024().exemptionBalanceCeiling.source.citation);
        QCOMPARE(explanation.line(QStringLiteral("balance"))->value, QStringLiteral("300.00"));
        QCOMPARE(explanation.line(QStringLiteral("amount_due"))->value, QStringLiteral("0.00"));
        QCOMPARE(explanation.line(QStringLiteral("prepaid"))->value, QStringLiteral("1080.00"));
        QCOMPARE(explanation.line(QStringLiteral("prepaid"))->explanation.formula,
                 QStringLiteral("the tax withheld or prepaid during the year, as declared"));
    }

    void unreadableResultHasNoLines()
    {
        QVERIFY(ReturnExplanation::fromJson(QByteArrayLiteral("{not json"), QByteArrayLiteral("[]")).lines.isEmpty());
        // A return stored without its trace still shows its numbers, and says why it cannot explain them.
        const AnnualReturnRecord record = test::computedReturn(test::exemptReturn);
        const ReturnExplanation bare = ReturnExplanation::fromJson(record.resultJson, QByteArrayLiteral("[]"));
        const ResultLine* taxable = bare.line(QStringLiteral("taxable_income"));
        QVERIFY(taxable);
        QCOMPARE(taxable->value, QStringLiteral("39000.00"));
        QVERIFY(taxable->explanation.formula.contains(QStringLiteral("without its trace")));
    }
};

HUISUAN_REGISTER_TEST(TestReturnExplanation)
#include "TestReturnExplanation.moc"
