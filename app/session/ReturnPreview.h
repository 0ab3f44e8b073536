// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/IncomeRow.h"
#include "session/ReturnDraft.h"

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace huisuan {

/** A reason the engine refused the return, at a path of the taxpayer's part (empty path: the whole). */
struct ReturnProblem
{
    QString path; // e.g. special_additional_deductions.children_education[0].share_percent
    QString message; // in the language of the installed translator where the engine's text allows
};

/** The two ways of taxing the annual bonus, side by side, and the one with the lower tax. */
struct BonusComparison
{
    QString taxPayableSeparate; // canonical yuan
    QString taxPayableCombined;
    QString recommended; // "separate" or "combined": the lower; separate on a tie
    QString saving; // how much less tax the recommended method costs, canonical yuan
};

/** What the year's rule pack allows the taxpayer to claim, for the choices the form offers. */
struct YearDeductions
{
    bool known = false; // false: no rule pack for the year
    bool infantCare = false; // in force (from 2022)
    bool individualPension = false; // in force (from 2022)
    QList<int> sharePercentages; // e.g. 100, 50
    QStringList housingRentStandards; // canonical yuan a month, by city tier
    QString elderlySupportSiblingCapMonthly; // canonical yuan
};

/**
 * The annual return recomputed from a draft and the year's income, as the taxpayer types. The
 * engine is fast (well under a millisecond) and needs no vault, so this runs on the GUI
 * thread; it is the same computation FilingService::prepare files.
 */
class ReturnPreview
{
    Q_DECLARE_TR_FUNCTIONS(ReturnPreview)

public:
    enum class Status { Computed, Refused, Failed };

    struct Outcome
    {
        Status status = Status::Failed;
        QList<ReturnProblem> problems; // Refused: why; Failed: one problem with what went wrong
        QByteArray inputJson; // canonical: the whole engine input, income included
        QByteArray resultJson; // canonical, without the trace
        QByteArray traceJson; // canonical array of trace lines
        /** Every text member of the result by its key (amounts canonical), e.g. "taxable_income" → "12000.00". */
        QMap<QString, QString> figures;
        QString recordedIncome; // the income records the return counts (disputed ones left out), summed
        QString grossIncome; // the four categories before expenses, plus the bonus when combined
        QString taxPayable;
        QString prepaid;
        QString refund; // "0.00" unless a refund
        QString amountDue; // "0.00" unless tax is due and not exempt
        bool exemptFromPayment = false;
        QString bonusMethodUsed; // empty without an annual bonus
        std::optional<BonusComparison> bonus; // only with an annual bonus

        bool computed() const { return status == Status::Computed; }
    };

    /** Records the return does not count (IncomeRow::countsInReturn) are left out, as the filing leaves them out. */
    static Outcome compute(const ReturnDraft& draft, const QList<IncomeRow>& income);
    /** What `taxYear` allows, from the same rule pack compute() applies. */
    static YearDeductions deductionsOf(int taxYear);
};

} // namespace huisuan
