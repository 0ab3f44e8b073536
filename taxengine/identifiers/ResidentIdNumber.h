// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

namespace huisuan {

/**
 * The 18-character citizen identity number of GB 11643-1999: a 6-digit administrative division,
 * the birth date YYYYMMDD, a 3-digit sequence and an ISO 7064 MOD 11-2 check character.
 */
class ResidentIdNumber
{
public:
    /** True when the number is well formed, its birth date exists, and the check character
     *  matches. A lower-case 'x' is accepted as the check character 'X'. */
    static bool isValid(const QString& value);
    /** The birth date, or a null date when the number is not valid. */
    static QDate birthDate(const QString& value);
};

} // namespace huisuan
