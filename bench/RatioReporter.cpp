// SPDX-License-Identifier: GPL-3.0-or-later
#include "RatioReporter.h"

#include <cstdio>
#include <iomanip>
#include <ostream>
#include <unistd.h>
#include <utility>

namespace huisuan::bench {

RatioReporter::RatioReporter(std::vector<Comparison> comparisons)
    : ConsoleReporter(isatty(fileno(stdout)) ? OO_ColorTabular : OO_Tabular)
    , m_comparisons(std::move(comparisons))
{
}

void RatioReporter::ReportRuns(const std::vector<Run>& runs)
{
    ConsoleReporter::ReportRuns(runs);
    for (const Run& run : runs) {
        const auto rate = run.counters.find("items_per_second");
        if (run.error_occurred || rate == run.counters.end()) {
            continue;
        }
        const std::string& name = run.run_name.function_name;
        if (run.run_type == Run::RT_Aggregate && run.aggregate_name == "median") {
            m_itemsPerSecond[name] = rate->second.value;
            m_fromMedian.insert(name);
        } else if (run.run_type == Run::RT_Iteration && m_fromMedian.count(name) == 0) {
            m_itemsPerSecond[name] = rate->second.value;
        }
    }
}

void RatioReporter::Finalize()
{
    std::ostream& out = GetOutputStream();
    out << "\nTime per item relative to a reference measured in the same run:\n";
    for (const Comparison& comparison : m_comparisons) {
        const auto measured = m_itemsPerSecond.find(comparison.benchmark);
        const auto reference = m_itemsPerSecond.find(comparison.reference);
        if (measured == m_itemsPerSecond.end() || reference == m_itemsPerSecond.end() || measured->second <= 0) {
            continue;
        }
        out << "  " << std::left << std::setw(42) << comparison.benchmark << " / " << std::setw(36)
            << comparison.reference << std::right << std::fixed << std::setprecision(2) << std::setw(9)
            << reference->second / measured->second << "x\n";
    }
    ConsoleReporter::Finalize();
}

} // namespace huisuan::bench
