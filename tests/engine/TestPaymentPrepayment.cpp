// SPDX-License-Identifier: GPL-3.0-or-later
// PaymentPrepayment: prepayment on one payment (国家税务总局公告2018年第61号 第八条). Up to 4000 the
// expense is 800 (never more than the payment), above it 20%; author income counts at 70%; labor
// uses table 2 (≤20000 20%; ≤50000 30% −2000; above 40% −7000), author and royalties a flat 20%.
#include "TestRegistry.h"
#include "TraceTestSupport.h"
#include "compute/PaymentPrepayment.h"
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

PaymentCategory categoryNamed(const QString& name)
{
    if (name == QLatin1String("author")) {
        return PaymentCategory::Author;
    }
    return name == QLatin1String("royalty") ? PaymentCategory::Royalty : PaymentCategory::Labor;
}

PaymentPrepaymentInput inputFor(int year, const QString& category, const QString& amount)
{
    PaymentPrepaymentInput input;
    input.taxYear = year;
    input.category = categoryNamed(category);
    input.amount = Money::parse(amount).value();
    return input;
}

} // namespace

class TestPaymentPrepayment : public QObject
{
    Q_OBJECT

private:
    static void addPayments()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("expense");
        QTest::addColumn<QString>("taxable");
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("quickDeduction");
        QTest::addColumn<QString>("withheld");
        // clang-format off
        //                                          year   category   amount              expense             taxable             rate    quick      withheld
        QTest::newRow("labor nothing")          << 2024 << "labor"  << "0"               << "0.00"            << "0.00"            << "0.20" << "0.00"    << "0.00";
        QTest::newRow("labor below 800")        << 2024 << "labor"  << "500.00"          << "500.00"          << "0.00"            << "0.20" << "0.00"    << "0.00";
        QTest::newRow("labor 800")              << 2024 << "labor"  << "800.00"          << "800.00"          << "0.00"            << "0.20" << "0.00"    << "0.00";
        // 0.01 × 20% = 0.002 → 0.00; 0.03 × 20% = 0.006 → 0.01.
        QTest::newRow("labor 800.01")           << 2024 << "labor"  << "800.01"          << "800.00"          << "0.01"            << "0.20" << "0.00"    << "0.00";
        QTest::newRow("labor 800.03")           << 2024 << "labor"  << "800.03"          << "800.00"          << "0.03"            << "0.20" << "0.00"    << "0.01";
        // The fixed expense up to and including 4000.00, 20% from 4000.01: 800.002 → 800.00.
        QTest::newRow("labor 4000.00 fixed")    << 2024 << "labor"  << "4000.00"         << "800.00"          << "3200.00"         << "0.20" << "0.00"    << "640.00";
        QTest::newRow("labor 4000.01 rate")     << 2024 << "labor"  << "4000.01"         << "800.00"          << "3200.01"         << "0.20" << "0.00"    << "640.00";
        // 800.006 → 800.01; 3200.02 × 20% = 640.004 → 640.00.
        QTest::newRow("labor 4000.03")          << 2024 << "labor"  << "4000.03"         << "800.01"          << "3200.02"         << "0.20" << "0.00"    << "640.00";
        // 800.01; 3200.04 × 20% = 640.008 → 640.01.
        QTest::newRow("labor 4000.05")          << 2024 << "labor"  << "4000.05"         << "800.01"          << "3200.04"         << "0.20" << "0.00"    << "640.01";
        QTest::newRow("labor taxable 20000")    << 2024 << "labor"  << "25000.00"        << "5000.00"         << "20000.00"        << "0.20" << "0.00"    << "4000.00";
        // 20000.01 × 30% − 2000 = 4000.003 → 4000.00: table 2 is continuous.
        QTest::newRow("labor taxable 20000.01") << 2024 << "labor"  << "25000.01"        << "5000.00"         << "20000.01"        << "0.30" << "2000.00" << "4000.00";
        // 20000.02 × 30% − 2000 = 4000.006 → 4000.01.
        QTest::newRow("labor taxable 20000.02") << 2024 << "labor"  << "25000.02"        << "5000.00"         << "20000.02"        << "0.30" << "2000.00" << "4000.01";
        QTest::newRow("labor taxable 50000")    << 2024 << "labor"  << "62500.00"        << "12500.00"        << "50000.00"        << "0.30" << "2000.00" << "13000.00";
        // 50000.01 × 40% − 7000 = 13000.004 → 13000.00.
        QTest::newRow("labor taxable 50000.01") << 2024 << "labor"  << "62500.01"        << "12500.00"        << "50000.01"        << "0.40" << "7000.00" << "13000.00";
        // 199999999999.998 → 200000000000.00; 799999999999.99 × 40% − 7000 = 319999992999.996.
        QTest::newRow("labor maximum")          << 2024 << "labor"  << "999999999999.99" << "200000000000.00" << "799999999999.99" << "0.40" << "7000.00" << "319999993000.00";
        QTest::newRow("labor 2019")             << 2019 << "labor"  << "4000.01"         << "800.00"          << "3200.01"         << "0.20" << "0.00"    << "640.00";
        QTest::newRow("author below 800")       << 2024 << "author" << "500.00"          << "500.00"          << "0.00"            << "0.20" << "0.00"    << "0.00";
        // 0.35 × 70% = 0.245 → 0.25 (an exact half); × 20% = 0.05.
        QTest::newRow("author 800.35")          << 2024 << "author" << "800.35"          << "800.00"          << "0.25"            << "0.20" << "0.00"    << "0.05";
        // 200.01 × 70% = 140.007 → 140.01; × 20% = 28.002 → 28.00.
        QTest::newRow("author 1000.01")         << 2024 << "author" << "1000.01"         << "800.00"          << "140.01"          << "0.20" << "0.00"    << "28.00";
        QTest::newRow("author 4000.00")         << 2024 << "author" << "4000.00"         << "800.00"          << "2240.00"         << "0.20" << "0.00"    << "448.00";
        // 3200.04 × 70% = 2240.028 → 2240.03; × 20% = 448.006 → 448.01.
        QTest::newRow("author 4000.05")         << 2024 << "author" << "4000.05"         << "800.01"          << "2240.03"         << "0.20" << "0.00"    << "448.01";
        // A flat rate: 56000 × 20%, with no progressive brackets.
        QTest::newRow("author 100000")          << 2024 << "author" << "100000.00"       << "20000.00"        << "56000.00"        << "0.20" << "0.00"    << "11200.00";
        QTest::newRow("royalty 800")            << 2024 << "royalty" << "800.00"         << "800.00"          << "0.00"            << "0.20" << "0.00"    << "0.00";
        QTest::newRow("royalty 4000.00")        << 2024 << "royalty" << "4000.00"        << "800.00"          << "3200.00"         << "0.20" << "0.00"    << "640.00";
        // 800.008 → 800.01; 3200.03 × 20% = 640.006 → 640.01.
        QTest::newRow("royalty 4000.04")        << 2024 << "royalty" << "4000.04"        << "800.01"          << "3200.03"         << "0.20" << "0.00"    << "640.01";
        QTest::newRow("royalty 100000")         << 2026 << "royalty" << "100000.00"      << "20000.00"        << "80000.00"        << "0.20" << "0.00"    << "16000.00";
        // clang-format on
    }

