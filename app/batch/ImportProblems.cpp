// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/ImportProblems.h"

namespace huisuan {

void ImportProblems::add(const QList<TabularProblem>& problems)
{
    for (const TabularProblem& problem : problems) {
        if (m_kept.size() < MaxKept) {
            m_kept.append(problem);
        } else {
            ++m_notKept;
        }
    }
}

QList<TabularProblem> ImportProblems::take(const QString& file)
{
    QList<TabularProblem> problems = std::move(m_kept);
    m_kept.clear();
    if (m_notKept > 0) {
        problems.append({file,
                         0,
                         0,
                         tr("%n more problem(s) are not listed. Correct the ones above and import the file again "
                            "to see the rest.",
                            nullptr,
                            int(std::min<qint64>(m_notKept, std::numeric_limits<int>::max())))});
        m_notKept = 0;
    }
    return problems;
}

} // namespace huisuan
