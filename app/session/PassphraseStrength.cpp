// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/PassphraseStrength.h"

#include <cmath>

namespace huisuan {

namespace {

// Alphabet sizes of the character classes. Beyond ASCII, 3500 is the number of commonly used
// Chinese characters (通用规范汉字表, first tier): what a passphrase in Chinese draws from.
constexpr int lowerLetters = 26;
constexpr int upperLetters = 26;
constexpr int digits = 10;
constexpr int asciiSymbols = 33; // printable ASCII that is neither letter nor digit, space included
constexpr int beyondAscii = 3500;

} // namespace

double PassphraseStrength::entropyBits(const QString& passphrase)
{
    bool lower = false;
    bool upper = false;
    bool digit = false;
    bool symbol = false;
    bool other = false;
    qsizetype length = 0;
    for (qsizetype i = 0; i < passphrase.size(); ++i) {
        const QChar c = passphrase.at(i);
        if (c.isHighSurrogate()) {
            continue; // a character beyond the BMP counts once, at its low surrogate
        }
        ++length;
        const char16_t unit = c.unicode();
        if (unit >= u'a' && unit <= u'z') {
            lower = true;
        } else if (unit >= u'A' && unit <= u'Z') {
            upper = true;
        } else if (unit >= u'0' && unit <= u'9') {
            digit = true;
        } else if (unit >= 0x20 && unit < 0x7f) {
            symbol = true;
        } else {
            other = true;
        }
    }
    const int alphabet = (lower ? lowerLetters : 0) + (upper ? upperLetters : 0) + (digit ? digits : 0) +
        (symbol ? asciiSymbols : 0) + (other ? beyondAscii : 0);
    if (alphabet == 0) {
        return 0.0;
    }
    return static_cast<double>(length) * std::log2(static_cast<double>(alphabet));
}

PassphraseStrength::Level PassphraseStrength::level(const QString& passphrase)
{
    if (passphrase.isEmpty()) {
        return Level::Empty;
    }
    const double bits = entropyBits(passphrase);
    if (bits >= strongBits) {
        return Level::Strong;
    }
    return bits >= fairBits ? Level::Fair : Level::Weak;
}

} // namespace huisuan
