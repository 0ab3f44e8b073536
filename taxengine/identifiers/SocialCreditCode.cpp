// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifiers/SocialCreditCode.h"

#include <array>

namespace huisuan {

namespace {

// GB 32100-2015 §4.3: the 31 characters (no I, O, S, V, Z) and weights 3^i mod 31.
const QString alphabet = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
constexpr std::array<int, 17> weights = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
constexpr int length = 18;
constexpr int divisionStart = 2;
constexpr int divisionEnd = 8;
constexpr int organisationStart = 8;
constexpr int organisationLength = 9;

// GB 11714-1997: weights of the 8 body characters, modulus 11, 10 → 'X' and 11 → '0'.
constexpr std::array<int, 8> organisationWeights = {3, 7, 9, 10, 5, 8, 4, 2};
constexpr int organisationModulus = 11;
constexpr int letterBase = 10;

} // namespace

bool SocialCreditCode::isValid(const QString& value)
{
    if (value.size() != length) {
        return false;
    }
    int sum = 0;
    for (int i = 0; i < length - 1; ++i) {
        const auto index = alphabet.indexOf(value.at(i));
        if (index < 0) {
            return false;
        }
        if (i >= divisionStart && i < divisionEnd && index >= letterBase) {
            return false;
        }
        sum += int(index) * weights[size_t(i)];
    }
    const int modulus = int(alphabet.size());
    return value.at(length - 1) == alphabet.at((modulus - sum % modulus) % modulus);
}

bool SocialCreditCode::organisationCodeChecks(const QString& value)
{
    if (!isValid(value)) {
        return false;
    }
    const QString code = value.mid(organisationStart, organisationLength);
    int sum = 0;
    for (int i = 0; i < organisationLength - 1; ++i) {
        const QChar c = code.at(i);
        const int digit = c.isDigit() ? c.unicode() - '0' : c.unicode() - 'A' + letterBase;
        sum += digit * organisationWeights[size_t(i)];
    }
    const int check = organisationModulus - sum % organisationModulus;
    const QChar expected = check == letterBase ? QLatin1Char('X')
        : check == organisationModulus         ? QLatin1Char('0')
                                               : QChar(u'0' + check);
    return code.at(organisationLength - 1) == expected;
}

} // namespace huisuan
