// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/AnnualReturn.h"

#include "compute/AnnualBonus.h"
#include "compute/TableTax.h"
#include "trace/Trace.h"

#include <QCoreApplication>

namespace huisuan {

namespace {

// Share percentages are whole percents of the standard amount.
constexpr int percent = 100;

// Ids are built only for a trace: without one, a return is computed without making any string.
QString lineId(const Trace* trace, const char* name)
{
    return trace ? QStringLiteral("annual_return.") + QLatin1String(name) : QString();
}

QString indexedId(const Trace* trace, const char* name, size_t index)
{
    return trace ? QStringLiteral("annual_return.%1[%2]").arg(QLatin1String(name)).arg(index) : QString();
}

Money sharedMonthly(const Money& monthly, int months, int sharePercent)
{
    // Standards are whole yuan and shares 100% or 50%, so this is exact; rounding only guards a
    // future pack with odd amounts.
    return (monthly.times(months) * Rate(sharePercent, percent)).round(Rounding::HalfUpToFen);
}

/** The special additional deductions allowed, item by item (国发〔2018〕41号, as raised by 国发〔2023〕13号). */
Money specialAdditionalDeductions(const RulePack& pack, const AnnualReturnInput& input, Trace* trace)
{
    Money total;
    for (size_t i = 0; i < input.childrenEducation.size(); ++i) {
        const auto& child = input.childrenEducation[i];
        const Money amount = sharedMonthly(pack.childrenEducationMonthly.value, child.months, child.sharePercent);
        total += amount;
        TraceLineBuilder(trace,
                         indexedId(trace, "children_education", i),
                         QT_TRANSLATE_NOOP("Trace", "Children's education"),
                         QT_TRANSLATE_NOOP("Trace", "monthly standard × months × share"),
                         amount)
            .input(QStringLiteral("months"), child.months)
            .input(QStringLiteral("share_percent"), child.sharePercent)
            .parameter(pack.childrenEducationMonthly)
            .parameter(pack.sharePercentages.source, child.sharePercent);
    }
    for (size_t i = 0; i < input.infantCare.size(); ++i) {
        const auto& child = input.infantCare[i];
        const Money amount = sharedMonthly(pack.infantCareMonthly.value, child.months, child.sharePercent);
        total += amount;
        TraceLineBuilder(trace,
                         indexedId(trace, "infant_care", i),
                         QT_TRANSLATE_NOOP("Trace", "Care of an infant under three"),
                         QT_TRANSLATE_NOOP("Trace", "monthly standard × months × share"),
                         amount)
            .input(QStringLiteral("months"), child.months)
            .input(QStringLiteral("share_percent"), child.sharePercent)
            .parameter(pack.infantCareMonthly)
            .parameter(pack.infantCare)
            .parameter(pack.sharePercentages.source, child.sharePercent);
    }
    if (input.continuingEducation) {
        const auto& claim = *input.continuingEducation;
        const Money degree = pack.continuingEducationDegreeMonthly.value.times(claim.degreeMonths);
        const Money certificate = claim.certificate ? pack.continuingEducationCertificate.value : Money();
        total += degree + certificate;
        TraceLineBuilder(trace,
                         lineId(trace, "continuing_education"),
                         QT_TRANSLATE_NOOP("Trace", "Continuing education"),
                         QT_TRANSLATE_NOOP("Trace",
                                           "degree education: monthly standard × months; plus the fixed amount "
                                           "in the year a qualifying certificate is obtained"),
                         degree + certificate)
            .input(QStringLiteral("degree_months"), claim.degreeMonths)
            .input(QStringLiteral("certificate"), claim.certificate ? QStringLiteral("true") : QStringLiteral("false"))
            .parameter(pack.continuingEducationDegreeMonthly)
            .parameter(pack.continuingEducationCertificate);
    }
    for (size_t i = 0; i < input.seriousIllness.size(); ++i) {
        const Money& outOfPocket = input.seriousIllness[i];
        const Money amount =
            max(Money(), min(outOfPocket - pack.seriousIllnessThreshold.value, pack.seriousIllnessCap.value));
        total += amount;
        TraceLineBuilder line(trace,
                              indexedId(trace, "serious_illness", i),
                              QT_TRANSLATE_NOOP("Trace", "Serious illness"),
                              QT_TRANSLATE_NOOP("Trace",
                                                "self-paid in-catalogue costs above the threshold, up to the cap, "
                                                "for this patient"),
                              amount);
        line.input(QStringLiteral("out_of_pocket"), outOfPocket)
            .parameter(pack.seriousIllnessThreshold)
            .parameter(pack.seriousIllnessCap);
        if (trace && outOfPocket - pack.seriousIllnessThreshold.value > pack.seriousIllnessCap.value) {
            line.note(QT_TRANSLATE_NOOP("Trace", "capped at %1"), pack.seriousIllnessCap.value);
        }
    }
    if (input.housingLoanInterest) {
        const auto& claim = *input.housingLoanInterest;
        const Money amount = sharedMonthly(pack.housingLoanInterestMonthly.value, claim.months, claim.sharePercent);
        total += amount;
        TraceLineBuilder(trace,
                         lineId(trace, "housing_loan_interest"),
                         QT_TRANSLATE_NOOP("Trace", "Housing loan interest"),
                         QT_TRANSLATE_NOOP("Trace", "monthly standard × months × share"),
                         amount)
            .input(QStringLiteral("months"), claim.months)
            .input(QStringLiteral("share_percent"), claim.sharePercent)
            .parameter(pack.housingLoanInterestMonthly)
            .parameter(pack.sharePercentages.source, claim.sharePercent);
    }
    if (input.housingRent) {
        const auto& claim = *input.housingRent;
        const Money amount = claim.monthlyStandard.times(claim.months);
        total += amount;
        TraceLineBuilder(trace,
                         lineId(trace, "housing_rent"),
                         QT_TRANSLATE_NOOP("Trace", "Housing rent"),
                         QT_TRANSLATE_NOOP("Trace", "the city's monthly standard × months"),
                         amount)
            .input(QStringLiteral("months"), claim.months)
            .parameter(pack.housingRentMonthlyStandards.source, claim.monthlyStandard)
            .parameter(pack.housingLoanRentExclusion);
    }
    if (input.elderlySupport) {
        const auto& claim = *input.elderlySupport;
        const Money monthly = claim.onlyChild ? pack.elderlySupportOnlyChildMonthly.value : claim.monthlyShare;
        const Money amount = monthly.times(claim.months);
        total += amount;
        TraceLineBuilder line(trace,
                              lineId(trace, "elderly_support"),
                              QT_TRANSLATE_NOOP("Trace", "Support of elderly parents"),
                              claim.onlyChild
                                  ? QT_TRANSLATE_NOOP("Trace", "an only child's monthly standard × months")
                                  : QT_TRANSLATE_NOOP("Trace",
                                                      "the agreed monthly share (within the per-sibling cap) × "
                                                      "months"),
                              amount);
        line.input(QStringLiteral("months"), claim.months);
        if (claim.onlyChild) {
            line.parameter(pack.elderlySupportOnlyChildMonthly);
        } else {
            line.input(QStringLiteral("monthly_share"), claim.monthlyShare)
                .parameter(pack.elderlySupportSiblingCapMonthly);
        }
    }
    TraceLineBuilder(trace,
                     lineId(trace, "special_additional_deductions"),
                     QT_TRANSLATE_NOOP("Trace", "Special additional deductions"),
                     QT_TRANSLATE_NOOP("Trace", "sum of the items above"),
                     total);
    return total;
}

/** Other deductions (依法确定的其他扣除, 实施条例 第十三条) with their yearly caps. */
Money otherDeductions(const RulePack& pack, const AnnualReturnInput& input, Trace* trace)
{
    // policy: the dated rule that lets the item be deducted at all, when it has one.
    const auto capped = [&](const char* id,
                            const char* label,
                            const Money& paid,
                            const CitedMoney& cap,
                            const Policy* policy = nullptr) {
        const Money allowed = min(paid, cap.value);
        TraceLineBuilder line(
            trace, lineId(trace, id), label, QT_TRANSLATE_NOOP("Trace", "amount paid, up to the cap"), allowed);
        line.input(QStringLiteral("paid"), paid).parameter(cap);
        if (policy) {
            line.parameter(*policy);
        }
        if (trace && paid > cap.value) {
            line.note(QT_TRANSLATE_NOOP("Trace", "capped at %1"), cap.value);
        }
        return allowed;
    };
    Money total = input.annuity;
    TraceLineBuilder(trace,
                     lineId(trace, "annuity"),
                     QT_TRANSLATE_NOOP("Trace", "Enterprise or occupational annuity"),
                     QT_TRANSLATE_NOOP("Trace", "the deductible amount as the payer determined it"),
                     input.annuity);
    total += capped("commercial_health_insurance",
                    QT_TRANSLATE_NOOP("Trace", "Commercial health insurance"),
                    input.commercialHealthInsurance,
                    pack.commercialHealthInsuranceCap);
    total += capped("tax_deferred_pension",
                    QT_TRANSLATE_NOOP("Trace", "Tax-deferred commercial pension"),
                    input.taxDeferredPension,
                    pack.taxDeferredPensionCap);
    if (pack.individualPension.inForce) {
        total += capped("individual_pension",
                        QT_TRANSLATE_NOOP("Trace", "Individual pension"),
                        input.individualPension,
                        pack.individualPensionCap,
                        &pack.individualPension);
    }
    TraceLineBuilder(trace,
                     lineId(trace, "other_deductions"),
                     QT_TRANSLATE_NOOP("Trace", "Other deductions"),
                     QT_TRANSLATE_NOOP("Trace", "sum of the items above"),
                     total);
    return total;
}

struct Deductions
{
    Money specialAdditional;
    Money other;
};

struct MethodOutcome
{
    Money comprehensiveIncome;
    Money grossIncome;
    Money donationsDeducted;
    Money taxableIncome;
    TableTax tax;
    Money bonusTax;
    Money relief;
    Money payable;
};

/** Everything from 收入额 to the tax payable, for one way of taxing the bonus. */
MethodOutcome outcomeFor(const RulePack& pack,
                         const AnnualReturnInput& input,
                         const AnnualReturnResult& rows,
                         const Deductions& deductions,
                         bool bonusCombined,
                         Trace* trace)
{
    MethodOutcome outcome;
    const Money bonus = input.bonus.value_or(Money());
    const Money combinedBonus = bonusCombined ? bonus : Money();
    outcome.grossIncome = input.wages + input.labor + input.author + input.royalties + combinedBonus;
    outcome.comprehensiveIncome = input.wages + input.labor + input.author + input.royalties - rows.expensesRow -
        rows.authorExemptRow + combinedBonus;
    TraceLineBuilder(trace,
                     lineId(trace, "comprehensive_income"),
                     QT_TRANSLATE_NOOP("Trace", "Comprehensive income (收入额)"),
                     QT_TRANSLATE_NOOP("Trace",
                                       "wages + labor + author + royalties − expenses row − author exempt row (+ "
                                       "the bonus when combined)"),
                     outcome.comprehensiveIncome)
        .input(QStringLiteral("wages"), input.wages)
        .input(QStringLiteral("labor"), input.labor)
        .input(QStringLiteral("author"), input.author)
        .input(QStringLiteral("royalties"), input.royalties)
        .input(QStringLiteral("expenses_row"), rows.expensesRow)
        .input(QStringLiteral("author_exempt_row"), rows.authorExemptRow)
        .input(QStringLiteral("bonus_combined"), combinedBonus);

    const Money beforeDonations = max(Money(),
                                      outcome.comprehensiveIncome - input.taxFreeIncome - rows.basicDeduction -
                                          rows.specialDeductions - deductions.specialAdditional - deductions.other);
    TraceLineBuilder(trace,
                     lineId(trace, "taxable_income_before_donations"),
                     QT_TRANSLATE_NOOP("Trace", "Taxable income before donations"),
                     QT_TRANSLATE_NOOP("Trace",
                                       "comprehensive income − tax-free income − basic deduction − special "
                                       "deductions − special additional deductions − other deductions, not below "
                                       "zero (deductions beyond income are lost, 实施条例 第十三条)"),
                     beforeDonations)
        .input(QStringLiteral("comprehensive_income"), outcome.comprehensiveIncome)
        .input(QStringLiteral("tax_free_income"), input.taxFreeIncome)
        .input(QStringLiteral("basic_deduction"), rows.basicDeduction)
        .input(QStringLiteral("special_deductions"), rows.specialDeductions)
        .input(QStringLiteral("special_additional_deductions"), deductions.specialAdditional)
        .input(QStringLiteral("other_deductions"), deductions.other);

    Money limitedDonations;
    Money fullDonations;
    for (const Donation& donation : input.donations) {
        (donation.limit == DonationLimit::Full ? fullDonations : limitedDonations) += donation.amount;
    }
    const UnroundedMoney unroundedLimit = beforeDonations * pack.donationLimitRate.value;
    const Money limit = unroundedLimit.round(Rounding::HalfUpToFen);
    outcome.donationsDeducted = min(beforeDonations, min(limitedDonations, limit) + fullDonations);
    if (!input.donations.empty()) {
        TraceLineBuilder(trace,
                         lineId(trace, "donation_limit"),
                         QT_TRANSLATE_NOOP("Trace", "Limit for donations deductible up to 30%"),
                         QT_TRANSLATE_NOOP("Trace", "taxable income before donations × limit rate"),
                         limit)
            .input(QStringLiteral("taxable_income_before_donations"), beforeDonations)
            .parameter(pack.donationLimitRate)
            .rounding(Rounding::HalfUpToFen, unroundedLimit, limit);
    }
    TraceLineBuilder(trace,
                     lineId(trace, "donations_deducted"),
                     QT_TRANSLATE_NOOP("Trace", "Donations deducted"),
                     QT_TRANSLATE_NOOP("Trace",
                                       "donations with the 30% limit, up to the limit, plus donations deductible in "
                                       "full, never beyond the taxable income before donations"),
                     outcome.donationsDeducted)
        .input(QStringLiteral("limited_donations"), limitedDonations)
        .input(QStringLiteral("full_donations"), fullDonations)
        .input(QStringLiteral("limit"), limit);

    outcome.taxableIncome = beforeDonations - outcome.donationsDeducted;
    TraceLineBuilder(trace,
                     lineId(trace, "taxable_income"),
                     QT_TRANSLATE_NOOP("Trace", "Taxable income"),
                     QT_TRANSLATE_NOOP("Trace", "taxable income before donations − donations deducted"),
                     outcome.taxableIncome)
        .input(QStringLiteral("taxable_income_before_donations"), beforeDonations)
        .input(QStringLiteral("donations_deducted"), outcome.donationsDeducted);

    outcome.tax = taxFromTable(pack.comprehensiveAnnual, outcome.taxableIncome);
    TraceLineBuilder taxLine(trace,
                             lineId(trace, "tax_on_comprehensive_income"),
                             QT_TRANSLATE_NOOP("Trace", "Tax on comprehensive income"),
                             QT_TRANSLATE_NOOP("Trace", "taxable income × rate − quick deduction (annual table)"),
                             outcome.tax.tax);
    taxLine.input(QStringLiteral("taxable_income"), outcome.taxableIncome)
        .bracket(pack.comprehensiveAnnual, *outcome.tax.bracket);
    if (!outcome.taxableIncome.isZero()) {
        taxLine.rounding(Rounding::HalfUpToFen, outcome.tax.unrounded, outcome.tax.tax);
    }

    if (input.bonus && !bonusCombined) {
        outcome.bonusTax = AnnualBonus::compute(pack, bonus, trace, lineId(trace, "bonus_tax")).tax;
    }
    const Money beforeRelief = outcome.tax.tax + outcome.bonusTax;
    outcome.relief = min(input.taxRelief, beforeRelief);
    TraceLineBuilder relief(trace,
                            lineId(trace, "tax_relief"),
                            QT_TRANSLATE_NOOP("Trace", "Tax relief applied"),
                            QT_TRANSLATE_NOOP("Trace", "the relief claimed, never more than the tax"),
                            outcome.relief);
    relief.input(QStringLiteral("tax_relief_claimed"), input.taxRelief).input(QStringLiteral("tax"), beforeRelief);
    if (trace && input.taxRelief > beforeRelief) {
        relief.note(QT_TRANSLATE_NOOP("Trace", "limited to the tax of %1"), beforeRelief);
    }
    outcome.payable = beforeRelief - outcome.relief;
    TraceLineBuilder(trace,
                     lineId(trace, "tax_payable"),
                     QT_TRANSLATE_NOOP("Trace", "Tax payable for the year"),
                     QT_TRANSLATE_NOOP("Trace", "tax on comprehensive income + bonus tax − tax relief"),
                     outcome.payable)
        .input(QStringLiteral("tax_on_comprehensive_income"), outcome.tax.tax)
        .input(QStringLiteral("bonus_tax"), outcome.bonusTax)
        .input(QStringLiteral("tax_relief"), outcome.relief);
    return outcome;
}

} // namespace

AnnualReturnResult AnnualReturn::compute(const RulePack& pack, const AnnualReturnInput& input, Trace* trace)
{
    AnnualReturnResult result;
    const Money expensed = input.labor + input.author + input.royalties;
    const UnroundedMoney unroundedExpenses = expensed * pack.expenseRate.value;
    result.expensesRow = unroundedExpenses.round(Rounding::HalfUpToFen);
    TraceLineBuilder(trace,
                     lineId(trace, "expenses_row"),
                     QT_TRANSLATE_NOOP("Trace", "Expenses row"),
                     QT_TRANSLATE_NOOP("Trace", "(labor + author + royalties) × expense rate"),
                     result.expensesRow)
        .input(QStringLiteral("labor"), input.labor)
        .input(QStringLiteral("author"), input.author)
        .input(QStringLiteral("royalties"), input.royalties)
        .parameter(pack.expenseRate)
        .rounding(Rounding::HalfUpToFen, unroundedExpenses, result.expensesRow);

    // 稿酬所得的收入额减按百分之七十计算: the form shows the other 30% of the author income after
    // expenses as exempt, i.e. author × (1 − 20%) × (1 − 70%).
    const Rate authorExemptRate = (Rate::one() - pack.expenseRate.value) * (Rate::one() - pack.authorIncomeShare.value);
    const UnroundedMoney unroundedAuthorExempt = input.author * authorExemptRate;
    result.authorExemptRow = unroundedAuthorExempt.round(Rounding::HalfUpToFen);
    TraceLineBuilder(trace,
                     lineId(trace, "author_exempt_row"),
                     QT_TRANSLATE_NOOP("Trace", "Author income exempt row"),
                     QT_TRANSLATE_NOOP("Trace", "author × (1 − expense rate) × (1 − author income share)"),
                     result.authorExemptRow)
        .input(QStringLiteral("author"), input.author)
        .parameter(pack.expenseRate)
        .parameter(pack.authorIncomeShare)
        .rounding(Rounding::HalfUpToFen, unroundedAuthorExempt, result.authorExemptRow);

    result.basicDeduction = pack.basicDeductionAnnual.value;
    TraceLineBuilder(trace,
                     lineId(trace, "basic_deduction"),
                     QT_TRANSLATE_NOOP("Trace", "Basic deduction"),
                     QT_TRANSLATE_NOOP("Trace", "the year's fixed amount, whatever the months worked"),
                     result.basicDeduction)
        .parameter(pack.basicDeductionAnnual);
    result.specialDeductions = input.specialDeductions;
    TraceLineBuilder(trace,
                     lineId(trace, "special_deductions"),
                     QT_TRANSLATE_NOOP("Trace", "Special deductions (三险一金)"),
                     QT_TRANSLATE_NOOP("Trace", "contributions as declared"),
                     result.specialDeductions);

    Deductions deductions;
    deductions.specialAdditional = specialAdditionalDeductions(pack, input, trace);
    deductions.other = otherDeductions(pack, input, trace);
    result.specialAdditionalDeductions = deductions.specialAdditional;
    result.otherDeductions = deductions.other;

    bool combined = false;
    if (input.bonus) {
        switch (input.bonusMethod) {
        case BonusMethod::Separate:
            break;
        case BonusMethod::Combined:
            combined = true;
            break;
        case BonusMethod::Optimal: {
            if (!pack.annualBonusSeparate.inForce) {
                combined = true;
                break;
            }
            const Money separate = outcomeFor(pack, input, result, deductions, false, nullptr).payable;
            const Money together = outcomeFor(pack, input, result, deductions, true, nullptr).payable;
            // A tie goes to the separate method, which leaves the bonus out of the annual figure.
            combined = together < separate;
            TraceLineBuilder(trace,
                             lineId(trace, "bonus_method"),
                             QT_TRANSLATE_NOOP("Trace", "Bonus method chosen"),
                             QT_TRANSLATE_NOOP("Trace", "the method with the lower tax payable; separate on a tie"),
                             combined ? QStringLiteral("combined") : QStringLiteral("separate"))
                .input(QStringLiteral("tax_payable_separate"), separate)
                .input(QStringLiteral("tax_payable_combined"), together)
                .parameter(pack.annualBonusSeparate);
            break;
        }
        }
        result.bonusMethod = combined ? BonusMethod::Combined : BonusMethod::Separate;
    }

    const MethodOutcome outcome = outcomeFor(pack, input, result, deductions, combined, trace);
    result.grossIncome = outcome.grossIncome;
    result.comprehensiveIncome = outcome.comprehensiveIncome;
    result.donationsDeducted = outcome.donationsDeducted;
    result.taxableIncome = outcome.taxableIncome;
    result.bracket = outcome.tax.bracket;
    result.taxOnComprehensiveIncome = outcome.tax.tax;
    result.bonusTax = outcome.bonusTax;
    result.taxRelief = outcome.relief;
    result.taxPayable = outcome.payable;
    result.prepaid = input.prepaid;
    result.balance = result.taxPayable - result.prepaid;
    TraceLineBuilder(trace,
                     lineId(trace, "balance"),
                     QT_TRANSLATE_NOOP("Trace", "Balance"),
                     QT_TRANSLATE_NOOP("Trace", "tax payable − tax prepaid: positive to pay, negative to refund"),
                     result.balance)
        .input(QStringLiteral("tax_payable"), result.taxPayable)
        .input(QStringLiteral("prepaid"), result.prepaid);

    if (result.balance > Money() && pack.reconciliationExemption.inForce) {
        result.exemptFromPayment = result.grossIncome <= pack.exemptionIncomeCeiling.value ||
            result.balance <= pack.exemptionBalanceCeiling.value;
        TraceLineBuilder(trace,
                         lineId(trace, "exempt_from_payment"),
                         QT_TRANSLATE_NOOP("Trace", "Exempt from paying"),
                         QT_TRANSLATE_NOOP("Trace",
                                           "something to pay, and gross comprehensive income at most the income "
                                           "ceiling or the balance at most the balance ceiling"),
                         result.exemptFromPayment ? QStringLiteral("true") : QStringLiteral("false"))
            .input(QStringLiteral("gross_comprehensive_income"), result.grossIncome)
            .input(QStringLiteral("balance"), result.balance)
            .parameter(pack.exemptionIncomeCeiling)
            .parameter(pack.exemptionBalanceCeiling)
            .parameter(pack.reconciliationExemption);
    }
    result.amountDue = result.exemptFromPayment ? Money() : max(Money(), result.balance);
    result.refund = max(Money(), -result.balance);
    TraceLineBuilder(trace,
                     lineId(trace, "amount_due"),
                     QT_TRANSLATE_NOOP("Trace", "Amount due"),
                     QT_TRANSLATE_NOOP("Trace", "the balance when positive and not exempt, else nothing"),
                     result.amountDue)
        .input(QStringLiteral("balance"), result.balance);
    TraceLineBuilder(trace,
                     lineId(trace, "refund"),
                     QT_TRANSLATE_NOOP("Trace", "Refund"),
                     QT_TRANSLATE_NOOP("Trace", "the balance when negative, as a positive amount"),
                     result.refund)
        .input(QStringLiteral("balance"), result.balance);
    return result;
}

} // namespace huisuan
