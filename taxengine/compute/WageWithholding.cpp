// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/WageWithholding.h"

#include "compute/TableTax.h"
#include "money/FastFen.h"
#include "rules/RulePackRegistry.h"
#include "trace/Trace.h"

#include <QCoreApplication>

namespace huisuan {

namespace {

QString monthId(int month, const char* line)
{
    return QStringLiteral("wage_withholding.month_%1.%2").arg(month, 2, 10, QLatin1Char('0')).arg(QLatin1String(line));
}

/** The running totals of the year so far, in the amount type of one computation. */
template <typename Amount>
struct CumulativeSums
{
    Amount income;
    Amount taxFree;
    Amount special;
    Amount specialAdditional;
    Amount other;
    Amount relief;
    Amount withheld; // by the months before the current one
};

/**
 * The formula of the class comment, month by month, written once for every amount type: with
 * Money through MoneyParameters, and with FastFen through PreparedWithholdingTable::Parameters. They
 * give the pack's numbers in that type, convert amounts in and out, and tax a cumulative taxable
 * income from the table; observeMonth sees every month's values (the trace).
 */
template <typename Parameters, typename Observer>
void withhold(const Parameters& parameters,
              const WageWithholdingInput& input,
              WageWithholdingResult& result,
              const Observer& observeMonth)
{
    using Amount = typename Parameters::Amount;
    // Sized first and overwritten in place: a result reused from the last computation keeps its
    // elements, and no month's result is built on the side to be copied in.
    result.months.resize(input.months.size());
    auto monthResult = result.months.begin();

    // Read once: the compiler cannot tell that writing the results leaves them unchanged.
    const bool fromJanuary = input.basicDeductionFromJanuary;
    const int firstCountedMonth = input.firstJobInYear ? 1 : input.firstMonth;
    const Amount basicDeductionFromJanuary = parameters.basicDeductionFromJanuary();
    const Amount basicDeductionMonthly = parameters.basicDeductionMonthly();
    CumulativeSums<Amount> sums;
    for (const WageMonthInput& month : input.months) {
        const auto& amounts = Parameters::amounts(month);
        sums.income += amounts.wages;
        sums.taxFree += amounts.taxFreeIncome;
        sums.special += amounts.specialDeductions;
        sums.specialAdditional += amounts.specialAdditionalDeductions;
        sums.other += amounts.otherDeductions;
        sums.relief += amounts.taxRelief;

        const Amount basicDeduction =
            fromJanuary ? basicDeductionFromJanuary : basicDeductionMonthly.times(month.month - firstCountedMonth + 1);
        const Amount taxableIncome = max(
            Amount(), sums.income - sums.taxFree - basicDeduction - sums.special - sums.specialAdditional - sums.other);
        const auto tax = parameters.taxFor(taxableIncome);
        // “余额为负值时，暂不退税”: a month never withholds less than nothing.
        const Amount withheld = max(Amount(), tax.tax - sums.relief - sums.withheld);
        *monthResult = {month.month,
                        Parameters::money(taxableIncome),
                        tax.bracket,
                        Parameters::money(tax.tax),
                        Parameters::money(withheld)};
        observeMonth(month, sums, basicDeduction, tax, *monthResult);
        sums.withheld += withheld;
        ++monthResult;
    }
    result.totalWithheld = Parameters::money(sums.withheld);
}

/** The pack's numbers as they are, for the exact path. */
class MoneyParameters
{
public:
    using Amount = Money;

    explicit MoneyParameters(const RulePack& rulePack)
        : pack(rulePack)
    {
    }

    static const WageMonthInput& amounts(const WageMonthInput& month) { return month; }
    static const Money& money(const Money& amount) { return amount; }
    const Money& basicDeductionMonthly() const { return pack.basicDeductionMonthly.value; }
    const Money& basicDeductionFromJanuary() const { return pack.basicDeductionFromJanuary.value; }
    TableTax taxFor(const Money& taxableIncome) const { return taxFromTable(pack.comprehensiveAnnual, taxableIncome); }

private:
    // Named so, the reads above are pack.member reads, which TestGuards matches to the trace.
    const RulePack& pack;
};

/**
 * The pack's numbers for withholding, resolved to FastFen and FastRate once, so that the fast
 * path reads neither Money nor Rate. Holds the pack's own brackets for the results, so it is only
 * made for packs that outlive it (the built-in ones).
 */
class PreparedWithholdingTable
{
    struct FastBracket
    {
        FastFen upTo;
        FastRate rate;
        FastFen quickDeduction;
        const Bracket* bracket;
    };

public:
    /**
     * The parameters of withhold() on the fast path. A small value made for each computation:
     * being local, the compiler knows that writing the results does not change it, and keeps it in
     * registers instead of reading the table again after every store.
     */
    class Parameters
    {
    public:
        using Amount = FastFen;

