// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/JsonReader.h"

#include <QSet>

namespace huisuan {

namespace {

class ParseError
{
public:
    explicit ParseError(QString message)
        : m_message(std::move(message))
    {
    }
    const QString& message() const { return m_message; }

private:
    QString m_message;
};

class Parser
{
public:
    explicit Parser(const QByteArray& input)
        : m_data(input.constData())
        , m_size(input.size())
    {
    }

    JsonValue document()
    {
        skipWhitespace();
        JsonValue value = parseValue(0);
        skipWhitespace();
        if (m_position != m_size) {
            fail(QStringLiteral("unexpected content after the JSON value"));
        }
        return value;
    }

    QString location() const
    {
        int line = 1;
        int column = 1;
        for (qsizetype i = 0; i < m_position && i < m_size; ++i) {
            if (m_data[i] == '\n') {
                ++line;
                column = 1;
            } else if ((static_cast<unsigned char>(m_data[i]) & 0xC0) != 0x80) {
                ++column;
            }
        }
        return QStringLiteral("line %1, column %2").arg(line).arg(column);
    }

private:
    [[noreturn]] void fail(const QString& message) const { throw ParseError(message); }

    bool atEnd() const { return m_position >= m_size; }
    char peek() const { return atEnd() ? '\0' : m_data[m_position]; }

    void skipWhitespace()
    {
        while (!atEnd()) {
            const char c = m_data[m_position];
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            ++m_position;
        }
    }

    void expect(char c)
    {
        if (peek() != c) {
            fail(atEnd() ? QStringLiteral("unexpected end of input, expected '%1'").arg(QLatin1Char(c))
                         : QStringLiteral("expected '%1'").arg(QLatin1Char(c)));
        }
        ++m_position;
    }

    JsonValue parseValue(int depth)
    {
        if (depth > JsonReader::maxDepth) {
            fail(QStringLiteral("nesting deeper than %1 levels").arg(JsonReader::maxDepth));
        }
        switch (peek()) {
        case '{':
            return parseObject(depth);
        case '[':
            return parseArray(depth);
        case '"':
            return JsonValue::string(parseString());
        case 't':
            parseLiteral("true");
            return JsonValue::boolean(true);
        case 'f':
            parseLiteral("false");
            return JsonValue::boolean(false);
        case 'n':
            parseLiteral("null");
            return JsonValue::null();
        default:
            if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
                return parseNumber();
            }
            fail(atEnd() ? QStringLiteral("unexpected end of input, expected a value")
                         : QStringLiteral("expected a value"));
        }
    }

    void parseLiteral(const char* literal)
    {
        for (const char* p = literal; *p != '\0'; ++p) {
            if (peek() != *p) {
                fail(QStringLiteral("invalid literal, expected '%1'").arg(QLatin1String(literal)));
            }
            ++m_position;
        }
    }

    JsonValue parseObject(int depth)
    {
        expect('{');
        JsonValue object = JsonValue::object();
        QSet<QString> keys;
        skipWhitespace();
        if (peek() == '}') {
            ++m_position;
            return object;
        }
        while (true) {
            skipWhitespace();
            if (peek() != '"') {
                fail(QStringLiteral("expected a string as object key"));
            }
            const qsizetype keyStart = m_position;
            QString key = parseString();
            if (keys.contains(key)) {
                m_position = keyStart;
                fail(QStringLiteral("duplicate key \"%1\"").arg(key));
            }
            keys.insert(key);
            skipWhitespace();
            expect(':');
            skipWhitespace();
            object.insert(key, parseValue(depth + 1));
            skipWhitespace();
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            expect('}');
            return object;
        }
    }

    JsonValue parseArray(int depth)
    {
        expect('[');
        JsonValue array = JsonValue::array();
        skipWhitespace();
        if (peek() == ']') {
            ++m_position;
            return array;
        }
        while (true) {
            skipWhitespace();
            array.append(parseValue(depth + 1));
            skipWhitespace();
            if (peek() == ',') {
                ++m_position;
                continue;
            }
            expect(']');
            return array;
        }
    }

    JsonValue parseNumber()
    {
        const qsizetype start = m_position;
        if (peek() == '-') {
            ++m_position;
        }
        if (peek() == '0') {
            ++m_position;
        } else if (peek() >= '1' && peek() <= '9') {
            skipDigits();
        } else {
            fail(QStringLiteral("invalid number"));
        }
        if (peek() == '.') {
            ++m_position;
            if (!(peek() >= '0' && peek() <= '9')) {
                fail(QStringLiteral("invalid number: digits expected after the decimal point"));
            }
            skipDigits();
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_position;
            if (peek() == '+' || peek() == '-') {
                ++m_position;
            }
            if (!(peek() >= '0' && peek() <= '9')) {
                fail(QStringLiteral("invalid number: digits expected in the exponent"));
            }
            skipDigits();
        }
        return JsonValue::numberText(QString::fromLatin1(m_data + start, m_position - start));
    }

