// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/WageWithholding.h"

#include "compute/TableTax.h"
#include "trace/Trace.h"

#include <QCoreApplication>

namespace huisuan {

namespace {

QString monthId(int month, const char* line)
{
    return QStringLiteral("wage_withholding.month_%1.%2").arg(month, 2, 10, QLatin1Char('0')).arg(QLatin1String(line));
}

} // namespace

void WageWithholding::compute(const RulePack& pack,
                              const WageWithholdingInput& input,
                              WageWithholdingResult& result,
                              Trace* trace)
{
    result.months.clear();
    result.months.reserve(input.months.size());
    result.totalWithheld = Money();

    Money cumulativeIncome;
    Money cumulativeTaxFree;
    Money cumulativeSpecial;
    Money cumulativeSpecialAdditional;
    Money cumulativeOther;
    Money cumulativeRelief;
    Money alreadyWithheld;

    for (const WageMonthInput& month : input.months) {
        cumulativeIncome += month.wages;
        cumulativeTaxFree += month.taxFreeIncome;
        cumulativeSpecial += month.specialDeductions;
        cumulativeSpecialAdditional += month.specialAdditionalDeductions;
        cumulativeOther += month.otherDeductions;
        cumulativeRelief += month.taxRelief;

        Money basicDeduction;
        if (input.basicDeductionFromJanuary) {
            basicDeduction = pack.basicDeductionFromJanuary.value;
        } else {
            const int firstCountedMonth = input.firstJobInYear ? 1 : input.firstMonth;
            basicDeduction = pack.basicDeductionMonthly.value.times(month.month - firstCountedMonth + 1);
        }

        const Money beforeFloor = cumulativeIncome - cumulativeTaxFree - basicDeduction - cumulativeSpecial -
            cumulativeSpecialAdditional - cumulativeOther;
        const Money taxableIncome = max(Money(), beforeFloor);
        const TableTax tax = taxFromTable(pack.comprehensiveAnnual, taxableIncome);
        // “余额为负值时，暂不退税”: a month never withholds less than nothing.
        const Money withheld = max(Money(), tax.tax - cumulativeRelief - alreadyWithheld);
        // Built whole once every value is known: a default-constructed one first cleared all its
        // bytes, a measurable share of the hot path.
        const WageMonthResult monthResult {month.month, taxableIncome, tax.bracket, tax.tax, withheld};

        if (trace) {
            TraceLineBuilder basic(trace,
                                   monthId(month.month, "cumulative_basic_deduction"),
                                   QT_TRANSLATE_NOOP("Trace", "Cumulative basic deduction"),
                                   input.basicDeductionFromJanuary
                                       ? QT_TRANSLATE_NOOP("Trace", "the whole year's amount from January")
                                       : QT_TRANSLATE_NOOP("Trace", "monthly amount × months counted so far"),
                                   basicDeduction);
            if (input.basicDeductionFromJanuary) {
                basic.parameter(pack.basicDeductionFromJanuary).parameter(pack.basicDeductionFromJanuaryPolicy);
            } else {
                basic.parameter(pack.basicDeductionMonthly)
                    .input(QStringLiteral("months_counted"),
                           QString::number(month.month - (input.firstJobInYear ? 1 : input.firstMonth) + 1));
                if (input.firstJobInYear) {
                    basic.parameter(pack.firstJobInYear);
                }
            }
            TraceLineBuilder(trace,
                             monthId(month.month, "cumulative_taxable_income"),
                             QT_TRANSLATE_NOOP("Trace", "Cumulative taxable income"),
                             QT_TRANSLATE_NOOP("Trace",
                                               "cumulative wages − tax-free income − basic deduction − special "
                                               "deductions − special additional deductions − other deductions, "
                                               "not below zero"),
                             monthResult.cumulativeTaxableIncome)
                .input(QStringLiteral("cumulative_wages"), cumulativeIncome)
                .input(QStringLiteral("cumulative_tax_free_income"), cumulativeTaxFree)
                .input(QStringLiteral("cumulative_basic_deduction"), basicDeduction)
                .input(QStringLiteral("cumulative_special_deductions"), cumulativeSpecial)
                .input(QStringLiteral("cumulative_special_additional_deductions"), cumulativeSpecialAdditional)
                .input(QStringLiteral("cumulative_other_deductions"), cumulativeOther);
            TraceLineBuilder cumulativeTax(trace,
                                           monthId(month.month, "cumulative_tax"),
                                           QT_TRANSLATE_NOOP("Trace", "Cumulative tax"),
                                           QT_TRANSLATE_NOOP("Trace",
                                                             "cumulative taxable income × rate − quick deduction "
                                                             "(withholding rate table 1)"),
                                           monthResult.cumulativeTax);
            cumulativeTax.input(QStringLiteral("cumulative_taxable_income"), monthResult.cumulativeTaxableIncome)
                .bracket(pack.comprehensiveAnnual, *tax.bracket);
            if (!monthResult.cumulativeTaxableIncome.isZero()) {
                cumulativeTax.rounding(Rounding::HalfUpToFen, tax.unrounded, tax.tax);
            }
            TraceLineBuilder(trace,
                             monthId(month.month, "withheld"),
                             QT_TRANSLATE_NOOP("Trace", "Withheld this month"),
                             QT_TRANSLATE_NOOP("Trace",
                                               "cumulative tax − cumulative tax relief − already withheld; "
                                               "nothing when negative (no refund mid-year)"),
                             monthResult.withheld)
                .input(QStringLiteral("cumulative_tax"), monthResult.cumulativeTax)
                .input(QStringLiteral("cumulative_tax_relief"), cumulativeRelief)
                .input(QStringLiteral("already_withheld"), alreadyWithheld);
        }

        alreadyWithheld += monthResult.withheld;
        result.months.push_back(monthResult);
    }
    result.totalWithheld = alreadyWithheld;
    TraceLineBuilder(trace,
                     QStringLiteral("wage_withholding.total_withheld"),
                     QT_TRANSLATE_NOOP("Trace", "Total withheld"),
                     QT_TRANSLATE_NOOP("Trace", "sum of the months' withholding"),
                     result.totalWithheld);
}

} // namespace huisuan
