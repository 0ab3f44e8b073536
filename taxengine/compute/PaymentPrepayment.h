// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "rules/RulePack.h"

namespace huisuan {

class Trace;

enum class PaymentCategory { Labor, Author, Royalty };

struct PaymentPrepaymentInput
{
    int taxYear = 0;
    PaymentCategory category = PaymentCategory::Labor;
    Money amount;
};

struct PaymentPrepaymentResult
{
    Money expense;
    Money taxable;
    Rate rate;
    Money quickDeduction;
    Money withheld;
};

/**
 * Prepayment on one payment of labor, author or royalty income, 国家税务总局公告2018年第61号 第八条:
 *
 * “劳务报酬所得、稿酬所得、特许权使用费所得以收入减除费用后的余额为收入额。其中，稿酬所得的收入额减按百分之七十计算。
 *  减除费用：……每次收入不超过四千元的，减除费用按八百元计算；每次收入四千元以上的，减除费用按收入的百分之二十计算。
 *  ……劳务报酬所得适用百分之二十至百分之四十的超额累进预扣率，稿酬所得、特许权使用费所得适用百分之二十的比例预扣率。”
 */
class PaymentPrepayment
{
public:
    static PaymentPrepaymentResult compute(const RulePack& pack, const PaymentPrepaymentInput& input, Trace* trace);
};

} // namespace huisuan
