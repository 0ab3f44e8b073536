// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "rules/RulePack.h"

#include <vector>

namespace huisuan {

class Trace;

struct WageMonthInput
{
    int month = 0;
    Money wages;
    Money taxFreeIncome;
    Money specialDeductions;
    Money specialAdditionalDeductions;
    Money otherDeductions;
    Money taxRelief;
};

struct WageWithholdingInput
{
    int taxYear = 0;
    int firstMonth = 1;
    bool firstJobInYear = false;
    bool basicDeductionFromJanuary = false;
    std::vector<WageMonthInput> months;
};

struct WageMonthResult
{
    int month = 0;
    Money cumulativeTaxableIncome;
    const Bracket* bracket = nullptr;
    Money cumulativeTax;
    Money withheld;
};

struct WageWithholdingResult
{
    std::vector<WageMonthResult> months;
    Money totalWithheld;
};

/**
 * Cumulative withholding of wages by one employer (累计预扣法), 国家税务总局公告2018年第61号 第六条:
 *
 * “本期应预扣预缴税额＝（累计预扣预缴应纳税所得额×预扣率－速算扣除数）－累计减免税额－累计已预扣预缴税额；
 *  累计预扣预缴应纳税所得额＝累计收入－累计免税收入－累计减除费用－累计专项扣除－累计专项附加扣除－
 *  累计依法确定的其他扣除。……余额为负值时，暂不退税。”
 *
 * The cumulative basic deduction is 5000 × months employed at this employer so far; from the
 * first month of the year for a first job in the year (2020年第13号), or the whole 60000 from
 * January (2020年第19号). The input must have passed validation (WageWithholdingReader).
 */
class WageWithholding
{
public:
    /**
     * Fills result (reusing its capacity) and, when trace is not null, the trace. Without a trace
     * it first tries computeOnFastPath, and computes with Money from scratch when that declines:
     * the results are Money's either way.
     */
    static void
    compute(const RulePack& pack, const WageWithholdingInput& input, WageWithholdingResult& result, Trace* trace);

    /**
     * The same computation on 64-bit fen (FastFen), without a trace. Returns false, result then
     * unspecified, when an amount or an intermediate value leaves 64 bits or the pack is not a
     * built-in one (only those are prepared, once: see WageWithholding.cpp). Public for the tests
     * that hold it to the exact path.
     */
    static bool
    computeOnFastPath(const RulePack& pack, const WageWithholdingInput& input, WageWithholdingResult& result);
};

} // namespace huisuan
