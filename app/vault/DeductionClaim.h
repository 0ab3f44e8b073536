// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/** One deduction a taxpayer claims for a tax year, with the facts it rests on as a JSON object. */
struct DeductionClaim
{
    qint64 id = 0; // assigned by the vault
    qint64 profileId = 0;
    int taxYear = 0;
    QString kind; // children_education, housing_rent, elderly_support, ... as the engine names them
    QByteArray claimJson = QByteArrayLiteral("{}");
};

} // namespace huisuan
