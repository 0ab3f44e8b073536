// SPDX-License-Identifier: GPL-3.0-or-later
// WageWithholding's fast path (FastFen, 64-bit fen) against its exact path (Money): the same
// results, bit for bit, on thousands of random inputs; at the edge of 64 bits, either the same
// results or a refusal, after which compute() falls back to the exact path; never a wrong one.
//
// The random inputs come from std::mt19937_64 seeded with one number per run, printed at the start;
// HUISUAN_PROPERTY_SEED=<number> replays a run exactly.
#include "SeededRandom.h"
#include "TestRegistry.h"
#include "compute/WageWithholding.h"
#include "money/FastFen.h"
#include "rules/RulePackRegistry.h"
#include "trace/Trace.h"

#include <QRandomGenerator>
#include <QTest>
#include <limits>
#include <random>
#include <vector>

using namespace huisuan;

namespace {

constexpr int monthsPerYear = 12;

class Random : public huisuan::test::SeededRandom
{
public:
    bool oneIn(int n) { return between(1, n) == 1; }

    /** Up to 10^digits fen, the number of digits itself random up to maxDigits, so that small and
     *  large amounts come about equally often; now and then negative, which the exact path takes too. */
    Money amount(int maxDigits)
    {
        qint64 limit = 1;
        for (int digits = between(0, maxDigits); digits > 0; --digits) {
            limit *= 10;
        }
        const auto fen = qint64(m_engine() % quint64(limit + 1));
        return Money::fromFen64(oneIn(50) ? -fen : fen);
    }
};

Money fen(const Money::Fen& value)
{
    return Money::fromFen(value);
}

/** The first difference between two results, or an empty string when they are the same. */
QString difference(const WageWithholdingResult& fast, const WageWithholdingResult& exact)
{
    if (fast.months.size() != exact.months.size()) {
        return QStringLiteral("%1 months against %2").arg(fast.months.size()).arg(exact.months.size());
    }
    for (size_t i = 0; i < exact.months.size(); ++i) {
        const WageMonthResult& a = fast.months[i];
        const WageMonthResult& b = exact.months[i];
        if (a.month != b.month || a.cumulativeTaxableIncome != b.cumulativeTaxableIncome || a.bracket != b.bracket ||
            a.cumulativeTax != b.cumulativeTax || a.withheld != b.withheld) {
            return QStringLiteral("month %1: taxable %2, tax %3, withheld %4 against %5, %6, %7%8")
                .arg(b.month)
                .arg(a.cumulativeTaxableIncome.toString(),
                     a.cumulativeTax.toString(),
                     a.withheld.toString(),
                     b.cumulativeTaxableIncome.toString(),
                     b.cumulativeTax.toString(),
                     b.withheld.toString(),
                     a.bracket != b.bracket ? QStringLiteral(" in another bracket") : QString());
        }
    }
    if (fast.totalWithheld != exact.totalWithheld) {
        return QStringLiteral("total %1 against %2").arg(fast.totalWithheld.toString(), exact.totalWithheld.toString());
    }
    return {};
}

QString describe(const WageWithholdingInput& input)
{
    QStringList months;
    for (const WageMonthInput& month : input.months) {
        months << QStringLiteral("%1: %2 %3 %4 %5 %6 %7")
                      .arg(month.month)
                      .arg(month.wages.toString(),
                           month.taxFreeIncome.toString(),
                           month.specialDeductions.toString(),
                           month.specialAdditionalDeductions.toString(),
                           month.otherDeductions.toString(),
                           month.taxRelief.toString());
    }
    return QStringLiteral("tax year %1, first month %2, first job %3, from January %4; %5")
        .arg(input.taxYear)
        .arg(input.firstMonth)
        .arg(input.firstJobInYear)
        .arg(input.basicDeductionFromJanuary)
        .arg(months.join(QStringLiteral("; ")));
}

/** The exact path's result: the trace makes compute() take it. */
WageWithholdingResult exactResult(const RulePack& pack, const WageWithholdingInput& input)
{
    WageWithholdingResult result;
    Trace trace;
    WageWithholding::compute(pack, input, result, &trace);
    return result;
}

/** Every month of the year with these wages and special deductions. */
WageWithholdingInput everyMonth(int taxYear, const Money& wages, const Money& specialDeductions = Money())
{
    WageWithholdingInput input;
    input.taxYear = taxYear;
    for (int month = 1; month <= monthsPerYear; ++month) {
        input.months.push_back({month, wages, Money(), specialDeductions, Money(), Money(), Money()});
    }
    return input;
}

} // namespace

