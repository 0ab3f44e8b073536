// SPDX-License-Identifier: GPL-3.0-or-later
// ObjectReader: the input grammar shared by the input readers and the rule-pack loader. Amounts are
// strings matching ^(0|[1-9][0-9]*)(\.[0-9]{1,2})?$ up to 999999999999.99; counts are JSON integers;
// every problem carries the full path of the field; unknown keys are refused with the allowed list.
#include "TestRegistry.h"

#include "json/JsonReader.h"
#include "json/ObjectReader.h"
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

QStringList texts(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        lines << problem.toString();
    }
    return lines;
}

const QString amountHint = QStringLiteral("is not an amount: write yuan with at most two decimals, no sign, no "
                                          "separators, no leading zeros, at most 999999999999.99");

} // namespace

class TestObjectReader : public QObject
{
    Q_OBJECT

private slots:
    void paths()
    {
        QCOMPARE(childPath(QString(), QStringLiteral("income")), QStringLiteral("income"));
        QCOMPARE(childPath(QStringLiteral("income"), QStringLiteral("wages")), QStringLiteral("income.wages"));
        QCOMPARE(indexPath(QStringLiteral("months"), 3), QStringLiteral("months[3]"));
        QCOMPARE(childPath(indexPath(QStringLiteral("months"), 0), QStringLiteral("wages")),
                 QStringLiteral("months[0].wages"));
    }

