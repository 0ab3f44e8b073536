// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "trace/Trace.h"

#include <QStringList>

namespace huisuan::test {

/** Views of trace lines as "name=value" strings, so that tests compare them in one QCOMPARE. */
inline const TraceLine* lineWithId(const Trace& trace, const QString& id)
{
    for (const TraceLine& line : trace.lines()) {
        if (line.id == id) {
            return &line;
        }
    }
    return nullptr;
}

inline QStringList inputsOf(const TraceLine& line)
{
    QStringList inputs;
    for (const TraceInput& input : line.inputs) {
        inputs << input.name + QLatin1Char('=') + input.value;
    }
    return inputs;
}

inline QStringList parametersOf(const TraceLine& line)
{
    QStringList parameters;
    for (const TraceParameter& parameter : line.parameters) {
        parameters << parameter.source.id + QLatin1Char('=') + parameter.value;
    }
    return parameters;
}

inline QStringList roundingsOf(const TraceLine& line)
{
    QStringList roundings;
    for (const TraceRounding& rounding : line.roundings) {
        roundings << QLatin1String(roundingName(rounding.mode)) + QLatin1Char(' ') + rounding.unrounded +
                QStringLiteral(" → ") + rounding.rounded;
    }
    return roundings;
}

} // namespace huisuan::test
