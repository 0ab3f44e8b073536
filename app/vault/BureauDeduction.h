// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/**
 * An employee's special additional deductions for a company workspace and year, as downloaded from
 * the bureau where the employee pushed them (issue 6): the monthly amount of each category.
 */
struct BureauDeduction
{
    QString identityNumber;
    int taxYear = 0;
    QString electionId; // the bureau's id of the push it came from
    QByteArray monthlyJson; // canonical {"category":"amount",...}
    QString downloadedAt;
};

} // namespace huisuan
