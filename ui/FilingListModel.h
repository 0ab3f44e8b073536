// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/FilingRow.h"

#include <QAbstractTableModel>
#include <QList>

namespace huisuan {

/** The filings page's table: one row per filing, newest first, with its status, receipt and settlement. */
class FilingListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CreatedColumn, KindColumn, StatusColumn, ReceiptColumn, SettlementColumn, ColumnCount };

    explicit FilingListModel(QObject* parent = nullptr);

    void setFilings(const QList<FilingRow>& filings);
    const QList<FilingRow>& filings() const { return m_filings; }
    /** The filing of `row`, or null when there is no such row. */
    const FilingRow* filing(int row) const { return row >= 0 && row < m_filings.size() ? &m_filings.at(row) : nullptr; }
    /** Re-reads every text after a language change. */
    void retranslate();

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(FilingRow::Kind kind);
    static QString statusText(FilingRow::Status status);
    /** The receipt in a few words: accepted with the balance, refused, or none yet. */
    static QString receiptText(const FilingRow& filing);
    static QString settlementStateText(SettlementRow::State state);
    /** Where the refund or payment stands: "Refund of ¥1,800.00: at the treasury". */
    static QString settlementText(const FilingRow& filing);
    static QString timeText(const QDateTime& time);

private:
    QList<FilingRow> m_filings;
};

} // namespace huisuan
