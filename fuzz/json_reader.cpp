// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the strict JSON reader, and the canonical writer against it: whatever the reader accepts,
// the writer either refuses (a number with no canonical form) or writes bytes that read back to
// the same value and write again to the same bytes. Rule-pack ids are hashes of those bytes, so a
// writer that is not idempotent would give one pack two ids.

#include "FuzzCheck.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <cstdint>

namespace {

using huisuan::CanonicalJsonWriter;
using huisuan::JsonReader;
using huisuan::JsonValue;
using huisuan::fuzz::require;

// Equal as JSON values: members in any order (the writer sorts them) and numbers by value, since
// RFC 8785 writes -0 as 0.
bool sameValue(const JsonValue& a, const JsonValue& b)
{
    if (a.type() != b.type()) {
        return false;
    }
    switch (a.type()) {
    case JsonValue::Type::Null:
        return true;
    case JsonValue::Type::Bool:
        return a.toBool() == b.toBool();
    case JsonValue::Type::Number:
        return a.toInteger() && a.toInteger() == b.toInteger();
    case JsonValue::Type::String:
        return a.text() == b.text();
    case JsonValue::Type::Array:
        if (a.items().size() != b.items().size()) {
            return false;
        }
        for (size_t i = 0; i < a.items().size(); ++i) {
            if (!sameValue(a.items()[i], b.items()[i])) {
                return false;
            }
        }
        return true;
    case JsonValue::Type::Object:
        if (a.members().size() != b.members().size()) {
            return false;
        }
        for (const auto& [key, value] : a.members()) {
            const JsonValue* other = b.find(key);
            if (!other || !sameValue(value, *other)) {
                return false;
            }
        }
        return true;
    }
    return false;
}

bool hasNumberWithoutCanonicalForm(const JsonValue& value)
{
    if (value.isNumber()) {
        return !value.toInteger();
    }
    for (const JsonValue& item : value.items()) {
        if (hasNumberWithoutCanonicalForm(item)) {
            return true;
        }
    }
    for (const auto& member : value.members()) {
        if (hasNumberWithoutCanonicalForm(member.second)) {
            return true;
        }
    }
    return false;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Raw data, not a copy: the buffer ends exactly where the input does, so a read past the end
    // is an AddressSanitizer report instead of a silent read of a terminating zero.
    const auto parsed =
        JsonReader::parse(QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size)));
    if (!parsed.ok) {
        return 0;
    }
    const auto written = CanonicalJsonWriter::write(parsed.value);
    const auto indented = CanonicalJsonWriter::writeIndented(parsed.value);
    require(written.ok == indented.ok, "the compact and the indented writer disagree on whether to write");
    if (!written.ok) {
        require(hasNumberWithoutCanonicalForm(parsed.value),
                "the writer refused a value whose numbers are all safe integers",
                written.error);
        return 0;
    }
    const auto reread = JsonReader::parse(written.bytes);
    require(reread.ok, "the canonical bytes do not parse", reread.error);
    require(sameValue(parsed.value, reread.value), "the canonical bytes parse to another value");
    const auto rewritten = CanonicalJsonWriter::write(reread.value);
    require(rewritten.ok && rewritten.bytes == written.bytes,
            "writing the canonical form again gives other bytes",
            QString::fromUtf8(written.bytes) + QStringLiteral("\n") + QString::fromUtf8(rewritten.bytes));
    const auto rereadIndented = JsonReader::parse(indented.bytes);
    require(rereadIndented.ok && sameValue(parsed.value, rereadIndented.value),
            "the indented bytes do not parse to the same value",
            rereadIndented.error);
    return 0;
}
