// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsonValue.h"
#include <QByteArray>
#include <QString>

namespace huisuan {

/**
 * Writes JSON in the RFC 8785 (JCS) canonical form: no insignificant white space, object
 * members sorted by the UTF-16 code units of their keys, strings with the minimal escapes, UTF-8.
 *
 * RFC 8785 prints numbers as ECMAScript prints an IEEE 754 binary64 value. The engine holds no
 * binary floating point, so this writer accepts only integers in the exactly representable range
 * (|n| <= 2^53 - 1), written without leading zeros, and refuses any other number: our formats keep
 * money and rates in strings, so a fraction or an exponent in a number is a bug in the caller.
 */
class CanonicalJsonWriter
{
public:
    struct Result
    {
        QByteArray bytes;
        bool ok = false;
        QString error;
    };

    [[nodiscard]] static Result write(const JsonValue& value);
    /** Indented, key-sorted text for people (and for `--pretty` output); same number rules. */
    [[nodiscard]] static Result writeIndented(const JsonValue& value);
};

} // namespace huisuan