Q_DECLARE_METATYPE(huisuan::WageWithholdingInput)

class TestWageWithholdingFastPath : public QObject
{
    Q_OBJECT

private:
    /**
     * The fast path, when it takes the input, and compute() without a trace both give the exact
     * path's result. Both write into reused, as callers reuse a result from one input to the next:
     * nothing of the last input's may remain. Returns whether the fast path took the input.
     */
    static bool agreesWithExactPath(const RulePack& pack,
                                    const WageWithholdingInput& input,
                                    WageWithholdingResult& reused,
                                    QString& failure)
    {
        const WageWithholdingResult exact = exactResult(pack, input);
        const bool taken = WageWithholding::computeOnFastPath(pack, input, reused);
        if (taken && !difference(reused, exact).isEmpty()) {
            failure = QStringLiteral("fast path: %1 for %2").arg(difference(reused, exact), describe(input));
            return taken;
        }
        WageWithholding::compute(pack, input, reused, nullptr);
        if (!difference(reused, exact).isEmpty()) {
            failure = QStringLiteral("compute(): %1 for %2").arg(difference(reused, exact), describe(input));
        }
        return taken;
    }

private slots:
    void agreesWithTheExactPathOnRandomInputs()
    {
        Random random;
        const RulePackRegistry& registry = RulePackRegistry::builtIn();
        constexpr int inputsPerYear = 600;
        // Up to 14 digits of fen: up to 999999999999.99 a line, whose year fits 64 bits with room.
        constexpr int maxDigits = 14;
        int inputs = 0;
        WageWithholdingResult reused;
        for (int year = registry.firstYear(); year <= registry.lastYear(); ++year) {
            const RulePack& pack = *registry.forYear(year);
            for (int i = 0; i < inputsPerYear; ++i, ++inputs) {
                WageWithholdingInput input;
                input.taxYear = year;
                input.firstMonth = random.between(1, monthsPerYear);
                input.firstJobInYear = random.oneIn(3);
                input.basicDeductionFromJanuary = random.oneIn(4);
                for (int month = input.firstMonth; month <= monthsPerYear; ++month) {
                    if (month > input.firstMonth && random.oneIn(6)) {
                        continue; // a month without pay
                    }
                    // Deductions are mostly small against wages, sometimes larger, so that the
                    // cumulative taxable income also falls and stays at zero.
                    const int deductionDigits = random.oneIn(4) ? maxDigits : random.between(0, 8);
                    input.months.push_back({month,
                                            random.amount(maxDigits),
                                            random.oneIn(3) ? random.amount(deductionDigits) : Money(),
                                            random.amount(deductionDigits),
                                            random.amount(deductionDigits),
                                            random.oneIn(3) ? random.amount(deductionDigits) : Money(),
                                            random.oneIn(5) ? random.amount(deductionDigits) : Money()});
                }
                QString failure;
                const bool taken = agreesWithExactPath(pack, input, reused, failure);
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
                QVERIFY2(taken, qPrintable(QStringLiteral("the fast path refused %1").arg(describe(input))));
            }
        }
        qInfo("%d random inputs computed alike on both paths", inputs);
    }

    void largestInputAmountsStayOnTheFastPath()
    {
        // 999999999999.99 on every line of every month: a year of it is about 2^50 fen, and times
        // a rate's numerator still far from 2^63.
        const Money largest = Money::parse(QStringLiteral("999999999999.99")).value();
        for (int year : {2019, 2024}) {
            const RulePack& pack = *RulePackRegistry::builtIn().forYear(year);
            WageWithholdingInput everyLine = everyMonth(year, largest, largest);
            for (WageMonthInput& month : everyLine.months) {
                month.taxFreeIncome = month.specialAdditionalDeductions = month.otherDeductions = month.taxRelief =
                    largest;
            }
            const WageWithholdingInput wagesOnly = everyMonth(year, largest);
            WageWithholdingInput fromJanuary = wagesOnly;
            fromJanuary.basicDeductionFromJanuary = true;
            for (const WageWithholdingInput& input : {wagesOnly, fromJanuary, everyLine}) {
                WageWithholdingResult result;
                QString failure;
                const bool taken = agreesWithExactPath(pack, input, result, failure);
                QVERIFY2(failure.isEmpty(), qPrintable(failure));
                QVERIFY(taken);
            }
        }
    }

