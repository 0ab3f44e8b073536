// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/** One computed annual return: what went in, what came out, and how, as the engine produced it. */
struct AnnualReturnRecord
{
    qint64 id = 0; // assigned by the vault
    qint64 profileId = 0; // 0: not tied to a stored profile
    int taxYear = 0;
    QByteArray inputJson;
    QByteArray resultJson;
    QByteArray traceJson;
    QString rulePackId;
    QString engineVersion;
    QString createdAt; // ISO 8601 UTC, set by the vault
};

} // namespace huisuan
