// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * A deliberately simple estimate of how hard a passphrase is to guess: length × log2 of the
 * alphabet its character classes span, as if every character were chosen at random. It
 * overrates words and dates, which is why the first-run page says so next to the meter.
 */
class PassphraseStrength
{
public:
    enum class Level { Empty, Weak, Fair, Strong };

    // Bits: below fairBits an offline attack on a stolen vault file is cheap even behind scrypt;
    // strongBits is beyond any such attack.
    static constexpr double fairBits = 50.0;
    static constexpr double strongBits = 80.0;

    static double entropyBits(const QString& passphrase);
    static Level level(const QString& passphrase);
};

} // namespace huisuan
