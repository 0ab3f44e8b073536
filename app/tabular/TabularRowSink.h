// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "TabularReader.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * What the CSV and XLSX readers hand their rows to: it leaves blank rows out, takes the first row
 * as the header, checks every later row against the header's width, and collects the problems
 * (capped, so that a broken 200 MB file does not produce a million of them).
 */
class TabularRowSink
{
    Q_DECLARE_TR_FUNCTIONS(TabularRowSink)

public:
    enum class Width {
        Exact, // CSV: every record must have as many fields as the header
        Sparse, // XLSX: missing cells are empty; only a filled cell right of the header is shifted
    };

    static constexpr int MaxProblems = 1000;

    TabularRowSink(QString file, Width width, TabularReader::RowCallback onRow);

    /** Hands a row on; returns false when the reading should stop. */
    bool row(int rowNumber, TabularRow cells);
    void problem(int row, int column, const QString& reason);
    bool stopped() const { return m_stopped; }
    const QString& file() const { return m_file; }
    QList<TabularProblem> takeProblems() { return std::move(m_problems); }

private:
    QString m_file;
    Width m_width;
    TabularReader::RowCallback m_onRow;
    qsizetype m_headerWidth = -1;
    bool m_stopped = false;
    QList<TabularProblem> m_problems;
};

} // namespace huisuan
