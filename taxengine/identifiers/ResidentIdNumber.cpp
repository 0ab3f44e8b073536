// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifiers/ResidentIdNumber.h"

#include <array>

namespace huisuan {

namespace {

// GB 11643-1999 §8 / ISO 7064 MOD 11-2: weight i = 2^(17−i) mod 11.
constexpr std::array<int, 17> weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
constexpr char checkCharacters[] = "10X98765432";
constexpr int modulus = 11;
constexpr int length = 18;
constexpr int birthDateOffset = 6;
constexpr int birthDateLength = 8;
// Birth years before the standard's own era are typing errors, not people.
constexpr int earliestBirthYear = 1800;

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

} // namespace

QDate ResidentIdNumber::birthDate(const QString& value)
{
    if (value.size() != length) {
        return {};
    }
    int sum = 0;
    for (int i = 0; i < length - 1; ++i) {
        if (!isAsciiDigit(value.at(i))) {
            return {};
        }
        sum += (value.at(i).unicode() - '0') * weights[size_t(i)];
    }
    const QChar check = value.at(length - 1).toUpper();
    if (check != QLatin1Char(checkCharacters[sum % modulus])) {
        return {};
    }
    const QDate date = QDate::fromString(value.mid(birthDateOffset, birthDateLength), QStringLiteral("yyyyMMdd"));
    if (!date.isValid() || date.year() < earliestBirthYear) {
        return {};
    }
    return date;
}

bool ResidentIdNumber::isValid(const QString& value)
{
    return birthDate(value).isValid();
}

} // namespace huisuan
