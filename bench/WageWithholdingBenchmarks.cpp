// SPDX-License-Identifier: GPL-3.0-or-later
#include "WageWithholdingBenchmarks.h"

#include "BaselineWithholding.h"
#include "SyntheticCompany.h"
#include "compute/WageWithholding.h"
#include "trace/Trace.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace huisuan::bench {

namespace {

constexpr int months = SyntheticCompany::monthsPerYear;

/** Everything the timed loops read, built before any of them runs. */
struct WageFixture
{
    WageFixture(const RulePack& rulePack, int employees)
        : pack(rulePack)
        , company(employees)
        , inputs(company.engineInputs(rulePack.taxYear))
        , baseline(rulePack)
    {
    }

    const RulePack& pack;
    SyntheticCompany company;
    std::vector<WageWithholdingInput> inputs;
    BaselineWithholding baseline;
};

void abortWhenResultsDiffer(const WageFixture& fixture)
{
    WageWithholdingResult result;
    std::int64_t baselineMonths[months];
    std::int64_t engineTotal = 0;
    std::int64_t baselineTotal = 0;
    for (int e = 0; e < fixture.company.employees(); ++e) {
        WageWithholding::compute(fixture.pack, fixture.inputs[static_cast<size_t>(e)], result, nullptr);
        engineTotal += static_cast<std::int64_t>(result.totalWithheld.fen());
        baselineTotal += fixture.baseline.withholdYear(
            &fixture.company.months()[static_cast<size_t>(e * months)], months, baselineMonths);
        for (int m = 0; m < months; ++m) {
            const auto engineMonth = static_cast<std::int64_t>(result.months[static_cast<size_t>(m)].withheld.fen());
            if (engineMonth != baselineMonths[m]) {
                std::fprintf(stderr,
                             "baseline differs from the engine: employee %d, month %d: %lld fen against %lld fen\n",
                             e,
                             m + 1,
                             static_cast<long long>(baselineMonths[m]),
                             static_cast<long long>(engineMonth));
                std::abort();
            }
        }
    }
    if (engineTotal != baselineTotal) {
        std::fprintf(stderr,
                     "baseline differs from the engine: %lld fen withheld against %lld fen\n",
                     static_cast<long long>(baselineTotal),
                     static_cast<long long>(engineTotal));
        std::abort();
    }
    std::fprintf(stderr,
                 "wage withholding: engine and baseline both withhold %lld fen from %d employees\n",
                 static_cast<long long>(engineTotal),
                 fixture.company.employees());
}

void countEmployeeMonths(benchmark::State& state, const WageFixture& fixture)
{
    state.SetItemsProcessed(state.iterations() * fixture.company.employees() * months);
}

} // namespace

void registerWageWithholdingBenchmarks(const RulePack& pack, int employees)
{
    const auto fixture = std::make_shared<const WageFixture>(pack, employees);
    abortWhenResultsDiffer(*fixture);

    benchmark::RegisterBenchmark(wageBaselineName, [fixture](benchmark::State& state) {
        const EmployeeMonthFen* rows = fixture->company.months().data();
        std::int64_t withheld[months];
        for (auto _ : state) {
            std::int64_t total = 0;
            for (int e = 0; e < fixture->company.employees(); ++e) {
                total += fixture->baseline.withholdYear(rows + e * months, months, withheld);
            }
            benchmark::DoNotOptimize(total);
            benchmark::ClobberMemory();
        }
        countEmployeeMonths(state, *fixture);
    });

    benchmark::RegisterBenchmark(wageEngineName, [fixture](benchmark::State& state) {
        WageWithholdingResult result;
        for (auto _ : state) {
            Money total;
            for (const WageWithholdingInput& input : fixture->inputs) {
                WageWithholding::compute(fixture->pack, input, result, nullptr);
                total += result.totalWithheld;
            }
            benchmark::DoNotOptimize(total);
        }
        countEmployeeMonths(state, *fixture);
    });

    // A trace is a fresh object per computation, as every caller that asks for one uses it.
    benchmark::RegisterBenchmark(wageEngineTraceName, [fixture](benchmark::State& state) {
        WageWithholdingResult result;
        for (auto _ : state) {
            Money total;
            for (const WageWithholdingInput& input : fixture->inputs) {
                Trace trace;
                WageWithholding::compute(fixture->pack, input, result, &trace);
                total += result.totalWithheld;
                benchmark::DoNotOptimize(trace.lines().data());
            }
            benchmark::DoNotOptimize(total);
        }
        countEmployeeMonths(state, *fixture);
    });
}

} // namespace huisuan::bench
