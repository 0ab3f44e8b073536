// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/SheetRow.h"

#include "tabular/CellText.h"

#include <QRegularExpression>

namespace huisuan {

SheetRow::SheetRow(const QString& file,
                   BatchSheetKind kind,
                   const QList<TabularCell>& cells,
                   const BatchColumnMap& columns,
                   QList<TabularProblem>& problems)
    : m_file(file)
    , m_cells(cells)
    , m_columns(columns)
    , m_problems(problems)
    , m_kind(kind)
{
    m_row = cells.isEmpty() ? 0 : cells.first().row;
}

void SheetRow::problem(BatchField field, const QString& reason)
{
    const TabularCell* found = cell(field);
    const int column = found ? found->column : (m_columns.contains(field) ? m_columns.value(field) + 1 : 0);
    m_problems.append({m_file, m_row, column, reason});
    ++m_problemCount;
}

const TabularCell* SheetRow::cell(BatchField field) const
{
    const auto index = m_columns.constFind(field);
    if (index == m_columns.constEnd() || *index >= m_cells.size()) {
        return nullptr;
    }
    return &m_cells.at(*index);
}

bool SheetRow::isRequired(BatchField field) const
{
    for (const BatchColumn& column : BatchColumns::of(m_kind)) {
        if (column.field == field) {
            return column.required;
        }
    }
    return false;
}

QString SheetRow::text(BatchField field)
{
    const TabularCell* found = cell(field);
    const QString value = found ? found->text.trimmed() : QString();
    if (value.isEmpty() && isRequired(field) && m_columns.contains(field)) {
        problem(field, tr("The %1 is missing. Fill in this cell.").arg(BatchColumns::header(field)));
    }
    return value;
}

QDate SheetRow::date(BatchField field)
{
    const QString value = text(field);
    if (value.isEmpty()) {
        return {};
    }
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})$"));
    const auto match = shape.match(value);
    const QDate date = match.hasMatch()
        ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt())
        : QDate();
    if (!date.isValid()) {
        problem(field, tr("\"%1\" is not a date. Write it like 2025-04-01.").arg(value));
    }
    return date;
}

std::optional<QDate> SheetRow::month(BatchField field)
{
    const QString value = text(field);
    if (value.isEmpty()) {
        return std::nullopt;
    }
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})[-/](\\d{1,2})$"));
    const auto match = shape.match(value);
    const QDate date = match.hasMatch() ? QDate(match.captured(1).toInt(), match.captured(2).toInt(), 1) : QDate();
    if (!date.isValid()) {
        problem(field, tr("\"%1\" is not a month. Write it like 2025-04.").arg(value));
        return std::nullopt;
    }
    return date;
}

QString SheetRow::money(BatchField field)
{
    const QString value = text(field);
    if (value.isEmpty()) {
        return QStringLiteral("0.00");
    }
    QString reason;
    const auto amount = CellText::money(*cell(field), &reason);
    if (!amount) {
        problem(field, reason);
        return {};
    }
    return *amount;
}

} // namespace huisuan
