// SPDX-License-Identifier: GPL-3.0-or-later
// AnnualBonus: the bonus taxed separately (财税〔2018〕164号 第一条第（一）项). The bracket comes from the
// monthly table (≤3000 3%; ≤12000 10% −210; ≤25000 20% −1410; ≤35000 25% −2660; ≤55000 30% −4410;
// ≤80000 35% −7160; above 45% −15160) by comparing the bonus with 12 × each edge; the quick deduction
// is taken once, so the tax jumps just above each 12 × edge (the "bonus cliff").
#include "TestRegistry.h"
#include "TraceTestSupport.h"
#include "compute/AnnualBonus.h"
#include "rules/RulePackRegistry.h"
#include "trace/Trace.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const RulePack& packFor(int year)
{
    return *RulePackRegistry::builtIn().forYear(year);
}

} // namespace

class TestAnnualBonus : public QObject
{
    Q_OBJECT

private:
    static void addBonuses()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("quickDeduction");
        QTest::addColumn<QString>("tax");
        QTest::addColumn<QString>("unrounded"); // as the trace shows it; empty when nothing is taxed
        // clang-format off
        //                                      year    amount               rate      quick        tax                  unrounded
        QTest::newRow("zero")               << 2024 << "0"               << "0.03" << "0.00"     << "0.00"            << "";
        QTest::newRow("one fen")            << 2024 << "0.01"            << "0.03" << "0.00"     << "0.00"            << "0.0003";
        QTest::newRow("17 fen")             << 2024 << "0.17"            << "0.03" << "0.00"     << "0.01"            << "0.0051";
        QTest::newRow("exact half fen")     << 2024 << "1001.50"         << "0.03" << "0.00"     << "30.05"           << "30.045";
        QTest::newRow("12 × 3000")          << 2024 << "36000.00"        << "0.03" << "0.00"     << "1080.00"         << "1080.00";
        // The cliff: one fen more costs 2310.00 more tax.
        QTest::newRow("12 × 3000 + 0.01")   << 2024 << "36000.01"        << "0.10" << "210.00"   << "3390.00"         << "3390.001";
        QTest::newRow("36000.05 half up")   << 2024 << "36000.05"        << "0.10" << "210.00"   << "3390.01"         << "3390.005";
        QTest::newRow("12 × 12000")         << 2024 << "144000.00"       << "0.10" << "210.00"   << "14190.00"        << "14190.00";
        QTest::newRow("12 × 12000 + 0.01")  << 2024 << "144000.01"       << "0.20" << "1410.00"  << "27390.00"        << "27390.002";
        QTest::newRow("12 × 25000")         << 2024 << "300000.00"       << "0.20" << "1410.00"  << "58590.00"        << "58590.00";
        QTest::newRow("12 × 25000 + 0.01")  << 2024 << "300000.01"       << "0.25" << "2660.00"  << "72340.00"        << "72340.0025";
        QTest::newRow("12 × 35000")         << 2024 << "420000.00"       << "0.25" << "2660.00"  << "102340.00"       << "102340.00";
        QTest::newRow("12 × 35000 + 0.01")  << 2024 << "420000.01"       << "0.30" << "4410.00"  << "121590.00"       << "121590.003";
        QTest::newRow("12 × 55000")         << 2024 << "660000.00"       << "0.30" << "4410.00"  << "193590.00"       << "193590.00";
        QTest::newRow("12 × 55000 + 0.01")  << 2024 << "660000.01"       << "0.35" << "7160.00"  << "223840.00"       << "223840.0035";
        QTest::newRow("12 × 80000")         << 2024 << "960000.00"       << "0.35" << "7160.00"  << "328840.00"       << "328840.00";
        QTest::newRow("12 × 80000 + 0.01")  << 2024 << "960000.01"       << "0.45" << "15160.00" << "416840.00"       << "416840.0045";
        // 999999999999.99 × 45% − 15160 = 449999984839.9955.
        QTest::newRow("maximum")            << 2024 << "999999999999.99" << "0.45" << "15160.00" << "449999984840.00" << "449999984839.9955";
        QTest::newRow("2019 cliff")         << 2019 << "36000.01"        << "0.10" << "210.00"   << "3390.00"         << "3390.001";
        QTest::newRow("2022 cliff")         << 2022 << "36000.01"        << "0.10" << "210.00"   << "3390.00"         << "3390.001";
        QTest::newRow("2026 cliff")         << 2026 << "36000.01"        << "0.10" << "210.00"   << "3390.00"         << "3390.001";
        // clang-format on
    }

