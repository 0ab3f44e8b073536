// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/TraceStep.h"

#include "json/JsonValue.h"
#include <QCoreApplication>

namespace huisuan {

/**
 * Reads the engine's trace JSON into TraceSteps. Labels, formulas and notes are translated in
 * the "Trace" context, input names in "TraceInput" and word values in "TraceValue", where the
 * engine marked them: the engine itself stays language-neutral.
 */
class TraceStepReader
{
    Q_DECLARE_TR_FUNCTIONS(TraceStepReader)

public:
    /** One line of a trace array (an object with id, label, formula, value, inputs, …). */
    static TraceStep read(const JsonValue& line);
    /** Every line of a trace array, in order. */
    static QList<TraceStep> readAll(const JsonValue& trace);
    /** A member of `object` as text: strings as they are, booleans as a translated yes or no. */
    static QString text(const JsonValue& object, const char* key);
    /** A value as people read it: amounts, rates and counts as they are, the few words translated. */
    static QString translatedValue(const QString& value);
};

} // namespace huisuan
