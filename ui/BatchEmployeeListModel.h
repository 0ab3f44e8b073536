// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/BatchRows.h"

#include <QAbstractTableModel>
#include <QHash>

namespace huisuan {

/**
 * The employee table of a workspace's year: one row per employee on the roster with the year's
 * wages and withholding. An employee the last computation refused is tinted, with the reason in
 * its tooltip. SortRole gives each column a key that sorts as the user expects (amounts by value).
 */
class BatchEmployeeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        IdentityColumn,
        StartColumn,
        MonthsColumn,
        WagesColumn,
        WithheldColumn,
        StatusColumn,
        ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole;

    explicit BatchEmployeeListModel(QObject* parent = nullptr);

    void setRows(const QList<BatchEmployeeRow>& rows);
    /** Why the computation refused each employee, by identity number; empty clears the marks. */
    void setRefused(const QHash<QString, QString>& reasonOf);
    const BatchEmployeeRow& rowAt(int row) const { return m_rows.at(row); }
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString statusText(const BatchEmployeeRow& row) const;

    QList<BatchEmployeeRow> m_rows;
    QHash<QString, QString> m_refused;
};

/** Canonical yuan as whole fen, to sort amounts exactly; 0 for text that is not an amount. */
qlonglong fenSortKey(const QString& canonical);

} // namespace huisuan
