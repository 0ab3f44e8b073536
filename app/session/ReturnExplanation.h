// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/TraceStep.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace huisuan {

/** One number of an annual return, with what makes it: the "why?" behind it. */
struct ResultLine
{
    enum class Kind { Amount, Rate, Word };

    QString key; // the result's member, e.g. "taxable_income"
    QString label; // translated
    QString value; // canonical amount ("12345.00") or rate ("0.10"), or a translated word
    Kind kind = Kind::Amount;
    TraceStep explanation; // formula, inputs, rules with citations, roundings, note
    QList<TraceStep> subLines; // e.g. each special additional deduction, each cap applied
};

/**
 * The lines of a stored annual return (the engine's result and trace JSON, as the vault keeps
 * them), each explained in the language of the installed translator. The words come from the
 * same reader as `huisuan-cli compute --explain`; build it again after a language change.
 */
struct ReturnExplanation
{
    Q_DECLARE_TR_FUNCTIONS(ReturnExplanation)

public:
    QString rulePack; // the pack id the return was computed with
    QString engineVersion;
    QList<ResultLine> lines; // in the order of the return form; empty when the result is unreadable

    /** The line of `key`, or nullptr. */
    const ResultLine* line(const QString& key) const;

    static ReturnExplanation fromJson(const QByteArray& resultJson, const QByteArray& traceJson);
};

} // namespace huisuan
