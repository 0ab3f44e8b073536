// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** Who the enrolled taxpayer is, and the card a refund goes to, as plain data for the GUI. */
struct TaxpayerIdentity
{
    QString name;
    QString identityNumber; // the 18-character resident identity number of the enrolment
    QString refundBank; // empty until the taxpayer names one
    QString refundCard; // digits only; empty until the taxpayer names one

    /** The identity number as screens show it: the region and the check character, the birth date hidden. */
    QString maskedIdentityNumber() const
    {
        return identityNumber.size() == 18
            ? identityNumber.left(6) + QStringLiteral("********") + identityNumber.right(4)
            : identityNumber;
    }
};

} // namespace huisuan
