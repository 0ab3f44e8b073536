// SPDX-License-Identifier: GPL-3.0-or-later
// CanonicalJsonWriter: RFC 8785 (JCS) output. Members sorted by UTF-16 code units, minimal string
// escapes, UTF-8, integers only. Inputs are written as JSON text and read with JsonReader so that
// every row shows the document before and after.
#include "TestRegistry.h"
#include "rules/RulePackRegistry.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QTest>

using namespace huisuan;

namespace {

template <size_t N>
QByteArray raw(const char (&text)[N])
{
    return QByteArray(text, qsizetype(N - 1));
}

JsonValue parsed(const QByteArray& json)
{
    const auto result = JsonReader::parse(json);
    if (!result.ok) {
        qFatal("test input is not JSON: %s", qPrintable(result.error));
    }
    return result.value;
}

} // namespace

class TestCanonicalJsonWriter : public QObject
{
    Q_OBJECT

private slots:
    void canonicalForm_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        // clang-format off
        QTest::newRow("null")                << raw("null")                   << raw("null");
        QTest::newRow("true")                << raw(" true ")                 << raw("true");
        QTest::newRow("false")               << raw("false")                  << raw("false");
        QTest::newRow("zero")                << raw("0")                      << raw("0");
        QTest::newRow("negative zero")       << raw("-0")                     << raw("0");
        QTest::newRow("integer")             << raw("123")                    << raw("123");
        QTest::newRow("negative integer")    << raw("-45")                    << raw("-45");
        QTest::newRow("2^53 - 1")            << raw("9007199254740991")       << raw("9007199254740991");
        QTest::newRow("-(2^53 - 1)")         << raw("-9007199254740991")      << raw("-9007199254740991");
        QTest::newRow("plain string")        << raw("\"abc\"")                << raw("\"abc\"");
        QTest::newRow("short escapes")       << raw("\"\\b\\f\\n\\r\\t\\\"\\\\\"") << raw("\"\\b\\f\\n\\r\\t\\\"\\\\\"");
        QTest::newRow("u escape to short")   << raw("\"\\u0008\\u000A\"")     << raw("\"\\b\\n\"");
        QTest::newRow("NUL")                 << raw("\"\\u0000\"")            << raw("\"\\u0000\"");
        QTest::newRow("lower-case hex")      << raw("\"\\u0001\\u001F\\u000B\"") << raw("\"\\u0001\\u001f\\u000b\"");
        QTest::newRow("solidus unescaped")   << raw("\"\\/\"")                << raw("\"/\"");
        QTest::newRow("DEL raw")             << raw("\"\\u007f\"")            << raw("\"\x7F\"");
        QTest::newRow("U+0080 as UTF-8")     << raw("\"\\u0080\"")            << raw("\"\xC2\x80\"");
        QTest::newRow("Latin as UTF-8")      << raw("\"\\u00e9\"")            << raw("\"\xC3\xA9\"");
        QTest::newRow("Chinese as UTF-8")    << raw("\"\\u6c47\\u7b97\"")     << raw("\"\xE6\xB1\x87\xE7\xAE\x97\"");
        QTest::newRow("emoji as UTF-8")      << raw("\"\\ud83d\\ude00\"")     << raw("\"\xF0\x9F\x98\x80\"");
        QTest::newRow("line separator raw")  << raw("\"\\u2028\"")            << raw("\"\xE2\x80\xA8\"");
        QTest::newRow("empty containers")    << raw("[ 1 , [ ] , { } ]")      << raw("[1,[],{}]");
        QTest::newRow("members sorted")      << raw("{\"b\":1,\"a\":2}")      << raw("{\"a\":2,\"b\":1}");
        QTest::newRow("ASCII order")
            << raw("{\"b\":0,\"a\":0,\"aa\":0,\"B\":0,\"A\":0,\"_\":0,\"\":0}")
            << raw("{\"\":0,\"A\":0,\"B\":0,\"_\":0,\"a\":0,\"aa\":0,\"b\":0}");
        QTest::newRow("nested sorted")
            << raw("{\"z\":{\"b\":1,\"a\":[{\"d\":1,\"c\":2}]},\"y\":null}")
            << raw("{\"y\":null,\"z\":{\"a\":[{\"c\":2,\"d\":1}],\"b\":1}}");
        // RFC 8785 §3.2.3: U+1F600 (UTF-16 D83D DE00) sorts before U+FB33, though its code point
        // is higher, because the order is that of UTF-16 code units.
        QTest::newRow("RFC 8785 sorting example")
            << raw("{\"\\u20ac\":\"Euro Sign\",\"\\r\":\"Carriage Return\","
                   "\"\\ufb33\":\"Hebrew Letter Dalet With Dagesh\",\"1\":\"One\","
                   "\"\\ud83d\\ude00\":\"Emoji: Grinning Face\",\"\\u0080\":\"Control\","
                   "\"\\u00f6\":\"Latin Small Letter O With Diaeresis\"}")
            << raw("{\"\\r\":\"Carriage Return\",\"1\":\"One\",\"\xC2\x80\":\"Control\","
                   "\"\xC3\xB6\":\"Latin Small Letter O With Diaeresis\",\"\xE2\x82\xAC\":\"Euro Sign\","
                   "\"\xF0\x9F\x98\x80\":\"Emoji: Grinning Face\","
                   "\"\xEF\xAC\xB3\":\"Hebrew Letter Dalet With Dagesh\"}");
        QTest::newRow("UTF-16 not code points")
            << raw("{\"\\ufb33\":3,\"\\ud83d\\ude00\":2,\"\\u20ac\":1}")
            << raw("{\"\xE2\x82\xAC\":1,\"\xF0\x9F\x98\x80\":2,\"\xEF\xAC\xB3\":3}");
        QTest::newRow("escaped key")         << raw("{\"a\\nb\":1,\"a\":2}")  << raw("{\"a\":2,\"a\\nb\":1}");
        // clang-format on
    }

    void canonicalForm()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const auto written = CanonicalJsonWriter::write(parsed(input));
        QVERIFY2(written.ok, qPrintable(written.error));
        QVERIFY(written.error.isEmpty());
        QCOMPARE(written.bytes, expected);
    }

    void builtValues()
    {
        JsonValue items = JsonValue::array();
        items.append(JsonValue::integer(-7));
        items.append(JsonValue::boolean(false));
        JsonValue root = JsonValue::object();
        root.insert(QStringLiteral("z"), JsonValue::string(QStringLiteral("\u6C47\u7B97 \"q\"")));
        root.insert(QStringLiteral("m"), std::move(items));
        root.insert(QStringLiteral("a"), JsonValue::null());
        const auto written = CanonicalJsonWriter::write(root);
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(written.bytes, raw("{\"a\":null,\"m\":[-7,false],\"z\":\"\xE6\xB1\x87\xE7\xAE\x97 \\\"q\\\"\"}"));
    }

    void refusesNonIntegers_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("number");
        // clang-format off
        QTest::newRow("fraction")        << raw("1.5")                     << "1.5";
        QTest::newRow("exponent")        << raw("1e2")                     << "1e2";
        QTest::newRow("integral float")  << raw("1.0")                     << "1.0";
        QTest::newRow("2^53")            << raw("9007199254740992")        << "9007199254740992";
        QTest::newRow("-2^53")           << raw("-9007199254740992")       << "-9007199254740992";
        QTest::newRow("inside an array") << raw("[1,2.5]")                 << "2.5";
        QTest::newRow("deep in objects") << raw("{\"a\":{\"b\":1E3}}")     << "1E3";
        // clang-format on
    }

    void refusesNonIntegers()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, number);
        const QString error =
            QStringLiteral("number %1 has no canonical form here: only integers up to 2^53-1 are allowed").arg(number);
        const auto compact = CanonicalJsonWriter::write(parsed(input));
        QVERIFY(!compact.ok);
        QVERIFY(compact.bytes.isEmpty());
        QCOMPARE(compact.error, error);
        const auto indented = CanonicalJsonWriter::writeIndented(parsed(input));
        QVERIFY(!indented.ok);
        QVERIFY(indented.bytes.isEmpty());
        QCOMPARE(indented.error, error);
    }

    void indented_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        // clang-format off
        QTest::newRow("scalar")  << raw("1")  << raw("1");
        QTest::newRow("empty")   << raw("{}") << raw("{}");
        QTest::newRow("nested")
            << raw("{\"d\":{\"x\":\"\\u00e9\"},\"b\":[1,2],\"a\":{},\"c\":[]}")
            << raw("{\n"
                   "  \"a\": {},\n"
                   "  \"b\": [\n"
                   "    1,\n"
                   "    2\n"
                   "  ],\n"
                   "  \"c\": [],\n"
                   "  \"d\": {\n"
                   "    \"x\": \"\xC3\xA9\"\n"
                   "  }\n"
                   "}");
        QTest::newRow("array of objects")
            << raw("[{\"b\":true,\"a\":null}]")
            << raw("[\n"
                   "  {\n"
                   "    \"a\": null,\n"
                   "    \"b\": true\n"
                   "  }\n"
                   "]");
        // clang-format on
    }

    void indented()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const auto written = CanonicalJsonWriter::writeIndented(parsed(input));
        QVERIFY2(written.ok, qPrintable(written.error));
        QCOMPARE(written.bytes, expected);
        // The indentation is insignificant: it reads back to what the compact form says.
        QCOMPARE(CanonicalJsonWriter::write(parsed(written.bytes)).bytes,
                 CanonicalJsonWriter::write(parsed(input)).bytes);
    }

    void roundTripIsStable_data()
    {
        QTest::addColumn<QByteArray>("input");
        // clang-format off
        QTest::newRow("scalars")          << raw("[null,true,false,0,-1,\"\"]");
        QTest::newRow("escapes")          << raw("{\"k\\t\":\"\\u0000\\u001f\\\"\\\\/\\b\\f\\n\\r\\t\"}");
        QTest::newRow("non-BMP keys")     << raw("{\"\\ufb33\":[],\"\\ud83d\\ude00\":{},\"\\u20ac\":\"\\u20ac\"}");
        QTest::newRow("whitespace")       << raw(" {\n\t\"b\" : [ 1 ,\r\n 2 ] ,\"a\" : { \"y\" : 1 , \"x\" : 2 } } ");
        // clang-format on
        QTest::newRow("rule pack 2024") << RulePackRegistry::builtInBytes(2024);
    }

    void roundTripIsStable()
    {
        QFETCH(QByteArray, input);
        const JsonValue first = parsed(input);
        const auto once = CanonicalJsonWriter::write(first);
        QVERIFY2(once.ok, qPrintable(once.error));
        const JsonValue second = parsed(once.bytes);
        const auto twice = CanonicalJsonWriter::write(second);
        QVERIFY2(twice.ok, qPrintable(twice.error));
        QCOMPARE(twice.bytes, once.bytes);
        // Canonical text is a fixed point: reading it keeps the sorted order, so the values agree.
        QCOMPARE(parsed(twice.bytes), second);
        const auto indented = CanonicalJsonWriter::writeIndented(second);
        QCOMPARE(parsed(indented.bytes), second);
    }
};

HUISUAN_REGISTER_TEST(TestCanonicalJsonWriter)
#include "TestCanonicalJsonWriter.moc"
