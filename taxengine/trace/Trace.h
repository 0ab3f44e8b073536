// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "rules/RulePack.h"

#include <QString>
#include <vector>

namespace huisuan {

/** A parameter a line read from the rule pack, with its value as text and its citation. */
struct TraceParameter
{
    ParameterSource source;
    QString value;
};

struct TraceInput
{
    QString name; // a result line id or an input path
    QString value;
};

struct TraceRounding
{
    Rounding mode;
    QString unrounded;
    QString rounded;
};

/** A remark on a line, such as a cap that bit: a translatable text with one %1 argument. */
struct TraceNote
{
    const char* text = nullptr; // QT_TRANSLATE_NOOP("Trace", …) with a %1 placeholder
    QString argument;

    bool isEmpty() const { return text == nullptr; }
    /** The English text with its argument, for tests and logs. */
    QString toString() const { return isEmpty() ? QString() : QString::fromUtf8(text).arg(argument); }
};

/**
 * One line of a computation, for people: its value, the formula in words, the inputs and rule
 * parameters it used (with citations), and the rounding applied. The label and formula are
 * English source texts marked with QT_TRANSLATE_NOOP("Trace", …) so the front ends translate
 * them; the engine itself stays language-neutral and deterministic.
 */
struct TraceLine
{
    QString id; // e.g. "annual_return.taxable_income" or "wage_withholding.month[3].withheld"
    const char* label = "";
    const char* formula = "";
    QString value;
    std::vector<TraceInput> inputs;
    std::vector<TraceParameter> parameters;
    std::vector<TraceRounding> roundings;
    TraceNote note; // e.g. why a claim was capped; empty text when there is nothing to add
};

/**
 * The ordered lines of one computation. Calculations take a Trace* and skip all of this work
 * when it is null, which keeps the hot path free of strings and allocations.
 */
class Trace
{
public:
    TraceLine& add(QString id, const char* label, const char* formula, QString value);
    const std::vector<TraceLine>& lines() const { return m_lines; }

private:
    std::vector<TraceLine> m_lines;
};

/** Builds one trace line fluently: `TraceLineBuilder(trace, …).input(…).parameter(…)`. Does
 *  nothing at all when the trace is null: values given as numbers or amounts are formatted only
 *  for a trace, so callers pass them as they are rather than as text. */
class TraceLineBuilder
{
public:
    TraceLineBuilder(Trace* trace, const QString& id, const char* label, const char* formula, const QString& value);
    TraceLineBuilder(Trace* trace, const QString& id, const char* label, const char* formula, const Money& value);

    TraceLineBuilder& input(const QString& name, const Money& value);
    TraceLineBuilder& input(const QString& name, int value);
    TraceLineBuilder& input(const QString& name, const QString& value);
    TraceLineBuilder& parameter(const CitedMoney& parameter);
    TraceLineBuilder& parameter(const CitedRate& parameter);
    TraceLineBuilder& parameter(const Policy& policy);
    TraceLineBuilder& parameter(const ParameterSource& source, const Money& value);
    TraceLineBuilder& parameter(const ParameterSource& source, int value);
    TraceLineBuilder& parameter(const ParameterSource& source, const QString& value);
    TraceLineBuilder& bracket(const RateTable& table, const Bracket& bracket);
    TraceLineBuilder& rounding(Rounding mode, const UnroundedMoney& unrounded, const Money& rounded);
    TraceLineBuilder& note(const char* text, const Money& argument);

private:
    TraceLine* m_line = nullptr;
};

} // namespace huisuan
