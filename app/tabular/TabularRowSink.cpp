// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularRowSink.h"

#include <QCoreApplication>
#include <algorithm>

namespace huisuan {

namespace {

bool isBlank(const TabularRow& cells)
{
    return std::all_of(
        cells.cbegin(), cells.cend(), [](const TabularCell& cell) { return cell.text.trimmed().isEmpty(); });
}

} // namespace

TabularRowSink::TabularRowSink(QString file, Width width, TabularReader::RowCallback onRow)
    : m_file(std::move(file))
    , m_width(width)
    , m_onRow(std::move(onRow))
{
}

bool TabularRowSink::row(int rowNumber, TabularRow cells)
{
    if (m_stopped) {
        return false;
    }
    if (isBlank(cells)) {
        return true;
    }
    if (m_headerWidth < 0) {
        while (!cells.isEmpty() && cells.constLast().text.trimmed().isEmpty()) {
            cells.removeLast();
        }
        m_headerWidth = cells.size();
    } else if (m_width == Width::Exact && cells.size() != m_headerWidth) {
        problem(rowNumber,
                0,
                tr("This row has %1 cells but the header has %2: a value may be missing or split by a stray comma, "
                   "so the columns after it may have shifted. Correct the row and import again.")
                    .arg(cells.size())
                    .arg(m_headerWidth));
    } else if (m_width == Width::Sparse) {
        for (qsizetype index = m_headerWidth; index < cells.size(); ++index) {
            if (!cells.at(index).text.trimmed().isEmpty()) {
                problem(rowNumber,
                        cells.at(index).column,
                        tr("This cell is right of the last column of the header, so the columns of this row may "
                           "have shifted. Move the value under its heading and import again."));
                break;
            }
        }
        while (cells.size() > m_headerWidth) {
            cells.removeLast();
        }
        while (cells.size() < m_headerWidth) {
            cells.append(TabularCell {QString(), rowNumber, static_cast<int>(cells.size() + 1)});
        }
    }
    if (!m_onRow(cells)) {
        m_stopped = true;
    }
    return !m_stopped;
}

void TabularRowSink::problem(int row, int column, const QString& reason)
{
    if (m_problems.size() < MaxProblems) {
        m_problems.append(TabularProblem {m_file, row, column, reason});
    } else if (m_problems.size() == MaxProblems) {
        m_problems.append(TabularProblem {
            m_file,
            0,
            0,
            tr("There are more than %1 problems in this file; only the first %1 are listed. Check that it is the "
               "right file, correct these and import again.")
                .arg(MaxProblems)});
    }
}

} // namespace huisuan
