// SPDX-License-Identifier: GPL-3.0-or-later
// Rate: exact rationals parsed from the rule packs' decimal strings, kept reduced, printed with at
// least two decimals or as n/d when no decimal form exists.
#include "TestRegistry.h"
#include "money/Rate.h"

#include <QTest>
#include <limits>
#include <stdexcept>

using namespace huisuan;

namespace {

QString text(const Rate::Int& value)
{
    return QString::fromStdString(value.str());
}

Rate rate(const QString& decimal)
{
    return Rate::parse(decimal).value();
}

} // namespace

class TestRate : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<qlonglong>("numerator");
        QTest::addColumn<qlonglong>("denominator");
        // clang-format off
        QTest::newRow("zero")          << "0"           << 0LL  << 1LL;
        QTest::newRow("zero decimals") << "0.00"        << 0LL  << 1LL;
        QTest::newRow("three percent") << "0.03"        << 3LL  << 100LL;
        QTest::newRow("ten percent")   << "0.10"        << 1LL  << 10LL;
        QTest::newRow("seventy")       << "0.70"        << 7LL  << 10LL;
        QTest::newRow("three places")  << "0.245"       << 49LL << 200LL;
        QTest::newRow("one")           << "1"           << 1LL  << 1LL;
        QTest::newRow("one and half")  << "1.5"         << 3LL  << 2LL;
        QTest::newRow("whole")         << "12"          << 12LL << 1LL;
        QTest::newRow("nine decimals") << "0.000000001" << 1LL  << 1000000000LL;
        // clang-format on
    }

    void parseValid()
    {
        QFETCH(QString, input);
        QFETCH(qlonglong, numerator);
        QFETCH(qlonglong, denominator);
        const auto parsed = Rate::parse(input);
        QVERIFY(parsed);
        QCOMPARE(text(parsed->numerator()), QString::number(numerator));
        QCOMPARE(text(parsed->denominator()), QString::number(denominator));
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("input");
        // clang-format off
        QTest::newRow("empty")            << "";
        QTest::newRow("negative")         << "-0.03";
        QTest::newRow("negative zero")    << "-0";
        QTest::newRow("plus")             << "+0.03";
        QTest::newRow("leading point")    << ".5";
        QTest::newRow("trailing point")   << "1.";
        QTest::newRow("leading zero")     << "01";
        QTest::newRow("double zero")      << "00.3";
        QTest::newRow("ten decimals")     << "0.0000000001";
        QTest::newRow("forty decimals")   << "0.0000000000000000000000000000000000000001";
        QTest::newRow("exponent")         << "3e-2";
        QTest::newRow("percent sign")     << "3%";
        QTest::newRow("decimal comma")    << "0,03";
        QTest::newRow("full-width digit") << "\xEF\xBC\x90.03"; // U+FF10 FULLWIDTH DIGIT ZERO
        QTest::newRow("leading space")    << " 0.03";
        QTest::newRow("trailing space")   << "0.03 ";
        QTest::newRow("fraction")         << "1/3";
        // clang-format on
    }

    void parseInvalid()
    {
        QFETCH(QString, input);
        QVERIFY(!Rate::parse(input));
    }

    void toText_data()
    {
        QTest::addColumn<qlonglong>("numerator");
        QTest::addColumn<qlonglong>("denominator");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("three percent")      << 3LL  << 100LL        << "0.03";
        QTest::newRow("ten percent")        << 1LL  << 10LL         << "0.10";
        QTest::newRow("three places")       << 49LL << 200LL        << "0.245";
        QTest::newRow("one")                << 1LL  << 1LL          << "1.00";
        QTest::newRow("zero")               << 0LL  << 1LL          << "0.00";
        QTest::newRow("one and half")       << 3LL  << 2LL          << "1.50";
        QTest::newRow("twelve")             << 12LL << 1LL          << "12.00";
        QTest::newRow("an eighth")          << 1LL  << 8LL          << "0.125";
        QTest::newRow("a fortieth")         << 1LL  << 40LL         << "0.025";
        QTest::newRow("an eightieth")       << 1LL  << 80LL         << "0.0125";
        QTest::newRow("nine decimals")      << 1LL  << 1000000000LL << "0.000000001";
        QTest::newRow("negative")           << -3LL << 100LL        << "-0.03";
        QTest::newRow("a third")            << 1LL  << 3LL          << "1/3";
        QTest::newRow("two sixths")         << 2LL  << 6LL          << "1/3";
        QTest::newRow("seven sixths")       << 7LL  << 6LL          << "7/6";
        QTest::newRow("minus a third")      << -1LL << 3LL          << "-1/3";
        QTest::newRow("negative divisor")   << 1LL  << -3LL         << "-1/3";
        // clang-format on
    }

    void toText()
    {
        QFETCH(qlonglong, numerator);
        QFETCH(qlonglong, denominator);
        QFETCH(QString, expected);
        QCOMPARE(Rate(numerator, denominator).toString(), expected);
    }

    void parsedTextIsCanonical_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("two places kept")  << "0.03"  << "0.03";
        QTest::newRow("padded to two")    << "0.1"   << "0.10";
        QTest::newRow("trailing zeros")   << "0.700" << "0.70";
        QTest::newRow("third place kept") << "0.245" << "0.245";
        QTest::newRow("whole")            << "1"     << "1.00";
        // clang-format on
    }

    void parsedTextIsCanonical()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QCOMPARE(rate(input).toString(), expected);
    }

    void reduction_data()
    {
        QTest::addColumn<qlonglong>("numerator");
        QTest::addColumn<qlonglong>("denominator");
        QTest::addColumn<qlonglong>("reducedNumerator");
        QTest::addColumn<qlonglong>("reducedDenominator");
        // clang-format off
        QTest::newRow("six eighths")          << 6LL  << 8LL  << 3LL  << 4LL;
        QTest::newRow("negative numerator")   << -6LL << 8LL  << -3LL << 4LL;
        QTest::newRow("negative denominator") << 6LL  << -8LL << -3LL << 4LL;
        QTest::newRow("both negative")        << -6LL << -8LL << 3LL  << 4LL;
        QTest::newRow("zero")                 << 0LL  << 5LL  << 0LL  << 1LL;
        QTest::newRow("zero over negative")   << 0LL  << -5LL << 0LL  << 1LL;
        QTest::newRow("already reduced")      << 7LL  << 10LL << 7LL  << 10LL;
        QTest::newRow("whole")                << 20LL << 4LL  << 5LL  << 1LL;
        // clang-format on
    }

    void reduction()
    {
        QFETCH(qlonglong, numerator);
        QFETCH(qlonglong, denominator);
        QFETCH(qlonglong, reducedNumerator);
        QFETCH(qlonglong, reducedDenominator);
        const Rate value(numerator, denominator);
        QCOMPARE(text(value.numerator()), QString::number(reducedNumerator));
        QCOMPARE(text(value.denominator()), QString::number(reducedDenominator));
    }

    void zeroDenominatorThrows()
    {
        QVERIFY_THROWS_EXCEPTION(std::domain_error, Rate(1, 0));
        QVERIFY_THROWS_EXCEPTION(std::domain_error, Rate(0, 0));
    }

    void constants()
    {
        QCOMPARE(Rate::zero().toString(), QStringLiteral("0.00"));
        QCOMPARE(Rate::one().toString(), QStringLiteral("1.00"));
        QCOMPARE(Rate(), Rate::zero());
    }

    void multiply_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("product");
        // clang-format off
        QTest::newRow("author exempt share") << "0.8"  << "0.3"  << "0.24";
        QTest::newRow("percent of percent")  << "0.03" << "0.5"  << "0.015";
        QTest::newRow("by zero")             << "0.03" << "0"    << "0.00";
        QTest::newRow("by one")              << "0.45" << "1"    << "0.45";
        QTest::newRow("above one")           << "1.5"  << "1.5"  << "2.25";
        // clang-format on
    }

    void multiply()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, product);
        QCOMPARE((rate(left) * rate(right)).toString(), product);
        QCOMPARE((rate(right) * rate(left)).toString(), product);
    }

    void multiplyFractions()
    {
        QCOMPARE(Rate(1, 3) * Rate(3, 1), Rate::one());
        QCOMPARE(Rate(2, 3) * Rate(3, 4), Rate(1, 2));
        QCOMPARE((Rate(2, 3) * Rate(1, 7)).toString(), QStringLiteral("2/21"));
    }

    void subtract_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<QString>("difference");
        // clang-format off
        QTest::newRow("one minus expense")  << "1"    << "0.2"  << "0.80";
        QTest::newRow("one minus share")    << "1"    << "0.70" << "0.30";
        QTest::newRow("negative result")    << "0.1"  << "0.3"  << "-0.20";
        QTest::newRow("equal")              << "0.5"  << "0.50" << "0.00";
        QTest::newRow("three places")       << "0.25" << "0.005"<< "0.245";
        // clang-format on
    }

    void subtract()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(QString, difference);
        QCOMPARE((rate(left) - rate(right)).toString(), difference);
    }

    void subtractFractions()
    {
        QCOMPARE(Rate(1, 3) - Rate(1, 6), Rate(1, 6));
        QCOMPARE(Rate(1, 3) - Rate(1, 3), Rate::zero());
    }

    void ordering_data()
    {
        QTest::addColumn<qlonglong>("leftNumerator");
        QTest::addColumn<qlonglong>("leftDenominator");
        QTest::addColumn<qlonglong>("rightNumerator");
        QTest::addColumn<qlonglong>("rightDenominator");
        QTest::addColumn<bool>("less");
        QTest::addColumn<bool>("equal");
        // clang-format off
        QTest::newRow("0.03 < 0.10")      << 3LL   << 100LL  << 1LL   << 10LL   << true  << false;
        QTest::newRow("0.10 !< 0.03")     << 1LL   << 10LL   << 3LL   << 100LL  << false << false;
        QTest::newRow("1/3 < 0.34")       << 1LL   << 3LL    << 34LL  << 100LL  << true  << false;
        QTest::newRow("0.333 < 1/3")      << 333LL << 1000LL << 1LL   << 3LL    << true  << false;
        QTest::newRow("equal not less")   << 1LL   << 10LL   << 10LL  << 100LL  << false << true;
        QTest::newRow("negative < zero")  << -1LL  << 10LL   << 0LL   << 1LL    << true  << false;
        QTest::newRow("zero !< negative") << 0LL   << 1LL    << -1LL  << 10LL   << false << false;
        // clang-format on
    }

    void ordering()
    {
        QFETCH(qlonglong, leftNumerator);
        QFETCH(qlonglong, leftDenominator);
        QFETCH(qlonglong, rightNumerator);
        QFETCH(qlonglong, rightDenominator);
        QFETCH(bool, less);
        QFETCH(bool, equal);
        const Rate left(leftNumerator, leftDenominator);
        const Rate right(rightNumerator, rightDenominator);
        QCOMPARE(left < right, less);
        QCOMPARE(left == right, equal);
        QCOMPARE(left != right, !equal);
    }

    void equalityIgnoresSpelling()
    {
        QCOMPARE(rate(QStringLiteral("0.10")), rate(QStringLiteral("0.1")));
        QCOMPARE(rate(QStringLiteral("0.100000000")), Rate(1, 10));
        QVERIFY(rate(QStringLiteral("0.1")) != rate(QStringLiteral("0.01")));
    }

    void overflowThrows()
    {
        const Rate huge(std::numeric_limits<Rate::Int>::max(), 1);
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, huge * Rate(2, 1));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, Rate(1, 3) - huge);
    }
};

HUISUAN_REGISTER_TEST(TestRate)
#include "TestRate.moc"
