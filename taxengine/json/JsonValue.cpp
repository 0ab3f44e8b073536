// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/JsonValue.h"

namespace huisuan {

namespace {

// Integers beyond 2^53 - 1 lose exactness in most JSON consumers (RFC 8785 §3.2.2.3, I-JSON),
// so they are not read as integers.
constexpr long long maxSafeInteger = 9007199254740991LL;
constexpr int maxSafeIntegerDigits = 16;

} // namespace

JsonValue JsonValue::boolean(bool value)
{
    JsonValue result;
    result.m_type = Type::Bool;
    result.m_bool = value;
    return result;
}

JsonValue JsonValue::numberText(const QString& text)
{
    JsonValue result;
    result.m_type = Type::Number;
    result.m_text = text;
    return result;
}

JsonValue JsonValue::integer(long long value)
{
    return numberText(QString::number(value));
}

JsonValue JsonValue::string(const QString& value)
{
    JsonValue result;
    result.m_type = Type::String;
    result.m_text = value;
    return result;
}

JsonValue JsonValue::array(std::vector<JsonValue> items)
{
    JsonValue result;
    result.m_type = Type::Array;
    result.m_items = std::move(items);
    return result;
}

JsonValue JsonValue::object(std::vector<Member> members)
{
    JsonValue result;
    result.m_type = Type::Object;
    result.m_members = std::move(members);
    return result;
}

std::optional<long long> JsonValue::toInteger() const
{
    if (m_type != Type::Number) {
        return std::nullopt;
    }
    const bool negative = m_text.startsWith(QLatin1Char('-'));
    const QString digits = negative ? m_text.mid(1) : m_text;
    if (digits.isEmpty() || digits.size() > maxSafeIntegerDigits) {
        return std::nullopt;
    }
    for (const QChar c : digits) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9')) {
            return std::nullopt;
        }
    }
    const long long magnitude = digits.toLongLong();
    if (magnitude > maxSafeInteger) {
        return std::nullopt;
    }
    return negative ? -magnitude : magnitude;
}

const JsonValue* JsonValue::find(const QString& key) const
{
    for (const auto& member : m_members) {
        if (member.first == key) {
            return &member.second;
        }
    }
    return nullptr;
}

void JsonValue::append(JsonValue item)
{
    m_items.push_back(std::move(item));
}

void JsonValue::insert(const QString& key, JsonValue value)
{
    m_members.emplace_back(key, std::move(value));
}

bool operator==(const JsonValue& a, const JsonValue& b)
{
    return a.m_type == b.m_type && a.m_bool == b.m_bool && a.m_text == b.m_text && a.m_items == b.m_items &&
        a.m_members == b.m_members;
}

const char* jsonTypeName(JsonValue::Type type)
{
    switch (type) {
    case JsonValue::Type::Null:
        return "null";
    case JsonValue::Type::Bool:
        return "a boolean";
    case JsonValue::Type::Number:
        return "a number";
    case JsonValue::Type::String:
        return "a string";
    case JsonValue::Type::Array:
        return "an array";
    case JsonValue::Type::Object:
        return "an object";
    }
    return "unknown";
}

} // namespace huisuan
