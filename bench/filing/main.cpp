// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan-filing-bench: signing and verifying filings, one at a time and 10 000 in a batch
// (see bench/README.md).
#include "../RatioReporter.h"
#include "FilingBenchmarks.h"

#include <benchmark/benchmark.h>
#include <cstdio>
#include <exception>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

constexpr int taxYear = 2024;
// Distinct returns to cycle through, so that the timings are not of one document in the cache.
constexpr int returns = 1000;
constexpr int batch = 10000;

} // namespace

int main(int argc, char** argv)
{
    using namespace huisuan::bench;

    // Like every executable that holds private keys: no core dumps.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    try {
        registerFilingBenchmarks(returns, taxYear, batch);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "cannot prepare the benchmarks: %s\n", error.what());
        return 1;
    }

    RatioReporter reporter({
        {filingVerifyName, filingSignName},
        {filingBatchName, filingSignName},
    });
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
