// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/AnnualBonus.h"

#include "compute/TableTax.h"
#include "trace/Trace.h"

#include <QCoreApplication>

namespace huisuan {

namespace {

// Twelve months to a year: the 164号 formula divides the bonus by 12 to find its bracket.
constexpr int monthsPerYear = 12;

} // namespace

AnnualBonusResult AnnualBonus::compute(const RulePack& pack, const Money& amount, Trace* trace, const QString& lineId)
{
    const TableTax tax = taxFromTable(pack.comprehensiveMonthly, amount, monthsPerYear);
    AnnualBonusResult result;
    result.bracket = tax.bracket;
    result.tax = tax.tax;
    TraceLineBuilder line(trace,
                          lineId,
                          QT_TRANSLATE_NOOP("Trace", "Tax on the annual bonus, taxed separately"),
                          QT_TRANSLATE_NOOP("Trace",
                                            "bonus × rate − quick deduction, the bracket found by comparing the "
                                            "bonus with 12 × each edge of the monthly-converted table"),
                          result.tax);
    line.input(QStringLiteral("bonus"), amount)
        .bracket(pack.comprehensiveMonthly, *tax.bracket)
        .parameter(pack.annualBonusSeparate);
    if (!amount.isZero()) {
        line.rounding(Rounding::HalfUpToFen, tax.unrounded, tax.tax);
    }
    return result;
}

} // namespace huisuan
