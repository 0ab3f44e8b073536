// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <vector>

namespace huisuan {

/**
 * A JSON value as the strict reader produced it or as the engine builds a result.
 *
 * Numbers keep their literal text: the engine never turns a JSON number into binary floating
 * point, and reads integers exactly. Object members keep their order of insertion; the
 * canonical writer sorts them.
 */
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };
    using Member = std::pair<QString, JsonValue>;

    JsonValue() = default;
    static JsonValue null() { return JsonValue(); }
    static JsonValue boolean(bool value);
    /** A number from its JSON text, which the caller has checked against the JSON grammar. */
    static JsonValue numberText(const QString& text);
    static JsonValue integer(long long value);
    static JsonValue string(const QString& value);
    static JsonValue array(std::vector<JsonValue> items = {});
    static JsonValue object(std::vector<Member> members = {});

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_bool; }
    /** The string's value, or a number's literal text. */
    const QString& text() const { return m_text; }
    /** The number as an integer when it is written as one and fits in [-2^53+1, 2^53-1]. */
    std::optional<long long> toInteger() const;

    const std::vector<JsonValue>& items() const { return m_items; }
    const std::vector<Member>& members() const { return m_members; }
    /** The member with this key, or nullptr. */
    const JsonValue* find(const QString& key) const;

    void append(JsonValue item);
    /** Adds a member; the caller guarantees the key is new (results are built from fixed keys). */
    void insert(const QString& key, JsonValue value);

    friend bool operator==(const JsonValue& a, const JsonValue& b);
    friend bool operator!=(const JsonValue& a, const JsonValue& b) { return !(a == b); }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;
    std::vector<JsonValue> m_items;
    std::vector<Member> m_members;
};

const char* jsonTypeName(JsonValue::Type type);

} // namespace huisuan
