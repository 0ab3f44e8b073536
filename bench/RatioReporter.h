// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <benchmark/benchmark.h>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace huisuan::bench {

/**
 * The console report followed by ratios of time per item between benchmarks of the same run.
 * Absolute rates depend on the machine and its load; a ratio against a reference measured
 * beside it is what can be compared from one machine or one commit to the next.
 *
 * With --benchmark_repetitions the median of the repetitions is used.
 */
class RatioReporter : public benchmark::ConsoleReporter
{
public:
    struct Comparison
    {
        std::string benchmark;
        std::string reference;
    };

    /** Colours the table only when standard output is a terminal. */
    explicit RatioReporter(std::vector<Comparison> comparisons);

    void ReportRuns(const std::vector<Run>& runs) override;
    void Finalize() override;

private:
    std::vector<Comparison> m_comparisons;
    std::map<std::string, double> m_itemsPerSecond;
    std::set<std::string> m_fromMedian;
};

} // namespace huisuan::bench
