// SPDX-License-Identifier: GPL-3.0-or-later
// JsonReader: strict RFC 8259 for untrusted input. Accepts exactly the grammar, refuses everything
// QJsonDocument would tolerate (duplicate keys, invalid UTF-8, lone surrogates, a BOM, trailing
// content), and says where: "line L, column C: message", columns counted in code points.
#include "TestRegistry.h"

#include "json/JsonReader.h"
#include <QTest>

using namespace huisuan;

namespace {

/** The bytes of a literal, embedded NULs included. */
template <size_t N>
QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

QString utf16(std::initializer_list<char16_t> units)
{
    QString result;
    for (const char16_t unit : units) {
        result.append(QChar(unit));
    }
    return result;
}

QByteArray nestedArrays(int depth, const QByteArray& innermost)
{
    return QByteArray(depth, '[') + innermost + QByteArray(depth, ']');
}

} // namespace

class TestJsonReader : public QObject
{
    Q_OBJECT

private slots:
    void literals_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("type");
        QTest::addColumn<bool>("boolean");
        // clang-format off
        QTest::newRow("true")            << raw("true")              << int(JsonValue::Type::Bool) << true;
        QTest::newRow("false")           << raw("false")             << int(JsonValue::Type::Bool) << false;
        QTest::newRow("null")            << raw("null")              << int(JsonValue::Type::Null) << false;
        QTest::newRow("all whitespace")  << raw(" \t\r\n true \n")   << int(JsonValue::Type::Bool) << true;
        // clang-format on
    }

    void literals()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, type);
        QFETCH(bool, boolean);
        const auto result = JsonReader::parse(input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.error.isEmpty());
        QCOMPARE(int(result.value.type()), type);
        QCOMPARE(result.value.toBool(), boolean);
    }

    void numbersKeepTheirText_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("text");
        // clang-format off
        QTest::newRow("zero")                << raw("0")        << "0";
        QTest::newRow("negative zero")       << raw("-0")       << "-0";
        QTest::newRow("integer")             << raw("123")      << "123";
        QTest::newRow("trailing zero kept")  << raw("1.50")     << "1.50";
        QTest::newRow("exponent")            << raw("1.5e10")   << "1.5e10";
        QTest::newRow("negative exponent")   << raw("-1E-2")    << "-1E-2";
        QTest::newRow("explicit plus")       << raw("1E+02")    << "1E+02";
        QTest::newRow("zero fraction")       << raw("0.0")      << "0.0";
        QTest::newRow("zero exponent")       << raw("0e0")      << "0e0";
        QTest::newRow("in whitespace")       << raw(" 42 ")     << "42";
        // clang-format on
    }

    void numbersKeepTheirText()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, text);
        const auto result = JsonReader::parse(input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.value.isNumber());
        QCOMPARE(result.value.text(), text);
    }

    void numbersAsIntegers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<bool>("integral");
        QTest::addColumn<qlonglong>("value");
        // clang-format off
        QTest::newRow("twelve")             << raw("12")                << true  << 12LL;
        QTest::newRow("zero")               << raw("0")                 << true  << 0LL;
        QTest::newRow("negative zero")      << raw("-0")                << true  << 0LL;
        QTest::newRow("negative")           << raw("-2024")             << true  << -2024LL;
        QTest::newRow("2^53 - 1")           << raw("9007199254740991")  << true  << 9007199254740991LL;
        QTest::newRow("-(2^53 - 1)")        << raw("-9007199254740991") << true  << -9007199254740991LL;
        QTest::newRow("2^53")               << raw("9007199254740992")  << false << 0LL;
        QTest::newRow("17 digits")          << raw("12345678901234567") << false << 0LL;
        QTest::newRow("fraction")           << raw("1.0")               << false << 0LL;
        QTest::newRow("exponent")           << raw("1e2")               << false << 0LL;
        // clang-format on
    }

    void numbersAsIntegers()
    {
        QFETCH(QByteArray, input);
        QFETCH(bool, integral);
        QFETCH(qlonglong, value);
        const auto result = JsonReader::parse(input);
        QVERIFY2(result.ok, qPrintable(result.error));
        const auto integer = result.value.toInteger();
        QCOMPARE(bool(integer), integral);
        if (integral) {
            QCOMPARE(*integer, value);
        }
    }

    void numbersInvalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        // clang-format off
        QTest::newRow("leading zero")   << raw("01")        << "line 1, column 2: unexpected content after the JSON value";
        QTest::newRow("leading zero in array") << raw("[01]") << "line 1, column 3: expected ']'";
        QTest::newRow("plus")           << raw("+1")        << "line 1, column 1: expected a value";
        QTest::newRow("leading point")  << raw(".5")        << "line 1, column 1: expected a value";
        QTest::newRow("trailing point") << raw("1.")        << "line 1, column 3: invalid number: digits expected after the decimal point";
        QTest::newRow("point exponent") << raw("1.e3")      << "line 1, column 3: invalid number: digits expected after the decimal point";
        QTest::newRow("empty exponent") << raw("1e")        << "line 1, column 3: invalid number: digits expected in the exponent";
        QTest::newRow("signed empty exponent") << raw("1e+") << "line 1, column 4: invalid number: digits expected in the exponent";
        QTest::newRow("NaN")            << raw("NaN")       << "line 1, column 1: expected a value";
        QTest::newRow("Infinity")       << raw("Infinity")  << "line 1, column 1: expected a value";
        QTest::newRow("-Infinity")      << raw("-Infinity") << "line 1, column 2: invalid number";
        QTest::newRow("minus alone")    << raw("-")         << "line 1, column 2: invalid number";
        QTest::newRow("minus space")    << raw("- 1")       << "line 1, column 2: invalid number";
        QTest::newRow("hex")            << raw("0x10")      << "line 1, column 2: unexpected content after the JSON value";
        // clang-format on
    }

    void numbersInvalid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const auto result = JsonReader::parse(input);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
    }

    void strings_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("plain")              << raw("\"abc\"")                    << QStringLiteral("abc");
        QTest::newRow("empty")              << raw("\"\"")                       << QString();
        QTest::newRow("short escapes")      << raw("\"\\\"\\\\\\/\\b\\f\\n\\r\\t\"")
                                            << QStringLiteral("\"\\/\b\f\n\r\t");
        QTest::newRow("u escape ascii")     << raw("\"\\u0041\"")                << QStringLiteral("A");
        QTest::newRow("u escape lower hex") << raw("\"\\u00e9\"")                << utf16({0x00E9});
        QTest::newRow("u escape upper hex") << raw("\"\\u20AC\"")                << utf16({0x20AC});
        QTest::newRow("u escape NUL")       << raw("\"\\u0000\"")                << utf16({0x0000});
        QTest::newRow("surrogate pair")     << raw("\"\\ud83d\\ude00\"")         << utf16({0xD83D, 0xDE00});
        QTest::newRow("surrogate pair upper") << raw("\"\\uD834\\uDD1E\"")       << utf16({0xD834, 0xDD1E});
        QTest::newRow("raw 2-byte UTF-8")   << raw("\"\xC3\xA9\"")               << utf16({0x00E9});
        QTest::newRow("raw 3-byte UTF-8")   << raw("\"\xE6\xB1\x87\xE7\xAE\x97\"") << utf16({0x6C47, 0x7B97});
        QTest::newRow("raw 4-byte UTF-8")   << raw("\"\xF0\x9F\x98\x80\"")       << utf16({0xD83D, 0xDE00});
        QTest::newRow("highest code point") << raw("\"\xF4\x8F\xBF\xBF\"")       << utf16({0xDBFF, 0xDFFF});
        QTest::newRow("DEL is not a control") << raw("\"\x7F\"")                 << utf16({0x007F});
        // clang-format on
    }

    void strings()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        const auto result = JsonReader::parse(input);
        QVERIFY2(result.ok, qPrintable(result.error));
        QVERIFY(result.value.isString());
        QCOMPARE(result.value.text(), expected);
    }

    void stringsInvalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        // clang-format off
        QTest::newRow("lone high surrogate")     << raw("\"\\ud83d\"")        << "line 1, column 8: lone high surrogate in \\u escape";
        QTest::newRow("high then text")          << raw("\"\\ud83dx\"")       << "line 1, column 8: lone high surrogate in \\u escape";
        QTest::newRow("high then not low")       << raw("\"\\ud83d\\u0041\"") << "line 1, column 14: high surrogate not followed by a low surrogate";
        QTest::newRow("two highs")               << raw("\"\\ud83d\\ud83d\"") << "line 1, column 14: high surrogate not followed by a low surrogate";
        QTest::newRow("lone low surrogate")      << raw("\"\\ude00\"")        << "line 1, column 8: lone low surrogate in \\u escape";
        QTest::newRow("unknown escape")          << raw("\"\\x\"")            << "line 1, column 3: invalid escape sequence";
        QTest::newRow("upper U escape")          << raw("\"\\U0041\"")        << "line 1, column 3: invalid escape sequence";
        QTest::newRow("bad hex digit")           << raw("\"\\u12G4\"")        << "line 1, column 6: invalid \\u escape";
        QTest::newRow("short u escape")          << raw("\"\\u12\"")          << "line 1, column 6: invalid \\u escape";
        QTest::newRow("unterminated")            << raw("\"abc")              << "line 1, column 5: unterminated string";
        QTest::newRow("raw NUL")                 << raw("\"a\0b\"")           << "line 1, column 3: control character in string";
        QTest::newRow("raw 0x01")                << raw("\"a\x01" "b\"")      << "line 1, column 3: control character in string";
        QTest::newRow("raw 0x1F")                << raw("\"a\x1F" "b\"")      << "line 1, column 3: control character in string";
        QTest::newRow("raw tab")                 << raw("\"a\tb\"")           << "line 1, column 3: control character in string";
        QTest::newRow("raw newline")             << raw("\"a\nb\"")           << "line 1, column 3: control character in string";
        QTest::newRow("overlong C0 80")          << raw("\"\xC0\x80\"")       << "line 1, column 2: invalid UTF-8";
        QTest::newRow("overlong C1 BF")          << raw("\"\xC1\xBF\"")       << "line 1, column 2: invalid UTF-8";
        QTest::newRow("overlong E0 80 80")       << raw("\"\xE0\x80\x80\"")   << "line 1, column 2: invalid UTF-8";
        QTest::newRow("overlong E0 9F BF")       << raw("\"\xE0\x9F\xBF\"")   << "line 1, column 2: invalid UTF-8";
        QTest::newRow("overlong F0 80 80 80")    << raw("\"\xF0\x80\x80\x80\"") << "line 1, column 2: invalid UTF-8";
        QTest::newRow("surrogate ED A0 80")      << raw("\"\xED\xA0\x80\"")   << "line 1, column 2: invalid UTF-8";
        QTest::newRow("surrogate ED BF BF")      << raw("\"\xED\xBF\xBF\"")   << "line 1, column 2: invalid UTF-8";
        QTest::newRow("above U+10FFFF")          << raw("\"\xF4\x90\x80\x80\"") << "line 1, column 2: invalid UTF-8";
        QTest::newRow("lead F5")                 << raw("\"\xF5\x80\x80\x80\"") << "line 1, column 2: invalid UTF-8";
        QTest::newRow("byte FF")                 << raw("\"\xFF\"")           << "line 1, column 2: invalid UTF-8";
        QTest::newRow("lone continuation")       << raw("\"\x80\"")           << "line 1, column 2: invalid UTF-8";
        QTest::newRow("truncated at the end")    << raw("\"\xC3")             << "line 1, column 2: invalid UTF-8: truncated sequence";
        QTest::newRow("truncated before quote")  << raw("\"\xE2\x82\"")       << "line 1, column 2: invalid UTF-8";
        QTest::newRow("truncated 4-byte")        << raw("\"\xF0\x9F\x98\"")   << "line 1, column 2: invalid UTF-8";
        QTest::newRow("invalid after valid")     << raw("\"\xC3\xA9\xC0\x80\"") << "line 1, column 3: invalid UTF-8";
        // clang-format on
    }

    void stringsInvalid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const auto result = JsonReader::parse(input);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
    }

    void byteOrderMarkRefused()
    {
        const auto result = JsonReader::parse(raw("\xEF\xBB\xBF{}"));
        QVERIFY(!result.ok);
        QCOMPARE(result.error, QStringLiteral("line 1, column 1: expected a value"));
        QVERIFY(JsonReader::parse(raw("{}")).ok);
    }

    void containers()
    {
        const auto result = JsonReader::parse(raw(" {\"b\" : [ 1 , true , null , \"x\" ] , \"a\":{}, \"c\":[]} "));
        QVERIFY2(result.ok, qPrintable(result.error));
        const JsonValue& root = result.value;
        QVERIFY(root.isObject());
        // Members keep the order of the input; only the canonical writer sorts.
        QCOMPARE(root.members().size(), size_t(3));
        QCOMPARE(root.members()[0].first, QStringLiteral("b"));
        QCOMPARE(root.members()[1].first, QStringLiteral("a"));
        QCOMPARE(root.members()[2].first, QStringLiteral("c"));
        const JsonValue* b = root.find(QStringLiteral("b"));
        QVERIFY(b && b->isArray());
        QCOMPARE(b->items().size(), size_t(4));
        QCOMPARE(b->items()[0].text(), QStringLiteral("1"));
        QVERIFY(b->items()[1].isBool() && b->items()[1].toBool());
        QVERIFY(b->items()[2].isNull());
        QCOMPARE(b->items()[3].text(), QStringLiteral("x"));
        QVERIFY(root.find(QStringLiteral("a"))->isObject());
        QVERIFY(root.find(QStringLiteral("a"))->members().empty());
        QVERIFY(root.find(QStringLiteral("c"))->items().empty());
        QVERIFY(!root.find(QStringLiteral("d")));
    }

    void duplicateKeys_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        // clang-format off
        QTest::newRow("top level")        << raw("{\"a\":1,\"a\":2}")                  << "line 1, column 8: duplicate key \"a\"";
        QTest::newRow("same value")       << raw("{\"a\":1,\"a\":1}")                  << "line 1, column 8: duplicate key \"a\"";
        QTest::newRow("nested")           << raw("{\"x\":{\"a\":1,\"a\":1}}")          << "line 1, column 13: duplicate key \"a\"";
        QTest::newRow("in an array")      << raw("[{\"a\":1},{\"b\":2,\"c\":3,\"b\":4}]") << "line 1, column 23: duplicate key \"b\"";
        QTest::newRow("spelt by escape")  << raw("{\"a\":1,\"\\u0061\":2}")            << "line 1, column 8: duplicate key \"a\"";
        QTest::newRow("on a later line")  << raw("{\"wages\":\"1\",\n \"wages\":\"2\"}") << "line 2, column 2: duplicate key \"wages\"";
        // clang-format on
    }

    void duplicateKeys()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const auto result = JsonReader::parse(input);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
    }

    void sameKeyInDifferentObjects()
    {
        QVERIFY(JsonReader::parse(raw("{\"x\":{\"a\":1},\"y\":{\"a\":1}}")).ok);
        QVERIFY(JsonReader::parse(raw("[{\"a\":1},{\"a\":1}]")).ok);
        // Keys are case-sensitive.
        QVERIFY(JsonReader::parse(raw("{\"a\":1,\"A\":2}")).ok);
    }

    void structureInvalid_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("error");
        // clang-format off
        QTest::newRow("empty")               << raw("")              << "line 1, column 1: unexpected end of input, expected a value";
        QTest::newRow("only whitespace")     << raw("   ")           << "line 1, column 4: unexpected end of input, expected a value";
        QTest::newRow("open array")          << raw("[")             << "line 1, column 2: unexpected end of input, expected a value";
        QTest::newRow("unclosed array")      << raw("[1")            << "line 1, column 3: unexpected end of input, expected ']'";
        QTest::newRow("open object")         << raw("{")             << "line 1, column 2: expected a string as object key";
        QTest::newRow("unclosed object")     << raw("{\"a\":1")      << "line 1, column 7: unexpected end of input, expected '}'";
        QTest::newRow("close only")          << raw("]")             << "line 1, column 1: expected a value";
        QTest::newRow("array trailing comma") << raw("[1,]")         << "line 1, column 4: expected a value";
        QTest::newRow("object trailing comma") << raw("{\"a\":1,}")  << "line 1, column 8: expected a string as object key";
        QTest::newRow("missing comma")       << raw("[1 2]")         << "line 1, column 4: expected ']'";
        QTest::newRow("missing colon")       << raw("{\"a\" 1}")     << "line 1, column 6: expected ':'";
        QTest::newRow("bare key")            << raw("{a:1}")         << "line 1, column 2: expected a string as object key";
        QTest::newRow("missing value")       << raw("{\"a\":}")      << "line 1, column 6: expected a value";
        QTest::newRow("trailing content")    << raw("{} x")          << "line 1, column 4: unexpected content after the JSON value";
        QTest::newRow("two values")          << raw("1 2")           << "line 1, column 3: unexpected content after the JSON value";
        QTest::newRow("literal run-on")      << raw("truex")         << "line 1, column 5: unexpected content after the JSON value";
        QTest::newRow("short true")          << raw("tru")           << "line 1, column 4: invalid literal, expected 'true'";
        QTest::newRow("short null")          << raw("nul")           << "line 1, column 4: invalid literal, expected 'null'";
        QTest::newRow("capital True")        << raw("True")          << "line 1, column 1: expected a value";
        QTest::newRow("form feed")           << raw("\f1")           << "line 1, column 1: expected a value";
        QTest::newRow("vertical tab")        << raw("\v1")           << "line 1, column 1: expected a value";
        QTest::newRow("no-break space")      << raw("\xC2\xA0" "1")  << "line 1, column 1: expected a value";
        QTest::newRow("single quotes")       << raw("'a'")           << "line 1, column 1: expected a value";
        QTest::newRow("third line")          << raw("[1,\n 2,\n x]") << "line 3, column 2: expected a value";
        QTest::newRow("second line literal") << raw("{\n  \"a\": tru\n}") << "line 2, column 11: invalid literal, expected 'true'";
        QTest::newRow("CRLF")                << raw("{\r\n x}")      << "line 2, column 2: expected a string as object key";
        // Columns count code points, not bytes.
        QTest::newRow("after 2-byte char")   << raw("[\"\xC3\xA9\", x]") << "line 1, column 7: expected a value";
        QTest::newRow("after 4-byte char")   << raw("[\"\xF0\x9F\x98\x80\",x]") << "line 1, column 6: expected a value";
        // clang-format on
    }

    void structureInvalid()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, error);
        const auto result = JsonReader::parse(input);
        QVERIFY(!result.ok);
        QCOMPARE(result.error, error);
    }

    // A value may sit inside at most maxDepth containers: the top-level value is at depth 0.
    void depthLimit()
    {
        const int limit = JsonReader::maxDepth;
        const QString tooDeep = QStringLiteral("nesting deeper than %1 levels").arg(limit);

        QVERIFY(JsonReader::parse(nestedArrays(limit + 1, QByteArray())).ok);
        const auto emptyTooDeep = JsonReader::parse(nestedArrays(limit + 2, QByteArray()));
        QVERIFY(!emptyTooDeep.ok);
        QCOMPARE(emptyTooDeep.error, QStringLiteral("line 1, column %1: %2").arg(limit + 2).arg(tooDeep));

        QVERIFY(JsonReader::parse(nestedArrays(limit, "1")).ok);
        const auto scalarTooDeep = JsonReader::parse(nestedArrays(limit + 1, "1"));
        QVERIFY(!scalarTooDeep.ok);
        QCOMPARE(scalarTooDeep.error, QStringLiteral("line 1, column %1: %2").arg(limit + 2).arg(tooDeep));

        QByteArray objects = "1";
        for (int i = 0; i < limit + 1; ++i) {
            objects = "{\"a\":" + objects + "}";
        }
        const auto objectsTooDeep = JsonReader::parse(objects);
        QVERIFY(!objectsTooDeep.ok);
        QVERIFY(objectsTooDeep.error.endsWith(tooDeep));

        // Hostile input is refused at the limit, long before the stack could run out.
        const auto hostile = JsonReader::parse(QByteArray(1000000, '['));
        QVERIFY(!hostile.ok);
        QVERIFY(hostile.error.endsWith(tooDeep));
    }
};

HUISUAN_REGISTER_TEST(TestJsonReader)
#include "TestJsonReader.moc"
