// SPDX-License-Identifier: GPL-3.0-or-later
// Money and UnroundedMoney: the canonical text, exact arithmetic, half-up rounding to the fen and
// checked overflow. Every expected value below is worked out by hand in the row or its comment.
#include "TestRegistry.h"
#include "money/Money.h"

#include <QTest>
#include <limits>
#include <stdexcept>

using namespace huisuan;

namespace {

using Fen = Money::Fen;

QString text(const Fen& value)
{
    return QString::fromStdString(value.str());
}

Money money(const QString& canonical)
{
    return Money::parse(canonical).value();
}

Rate rate(const QString& decimal)
{
    return Rate::parse(decimal).value();
}

} // namespace

class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("fen");
        QTest::addColumn<QString>("canonical");
        // clang-format off
        QTest::newRow("zero")                << "0"       << "0"       << "0.00";
        QTest::newRow("whole")               << "1"       << "100"     << "1.00";
        QTest::newRow("ten")                 << "10"      << "1000"    << "10.00";
        QTest::newRow("one decimal")         << "1234.5"  << "123450"  << "1234.50";
        QTest::newRow("two decimals")        << "1234.56" << "123456"  << "1234.56";
        QTest::newRow("half yuan")           << "0.5"     << "50"      << "0.50";
        QTest::newRow("ten fen")             << "0.10"    << "10"      << "0.10";
        QTest::newRow("one fen")             << "0.01"    << "1"       << "0.01";
        QTest::newRow("zero with decimals")  << "0.00"    << "0"       << "0.00";
        QTest::newRow("negative whole")      << "-1"      << "-100"    << "-1.00";
        QTest::newRow("negative fen")        << "-0.01"   << "-1"      << "-0.01";
        QTest::newRow("negative one decimal")<< "-0.5"    << "-50"     << "-0.50";
        QTest::newRow("24 digits")
            << "999999999999999999999999" << "99999999999999999999999900" << "999999999999999999999999.00";
        // clang-format on
    }

    void parseValid()
    {
        QFETCH(QString, input);
        QFETCH(QString, fen);
        QFETCH(QString, canonical);
        const auto parsed = Money::parse(input);
        QVERIFY(parsed);
        QCOMPARE(text(parsed->fen()), fen);
        QCOMPARE(parsed->toString(), canonical);
        // The canonical text reads back to the same amount.
        QCOMPARE(Money::parse(canonical).value(), *parsed);
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("input");
        // clang-format off
        QTest::newRow("empty")                << "";
        QTest::newRow("minus alone")          << "-";
        QTest::newRow("negative zero")        << "-0";
        QTest::newRow("negative zero fen")    << "-0.00";
        QTest::newRow("leading zero")         << "01";
        QTest::newRow("double zero")          << "00";
        QTest::newRow("trailing point")       << "1.";
        QTest::newRow("leading point")        << ".5";
        QTest::newRow("three decimals")       << "1.234";
        QTest::newRow("plus sign")            << "+1";
        QTest::newRow("exponent")             << "1e3";
        QTest::newRow("full-width digit")     << "\xEF\xBC\x91";      // U+FF11 FULLWIDTH DIGIT ONE
        QTest::newRow("arabic-indic digit")   << "\xD9\xA1";          // U+0661, a Unicode digit
        QTest::newRow("thousands separator")  << "1,000";
        QTest::newRow("leading space")        << " 1";
        QTest::newRow("trailing space")       << "1 ";
        QTest::newRow("two points")           << "1.2.3";
        QTest::newRow("double minus")         << "--1";
        QTest::newRow("hex")                  << "0x10";
        QTest::newRow("25 digits")            << "1000000000000000000000000";
        // Forty decimals would overflow 128 bits if they were all accumulated: refused, not thrown.
        QTest::newRow("forty decimals")       << "0.0000000000000000000000000000000000000001";
        // clang-format on
    }

    void parseInvalid()
    {
        QFETCH(QString, input);
        QVERIFY(!Money::parse(input));
    }

    void toStringFromFen_data()
    {
        QTest::addColumn<qlonglong>("fen");
        QTest::addColumn<QString>("canonical");
        // clang-format off
        QTest::newRow("zero")         << 0LL         << "0.00";
        QTest::newRow("one fen")      << 1LL         << "0.01";
        QTest::newRow("ten fen")      << 10LL        << "0.10";
        QTest::newRow("one yuan")     << 100LL       << "1.00";
        QTest::newRow("large")        << 123456789LL << "1234567.89";
        QTest::newRow("minus fen")    << -1LL        << "-0.01";
        QTest::newRow("minus 5 fen")  << -5LL        << "-0.05";
        QTest::newRow("minus yuan")   << -100LL      << "-1.00";
        QTest::newRow("minus large")  << -123450LL   << "-1234.50";
        // clang-format on
    }

    void toStringFromFen()
    {
        QFETCH(qlonglong, fen);
        QFETCH(QString, canonical);
        QCOMPARE(Money::fromFen(Fen(fen)).toString(), canonical);
    }

    void arithmetic()
    {
        const Money a = money(QStringLiteral("1234.56"));
        const Money b = money(QStringLiteral("0.44"));
        QCOMPARE((a + b).toString(), QStringLiteral("1235.00"));
        QCOMPARE((a - b).toString(), QStringLiteral("1234.12"));
        QCOMPARE((b - a).toString(), QStringLiteral("-1234.12"));
        QCOMPARE((-a).toString(), QStringLiteral("-1234.56"));
        QCOMPARE((-Money()).toString(), QStringLiteral("0.00"));

        Money sum = a;
        sum += b;
        QCOMPARE(sum.toString(), QStringLiteral("1235.00"));
        sum -= a;
        QCOMPARE(sum, b);

        QCOMPARE(a.times(12).toString(), QStringLiteral("14814.72"));
        QCOMPARE(a.times(0).toString(), QStringLiteral("0.00"));
        QCOMPARE(b.times(-3).toString(), QStringLiteral("-1.32"));

        QVERIFY(Money().isZero());
        QVERIFY(!b.isZero());
        QVERIFY((b - a).isNegative());
        QVERIFY(!Money().isNegative());
    }

    void comparison_data()
    {
        QTest::addColumn<QString>("left");
        QTest::addColumn<QString>("right");
        QTest::addColumn<int>("order"); // -1 left < right, 0 equal, 1 left > right
        // clang-format off
        QTest::newRow("equal")              << "12.30"  << "12.3"   << 0;
        QTest::newRow("one fen less")       << "12.29"  << "12.30"  << -1;
        QTest::newRow("one fen more")       << "12.31"  << "12.30"  << 1;
        QTest::newRow("negative below zero")<< "-0.01"  << "0"      << -1;
        QTest::newRow("negatives")          << "-2"     << "-1.99"  << -1;
        QTest::newRow("more digits")        << "100"    << "99.99"  << 1;
        // clang-format on
    }

    void comparison()
    {
        QFETCH(QString, left);
        QFETCH(QString, right);
        QFETCH(int, order);
        const Money a = money(left);
        const Money b = money(right);
        QCOMPARE(a == b, order == 0);
        QCOMPARE(a != b, order != 0);
        QCOMPARE(a < b, order < 0);
        QCOMPARE(a <= b, order <= 0);
        QCOMPARE(a > b, order > 0);
        QCOMPARE(a >= b, order >= 0);
        QCOMPARE(min(a, b).toString(), (order <= 0 ? a : b).toString());
        QCOMPARE(max(a, b).toString(), (order >= 0 ? a : b).toString());
    }

    void timesRate_data()
    {
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("multiplier");
        QTest::addColumn<QString>("unrounded");
        QTest::addColumn<bool>("wholeFen");
        QTest::addColumn<QString>("rounded");
        // clang-format off
        QTest::newRow("exact")                 << "100.00"  << "0.03"        << "3.00"          << true  << "3.00";
        QTest::newRow("half fen up")           << "0.01"    << "0.5"         << "0.005"         << false << "0.01";
        QTest::newRow("negative half fen")     << "-0.01"   << "0.5"         << "-0.005"        << false << "-0.01";
        QTest::newRow("one and a half fen")    << "0.03"    << "0.5"         << "0.015"         << false << "0.02";
        QTest::newRow("just below half")       << "0.01"    << "0.499999999" << "0.00499999999" << false << "0.00";
        QTest::newRow("negative just below")   << "-0.01"   << "0.499999999" << "-0.00499999999"<< false << "0.00";
        QTest::newRow("just above half")       << "0.01"    << "0.500000001" << "0.00500000001" << false << "0.01";
        QTest::newRow("three tenths of a fen") << "0.01"    << "0.3"         << "0.003"         << false << "0.00";
        QTest::newRow("seven tenths of a fen") << "0.01"    << "0.7"         << "0.007"         << false << "0.01";
        // 800.35 × 0.70 = 560.245: the third decimal is an exact half.
        QTest::newRow("author share half")     << "800.35"  << "0.70"        << "560.245"       << false << "560.25";
        // 4000.01 × 0.20 = 800.002.
        QTest::newRow("expense rate")          << "4000.01" << "0.20"        << "800.002"       << false << "800.00";
        QTest::newRow("zero amount")           << "0"       << "0.45"        << "0.00"          << true  << "0.00";
        QTest::newRow("rate above one")        << "10.00"   << "1.5"         << "15.00"         << true  << "15.00";
        // clang-format on
    }

    void timesRate()
    {
        QFETCH(QString, amount);
        QFETCH(QString, multiplier);
        QFETCH(QString, unrounded);
        QFETCH(bool, wholeFen);
        QFETCH(QString, rounded);
        const UnroundedMoney product = money(amount) * rate(multiplier);
        QCOMPARE(product.toString(), unrounded);
        QCOMPARE(product.isWholeFen(), wholeFen);
        QCOMPARE(product.round(Rounding::HalfUpToFen).toString(), rounded);
        QCOMPARE(product.isNegative(), amount.startsWith(QLatin1Char('-')));
    }

    void roundHalfUp_data()
    {
        QTest::addColumn<qlonglong>("numeratorFen");
        QTest::addColumn<qlonglong>("denominator");
        QTest::addColumn<qlonglong>("roundedFen");
        // clang-format off
        QTest::newRow("half")                 << 1LL          << 2LL          << 1LL;
        QTest::newRow("minus half")           << -1LL         << 2LL          << -1LL;
        QTest::newRow("one and a half")       << 3LL          << 2LL          << 2LL;
        QTest::newRow("minus one and a half") << -3LL         << 2LL          << -2LL;
        QTest::newRow("2.499 fen")            << 2499LL       << 1000LL       << 2LL;
        QTest::newRow("2.5 fen")              << 2500LL       << 1000LL       << 3LL;
        QTest::newRow("-2.499 fen")           << -2499LL      << 1000LL       << -2LL;
        QTest::newRow("-2.5 fen")             << -2500LL      << 1000LL       << -3LL;
        QTest::newRow("0.499999999 fen")      << 499999999LL  << 1000000000LL << 0LL;
        QTest::newRow("0.500000001 fen")      << 500000001LL  << 1000000000LL << 1LL;
        QTest::newRow("a third")              << 1LL          << 3LL          << 0LL;
        QTest::newRow("two thirds")           << 2LL          << 3LL          << 1LL;
        QTest::newRow("minus two thirds")     << -2LL         << 3LL          << -1LL;
        QTest::newRow("whole")                << 5LL          << 1LL          << 5LL;
        QTest::newRow("zero")                 << 0LL          << 7LL          << 0LL;
        // clang-format on
    }

    void roundHalfUp()
    {
        QFETCH(qlonglong, numeratorFen);
        QFETCH(qlonglong, denominator);
        QFETCH(qlonglong, roundedFen);
        const Money rounded = UnroundedMoney(numeratorFen, denominator).round(Rounding::HalfUpToFen);
        QCOMPARE(text(rounded.fen()), QString::number(roundedFen));
    }

    void roundingModeName()
    {
        // The trace records the mode by this name.
        QCOMPARE(QLatin1String(roundingName(Rounding::HalfUpToFen)), QLatin1String("half-up-to-fen"));
    }

    void unroundedText_data()
    {
        QTest::addColumn<qlonglong>("numeratorFen");
        QTest::addColumn<qlonglong>("denominator");
        QTest::addColumn<QString>("expected");
        // clang-format off
        QTest::newRow("whole fen")          << 30000LL     << 100LL        << "3.00";
        QTest::newRow("fen")                << 12345LL     << 1LL          << "123.45";
        QTest::newRow("tenth of a fen")     << 123451LL    << 10LL         << "123.451";
        QTest::newRow("half fen")           << 1LL         << 2LL          << "0.005";
        QTest::newRow("minus half fen")     << -1LL        << 2LL          << "-0.005";
        QTest::newRow("nine decimals")      << 499999999LL << 1000000000LL << "0.00499999999";
        QTest::newRow("zero")               << 0LL         << 3LL          << "0.00";
        // Thirds have no decimal form: the exact value in yuan as a reduced fraction.
        QTest::newRow("a third of a yuan")  << 100LL       << 3LL          << "1/3";
        QTest::newRow("a third of a fen")   << 1LL         << 3LL          << "1/300";
        QTest::newRow("minus 2/3 fen")      << -2LL        << 3LL          << "-1/150";
        // clang-format on
    }

    void unroundedText()
    {
        QFETCH(qlonglong, numeratorFen);
        QFETCH(qlonglong, denominator);
        QFETCH(QString, expected);
        QCOMPARE(UnroundedMoney(numeratorFen, denominator).toString(), expected);
    }

    void unroundedShift()
    {
        const UnroundedMoney halfFen = money(QStringLiteral("0.01")) * rate(QStringLiteral("0.5"));
        const UnroundedMoney up = halfFen + money(QStringLiteral("1.00"));
        QCOMPARE(up.toString(), QStringLiteral("1.005"));
        QCOMPARE(up.round(Rounding::HalfUpToFen).toString(), QStringLiteral("1.01"));
        // 0.005 − 1.00 = −0.995, which rounds away from zero to −1.00.
        const UnroundedMoney down = halfFen - money(QStringLiteral("1.00"));
        QCOMPARE(down.toString(), QStringLiteral("-0.995"));
        QVERIFY(down.isNegative());
        QCOMPARE(down.round(Rounding::HalfUpToFen).toString(), QStringLiteral("-1.00"));

        const UnroundedMoney whole(money(QStringLiteral("-12.34")));
        QVERIFY(whole.isWholeFen());
        QCOMPARE(whole.toString(), QStringLiteral("-12.34"));
        QVERIFY(UnroundedMoney(-4, 2).isWholeFen());
    }

    void unroundedNeedsPositiveDenominator()
    {
        QVERIFY_THROWS_EXCEPTION(std::domain_error, UnroundedMoney(1, 0));
        QVERIFY_THROWS_EXCEPTION(std::domain_error, UnroundedMoney(1, -2));
    }

    void divide_data()
    {
        QTest::addColumn<QString>("dividend");
        QTest::addColumn<QString>("divisor");
        QTest::addColumn<QString>("ratio");
        // clang-format off
        QTest::newRow("a third")        << "1.00"  << "3.00"  << "1/3";
        QTest::newRow("three tenths")   << "0.30"  << "1.00"  << "0.30";
        QTest::newRow("negative")       << "-1.50" << "0.50"  << "-3.00";
        QTest::newRow("negative divisor") << "1.50" << "-0.50" << "-3.00";
        QTest::newRow("zero dividend")  << "0"     << "7.00"  << "0.00";
        QTest::newRow("one fen of ten") << "0.01"  << "10.00" << "0.001";
        // clang-format on
    }

    void divide()
    {
        QFETCH(QString, dividend);
        QFETCH(QString, divisor);
        QFETCH(QString, ratio);
        QCOMPARE((money(dividend) / money(divisor)).toString(), ratio);
    }

    void divideByZeroThrows()
    {
        QVERIFY_THROWS_EXCEPTION(std::domain_error, money(QStringLiteral("1.00")) / Money());
        QVERIFY_THROWS_EXCEPTION(std::domain_error, Money() / Money());
    }

    void overflowThrows()
    {
        const Fen largest = std::numeric_limits<Fen>::max();
        const Money top = Money::fromFen(largest);
        QCOMPARE(text(largest), QStringLiteral("340282366920938463463374607431768211455")); // 2^128 − 1
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, top + Money::fromFen(1));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, top + top);
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, (-top) - Money::fromFen(1));
        Money accumulated = top;
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, accumulated += top);
        Money lowered = -top;
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, lowered -= top);
        // 2^120 fen × 2^10 = 2^130 fen.
        const Money huge = Money::fromFen(Fen(1) << 120);
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, huge.times(1 << 10));
        QVERIFY_THROWS_EXCEPTION(std::overflow_error, top * Rate(3, 1));
        // Below the limit nothing throws: 2^120 × 2^7 = 2^127.
        QCOMPARE(text(huge.times(1 << 7).fen()), QStringLiteral("170141183460469231731687303715884105728"));
    }
};

HUISUAN_REGISTER_TEST(TestMoney)
#include "TestMoney.moc"
