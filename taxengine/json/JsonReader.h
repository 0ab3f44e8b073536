// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsonValue.h"
#include <QByteArray>
#include <QString>

namespace huisuan {

/**
 * A strict RFC 8259 reader for untrusted input.
 *
 * Unlike QJsonDocument it refuses duplicate object keys (a repeated "wages" must never let one
 * figure silently win), invalid UTF-8, lone surrogates, a byte-order mark, trailing content and
 * nesting deeper than maxDepth, and it keeps numbers as text instead of converting them to
 * binary floating point. Which keys are allowed is the business of the schema reader above it.
 */
class JsonReader
{
public:
    struct Result
    {
        JsonValue value;
        bool ok = false;
        QString error; // "line L, column C: message" when !ok
    };

    static constexpr int maxDepth = 64;

    [[nodiscard]] static Result parse(const QByteArray& utf8);
};

} // namespace huisuan
