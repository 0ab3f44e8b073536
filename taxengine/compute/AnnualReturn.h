// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "rules/RulePack.h"

#include <optional>
#include <vector>

namespace huisuan {

class Trace;

enum class BonusMethod { Separate, Combined, Optimal };
enum class DonationLimit { ThirtyPercent, Full };

struct SharedChildClaim
{
    int months = 0;
    int sharePercent = 100;
};

struct ContinuingEducationClaim
{
    int degreeMonths = 0;
    bool certificate = false;
};

struct HousingLoanClaim
{
    int months = 0;
    int sharePercent = 100;
};

struct HousingRentClaim
{
    int months = 0;
    Money monthlyStandard;
};

struct ElderlySupportClaim
{
    int months = 0;
    bool onlyChild = false;
    Money monthlyShare; // only for a child who is not an only child
};

struct Donation
{
    Money amount;
    DonationLimit limit = DonationLimit::ThirtyPercent;
};

struct AnnualReturnInput
{
    int taxYear = 0;
    Money wages;
    Money labor;
    Money author;
    Money royalties;
    std::optional<Money> bonus;
    BonusMethod bonusMethod = BonusMethod::Separate;
    Money prepaid;
    Money taxFreeIncome;
    Money specialDeductions;
    Money taxRelief;

    std::vector<SharedChildClaim> childrenEducation;
    std::vector<SharedChildClaim> infantCare;
    std::optional<ContinuingEducationClaim> continuingEducation;
    std::vector<Money> seriousIllness; // out-of-pocket in-catalogue costs, one per patient
    std::optional<HousingLoanClaim> housingLoanInterest;
    std::optional<HousingRentClaim> housingRent;
    std::optional<ElderlySupportClaim> elderlySupport;

    Money annuity;
    Money commercialHealthInsurance;
    Money taxDeferredPension;
    Money individualPension;

    std::vector<Donation> donations;
};

struct AnnualReturnResult
{
    Money grossIncome; // the four categories before expenses, plus the bonus when combined
    Money expensesRow;
    Money authorExemptRow;
    Money comprehensiveIncome;
    Money basicDeduction;
    Money specialDeductions;
    Money specialAdditionalDeductions;
    Money otherDeductions;
    Money donationsDeducted;
    Money taxableIncome;
    const Bracket* bracket = nullptr;
    Money taxOnComprehensiveIncome;
    Money bonusTax;
    Money taxRelief; // the relief actually applied
    Money taxPayable;
    Money prepaid;
    Money balance; // positive to pay, negative to refund
    bool exemptFromPayment = false;
    Money amountDue;
    Money refund;
    std::optional<BonusMethod> bonusMethod; // the method used, when there is a bonus
};

/**
 * Annual reconciliation of comprehensive income (综合所得年度汇算), 国家税务总局公告2019年第44号 第一条:
 *
 * “应退或应补税额＝[（综合所得收入额－60000元－“三险一金”等专项扣除－子女教育等专项附加扣除－依法确定的其他扣除
 *  －符合条件的公益慈善事业捐赠）×适用税率－速算扣除数]－已预缴税额”
 *
 * with the annual return's rows (个人所得税年度自行纳税申报表 A表): the expenses row, 20% of labor,
 * author and royalty income, and the author exempt row, 30% of the author income after expenses,
 * each kept to the fen. The input must have passed validation (AnnualReturnReader).
 */
class AnnualReturn
{
public:
    static AnnualReturnResult compute(const RulePack& pack, const AnnualReturnInput& input, Trace* trace);
};

} // namespace huisuan