    void skipDigits()
    {
        while (peek() >= '0' && peek() <= '9') {
            ++m_position;
        }
    }

    unsigned hexQuad()
    {
        unsigned value = 0;
        for (int i = 0; i < 4; ++i) {
            const char c = peek();
            unsigned digit = 0;
            if (c >= '0' && c <= '9') {
                digit = unsigned(c - '0');
            } else if (c >= 'a' && c <= 'f') {
                digit = unsigned(c - 'a' + 10);
            } else if (c >= 'A' && c <= 'F') {
                digit = unsigned(c - 'A' + 10);
            } else {
                fail(QStringLiteral("invalid \\u escape"));
            }
            value = value * 16 + digit;
            ++m_position;
        }
        return value;
    }

    void appendCodePoint(QString& out, char32_t codePoint)
    {
        const char32_t text[] = {codePoint};
        out.append(QString::fromUcs4(text, 1));
    }

    // Decodes one UTF-8 sequence strictly (no overlongs, no surrogates, nothing above U+10FFFF).
    char32_t decodeUtf8()
    {
        const auto byte = [this](qsizetype i) { return static_cast<unsigned char>(m_data[i]); };
        const unsigned char lead = byte(m_position);
        int length = 0;
        char32_t codePoint = 0;
        char32_t minimum = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2;
            codePoint = lead & 0x1F;
            minimum = 0x80;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3;
            codePoint = lead & 0x0F;
            minimum = 0x800;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4;
            codePoint = lead & 0x07;
            minimum = 0x10000;
        } else {
            fail(QStringLiteral("invalid UTF-8"));
        }
        if (m_position + length > m_size) {
            fail(QStringLiteral("invalid UTF-8: truncated sequence"));
        }
        for (int i = 1; i < length; ++i) {
            const unsigned char continuation = byte(m_position + i);
            if ((continuation & 0xC0) != 0x80) {
                fail(QStringLiteral("invalid UTF-8"));
            }
            codePoint = (codePoint << 6) | (continuation & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) {
            fail(QStringLiteral("invalid UTF-8"));
        }
        m_position += length;
        return codePoint;
    }

    QString parseString()
    {
        expect('"');
        QString out;
        while (true) {
            if (atEnd()) {
                fail(QStringLiteral("unterminated string"));
            }
            const auto c = static_cast<unsigned char>(m_data[m_position]);
            if (c == '"') {
                ++m_position;
                return out;
            }
            if (c < 0x20) {
                fail(QStringLiteral("control character in string"));
            }
            if (c == '\\') {
                ++m_position;
                parseEscape(out);
            } else if (c < 0x80) {
                out.append(QLatin1Char(char(c)));
                ++m_position;
            } else {
                appendCodePoint(out, decodeUtf8());
            }
        }
    }

    void parseEscape(QString& out)
    {
        const char c = peek();
        ++m_position;
        switch (c) {
        case '"':
            out.append(QLatin1Char('"'));
            return;
        case '\\':
            out.append(QLatin1Char('\\'));
            return;
        case '/':
            out.append(QLatin1Char('/'));
            return;
        case 'b':
            out.append(QLatin1Char('\b'));
            return;
        case 'f':
            out.append(QLatin1Char('\f'));
            return;
        case 'n':
            out.append(QLatin1Char('\n'));
            return;
        case 'r':
            out.append(QLatin1Char('\r'));
            return;
        case 't':
            out.append(QLatin1Char('\t'));
            return;
        case 'u': {
            const unsigned unit = hexQuad();
            if (unit >= 0xD800 && unit <= 0xDBFF) {
                if (peek() != '\\' || m_position + 1 >= m_size || m_data[m_position + 1] != 'u') {
                    fail(QStringLiteral("lone high surrogate in \\u escape"));
                }
                m_position += 2;
                const unsigned low = hexQuad();
                if (low < 0xDC00 || low > 0xDFFF) {
                    fail(QStringLiteral("high surrogate not followed by a low surrogate"));
                }
                appendCodePoint(out, 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00));
                return;
            }
            if (unit >= 0xDC00 && unit <= 0xDFFF) {
                fail(QStringLiteral("lone low surrogate in \\u escape"));
            }
            appendCodePoint(out, unit);
            return;
        }
        default:
            --m_position;
            fail(QStringLiteral("invalid escape sequence"));
        }
    }

    const char* m_data;
    qsizetype m_size;
    qsizetype m_position = 0;
};

} // namespace

JsonReader::Result JsonReader::parse(const QByteArray& utf8)
{
    Result result;
    Parser parser(utf8);
    try {
        result.value = parser.document();
        result.ok = true;
    } catch (const ParseError& error) {
        result.error = parser.location() + QStringLiteral(": ") + error.message();
    }
    return result;
}

} // namespace huisuan
