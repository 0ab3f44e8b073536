// SPDX-License-Identifier: GPL-3.0-or-later
// WageWithholding: cumulative withholding (累计预扣法, 国家税务总局公告2018年第61号 第六条) computed by hand
// month by month. Table 1: ≤36000 3%; ≤144000 10% −2520; ≤300000 20% −16920; ≤420000 25% −31920;
// ≤660000 30% −52920; ≤960000 35% −85920; above 45% −181920.
#include "TestRegistry.h"
#include "TraceTestSupport.h"
#include "compute/WageWithholding.h"
#include "rules/RulePackRegistry.h"
#include "trace/Trace.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

struct WageMonthRow
{
    int month;
    const char* wages;
    const char* taxFree;
    const char* special;
    const char* additional;
    const char* other;
    const char* relief;
};

struct WageExpectedMonth
{
    int month;
    const char* taxable;
    const char* rate;
    const char* quickDeduction;
    const char* tax;
    const char* withheld;
};

using WageMonthRows = std::vector<WageMonthRow>;
using WageExpectedMonths = std::vector<WageExpectedMonth>;

} // namespace

Q_DECLARE_METATYPE(WageMonthRows)
Q_DECLARE_METATYPE(WageExpectedMonths)

namespace {

Money money(const char* text)
{
    return Money::parse(QLatin1String(text)).value();
}

const RulePack& packFor(int year)
{
    return *RulePackRegistry::builtIn().forYear(year);
}

WageWithholdingInput inputFrom(int year, int firstMonth, bool firstJob, bool fromJanuary, const WageMonthRows& rows)
{
    WageWithholdingInput input;
    input.taxYear = year;
    input.firstMonth = firstMonth;
    input.firstJobInYear = firstJob;
    input.basicDeductionFromJanuary = fromJanuary;
    for (const WageMonthRow& row : rows) {
        input.months.push_back({row.month,
                                money(row.wages),
                                money(row.taxFree),
                                money(row.special),
                                money(row.additional),
                                money(row.other),
                                money(row.relief)});
    }
    return input;
}

/** Every month with the same wages and special deductions, from first to 12. */
WageMonthRows everyMonth(int first, const char* wages, const char* special)
{
    WageMonthRows rows;
    for (int month = first; month <= 12; ++month) {
        rows.push_back({month, wages, "0", special, "0", "0", "0"});
    }
    return rows;
}

QString monthId(int month, const char* line)
{
    return QStringLiteral("wage_withholding.month_%1.%2").arg(month, 2, 10, QLatin1Char('0')).arg(QLatin1String(line));
}

/** The Table 1 bracket of a rate, in the trace's interval notation, written out by hand. */
QString annualBracket(const QString& rate)
{
    const QStringList rates = {QStringLiteral("0.03"),
                               QStringLiteral("0.10"),
                               QStringLiteral("0.20"),
                               QStringLiteral("0.25"),
                               QStringLiteral("0.30"),
                               QStringLiteral("0.35"),
                               QStringLiteral("0.45")};
    const QStringList intervals = {QStringLiteral("[0, 36000.00]"),
                                   QStringLiteral("(36000.00, 144000.00]"),
                                   QStringLiteral("(144000.00, 300000.00]"),
                                   QStringLiteral("(300000.00, 420000.00]"),
                                   QStringLiteral("(420000.00, 660000.00]"),
                                   QStringLiteral("(660000.00, 960000.00]"),
                                   QStringLiteral("(960000.00, ∞)")};
    return intervals.at(rates.indexOf(rate));
}

} // namespace

class TestWageWithholding : public QObject
{
    Q_OBJECT

private:
    static void addScenarios()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("firstMonth");
        QTest::addColumn<bool>("firstJob");
        QTest::addColumn<bool>("fromJanuary");
        QTest::addColumn<WageMonthRows>("months");
        QTest::addColumn<WageExpectedMonths>("expected");
        QTest::addColumn<QString>("total");

