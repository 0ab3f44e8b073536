// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReturnBenchmarks.h"
#include "RatioReporter.h"
#include "WageWithholdingBenchmarks.h"
#include "rules/RulePackRegistry.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <exception>

namespace {

// A current year with every deduction in force; sizes large enough that one iteration is far
// above the timer's resolution and small enough to build in well under a second.
constexpr int taxYear = 2024;
constexpr int employees = 1000;
constexpr int taxpayers = 1000;

} // namespace

int main(int argc, char** argv)
{
    using namespace huisuan;
    using namespace huisuan::bench;

    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    try {
        const RulePack* pack = RulePackRegistry::builtIn().forYear(taxYear);
        if (!pack) {
            std::fprintf(stderr, "no built-in rule pack for %d\n", taxYear);
            return 1;
        }
        registerWageWithholdingBenchmarks(*pack, employees);
        registerAnnualReturnBenchmarks(taxpayers, taxYear);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cannot prepare the benchmarks: %s\n", error.what());
        return 1;
    }

    RatioReporter reporter({
        {wageEngineName, wageBaselineName},
        {wageEngineTraceName, wageBaselineName},
        {wageEngineTraceName, wageEngineName},
        {annualEngineTraceName, annualEngineName},
        {annualServiceName, annualEngineName},
        {annualServiceTraceName, annualEngineName},
    });
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
