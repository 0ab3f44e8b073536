// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/**
 * A computed annual return as the vault keeps it: the engine's result and trace JSON, for
 * ReturnExplanation and TaxBreakdown to read. Plain data for the GUI.
 */
struct StoredReturn
{
    int taxYear = 0;
    QByteArray resultJson; // the result object without its trace
    QByteArray traceJson; // the trace array
    QString rulePackId;
    QString createdAt; // ISO 8601 UTC
};

} // namespace huisuan