private slots:
    void compute_data() { addPayments(); }

    void compute()
    {
        QFETCH(int, year);
        QFETCH(QString, category);
        QFETCH(QString, amount);
        QFETCH(QString, expense);
        QFETCH(QString, taxable);
        QFETCH(QString, rate);
        QFETCH(QString, quickDeduction);
        QFETCH(QString, withheld);
        const auto result = PaymentPrepayment::compute(packFor(year), inputFor(year, category, amount), nullptr);
        QCOMPARE(result.expense.toString(), expense);
        QCOMPARE(result.taxable.toString(), taxable);
        QCOMPARE(result.rate.toString(), rate);
        QCOMPARE(result.quickDeduction.toString(), quickDeduction);
        QCOMPARE(result.withheld.toString(), withheld);
    }

    void traceMatchesResult_data() { addPayments(); }

    void traceMatchesResult()
    {
        QFETCH(int, year);
        QFETCH(QString, category);
        QFETCH(QString, amount);
        QFETCH(QString, expense);
        QFETCH(QString, taxable);
        QFETCH(QString, withheld);
        const PaymentPrepaymentInput input = inputFor(year, category, amount);
        const auto plain = PaymentPrepayment::compute(packFor(year), input, nullptr);
        Trace trace;
        const auto traced = PaymentPrepayment::compute(packFor(year), input, &trace);
        QCOMPARE(traced.expense, plain.expense);
        QCOMPARE(traced.taxable, plain.taxable);
        QCOMPARE(traced.rate, plain.rate);
        QCOMPARE(traced.quickDeduction, plain.quickDeduction);
        QCOMPARE(traced.withheld, plain.withheld);

        QCOMPARE(trace.lines().size(), size_t(3));
        QCOMPARE(trace.lines()[0].id, QStringLiteral("payment_prepayment.expense"));
        QCOMPARE(trace.lines()[0].value, expense);
        QCOMPARE(trace.lines()[1].id, QStringLiteral("payment_prepayment.taxable"));
        QCOMPARE(trace.lines()[1].value, taxable);
        QCOMPARE(trace.lines()[2].id, QStringLiteral("payment_prepayment.withheld"));
        QCOMPARE(trace.lines()[2].value, withheld);
        QCOMPARE(inputsOf(trace.lines()[2]), QStringList {QStringLiteral("taxable=") + taxable});
    }

    void traceOfFixedExpense()
    {
        Trace trace;
        PaymentPrepayment::compute(
            packFor(2024), inputFor(2024, QStringLiteral("labor"), QStringLiteral("4000.00")), &trace);
        const TraceLine* expense = lineWithId(trace, QStringLiteral("payment_prepayment.expense"));
        QVERIFY(expense);
        QCOMPARE(inputsOf(*expense), QStringList {QStringLiteral("amount=4000.00")});
        QCOMPARE(parametersOf(*expense),
                 (QStringList {QStringLiteral("prepayment.fixed_expense_ceiling=4000.00"),
                               QStringLiteral("prepayment.fixed_expense=800.00")}));
        QVERIFY(expense->roundings.empty());
        QCOMPARE(expense->parameters.front().source.sourceId, QStringLiteral("SAT2018-61"));

        const TraceLine* taxable = lineWithId(trace, QStringLiteral("payment_prepayment.taxable"));
        QVERIFY(taxable);
        QCOMPARE(inputsOf(*taxable),
                 (QStringList {QStringLiteral("amount=4000.00"), QStringLiteral("expense=800.00")}));
        QVERIFY(taxable->parameters.empty());
        QVERIFY(taxable->roundings.empty());
    }

    void traceOfRateExpense()
    {
        Trace trace;
        PaymentPrepayment::compute(
            packFor(2024), inputFor(2024, QStringLiteral("labor"), QStringLiteral("4000.01")), &trace);
        const TraceLine* expense = lineWithId(trace, QStringLiteral("payment_prepayment.expense"));
        QVERIFY(expense);
        QCOMPARE(parametersOf(*expense),
                 (QStringList {QStringLiteral("prepayment.fixed_expense_ceiling=4000.00"),
                               QStringLiteral("expense.rate=0.20")}));
        QCOMPARE(expense->parameters.back().source.sourceId, QStringLiteral("LAW"));
        QCOMPARE(roundingsOf(*expense), QStringList {QStringLiteral("half-up-to-fen 800.002 → 800.00")});

        const TraceLine* withheld = lineWithId(trace, QStringLiteral("payment_prepayment.withheld"));
        QVERIFY(withheld);
        QCOMPARE(parametersOf(*withheld), QStringList {QStringLiteral("prepayment.labor=[0, 20000.00] × 0.20 − 0.00")});
        QCOMPARE(roundingsOf(*withheld), QStringList {QStringLiteral("half-up-to-fen 640.002 → 640.00")});
    }

    void traceOfAuthorShare()
    {
        Trace trace;
        PaymentPrepayment::compute(
            packFor(2024), inputFor(2024, QStringLiteral("author"), QStringLiteral("800.35")), &trace);
        const TraceLine* taxable = lineWithId(trace, QStringLiteral("payment_prepayment.taxable"));
        QVERIFY(taxable);
        QCOMPARE(inputsOf(*taxable), (QStringList {QStringLiteral("amount=800.35"), QStringLiteral("expense=800.00")}));
        QCOMPARE(parametersOf(*taxable), QStringList {QStringLiteral("author.income_share=0.70")});
        QCOMPARE(roundingsOf(*taxable), QStringList {QStringLiteral("half-up-to-fen 0.245 → 0.25")});

        const TraceLine* withheld = lineWithId(trace, QStringLiteral("payment_prepayment.withheld"));
        QVERIFY(withheld);
        QCOMPARE(parametersOf(*withheld), QStringList {QStringLiteral("prepayment.author_royalty_rate=0.20")});
        QCOMPARE(roundingsOf(*withheld), QStringList {QStringLiteral("half-up-to-fen 0.05 → 0.05")});
    }

    void traceOfNothingTaxable()
    {
        Trace trace;
        PaymentPrepayment::compute(
            packFor(2024), inputFor(2024, QStringLiteral("labor"), QStringLiteral("500.00")), &trace);
        const TraceLine* withheld = lineWithId(trace, QStringLiteral("payment_prepayment.withheld"));
        QVERIFY(withheld);
        QCOMPARE(withheld->value, QStringLiteral("0.00"));
        // Nothing was rounded: there was no tax to compute.
        QVERIFY(withheld->roundings.empty());
        QCOMPARE(parametersOf(*withheld), QStringList {QStringLiteral("prepayment.labor=[0, 20000.00] × 0.20 − 0.00")});
    }
};

HUISUAN_REGISTER_TEST(TestPaymentPrepayment)
#include "TestPaymentPrepayment.moc"