        /** A month's amounts, as WageMonthInput names them. */
        struct MonthAmounts
        {
            FastFen wages;
            FastFen taxFreeIncome;
            FastFen specialDeductions;
            FastFen specialAdditionalDeductions;
            FastFen otherDeductions;
            FastFen taxRelief;
        };

        struct FastTax
        {
            const Bracket* bracket;
            FastFen tax;
        };

        explicit Parameters(const PreparedWithholdingTable& table)
            : m_basicDeductionMonthly(table.m_basicDeductionMonthly)
            , m_basicDeductionFromJanuary(table.m_basicDeductionFromJanuary)
            , m_firstBracket(table.m_brackets.data())
            , m_lastBracket(m_firstBracket + table.m_brackets.size() - 1)
        {
        }

        /** The month's amounts, checked together with one branch. */
        static MonthAmounts amounts(const WageMonthInput& month)
        {
            std::uint64_t misfit = 0;
            const MonthAmounts amounts {FastFen::of(month.wages, misfit),
                                        FastFen::of(month.taxFreeIncome, misfit),
                                        FastFen::of(month.specialDeductions, misfit),
                                        FastFen::of(month.specialAdditionalDeductions, misfit),
                                        FastFen::of(month.otherDeductions, misfit),
                                        FastFen::of(month.taxRelief, misfit)};
            if (misfit != 0) {
                FastFen::overflow();
            }
            return amounts;
        }
        static Money money(FastFen amount) { return amount.toMoney(); }
        FastFen basicDeductionMonthly() const { return m_basicDeductionMonthly; }
        FastFen basicDeductionFromJanuary() const { return m_basicDeductionFromJanuary; }

        /** As taxFromTable: the first bracket whose edge is not below the amount, else the last. A
         *  linear search: cumulative taxable income can fall from one month to the next, and the
         *  table has seven brackets. */
        FastTax taxFor(FastFen taxableIncome) const
        {
            const FastBracket* bracket = m_firstBracket;
            while (bracket != m_lastBracket && taxableIncome > bracket->upTo) {
                ++bracket;
            }
            if (taxableIncome <= FastFen()) {
                return {bracket->bracket, FastFen()};
            }
            return {bracket->bracket, bracketTax(taxableIncome, bracket->rate, bracket->quickDeduction).tax};
        }

    private:
        FastFen m_basicDeductionMonthly;
        FastFen m_basicDeductionFromJanuary;
        const FastBracket* m_firstBracket;
        const FastBracket* m_lastBracket;
    };

    /** The table, or nothing when a number of the pack does not fit 64 bits. */
    static std::optional<PreparedWithholdingTable> prepare(const RulePack& pack)
    {
        PreparedWithholdingTable table;
        table.m_pack = &pack;
        try {
            table.m_basicDeductionMonthly = FastFen::of(pack.basicDeductionMonthly.value);
            table.m_basicDeductionFromJanuary = FastFen::of(pack.basicDeductionFromJanuary.value);
            for (const Bracket& bracket : pack.comprehensiveAnnual.brackets) {
                const std::optional<FastRate> rate = FastRate::of(bracket.rate);
                if (!rate) {
                    return std::nullopt;
                }
                table.m_brackets.push_back({bracket.upTo ? FastFen::of(*bracket.upTo) : FastFen::unbounded(),
                                            *rate,
                                            FastFen::of(bracket.quickDeduction),
                                            &bracket});
            }
        } catch (const FastPathOverflow&) {
            return std::nullopt;
        }
        if (table.m_brackets.empty()) {
            return std::nullopt;
        }
        return table;
    }

    const RulePack* pack() const { return m_pack; }

private:
    PreparedWithholdingTable() = default;

