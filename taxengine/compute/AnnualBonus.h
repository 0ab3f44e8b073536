// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "rules/RulePack.h"

namespace huisuan {

class Trace;

struct AnnualBonusInput
{
    int taxYear = 0;
    Money amount;
};

struct AnnualBonusResult
{
    const Bracket* bracket = nullptr;
    Money tax;
};

/**
 * The annual one-off bonus taxed separately, 财税〔2018〕164号 第一条第（一）项 (extended by
 * 2021年第42号 and 2023年第30号):
 *
 * “以全年一次性奖金收入除以12个月得到的数额，按照本通知所附按月换算后的综合所得税率表，确定适用税率和速算扣除数，
 *  单独计算纳税。计算公式为：应纳税额＝全年一次性奖金收入×适用税率－速算扣除数”
 *
 * The bracket is found by comparing the bonus with 12 × each edge, which is exact where
 * dividing by 12 would not be.
 */
class AnnualBonus
{
public:
    static AnnualBonusResult compute(const RulePack& pack, const Money& amount, Trace* trace, const QString& lineId);
};

} // namespace huisuan
