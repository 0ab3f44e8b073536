// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "money/Rate.h"
#include "rules/RulePackChange.h"

#include <QDate>
#include <QList>
#include <QString>
#include <optional>
#include <vector>

namespace huisuan {

/** Where a number comes from: the parameter's id in the pack and the law that set it. */
struct ParameterSource
{
    QString id; // e.g. "basic_deduction.annual"
    QString sourceId; // e.g. "S1", a key of the pack's "sources"
    QString citation; // resolved for people: "《中华人民共和国个人所得税法》 第六条"
    QString confidence; // V-law, V-text, V-sec or M (a hypothesis: see the rules reference)
};

struct CitedMoney
{
    Money value;
    ParameterSource source;
};

struct CitedRate
{
    Rate value;
    ParameterSource source;
};

struct Bracket
{
    std::optional<Money> upTo; // inclusive; none for the open top bracket
    Rate rate;
    Money quickDeduction;
};

/** A progressive table: tax = amount × rate − quick deduction in the bracket that holds the amount. */
struct RateTable
{
    std::vector<Bracket> brackets;
    ParameterSource source;

    /** The bracket for an amount compared against each edge scaled by edgeMultiplier (12 for
     *  the monthly table applied to an annual bonus). Amounts at or below zero fall in the first. */
    const Bracket& bracketFor(const Money& amount, int edgeMultiplier = 1) const;
};

/** A dated policy: a rule that exists only between two dates. */
struct Policy
{
    bool inForce = false; // in force for at least part of this tax year
    QDate validFrom;
    QDate validTo; // null when open-ended
    ParameterSource source;
};

struct CitedChoices
{
    std::vector<Money> amounts;
    std::vector<int> integers;
    ParameterSource source;
};

struct Citation
{
    QString title;
    QString issuer;
    QString date;
    QString confidence;
};

/**
 * Every number and dated rule of one tax year, loaded and validated from a JSON rule pack.
 * Code holds the formulas; this holds the numbers, each with its citation.
 */
struct RulePack
{
    QString id; // "sha256:" + hex digest of the canonical bytes
    QString version;
    int taxYear = 0;
    QList<RulePackChange> changelog; // oldest first; the last entries release `version`

    RateTable comprehensiveAnnual; // Table 1: annual reconciliation and cumulative withholding
    RateTable comprehensiveMonthly; // monthly-converted table: the annual bonus taxed separately
    RateTable laborPrepayment; // Table 2 of SAT 2018/61: labor remuneration per payment

    CitedMoney basicDeductionAnnual;
    CitedMoney basicDeductionMonthly;
    CitedMoney basicDeductionFromJanuary;
    CitedRate expenseRate; // 20% expenses on labor, author and royalty income
    CitedRate authorIncomeShare; // author income counts at 70%
    CitedMoney prepaymentFixedExpense; // 800 per payment
    CitedMoney prepaymentFixedExpenseCeiling; // up to 4000 per payment the expense is the fixed one
    CitedRate authorRoyaltyPrepaymentRate; // flat 20%

    CitedMoney childrenEducationMonthly;
    CitedMoney infantCareMonthly;
    CitedMoney continuingEducationDegreeMonthly;
    CitedMoney continuingEducationCertificate;
    CitedMoney seriousIllnessThreshold;
    CitedMoney seriousIllnessCap;
    CitedMoney housingLoanInterestMonthly;
    CitedChoices housingRentMonthlyStandards;
    CitedMoney elderlySupportOnlyChildMonthly;
    CitedMoney elderlySupportSiblingCapMonthly;
    CitedChoices sharePercentages;

    CitedMoney commercialHealthInsuranceCap;
    CitedMoney taxDeferredPensionCap;
    CitedMoney individualPensionCap;
    CitedRate donationLimitRate;

    CitedMoney exemptionIncomeCeiling;
    CitedMoney exemptionBalanceCeiling;

    Policy firstJobInYear;
    Policy basicDeductionFromJanuaryPolicy;
    Policy annualBonusSeparate;
    Policy reconciliationExemption;
    Policy infantCare;
    Policy individualPension;
    Policy housingLoanRentExclusion;

    std::vector<std::pair<QString, Citation>> sources;
};

} // namespace huisuan
