// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/PaymentPrepayment.h"

#include "compute/TableTax.h"
#include "trace/Trace.h"

#include <QCoreApplication>

namespace huisuan {

PaymentPrepaymentResult
PaymentPrepayment::compute(const RulePack& pack, const PaymentPrepaymentInput& input, Trace* trace)
{
    PaymentPrepaymentResult result;
    const bool fixedExpense = input.amount <= pack.prepaymentFixedExpenseCeiling.value;
    UnroundedMoney unroundedExpense(pack.prepaymentFixedExpense.value);
    if (!fixedExpense) {
        unroundedExpense = input.amount * pack.expenseRate.value;
    }
    result.expense = min(input.amount, unroundedExpense.round(Rounding::HalfUpToFen));
    const Money afterExpense = input.amount - result.expense;
    TraceLineBuilder expense(trace,
                             QStringLiteral("payment_prepayment.expense"),
                             QT_TRANSLATE_NOOP("Trace", "Expenses deducted"),
                             fixedExpense ? QT_TRANSLATE_NOOP("Trace",
                                                              "the fixed amount for a payment up to the ceiling "
                                                              "(never more than the payment)")
                                          : QT_TRANSLATE_NOOP("Trace", "payment × expense rate"),
                             result.expense);
    expense.input(QStringLiteral("amount"), input.amount).parameter(pack.prepaymentFixedExpenseCeiling);
    if (fixedExpense) {
        expense.parameter(pack.prepaymentFixedExpense);
    } else {
        expense.parameter(pack.expenseRate).rounding(Rounding::HalfUpToFen, unroundedExpense, result.expense);
    }

    if (input.category == PaymentCategory::Author) {
        const UnroundedMoney unrounded = afterExpense * pack.authorIncomeShare.value;
        result.taxable = unrounded.round(Rounding::HalfUpToFen);
        TraceLineBuilder(trace,
                         QStringLiteral("payment_prepayment.taxable"),
                         QT_TRANSLATE_NOOP("Trace", "Taxable amount for prepayment"),
                         QT_TRANSLATE_NOOP("Trace", "(payment − expenses) × author income share"),
                         result.taxable)
            .input(QStringLiteral("amount"), input.amount)
            .input(QStringLiteral("expense"), result.expense)
            .parameter(pack.authorIncomeShare)
            .rounding(Rounding::HalfUpToFen, unrounded, result.taxable);
    } else {
        result.taxable = afterExpense;
        TraceLineBuilder(trace,
                         QStringLiteral("payment_prepayment.taxable"),
                         QT_TRANSLATE_NOOP("Trace", "Taxable amount for prepayment"),
                         QT_TRANSLATE_NOOP("Trace", "payment − expenses"),
                         result.taxable)
            .input(QStringLiteral("amount"), input.amount)
            .input(QStringLiteral("expense"), result.expense);
    }

    if (input.category == PaymentCategory::Labor) {
        const TableTax tax = taxFromTable(pack.laborPrepayment, result.taxable);
        result.rate = tax.bracket->rate;
        result.quickDeduction = tax.bracket->quickDeduction;
        result.withheld = tax.tax;
        TraceLineBuilder line(trace,
                              QStringLiteral("payment_prepayment.withheld"),
                              QT_TRANSLATE_NOOP("Trace", "Prepayment withheld"),
                              QT_TRANSLATE_NOOP("Trace",
                                                "taxable amount × rate − quick deduction (withholding rate "
                                                "table 2)"),
                              result.withheld);
        line.input(QStringLiteral("taxable"), result.taxable).bracket(pack.laborPrepayment, *tax.bracket);
        if (!result.taxable.isZero()) {
            line.rounding(Rounding::HalfUpToFen, tax.unrounded, tax.tax);
        }
    } else {
        result.rate = pack.authorRoyaltyPrepaymentRate.value;
        const UnroundedMoney unrounded = result.taxable * result.rate;
        result.withheld = unrounded.round(Rounding::HalfUpToFen);
        TraceLineBuilder(trace,
                         QStringLiteral("payment_prepayment.withheld"),
                         QT_TRANSLATE_NOOP("Trace", "Prepayment withheld"),
                         QT_TRANSLATE_NOOP("Trace", "taxable amount × the flat rate"),
                         result.withheld)
            .input(QStringLiteral("taxable"), result.taxable)
            .parameter(pack.authorRoyaltyPrepaymentRate)
            .rounding(Rounding::HalfUpToFen, unrounded, result.withheld);
    }
    return result;
}

} // namespace huisuan