        // 20000 − 5000 − 2000 = 13000 a month; 13000k crosses 36000 in March and 144000 in December.
        // clang-format off
        QTest::newRow("steady wages crossing two edges")
            << 2024 << 1 << false << false << everyMonth(1, "20000.00", "2000.00")
            << WageExpectedMonths{
                //  month taxable      rate    quick       tax         withheld
                {   1,   "13000.00",  "0.03", "0.00",     "390.00",   "390.00"},
                {   2,   "26000.00",  "0.03", "0.00",     "780.00",   "390.00"},
                {   3,   "39000.00",  "0.10", "2520.00",  "1380.00",  "600.00"},
                {   4,   "52000.00",  "0.10", "2520.00",  "2680.00",  "1300.00"},
                {   5,   "65000.00",  "0.10", "2520.00",  "3980.00",  "1300.00"},
                {   6,   "78000.00",  "0.10", "2520.00",  "5280.00",  "1300.00"},
                {   7,   "91000.00",  "0.10", "2520.00",  "6580.00",  "1300.00"},
                {   8,   "104000.00", "0.10", "2520.00",  "7880.00",  "1300.00"},
                {   9,   "117000.00", "0.10", "2520.00",  "9180.00",  "1300.00"},
                {   10,  "130000.00", "0.10", "2520.00",  "10480.00", "1300.00"},
                {   11,  "143000.00", "0.10", "2520.00",  "11780.00", "1300.00"},
                {   12,  "156000.00", "0.20", "16920.00", "14280.00", "2500.00"}}
            << "14280.00";

