// SPDX-License-Identifier: GPL-3.0-or-later
#include "AnnualReturnBenchmarks.h"

#include "SyntheticTaxpayers.h"
#include "compute/ComputeService.h"
#include "trace/Trace.h"

#include "json/CanonicalJsonWriter.h"
#include <benchmark/benchmark.h>
#include <memory>

namespace huisuan::bench {

namespace {

void countReturns(benchmark::State& state, const SyntheticTaxpayers& population)
{
    state.SetItemsProcessed(state.iterations() * static_cast<std::int64_t>(population.inputs().size()));
}

void computeThroughService(benchmark::State& state, const SyntheticTaxpayers& population, bool withTrace)
{
    ComputeService::Options options;
    options.withTrace = withTrace;
    for (auto _ : state) {
        qsizetype bytesOut = 0;
        for (const QByteArray& document : population.documents()) {
            const auto outcome = ComputeService::computeDocument(ComputeKind::AnnualReturn, document, options);
            if (outcome.status != ComputeService::Status::Computed) {
                state.SkipWithError("the service did not compute a synthetic return");
                return;
            }
            bytesOut += CanonicalJsonWriter::write(outcome.result).bytes.size();
        }
        benchmark::DoNotOptimize(bytesOut);
    }
    countReturns(state, population);
}

} // namespace

void registerAnnualReturnBenchmarks(int taxpayers, int taxYear)
{
    const auto population = std::make_shared<const SyntheticTaxpayers>(taxpayers, taxYear);

    benchmark::RegisterBenchmark(annualEngineName, [population](benchmark::State& state) {
        for (auto _ : state) {
            Money balance;
            for (const AnnualReturnInput& input : population->inputs()) {
                balance += AnnualReturn::compute(population->pack(), input, nullptr).balance;
            }
            benchmark::DoNotOptimize(balance);
        }
        countReturns(state, *population);
    });

    benchmark::RegisterBenchmark(annualEngineTraceName, [population](benchmark::State& state) {
        for (auto _ : state) {
            Money balance;
            for (const AnnualReturnInput& input : population->inputs()) {
                Trace trace;
                balance += AnnualReturn::compute(population->pack(), input, &trace).balance;
                benchmark::DoNotOptimize(trace.lines().data());
            }
            benchmark::DoNotOptimize(balance);
        }
        countReturns(state, *population);
    });

    benchmark::RegisterBenchmark(
        annualServiceName, [population](benchmark::State& state) { computeThroughService(state, *population, false); });
    benchmark::RegisterBenchmark(annualServiceTraceName, [population](benchmark::State& state) {
        computeThroughService(state, *population, true);
    });
}

} // namespace huisuan::bench
