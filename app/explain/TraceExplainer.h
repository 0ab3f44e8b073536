// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsonValue.h"
#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * Renders a computation's result and trace (the JSON that ComputeService returns, or that a
 * filing stored) as text for people, in the language of the installed translator. Labels and
 * formulas are translated in the "Trace" context; parameter values are quoted with their
 * citation, and a parameter whose source is unverified ([M]) is flagged as a hypothesis.
 */
class TraceExplainer
{
    Q_DECLARE_TR_FUNCTIONS(TraceExplainer)

public:
    static QString explain(const QString& kindName, const JsonValue& result);
};

} // namespace huisuan