    void beyondSixtyFourBitsFallsBackToTheExactPath_data()
    {
        QTest::addColumn<WageWithholdingInput>("input");
        const auto power = [](int exponent) { return Money::Fen(Money::Fen(1) << exponent); };
        const Money::Fen int64Max(std::numeric_limits<qint64>::max());
        // The year's wages overflow in the second month, while the taxable income stays small.
        QTest::newRow("cumulative wages") << everyMonth(2024, fen(power(62)), fen(power(62)));
        // The year's deductions overflow in the fourth month, below zero taxable income.
        QTest::newRow("cumulative deductions") << everyMonth(2024, Money(), fen(power(61)));
        // An amount that is no 64-bit number at all, and amounts just past the largest and smallest.
        QTest::newRow("amount past 2^64") << everyMonth(2024, fen(power(70)));
        QTest::newRow("amount past int64") << everyMonth(2024, fen(int64Max + 1));
        QTest::newRow("negative amount past int64") << everyMonth(2024, fen(-int64Max - 2));
        // Taxable income × the top rate's numerator (9 of 0.45 = 9/20) leaves 64 bits; or it fits,
        // and its double, on the way to rounding, does not.
        QTest::newRow("times rate") << everyMonth(2024, fen(int64Max / 8));
        QTest::newRow("rounding") << everyMonth(2024, fen(int64Max / 9 * 2 / 3));
    }

    void beyondSixtyFourBitsFallsBackToTheExactPath()
    {
        QFETCH(WageWithholdingInput, input);
        const RulePack& pack = *RulePackRegistry::builtIn().forYear(input.taxYear);
        WageWithholdingResult result;
        QString failure;
        const bool taken = agreesWithExactPath(pack, input, result, failure);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY2(!taken, "the fast path should have refused this input");
    }

    void packsOtherThanTheBuiltInOnesTakeTheExactPath()
    {
        // A copy is equal to a built-in pack today, but lives elsewhere and could be changed: its
        // results must come from its own numbers, never from a table prepared for another pack.
        RulePack copy = *RulePackRegistry::builtIn().forYear(2024);
        copy.basicDeductionMonthly.value = Money();
        const WageWithholdingInput input = everyMonth(2024, Money::parse(QStringLiteral("20000.00")).value());
        WageWithholdingResult result;
        QVERIFY(!WageWithholding::computeOnFastPath(copy, input, result));
        WageWithholding::compute(copy, input, result, nullptr);
        QCOMPARE(difference(result, exactResult(copy, input)), QString());
        QVERIFY(result.months.front().bracket == &copy.comprehensiveAnnual.brackets.front());
    }

    void fastDivisorDividesExactly()
    {
        Random random;
        constexpr qint64 int64Max = std::numeric_limits<qint64>::max();
        std::vector<qint64> divisors = {2, 3, 7, 10, 20, 200, 2000000000, int64Max / 2 + 2, int64Max};
        for (int bits = 2; bits < 63; ++bits) {
            divisors.push_back((qint64(1) << bits) - 1);
            divisors.push_back(qint64(1) << bits);
            divisors.push_back((qint64(1) << bits) + 1);
        }
        for (int i = 0; i < 200; ++i) {
            divisors.push_back(2 + qint64(random.next() % quint64(int64Max - 1)));
            divisors.push_back(2 + qint64(random.next() % (quint64(1) << random.between(1, 40))));
        }
        QString failure;
        for (const qint64 divisor : divisors) {
            const FastDivisor fast(divisor);
            const auto check = [&](qint64 dividend) {
                if (failure.isEmpty() && fast.divide(dividend) != dividend / divisor) {
                    failure = QStringLiteral("%1 / %2 gives %3").arg(dividend).arg(divisor).arg(fast.divide(dividend));
                }
            };
            for (const qint64 dividend : {qint64(0), qint64(1), divisor - 1, divisor, int64Max - 1, int64Max}) {
                check(dividend);
            }
            if (divisor < int64Max) {
                check(divisor + 1);
            }
            // Around multiples of the divisor, where a reciprocal off by one shows first.
            for (int i = 0; i < 200; ++i) {
                const qint64 multiple = qint64(random.next() % quint64(int64Max / divisor + 1)) * divisor;
                check(multiple);
                if (multiple > 0) {
                    check(multiple - 1);
                }
                if (multiple <= int64Max - (divisor - 1)) {
                    check(multiple + divisor - 1);
                }
                check(qint64(random.next() >> 1));
            }
        }
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
    }
};

HUISUAN_REGISTER_TEST(TestWageWithholdingFastPath)
#include "TestWageWithholdingFastPath.moc"
