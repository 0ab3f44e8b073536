// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/CanonicalJsonWriter.h"

#include <algorithm>

namespace huisuan {

namespace {

class WriteError
{
public:
    explicit WriteError(QString message)
        : m_message(std::move(message))
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

class Writer
{
public:
    explicit Writer(int indent)
        : m_indent(indent)
    {
    }

    void value(const JsonValue& value, int depth)
    {
        switch (value.type()) {
        case JsonValue::Type::Null:
            m_out += "null";
            return;
        case JsonValue::Type::Bool:
            m_out += value.toBool() ? "true" : "false";
            return;
        case JsonValue::Type::Number:
            number(value);
            return;
        case JsonValue::Type::String:
            string(value.text());
            return;
        case JsonValue::Type::Array:
            array(value, depth);
            return;
        case JsonValue::Type::Object:
            object(value, depth);
            return;
        }
    }

    QByteArray bytes() const { return m_out; }

private:
    void newline(int depth)
    {
        if (m_indent > 0) {
            m_out += '\n';
            m_out += QByteArray(depth * m_indent, ' ');
        }
    }

    void number(const JsonValue& value)
    {
        const auto integer = value.toInteger();
        if (!integer) {
            throw WriteError(QStringLiteral("number %1 has no canonical form here: only integers up to 2^53-1 "
                                            "are allowed")
                                 .arg(value.text()));
        }
        m_out += QByteArray::number(*integer);
    }

    void string(const QString& text)
    {
        m_out += '"';
        // Runs that need no escape are converted to UTF-8 whole, so surrogate pairs stay together.
        qsizetype runStart = 0;
        for (qsizetype i = 0; i < text.size(); ++i) {
            const char16_t unit = text.at(i).unicode();
            if (unit == u'"' || unit == u'\\' || unit < 0x20) {
                m_out += QStringView(text).mid(runStart, i - runStart).toUtf8();
                m_out += escape(unit);
                runStart = i + 1;
            }
        }
        m_out += QStringView(text).mid(runStart).toUtf8();
        m_out += '"';
    }

    static QByteArray escape(char16_t unit)
    {
        switch (unit) {
        case u'"':
            return "\\\"";
        case u'\\':
            return "\\\\";
        case u'\b':
            return "\\b";
        case u'\f':
            return "\\f";
        case u'\n':
            return "\\n";
        case u'\r':
            return "\\r";
        case u'\t':
            return "\\t";
        default:
            return "\\u00" + QByteArray::number(unit, 16).rightJustified(2, '0');
        }
    }

    void array(const JsonValue& value, int depth)
    {
        m_out += '[';
        bool first = true;
        for (const JsonValue& item : value.items()) {
            if (!first) {
                m_out += ',';
            }
            first = false;
            newline(depth + 1);
            this->value(item, depth + 1);
        }
        if (!value.items().empty()) {
            newline(depth);
        }
        m_out += ']';
    }

    void object(const JsonValue& value, int depth)
    {
        std::vector<const JsonValue::Member*> members;
        members.reserve(value.members().size());
        for (const auto& member : value.members()) {
            members.push_back(&member);
        }
        // QString compares UTF-16 code units, which is exactly the order RFC 8785 §3.2.3 asks for.
        std::sort(members.begin(), members.end(), [](const JsonValue::Member* a, const JsonValue::Member* b) {
            return a->first < b->first;
        });
        m_out += '{';
        for (size_t i = 0; i < members.size(); ++i) {
            if (i > 0) {
                m_out += ',';
            }
            newline(depth + 1);
            string(members[i]->first);
            m_out += m_indent > 0 ? ": " : ":";
            this->value(members[i]->second, depth + 1);
        }
        if (!members.empty()) {
            newline(depth);
        }
        m_out += '}';
    }

    int m_indent;
    QByteArray m_out;
};

CanonicalJsonWriter::Result writeWith(const JsonValue& value, int indent)
{
    CanonicalJsonWriter::Result result;
    Writer writer(indent);
    try {
        writer.value(value, 0);
        result.bytes = writer.bytes();
        result.ok = true;
    } catch (const WriteError& error) {
        result.error = error.message();
    }
    return result;
}

} // namespace

CanonicalJsonWriter::Result CanonicalJsonWriter::write(const JsonValue& value)
{
    return writeWith(value, 0);
}

CanonicalJsonWriter::Result CanonicalJsonWriter::writeIndented(const JsonValue& value)
{
    constexpr int spacesPerLevel = 2;
    return writeWith(value, spacesPerLevel);
}

} // namespace huisuan
