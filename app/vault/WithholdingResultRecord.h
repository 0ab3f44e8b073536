// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/** The cumulative withholding the engine computed for one payroll month, and with which rules. */
struct WithholdingResultRecord
{
    qint64 id = 0; // assigned by the vault
    qint64 payrollMonthId = 0;
    QByteArray resultJson = QByteArrayLiteral("{}");
    QString rulePackId;
    QString engineVersion;
};

} // namespace huisuan