        // Children's education for January to April claimed in April (8000): the cumulative tax
        // falls below what was withheld; nothing is refunded and May withholds nothing either.
        QTest::newRow("late claim, no refund mid-year")
            << 2024 << 1 << false << false
            << WageMonthRows{
                //  month wages       free  special additional other relief
                {   1,   "10000.00", "0",  "0",    "0",       "0",  "0"},
                {   2,   "10000.00", "0",  "0",    "0",       "0",  "0"},
                {   3,   "10000.00", "0",  "0",    "0",       "0",  "0"},
                {   4,   "10000.00", "0",  "0",    "8000.00", "0",  "0"},
                {   5,   "10000.00", "0",  "0",    "2000.00", "0",  "0"},
                {   6,   "10000.00", "0",  "0",    "2000.00", "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "5000.00",   "0.03", "0.00",     "150.00",   "150.00"},
                {   2,   "10000.00",  "0.03", "0.00",     "300.00",   "150.00"},
                {   3,   "15000.00",  "0.03", "0.00",     "450.00",   "150.00"},
                {   4,   "12000.00",  "0.03", "0.00",     "360.00",   "0.00"},
                {   5,   "15000.00",  "0.03", "0.00",     "450.00",   "0.00"},
                {   6,   "18000.00",  "0.03", "0.00",     "540.00",   "90.00"}}
            << "540.00";

        // March and April have no pay but count as months employed: by May the deduction is 25000.
        QTest::newRow("months without pay still count")
            << 2024 << 1 << false << false
            << WageMonthRows{
                {   1,   "8000.00",  "0",  "0",    "0",       "0",  "0"},
                {   2,   "8000.00",  "0",  "0",    "0",       "0",  "0"},
                {   5,   "8000.00",  "0",  "0",    "0",       "0",  "0"},
                {   6,   "30000.00", "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "3000.00",   "0.03", "0.00",     "90.00",    "90.00"},
                {   2,   "6000.00",   "0.03", "0.00",     "180.00",   "90.00"},
                {   5,   "0.00",      "0.03", "0.00",     "0.00",     "0.00"},
                {   6,   "24000.00",  "0.03", "0.00",     "720.00",   "540.00"}}
            << "720.00";

        QTest::newRow("hired in April")
            << 2024 << 4 << false << false << WageMonthRows{
                {   4,   "15000.00", "0",  "0",    "0",       "0",  "0"},
                {   5,   "15000.00", "0",  "0",    "0",       "0",  "0"},
                {   6,   "15000.00", "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   4,   "10000.00",  "0.03", "0.00",     "300.00",   "300.00"},
                {   5,   "20000.00",  "0.03", "0.00",     "600.00",   "300.00"},
                {   6,   "30000.00",  "0.03", "0.00",     "900.00",   "300.00"}}
            << "900.00";

        // 2020年第13号: a first job in July counts 5000 for every month from January (35000 in July).
        QTest::newRow("first job in July")
            << 2024 << 7 << true << false << everyMonth(7, "15000.00", "0")
            << WageExpectedMonths{
                {   7,   "0.00",      "0.03", "0.00",     "0.00",     "0.00"},
                {   8,   "0.00",      "0.03", "0.00",     "0.00",     "0.00"},
                {   9,   "0.00",      "0.03", "0.00",     "0.00",     "0.00"},
                {   10,  "10000.00",  "0.03", "0.00",     "300.00",   "300.00"},
                {   11,  "20000.00",  "0.03", "0.00",     "600.00",   "300.00"},
                {   12,  "30000.00",  "0.03", "0.00",     "900.00",   "300.00"}}
            << "900.00";

        QTest::newRow("hired in July, not a first job")
            << 2024 << 7 << false << false << everyMonth(7, "15000.00", "0")
            << WageExpectedMonths{
                {   7,   "10000.00",  "0.03", "0.00",     "300.00",   "300.00"},
                {   8,   "20000.00",  "0.03", "0.00",     "600.00",   "300.00"},
                {   9,   "30000.00",  "0.03", "0.00",     "900.00",   "300.00"},
                {   10,  "40000.00",  "0.10", "2520.00",  "1480.00",  "580.00"},
                {   11,  "50000.00",  "0.10", "2520.00",  "2480.00",  "1000.00"},
                {   12,  "60000.00",  "0.10", "2520.00",  "3480.00",  "1000.00"}}
            << "3480.00";

        // 2020年第19号: the whole 60000 from January.
        QTest::newRow("whole year's deduction from January")
            << 2024 << 1 << false << true << WageMonthRows{
                {   1,   "30000.00", "0",  "0",    "0",       "0",  "0"},
                {   6,   "30000.00", "0",  "0",    "0",       "0",  "0"},
                {   12,  "30000.00", "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "0.00",      "0.03", "0.00",     "0.00",     "0.00"},
                {   6,   "0.00",      "0.03", "0.00",     "0.00",     "0.00"},
                {   12,  "30000.00",  "0.03", "0.00",     "900.00",   "900.00"}}
            << "900.00";

        QTest::newRow("same months, monthly deduction")
            << 2024 << 1 << false << false << WageMonthRows{
                {   1,   "30000.00", "0",  "0",    "0",       "0",  "0"},
                {   6,   "30000.00", "0",  "0",    "0",       "0",  "0"},
                {   12,  "30000.00", "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "25000.00",  "0.03", "0.00",     "750.00",   "750.00"},
                {   6,   "30000.00",  "0.03", "0.00",     "900.00",   "150.00"},
                {   12,  "30000.00",  "0.03", "0.00",     "900.00",   "0.00"}}
            << "900.00";

        // Relief is cumulative: 累计减免税额.
        QTest::newRow("tax relief")
            << 2024 << 1 << false << false << WageMonthRows{
                {   1,   "20000.00", "0",  "0",    "0",       "0",  "100.00"},
                {   2,   "20000.00", "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "15000.00",  "0.03", "0.00",     "450.00",   "350.00"},
                {   2,   "30000.00",  "0.03", "0.00",     "900.00",   "450.00"}}
            << "800.00";

        QTest::newRow("tax relief beyond the tax")
            << 2024 << 1 << false << false << WageMonthRows{
                {   1,   "6000.00",  "0",  "0",    "0",       "0",  "100.00"},
                {   2,   "10000.00", "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "1000.00",   "0.03", "0.00",     "30.00",    "0.00"},
                {   2,   "6000.00",   "0.03", "0.00",     "180.00",   "80.00"}}
            << "80.00";

        // 0.50 × 3% = 0.015 → 0.02 (an exact half); 333.83 × 3% = 10.0149 → 10.01;
        // 666.67 × 3% = 20.0001 → 20.00. Each month withholds from the rounded cumulative tax.
        QTest::newRow("rounding to the fen")
            << 2024 << 1 << false << false << WageMonthRows{
                {   1,   "5000.50",  "0",  "0",    "0",       "0",  "0"},
                {   2,   "5333.33",  "0",  "0",    "0",       "0",  "0"},
                {   3,   "5332.84",  "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "0.50",      "0.03", "0.00",     "0.02",     "0.02"},
                {   2,   "333.83",    "0.03", "0.00",     "10.01",    "9.99"},
                {   3,   "666.67",    "0.03", "0.00",     "20.00",    "9.99"}}
            << "20.00";

        // 12000 − 1000 − 5000 − 1500 − 1000 − 500 = 3000.
        QTest::newRow("every deduction")
            << 2024 << 1 << false << false << WageMonthRows{
                {   1,   "12000.00", "1000.00", "1500.00", "1000.00", "500.00", "0"}}
            << WageExpectedMonths{
                {   1,   "3000.00",   "0.03", "0.00",     "90.00",    "90.00"}}
            << "90.00";

        // 36000.01 × 10% − 2520 = 1080.001: the edge is continuous, so February withholds nothing.
        QTest::newRow("edge at 36000")
            << 2024 << 1 << false << false << WageMonthRows{
                {   1,   "41000.00", "0",  "0",    "0",       "0",  "0"},
                {   2,   "5000.01",  "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "36000.00",  "0.03", "0.00",     "1080.00",  "1080.00"},
                {   2,   "36000.01",  "0.10", "2520.00",  "1080.00",  "0.00"}}
            << "1080.00";

        // 595000 × 30% − 52920 = 125580; 1190000 × 45% − 181920 = 353580.
        QTest::newRow("2019 top bracket")
            << 2019 << 1 << false << false << WageMonthRows{
                {   1,   "600000.00", "0", "0",    "0",       "0",  "0"},
                {   2,   "600000.00", "0", "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   1,   "595000.00",  "0.30", "52920.00",  "125580.00", "125580.00"},
                {   2,   "1190000.00", "0.45", "181920.00", "353580.00", "228000.00"}}
            << "353580.00";

        QTest::newRow("nothing taxable")
            << 2026 << 12 << false << false << WageMonthRows{
                {   12,  "1000.00",  "0",  "0",    "0",       "0",  "0"}}
            << WageExpectedMonths{
                {   12,  "0.00",      "0.03", "0.00",     "0.00",     "0.00"}}
            << "0.00";
        // clang-format on
    }

private slots:
    void compute_data() { addScenarios(); }

    void compute()
    {
        QFETCH(int, year);
        QFETCH(int, firstMonth);
        QFETCH(bool, firstJob);
        QFETCH(bool, fromJanuary);
        QFETCH(WageMonthRows, months);
        QFETCH(WageExpectedMonths, expected);
        QFETCH(QString, total);
        const WageWithholdingInput input = inputFrom(year, firstMonth, firstJob, fromJanuary, months);
        WageWithholdingResult result;
        WageWithholding::compute(packFor(year), input, result, nullptr);

        QCOMPARE(result.months.size(), expected.size());
        for (size_t i = 0; i < expected.size(); ++i) {
            const WageMonthResult& actual = result.months[i];
            const WageExpectedMonth& want = expected[i];
            QCOMPARE(actual.month, want.month);
            QCOMPARE(actual.cumulativeTaxableIncome.toString(), QLatin1String(want.taxable));
            QVERIFY(actual.bracket);
            QCOMPARE(actual.bracket->rate.toString(), QLatin1String(want.rate));
            QCOMPARE(actual.bracket->quickDeduction.toString(), QLatin1String(want.quickDeduction));
            QCOMPARE(actual.cumulativeTax.toString(), QLatin1String(want.tax));
            QCOMPARE(actual.withheld.toString(), QLatin1String(want.withheld));
        }
        QCOMPARE(result.totalWithheld.toString(), total);
    }

    // With a trace the result is the same, and every month has its four lines in order, each
    // showing the figure the result holds.
    void traceMatchesResult_data() { addScenarios(); }

    void traceMatchesResult()
    {
        QFETCH(int, year);
        QFETCH(int, firstMonth);
        QFETCH(bool, firstJob);
        QFETCH(bool, fromJanuary);
        QFETCH(WageMonthRows, months);
        QFETCH(WageExpectedMonths, expected);
        QFETCH(QString, total);
        const RulePack& pack = packFor(year);
        const WageWithholdingInput input = inputFrom(year, firstMonth, firstJob, fromJanuary, months);
        WageWithholdingResult plain;
        WageWithholding::compute(pack, input, plain, nullptr);
        Trace trace;
        WageWithholdingResult traced;
        WageWithholding::compute(pack, input, traced, &trace);

        QCOMPARE(traced.months.size(), plain.months.size());
        for (size_t i = 0; i < plain.months.size(); ++i) {
            QCOMPARE(traced.months[i].month, plain.months[i].month);
            QCOMPARE(traced.months[i].cumulativeTaxableIncome, plain.months[i].cumulativeTaxableIncome);
            QCOMPARE(traced.months[i].bracket, plain.months[i].bracket);
            QCOMPARE(traced.months[i].cumulativeTax, plain.months[i].cumulativeTax);
            QCOMPARE(traced.months[i].withheld, plain.months[i].withheld);
        }
        QCOMPARE(traced.totalWithheld, plain.totalWithheld);

        QCOMPARE(trace.lines().size(), 4 * expected.size() + 1);
        for (size_t i = 0; i < expected.size(); ++i) {
            const WageExpectedMonth& want = expected[i];
            const TraceLine& basic = trace.lines()[4 * i];
            const TraceLine& taxable = trace.lines()[4 * i + 1];
            const TraceLine& tax = trace.lines()[4 * i + 2];
            const TraceLine& withheld = trace.lines()[4 * i + 3];
            QCOMPARE(basic.id, monthId(want.month, "cumulative_basic_deduction"));
            QCOMPARE(taxable.id, monthId(want.month, "cumulative_taxable_income"));
            QCOMPARE(taxable.value, QLatin1String(want.taxable));
            QCOMPARE(tax.id, monthId(want.month, "cumulative_tax"));
            QCOMPARE(tax.value, QLatin1String(want.tax));
            QCOMPARE(inputsOf(tax),
                     QStringList {QStringLiteral("cumulative_taxable_income=") + QLatin1String(want.taxable)});
            QCOMPARE(parametersOf(tax),
                     QStringList {QStringLiteral("comprehensive.annual=%1 × %2 − %3")
                                      .arg(annualBracket(QLatin1String(want.rate)),
                                           QLatin1String(want.rate),
                                           QLatin1String(want.quickDeduction))});
            // The rounding is recorded wherever there is tax to round.
            const bool taxed = QLatin1String(want.taxable) != QLatin1String("0.00");
            QCOMPARE(tax.roundings.size(), size_t(taxed ? 1 : 0));
            if (taxed) {
                QCOMPARE(tax.roundings.front().mode, Rounding::HalfUpToFen);
                QCOMPARE(tax.roundings.front().rounded, QLatin1String(want.tax));
            }
            QCOMPARE(withheld.id, monthId(want.month, "withheld"));
            QCOMPARE(withheld.value, QLatin1String(want.withheld));
            QVERIFY(!QLatin1String(withheld.label).isEmpty());
            QVERIFY(!QLatin1String(withheld.formula).isEmpty());
        }
        QCOMPARE(trace.lines().back().id, QStringLiteral("wage_withholding.total_withheld"));
        QCOMPARE(trace.lines().back().value, total);
    }

    void traceShowsInputsAndRounding()
    {
        const WageWithholdingInput input = inputFrom(
            2024,
            1,
            false,
            false,
            {{1, "5000.50", "0", "0", "0", "0", "0"}, {2, "5333.33", "10.00", "20.00", "30.00", "40.00", "0.01"}});
        Trace trace;
        WageWithholdingResult result;
        WageWithholding::compute(packFor(2024), input, result, &trace);

        const TraceLine* basic = lineWithId(trace, monthId(2, "cumulative_basic_deduction"));
        QVERIFY(basic);
        QCOMPARE(basic->value, QStringLiteral("10000.00"));
        QCOMPARE(inputsOf(*basic), QStringList {QStringLiteral("months_counted=2")});
        QCOMPARE(parametersOf(*basic), QStringList {QStringLiteral("basic_deduction.monthly=5000.00")});
        QCOMPARE(basic->parameters.front().source.sourceId, QStringLiteral("SAT2018-61"));
        QVERIFY(basic->parameters.front().source.citation.startsWith(QStringLiteral("《国家税务总局关于发布")));

        // 10333.83 − 10 − 10000 − 20 − 30 − 40 = 233.83; × 3% = 7.0149 → 7.01.
        const TraceLine* taxable = lineWithId(trace, monthId(2, "cumulative_taxable_income"));
        QVERIFY(taxable);
        QCOMPARE(taxable->value, QStringLiteral("233.83"));
        QCOMPARE(inputsOf(*taxable),
                 (QStringList {QStringLiteral("cumulative_wages=10333.83"),
                               QStringLiteral("cumulative_tax_free_income=10.00"),
                               QStringLiteral("cumulative_basic_deduction=10000.00"),
                               QStringLiteral("cumulative_special_deductions=20.00"),
                               QStringLiteral("cumulative_special_additional_deductions=30.00"),
                               QStringLiteral("cumulative_other_deductions=40.00")}));

        const TraceLine* tax = lineWithId(trace, monthId(2, "cumulative_tax"));
        QVERIFY(tax);
        QCOMPARE(roundingsOf(*tax), QStringList {QStringLiteral("half-up-to-fen 7.0149 → 7.01")});
        QCOMPARE(roundingsOf(*lineWithId(trace, monthId(1, "cumulative_tax"))),
                 QStringList {QStringLiteral("half-up-to-fen 0.015 → 0.02")});
        QCOMPARE(tax->parameters.front().source.sourceId, QStringLiteral("LAW"));

        // 7.01 − 0.01 relief − 0.02 already withheld = 6.98.
        const TraceLine* withheld = lineWithId(trace, monthId(2, "withheld"));
        QVERIFY(withheld);
        QCOMPARE(withheld->value, QStringLiteral("6.98"));
        QCOMPARE(inputsOf(*withheld),
                 (QStringList {QStringLiteral("cumulative_tax=7.01"),
                               QStringLiteral("cumulative_tax_relief=0.01"),
                               QStringLiteral("already_withheld=0.02")}));
        QCOMPARE(result.totalWithheld.toString(), QStringLiteral("7.00"));
    }

    void traceCitesTheDatedRules()
    {
        Trace firstJob;
        WageWithholdingResult result;
        WageWithholding::compute(packFor(2024),
                                 inputFrom(2024, 7, true, false, {{7, "15000.00", "0", "0", "0", "0", "0"}}),
                                 result,
                                 &firstJob);
        const TraceLine* basic = lineWithId(firstJob, monthId(7, "cumulative_basic_deduction"));
        QVERIFY(basic);
        QCOMPARE(basic->value, QStringLiteral("35000.00"));
        QCOMPARE(inputsOf(*basic), QStringList {QStringLiteral("months_counted=7")});
        QCOMPARE(parametersOf(*basic),
                 (QStringList {QStringLiteral("basic_deduction.monthly=5000.00"),
                               QStringLiteral("first_job_in_year=2020-07-01/")}));
        QCOMPARE(basic->parameters.back().source.sourceId, QStringLiteral("SAT2020-13"));

        Trace fromJanuary;
        WageWithholding::compute(packFor(2024),
                                 inputFrom(2024, 1, false, true, {{3, "15000.00", "0", "0", "0", "0", "0"}}),
                                 result,
                                 &fromJanuary);
        basic = lineWithId(fromJanuary, monthId(3, "cumulative_basic_deduction"));
        QVERIFY(basic);
        QCOMPARE(basic->value, QStringLiteral("60000.00"));
        QVERIFY(basic->inputs.empty());
        QCOMPARE(parametersOf(*basic),
                 (QStringList {QStringLiteral("basic_deduction.from_january=60000.00"),
                               QStringLiteral("basic_deduction_from_january=2021-01-01/")}));
        QCOMPARE(basic->parameters.back().source.sourceId, QStringLiteral("SAT2020-19"));
    }

    void resultIsReplacedNotAppended()
    {
        WageWithholdingResult result;
        WageWithholding::compute(
            packFor(2024), inputFrom(2024, 1, false, false, everyMonth(1, "20000.00", "2000.00")), result, nullptr);
        QCOMPARE(result.months.size(), size_t(12));
        WageWithholding::compute(packFor(2024),
                                 inputFrom(2024, 4, false, false, {{4, "15000.00", "0", "0", "0", "0", "0"}}),
                                 result,
                                 nullptr);
        QCOMPARE(result.months.size(), size_t(1));
        QCOMPARE(result.months.front().withheld.toString(), QStringLiteral("300.00"));
        QCOMPARE(result.totalWithheld.toString(), QStringLiteral("300.00"));
    }
};

HUISUAN_REGISTER_TEST(TestWageWithholding)
#include "TestWageWithholding.moc"
