// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/**
 * A labor payment (劳务报酬) a company made to someone not on its roster in one month, with the
 * prepayment the engine computed for it (its result and trace) and with which rules.
 */
struct LaborPaymentRecord
{
    qint64 id = 0; // assigned by the vault
    qint64 workspaceId = 0;
    int taxYear = 0;
    int month = 0; // 1 to 12
    QString identifierType = QStringLiteral("resident_id");
    QString identifier;
    QString name;
    QString amount; // canonical decimal text
    QByteArray resultJson = QByteArrayLiteral("{}");
    QString rulePackId;
    QString engineVersion;
};

} // namespace huisuan
