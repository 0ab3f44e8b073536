// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TaxYearListModel.h"

#include "ui/DisplayAmount.h"

namespace huisuan {

TaxYearListModel::TaxYearListModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void TaxYearListModel::setYears(const QList<TaxYearOverview>& years)
{
    beginResetModel();
    m_years = years;
    endResetModel();
}

void TaxYearListModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_years.isEmpty()) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {Qt::DisplayRole});
    }
}

int TaxYearListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_years.size());
}

int TaxYearListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TaxYearListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_years.size() ||
        (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)) {
        return {};
    }
    const TaxYearOverview& year = m_years.at(index.row());
    switch (index.column()) {
    case YearColumn:
        return tr("%1 tax year").arg(year.taxYear);
    case StateColumn:
        return stateText(year);
    case NextStepColumn:
        return nextStepText(year);
    default:
        return {};
    }
}

QVariant TaxYearListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return QAbstractTableModel::headerData(section, orientation, role);
    }
    switch (section) {
    case YearColumn:
        return tr("Year");
    case StateColumn:
        return tr("State");
    case NextStepColumn:
        return tr("What to do next");
    default:
        return {};
    }
}

QString TaxYearListModel::stateText(const TaxYearOverview& year)
{
    QString balance;
    switch (year.balance) {
    case TaxYearOverview::Balance::None:
        break;
    case TaxYearOverview::Balance::Refund:
        balance = tr("refund of %1").arg(displayAmount(year.amount));
        break;
    case TaxYearOverview::Balance::Payment:
        balance = tr("%1 to pay").arg(displayAmount(year.amount));
        break;
    }
    switch (year.state) {
    case TaxYearOverview::State::NotStarted:
        return tr("Not started");
    case TaxYearOverview::State::Draft:
        return balance.isEmpty() ? tr("Draft") : tr("Draft: %1").arg(balance);
    case TaxYearOverview::State::AwaitingReceipt:
        return tr("Submitted, awaiting the receipt");
    case TaxYearOverview::State::Filed:
        return balance.isEmpty() ? tr("Filed") : tr("Filed: %1").arg(balance);
    }
    return {};
}

QString TaxYearListModel::nextStepText(const TaxYearOverview& year)
{
    switch (year.state) {
    case TaxYearOverview::State::NotStarted:
        return tr("Start the annual reconciliation");
    case TaxYearOverview::State::Draft:
        return tr("Review the return, then sign and submit it");
    case TaxYearOverview::State::AwaitingReceipt:
        return tr("Wait for the tax bureau's receipt");
    case TaxYearOverview::State::Filed:
        return year.balance == TaxYearOverview::Balance::Payment ? tr("Pay the amount due before the deadline")
                                                                 : tr("Nothing to do now");
    }
    return {};
}

} // namespace huisuan
