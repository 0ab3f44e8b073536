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
    case TaxYearOverview::State::RefundInProgress:
        return tr("Filed: refund of %1 in progress").arg(displayAmount(year.amount));
    case TaxYearOverview::State::RefundFailed:
        return tr("Filed: the refund of %1 could not be paid").arg(displayAmount(year.amount));
    case TaxYearOverview::State::PaymentDue:
        return tr("Filed: %1 to pay, payment due").arg(displayAmount(year.amount));
    case TaxYearOverview::State::PaymentOverdue:
        return tr("Filed: %1 to pay, payment overdue").arg(displayAmount(year.amount));
    case TaxYearOverview::State::Paid:
        return year.balance == TaxYearOverview::Balance::Payment
            ? tr("Filed: %1 paid").arg(displayAmount(year.amount))
            : tr("Filed: refund of %1 paid").arg(displayAmount(year.amount));
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
    case TaxYearOverview::State::RefundInProgress:
        return tr("Wait for the refund to reach your bank account");
    case TaxYearOverview::State::RefundFailed:
        return tr("Check your bank card with the tax bureau, then ask for the refund again");
    case TaxYearOverview::State::PaymentDue:
        return tr("Pay the amount due before the deadline");
    case TaxYearOverview::State::PaymentOverdue:
        return tr("Pay the amount due now: the deadline has passed and a late fee accrues");
    case TaxYearOverview::State::Paid:
        return tr("Nothing to do now");
    }
    return {};
}

} // namespace huisuan