private slots:
    void compute_data() { addBonuses(); }

    void compute()
    {
        QFETCH(int, year);
        QFETCH(QString, amount);
        QFETCH(QString, rate);
        QFETCH(QString, quickDeduction);
        QFETCH(QString, tax);
        const auto result =
            AnnualBonus::compute(packFor(year), Money::parse(amount).value(), nullptr, QStringLiteral("bonus"));
        QVERIFY(result.bracket);
        QCOMPARE(result.bracket->rate.toString(), rate);
        QCOMPARE(result.bracket->quickDeduction.toString(), quickDeduction);
        QCOMPARE(result.tax.toString(), tax);
    }

    void trace_data() { addBonuses(); }

    void trace()
    {
        QFETCH(int, year);
        QFETCH(QString, amount);
        QFETCH(QString, rate);
        QFETCH(QString, quickDeduction);
        QFETCH(QString, tax);
        QFETCH(QString, unrounded);
        const Money bonus = Money::parse(amount).value();
        const auto plain = AnnualBonus::compute(packFor(year), bonus, nullptr, QStringLiteral("annual_bonus.tax"));
        Trace trace;
        const auto traced = AnnualBonus::compute(packFor(year), bonus, &trace, QStringLiteral("annual_bonus.tax"));
        QCOMPARE(traced.bracket, plain.bracket);
        QCOMPARE(traced.tax, plain.tax);

        QCOMPARE(trace.lines().size(), size_t(1));
        const TraceLine& line = trace.lines().front();
        QCOMPARE(line.id, QStringLiteral("annual_bonus.tax"));
        QCOMPARE(line.value, tax);
        QCOMPARE(line.inputs.size(), size_t(1));
        QCOMPARE(line.inputs.front().name, QStringLiteral("bonus"));
        QCOMPARE(line.inputs.front().value, bonus.toString());

        // The bracket in interval notation: its lower edge is the previous bracket's upper edge.
        const auto& brackets = packFor(year).comprehensiveMonthly.brackets;
        const size_t index = size_t(plain.bracket - brackets.data());
        const QString lower =
            index == 0 ? QStringLiteral("[0") : QStringLiteral("(") + brackets[index - 1].upTo->toString();
        const QString upper =
            plain.bracket->upTo ? plain.bracket->upTo->toString() + QLatin1Char(']') : QStringLiteral("∞)");
        const QString validTo = year <= 2021 ? QStringLiteral("2021-12-31")
            : year <= 2023                   ? QStringLiteral("2023-12-31")
                                             : QStringLiteral("2027-12-31");
        QCOMPARE(parametersOf(line),
                 (QStringList {
                     QStringLiteral("comprehensive.monthly=%1, %2 × %3 − %4").arg(lower, upper, rate, quickDeduction),
                     QStringLiteral("annual_bonus_separate=2019-01-01/") + validTo}));
        QCOMPARE(line.parameters.front().source.sourceId, QStringLiteral("CS2018-164"));
        QCOMPARE(roundingsOf(line),
                 unrounded.isEmpty() ? QStringList()
                                     : QStringList {QStringLiteral("half-up-to-fen %1 → %2").arg(unrounded, tax)});
    }
};

HUISUAN_REGISTER_TEST(TestAnnualBonus)
#include "TestAnnualBonus.moc"