    void moneyValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        // clang-format off
        QTest::newRow("zero")          << "0"               << "0.00";
        QTest::newRow("whole")         << "12"              << "12.00";
        QTest::newRow("one decimal")   << "12.3"            << "12.30";
        QTest::newRow("two decimals")  << "12.34"           << "12.34";
        QTest::newRow("one fen")       << "0.01"            << "0.01";
        QTest::newRow("zero fen")      << "0.00"            << "0.00";
        QTest::newRow("twelve digits") << "999999999999"    << "999999999999.00";
        QTest::newRow("the maximum")   << "999999999999.99" << "999999999999.99";
        // clang-format on
    }

    void moneyValid()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto money = ObjectReader::parseInputMoney(text);
        QVERIFY(money);
        QCOMPARE(money->toString(), canonical);

        Problems problems;
        JsonValue object = JsonValue::object();
        object.insert(QStringLiteral("wages"), JsonValue::string(text));
        ObjectReader reader(object, QStringLiteral("income"), problems);
        QCOMPARE(reader.money(QStringLiteral("wages"), true)->toString(), canonical);
        reader.finish();
        QCOMPARE(texts(problems), QStringList());
    }

    void moneyInvalidText_data()
    {
        QTest::addColumn<QString>("text");
        // clang-format off
        QTest::newRow("above the maximum")  << "1000000000000";
        QTest::newRow("maximum plus a fen") << "1000000000000.00";
        QTest::newRow("third decimal")      << "1.234";
        QTest::newRow("third decimal zero") << "1.230";
        QTest::newRow("negative")           << "-1";
        QTest::newRow("negative zero")      << "-0";
        QTest::newRow("plus")               << "+1";
        QTest::newRow("thousands comma")    << "1,000";
        QTest::newRow("thousands space")    << "1 000";
        QTest::newRow("leading zero")       << "01";
        QTest::newRow("double zero")        << "00";
        QTest::newRow("leading point")      << ".5";
        QTest::newRow("trailing point")     << "5.";
        QTest::newRow("exponent")           << "1e3";
        QTest::newRow("full-width digits")  << "\xEF\xBC\x91\xEF\xBC\x92";
        QTest::newRow("empty")              << "";
        QTest::newRow("leading space")      << " 1";
        QTest::newRow("currency sign")      << "\xC2\xA5" "1";
        // clang-format on
    }

    void moneyInvalidText()
    {
        QFETCH(QString, text);
        QVERIFY(!ObjectReader::parseInputMoney(text));

        Problems problems;
        JsonValue object = JsonValue::object();
        object.insert(QStringLiteral("wages"), JsonValue::string(text));
        ObjectReader reader(object, QStringLiteral("months[2]"), problems);
        QVERIFY(!reader.money(QStringLiteral("wages")));
        QCOMPARE(texts(problems), QStringList {QStringLiteral("months[2].wages: \"%1\" %2").arg(text, amountHint)});
    }

    void moneyWrongType_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("typeName");
        // clang-format off
        QTest::newRow("integer number") << raw("{\"amount\":12}")     << "a number";
        QTest::newRow("decimal number") << raw("{\"amount\":12.5}")   << "a number";
        QTest::newRow("boolean")        << raw("{\"amount\":true}")   << "a boolean";
        QTest::newRow("null")           << raw("{\"amount\":null}")   << "null";
        QTest::newRow("array")          << raw("{\"amount\":[\"1\"]}") << "an array";
        QTest::newRow("object")         << raw("{\"amount\":{}}")     << "an object";
        // clang-format on
    }

    void moneyWrongType()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, typeName);
        Problems problems;
        const JsonValue value = parsed(json);
        ObjectReader reader(value, QString(), problems);
        QVERIFY(!reader.money(QStringLiteral("amount"), true));
        QCOMPARE(texts(problems),
                 QStringList {QStringLiteral("amount: must be an amount as a JSON string such as \"1234.50\", not %1")
                                  .arg(typeName)});
    }

    void moneyAbsent()
    {
        Problems problems;
        const JsonValue value = parsed(raw("{}"));
        ObjectReader reader(value, QStringLiteral("income"), problems);
        // Absent amounts are zero unless required.
        QCOMPARE(reader.money(QStringLiteral("labor"))->toString(), QStringLiteral("0.00"));
        QVERIFY(problems.empty());
        QVERIFY(!reader.money(QStringLiteral("amount"), true));
        QCOMPARE(texts(problems), QStringList {QStringLiteral("income.amount: is required")});
    }

    void signedMoney()
    {
        Problems problems;
        const JsonValue value = parsed(raw("{\"a\":\"-12.5\",\"b\":\"-0\",\"c\":\"1234567890123.45\"}"));
        ObjectReader reader(value, QStringLiteral("parameters"), problems);
        QCOMPARE(reader.signedMoney(QStringLiteral("a"), true)->toString(), QStringLiteral("-12.50"));
        QVERIFY(!reader.signedMoney(QStringLiteral("b"), true));
        // Beyond the input ceiling: rule packs are not bound by it.
        QCOMPARE(reader.signedMoney(QStringLiteral("c"), true)->toString(), QStringLiteral("1234567890123.45"));
        QVERIFY(!reader.signedMoney(QStringLiteral("d"), false));
        reader.finish();
        QCOMPARE(texts(problems),
                 QStringList {QStringLiteral("parameters.b: \"-0\" is not an amount with at most two decimals")});
    }

    void rates()
    {
        Problems problems;
        const JsonValue value = parsed(raw("{\"ok\":\"0.03\",\"number\":0.03,\"percent\":\"3%\"}"));
        ObjectReader reader(value, QStringLiteral("rate"), problems);
        QCOMPARE(reader.rate(QStringLiteral("ok"), true)->toString(), QStringLiteral("0.03"));
        QVERIFY(!reader.rate(QStringLiteral("number"), true));
        QVERIFY(!reader.rate(QStringLiteral("percent"), true));
        QVERIFY(!reader.rate(QStringLiteral("missing"), true));
        QCOMPARE(texts(problems),
                 (QStringList {
                     QStringLiteral("rate.number: must be a rate as a JSON string such as \"0.03\", not a number"),
                     QStringLiteral("rate.percent: \"3%\" is not a decimal rate"),
                     QStringLiteral("rate.missing: is required"),
                 }));
    }

    void integers_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("read");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("problem");
        // clang-format off
        QTest::newRow("in range")          << raw("{\"month\":5}")      << true  << 5  << "";
        QTest::newRow("lowest")            << raw("{\"month\":1}")      << true  << 1  << "";
        QTest::newRow("highest")           << raw("{\"month\":12}")     << true  << 12 << "";
        QTest::newRow("above")             << raw("{\"month\":13}")     << false << 0  << "months[0].month: 13 is outside 1\u201312";
        QTest::newRow("below")             << raw("{\"month\":0}")      << false << 0  << "months[0].month: 0 is outside 1\u201312";
        QTest::newRow("negative")          << raw("{\"month\":-1}")     << false << 0  << "months[0].month: -1 is outside 1\u201312";
        QTest::newRow("string")            << raw("{\"month\":\"5\"}")  << false << 0  << "months[0].month: must be a JSON integer, not a string";
        QTest::newRow("float")             << raw("{\"month\":5.0}")    << false << 0  << "months[0].month: 5.0 is not a whole number";
        QTest::newRow("exponent")          << raw("{\"month\":5e0}")    << false << 0  << "months[0].month: 5e0 is not a whole number";
        QTest::newRow("beyond 2^53")       << raw("{\"month\":9007199254740993}") << false << 0 << "months[0].month: 9007199254740993 is not a whole number";
        QTest::newRow("boolean")           << raw("{\"month\":true}")   << false << 0  << "months[0].month: must be a JSON integer, not a boolean";
        QTest::newRow("absent, required")  << raw("{}")                 << false << 0  << "months[0].month: is required";
        // clang-format on
    }

    void integers()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, read);
        QFETCH(int, value);
        QFETCH(QString, problem);
        Problems problems;
        const JsonValue object = parsed(json);
        ObjectReader reader(object, QStringLiteral("months[0]"), problems);
        const auto month = reader.integer(QStringLiteral("month"), 1, 12, true);
        QCOMPARE(bool(month), read);
        if (read) {
            QCOMPARE(*month, value);
        }
        QCOMPARE(texts(problems), problem.isEmpty() ? QStringList() : QStringList {problem});
    }

    void integerFallback()
    {
        Problems problems;
        const JsonValue object = parsed(raw("{}"));
        ObjectReader reader(object, QString(), problems);
        QCOMPARE(reader.integer(QStringLiteral("first_month"), 1, 12, false, 1), std::optional<int>(1));
        QCOMPARE(reader.integer(QStringLiteral("months"), 0, 12, false), std::optional<int>(0));
        QVERIFY(problems.empty());
    }

    void booleans_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("read");
        QTest::addColumn<bool>("value");
        QTest::addColumn<QString>("problem");
        // clang-format off
        QTest::newRow("true")           << raw("{\"flag\":true}")    << true  << true  << "";
        QTest::newRow("false")          << raw("{\"flag\":false}")   << true  << false << "";
        QTest::newRow("absent")         << raw("{}")                 << true  << true  << "";
        QTest::newRow("string")         << raw("{\"flag\":\"true\"}") << false << false << "claim.flag: must be true or false, not a string";
        QTest::newRow("integer")        << raw("{\"flag\":1}")       << false << false << "claim.flag: must be true or false, not a number";
        QTest::newRow("null")           << raw("{\"flag\":null}")    << false << false << "claim.flag: must be true or false, not null";
        // clang-format on
    }

    void booleans()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, read);
        QFETCH(bool, value);
        QFETCH(QString, problem);
        Problems problems;
        const JsonValue object = parsed(json);
        ObjectReader reader(object, QStringLiteral("claim"), problems);
        // The fallback (true here) is what an absent flag reads as.
        const auto flag = reader.boolean(QStringLiteral("flag"), true);
        QCOMPARE(bool(flag), read);
        if (read) {
            QCOMPARE(*flag, value);
        }
        QCOMPARE(texts(problems), problem.isEmpty() ? QStringList() : QStringList {problem});
    }

    void dates_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("nullable");
        QTest::addColumn<bool>("read");
        QTest::addColumn<QDate>("value");
        QTest::addColumn<QString>("problem");
        const QString notADate = QStringLiteral("policy.valid_from: \"%1\" is not a date \"YYYY-MM-DD\"");
        // clang-format off
        QTest::newRow("date")               << raw("{\"valid_from\":\"2024-01-01\"}") << false << true  << QDate(2024, 1, 1)  << QString();
        QTest::newRow("leap day")           << raw("{\"valid_from\":\"2024-02-29\"}") << false << true  << QDate(2024, 2, 29) << QString();
        QTest::newRow("null when nullable") << raw("{\"valid_from\":null}")           << true  << true  << QDate()            << QString();
        QTest::newRow("no leap day")        << raw("{\"valid_from\":\"2023-02-29\"}") << false << false << QDate() << notADate.arg(QStringLiteral("2023-02-29"));
        QTest::newRow("month 13")           << raw("{\"valid_from\":\"2024-13-01\"}") << false << false << QDate() << notADate.arg(QStringLiteral("2024-13-01"));
        QTest::newRow("one-digit month")    << raw("{\"valid_from\":\"2024-1-01\"}")  << false << false << QDate() << notADate.arg(QStringLiteral("2024-1-01"));
        QTest::newRow("compact")            << raw("{\"valid_from\":\"20240101\"}")   << false << false << QDate() << notADate.arg(QStringLiteral("20240101"));
        QTest::newRow("with time")          << raw("{\"valid_from\":\"2024-01-01T00:00\"}") << false << false << QDate() << notADate.arg(QStringLiteral("2024-01-01T00:00"));
        QTest::newRow("trailing T")         << raw("{\"valid_from\":\"2024-01-01T\"}") << false << false << QDate() << notADate.arg(QStringLiteral("2024-01-01T"));
        QTest::newRow("slashes")            << raw("{\"valid_from\":\"2024/01/01\"}") << false << false << QDate() << notADate.arg(QStringLiteral("2024/01/01"));
        QTest::newRow("dots")               << raw("{\"valid_from\":\"2024.01.01\"}") << false << false << QDate() << notADate.arg(QStringLiteral("2024.01.01"));
        QTest::newRow("null not allowed")   << raw("{\"valid_from\":null}")           << false << false << QDate()
            << QStringLiteral("policy.valid_from: must be a date \"YYYY-MM-DD\", not null");
        QTest::newRow("number")             << raw("{\"valid_from\":20240101}")       << true  << false << QDate()
            << QStringLiteral("policy.valid_from: must be a date \"YYYY-MM-DD\" or null, not a number");
        QTest::newRow("absent, required")   << raw("{}")                              << false << false << QDate()
            << QStringLiteral("policy.valid_from: is required");
        // clang-format on
    }

    void dates()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, nullable);
        QFETCH(bool, read);
        QFETCH(QDate, value);
        QFETCH(QString, problem);
        Problems problems;
        const JsonValue object = parsed(json);
        ObjectReader reader(object, QStringLiteral("policy"), problems);
        const auto date = reader.date(QStringLiteral("valid_from"), true, nullable);
        QCOMPARE(bool(date), read);
        if (read) {
            QCOMPARE(*date, value);
        }
        QCOMPARE(texts(problems), problem.isEmpty() ? QStringList() : QStringList {problem});
    }

    void stringsArraysObjects()
    {
        Problems problems;
        const JsonValue object =
            parsed(raw("{\"s\":\"x\",\"n\":1,\"a\":[],\"o\":{},\"notArray\":{},\"notObject\":[],\"notString\":[]}"));
        ObjectReader reader(object, QStringLiteral("root"), problems);
        QCOMPARE(reader.string(QStringLiteral("s"), true), std::optional<QString>(QStringLiteral("x")));
        QVERIFY(reader.array(QStringLiteral("a"), true)->isArray());
        QVERIFY(reader.object(QStringLiteral("o"), true)->isObject());
        QVERIFY(!reader.string(QStringLiteral("notString"), true));
        QVERIFY(!reader.array(QStringLiteral("notArray"), true));
        QVERIFY(!reader.object(QStringLiteral("notObject"), true));
        QVERIFY(!reader.array(QStringLiteral("absentArray"), false));
        QVERIFY(!reader.object(QStringLiteral("absentObject"), true));
        QVERIFY(reader.member(QStringLiteral("n"), true)->isNumber());
        reader.finish();
        QCOMPARE(texts(problems),
                 (QStringList {
                     QStringLiteral("root.notString: must be a JSON string, not an array"),
                     QStringLiteral("root.notArray: must be a JSON array, not an object"),
                     QStringLiteral("root.notObject: must be a JSON object, not an array"),
                     QStringLiteral("root.absentObject: is required"),
                 }));
    }

    void unknownKeys()
    {
        Problems problems;
        const JsonValue object = parsed(raw("{\"wages\":\"1\",\"wagez\":\"2\",\"months\":3,\"bonus\":{}}"));
        const QString path = QStringLiteral("special_additional_deductions.children_education[0]");
        ObjectReader reader(object, path, problems);
        reader.money(QStringLiteral("wages"));
        reader.integer(QStringLiteral("months"), 0, 12, true);
        reader.boolean(QStringLiteral("certificate"), false);
        reader.finish();
        // One problem per unknown key, in the input's order; the allowed list is sorted and
        // includes keys the schema asked for even when they were absent.
        const QString allowed = QStringLiteral("unknown key; allowed here: certificate, months, wages");
        QCOMPARE(texts(problems),
                 (QStringList {
                     path + QStringLiteral(".wagez: ") + allowed,
                     path + QStringLiteral(".bonus: ") + allowed,
                 }));
    }

    void unknownKeyAtTheRoot()
    {
        Problems problems;
        const JsonValue object = parsed(raw("{\"tax_year\":2024,\"amount\":\"1\",\"extra\":null}"));
        ObjectReader reader(object, QString(), problems);
        reader.integer(QStringLiteral("tax_year"), 2019, 2026, true);
        reader.money(QStringLiteral("amount"), true);
        reader.finish();
        QCOMPARE(texts(problems), QStringList {QStringLiteral("extra: unknown key; allowed here: amount, tax_year")});
    }

    void notAnObject_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("problem");
        // clang-format off
        QTest::newRow("root string")  << raw("\"x\"")  << ""          << "input: must be a JSON object, not a string";
        QTest::newRow("root array")   << raw("[]")     << ""          << "input: must be a JSON object, not an array";
        QTest::newRow("month null")   << raw("null")   << "months[2]" << "months[2]: must be a JSON object, not null";
        QTest::newRow("claim number") << raw("1")      << "special_additional_deductions.housing_rent"
                                      << "special_additional_deductions.housing_rent: must be a JSON object, not a number";
        // clang-format on
    }

    void notAnObject()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, path);
        QFETCH(QString, problem);
        Problems problems;
        const JsonValue value = parsed(json);
        ObjectReader reader(value, path, problems);
        QVERIFY(!reader.isObject());
        QCOMPARE(reader.path(), path);
        // The accessors find nothing and add nothing: the one problem says what is wrong.
        QVERIFY(!reader.member(QStringLiteral("month"), true));
        QVERIFY(!reader.money(QStringLiteral("wages"), true));
        QVERIFY(!reader.has(QStringLiteral("wages")));
        reader.finish();
        QCOMPARE(texts(problems), QStringList {problem});
    }
};

HUISUAN_REGISTER_TEST(TestObjectReader)
#include "TestObjectReader.moc"