    const RulePack* m_pack = nullptr;
    FastFen m_basicDeductionMonthly;
    FastFen m_basicDeductionFromJanuary;
    std::vector<FastBracket> m_brackets; // never empty
};

/**
 * The prepared table of a built-in pack, or nullptr for any other. Built-in packs never change
 * and live as long as the process, so their tables are made once and found by the pack's address;
 * a pack loaded elsewhere could be changed or freed, and an address reused, so it takes the exact
 * path rather than risk a stale table.
 */
const PreparedWithholdingTable* preparedTableFor(const RulePack& pack)
{
    static const std::vector<PreparedWithholdingTable> builtIn = [] {
        const RulePackRegistry& registry = RulePackRegistry::builtIn();
        std::vector<PreparedWithholdingTable> tables;
        for (int year = registry.firstYear(); year <= registry.lastYear(); ++year) {
            const RulePack* builtInPack = registry.forYear(year);
            if (auto table = builtInPack ? PreparedWithholdingTable::prepare(*builtInPack) : std::nullopt) {
                tables.push_back(std::move(*table));
            }
        }
        return tables;
    }();
    // One table a tax year: a few comparisons of addresses.
    for (const PreparedWithholdingTable& table : builtIn) {
        if (table.pack() == &pack) {
            return &table;
        }
    }
    return nullptr;
}

/** The trace lines of one month of the exact path. */
void traceMonth(Trace* trace,
                const RulePack& pack,
                const WageWithholdingInput& input,
                const WageMonthInput& month,
                const CumulativeSums<Money>& sums,
                const Money& basicDeduction,
                const TableTax& tax,
                const WageMonthResult& monthResult)
{
    TraceLineBuilder basic(trace,
                           monthId(month.month, "cumulative_basic_deduction"),
                           QT_TRANSLATE_NOOP("Trace", "Cumulative basic deduction"),
                           input.basicDeductionFromJanuary
                               ? QT_TRANSLATE_NOOP("Trace", "the whole year's amount from January")
                               : QT_TRANSLATE_NOOP("Trace", "monthly amount × months counted so far"),
                           basicDeduction);
    if (input.basicDeductionFromJanuary) {
        basic.parameter(pack.basicDeductionFromJanuary).parameter(pack.basicDeductionFromJanuaryPolicy);
    } else {
        basic.parameter(pack.basicDeductionMonthly)
            .input(QStringLiteral("months_counted"),
                   QString::number(month.month - (input.firstJobInYear ? 1 : input.firstMonth) + 1));
        if (input.firstJobInYear) {
            basic.parameter(pack.firstJobInYear);
        }
    }
    TraceLineBuilder(trace,
                     monthId(month.month, "cumulative_taxable_income"),
                     QT_TRANSLATE_NOOP("Trace", "Cumulative taxable income"),
                     QT_TRANSLATE_NOOP("Trace",
                                       "cumulative wages − tax-free income − basic deduction − special "
                                       "deductions − special additional deductions − other deductions, "
                                       "not below zero"),
                     monthResult.cumulativeTaxableIncome)
        .input(QStringLiteral("cumulative_wages"), sums.income)
        .input(QStringLiteral("cumulative_tax_free_income"), sums.taxFree)
        .input(QStringLiteral("cumulative_basic_deduction"), basicDeduction)
        .input(QStringLiteral("cumulative_special_deductions"), sums.special)
        .input(QStringLiteral("cumulative_special_additional_deductions"), sums.specialAdditional)
        .input(QStringLiteral("cumulative_other_deductions"), sums.other);
    TraceLineBuilder cumulativeTax(trace,
                                   monthId(month.month, "cumulative_tax"),
                                   QT_TRANSLATE_NOOP("Trace", "Cumulative tax"),
                                   QT_TRANSLATE_NOOP("Trace",
                                                     "cumulative taxable income × rate − quick deduction "
                                                     "(withholding rate table 1)"),
                                   monthResult.cumulativeTax);
    cumulativeTax.input(QStringLiteral("cumulative_taxable_income"), monthResult.cumulativeTaxableIncome)
        .bracket(pack.comprehensiveAnnual, *tax.bracket);
    if (!monthResult.cumulativeTaxableIncome.isZero()) {
        cumulativeTax.rounding(Rounding::HalfUpToFen, tax.unrounded, tax.tax);
    }
    TraceLineBuilder(trace,
                     monthId(month.month, "withheld"),
                     QT_TRANSLATE_NOOP("Trace", "Withheld this month"),
                     QT_TRANSLATE_NOOP("Trace",
                                       "cumulative tax − cumulative tax relief − already withheld; "
                                       "nothing when negative (no refund mid-year)"),
                     monthResult.withheld)
        .input(QStringLiteral("cumulative_tax"), monthResult.cumulativeTax)
        .input(QStringLiteral("cumulative_tax_relief"), sums.relief)
        .input(QStringLiteral("already_withheld"), sums.withheld);
}

} // namespace

bool WageWithholding::computeOnFastPath(const RulePack& pack,
                                        const WageWithholdingInput& input,
                                        WageWithholdingResult& result)
{
    const PreparedWithholdingTable* table = preparedTableFor(pack);
    if (!table) {
        return false;
    }
    try {
        withhold(PreparedWithholdingTable::Parameters(*table), input, result, [](const auto&...) {});
    } catch (const FastPathOverflow&) {
        return false;
    }
    return true;
}

void WageWithholding::compute(const RulePack& pack,
                              const WageWithholdingInput& input,
                              WageWithholdingResult& result,
                              Trace* trace)
{
    // The trace shows exact values and their rounding, which only the Money path keeps.
    if (!trace && computeOnFastPath(pack, input, result)) {
        return;
    }
    withhold(MoneyParameters(pack), input, result, [&](const auto&... monthValues) {
        if (trace) {
            traceMonth(trace, pack, input, monthValues...);
        }
    });
    TraceLineBuilder(trace,
                     QStringLiteral("wage_withholding.total_withheld"),
                     QT_TRANSLATE_NOOP("Trace", "Total withheld"),
                     QT_TRANSLATE_NOOP("Trace", "sum of the months' withholding"),
                     result.totalWithheld);
}

} // namespace huisuan
