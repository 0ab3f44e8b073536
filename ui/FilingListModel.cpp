// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FilingListModel.h"

#include "ui/DisplayAmount.h"

#include <QLocale>

namespace huisuan {

FilingListModel::FilingListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FilingListModel::setFilings(const QList<FilingRow>& filings)
{
    beginResetModel();
    m_filings = filings;
    endResetModel();
}

void FilingListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_filings.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

int FilingListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_filings.size());
}

int FilingListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FilingListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_filings.size() ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return {};
    }
    const FilingRow& filing = m_filings.at(index.row());
    switch (index.column()) {
    case CreatedColumn:
        return timeText(filing.createdAt);
    case KindColumn:
        return kindText(filing.kind);
    case StatusColumn:
        return statusText(filing.status);
    case ReceiptColumn:
        return receiptText(filing);
    case SettlementColumn:
        return settlementText(filing);
    default:
        return {};
    }
}

QVariant FilingListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case CreatedColumn:
        return tr("Signed");
    case KindColumn:
        return tr("Kind");
    case StatusColumn:
        return tr("Status");
    case ReceiptColumn:
        return tr("Receipt");
    case SettlementColumn:
        return tr("Refund or payment");
    default:
        return {};
    }
}

QString FilingListModel::kindText(FilingRow::Kind kind)
{
    return kind == FilingRow::Kind::Correction ? tr("Correction") : tr("Original return");
}

QString FilingListModel::statusText(FilingRow::Status status)
{
    switch (status) {
    case FilingRow::Status::Queued:
        return tr("Waiting to be sent");
    case FilingRow::Status::Submitted:
        return tr("Submitted");
    case FilingRow::Status::Accepted:
        return tr("Accepted");
    case FilingRow::Status::Refused:
        return tr("Refused");
    case FilingRow::Status::Withdrawn:
        return tr("Withdrawn");
    case FilingRow::Status::Replaced:
        return tr("Replaced by a correction");
    }
    return {};
}

QString FilingListModel::receiptText(const FilingRow& filing)
{
    if (filing.unverifiedReceipt && filing.receipts.isEmpty()) {
        return tr("A receipt that does not verify: do not rely on it");
    }
    const ReceiptRow* receipt = filing.filingReceipt();
    if (receipt == nullptr) {
        return tr("None yet");
    }
    if (!receipt->accepted) {
        return tr("Refused by the bureau");
    }
    if (receipt->balance.startsWith(QLatin1Char('-'))) {
        return tr("Accepted: refund of %1").arg(displayAmount(receipt->balance.mid(1)));
    }
    if (!receipt->balance.isEmpty() && receipt->balance != QLatin1String("0.00")) {
        return tr("Accepted: %1 to pay").arg(displayAmount(receipt->balance));
    }
    return tr("Accepted");
}

QString FilingListModel::settlementStateText(SettlementRow::State state)
{
    switch (state) {
    case SettlementRow::State::Unknown:
        return tr("not known yet");
    case SettlementRow::State::UnderReview:
        return tr("under review");
    case SettlementRow::State::Treasury:
        return tr("at the treasury");
    case SettlementRow::State::Paid:
        return tr("paid");
    case SettlementRow::State::Failed:
        return tr("could not be paid");
    case SettlementRow::State::Due:
        return tr("due");
    case SettlementRow::State::Overdue:
        return tr("overdue");
    }
    return {};
}

QString FilingListModel::settlementText(const FilingRow& filing)
{
    if (!filing.settlement) {
        return filing.status == FilingRow::Status::Accepted ? tr("Not asked yet: refresh from the bureau") : QString();
    }
    const SettlementRow& settlement = *filing.settlement;
    const QString state = settlementStateText(settlement.state);
    if (settlement.direction == SettlementRow::Direction::Payment) {
        return settlement.due.isValid() ? tr("%1 to pay by %2: %3")
                                              .arg(displayAmount(settlement.amount),
                                                   QLocale().toString(settlement.due, QLocale::ShortFormat),
                                                   state)
                                        : tr("%1 to pay: %2").arg(displayAmount(settlement.amount), state);
    }
    return tr("Refund of %1: %2").arg(displayAmount(settlement.amount), state);
}

QString FilingListModel::timeText(const QDateTime& time)
{
    return time.isValid() ? QLocale().toString(time.toLocalTime(), QLocale::ShortFormat) : QString();
}

} // namespace huisuan
