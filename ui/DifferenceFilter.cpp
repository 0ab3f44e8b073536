// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DifferenceFilter.h"

#include "ui/AuditTraceModel.h"

namespace huisuan {

DifferenceFilter::DifferenceFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void DifferenceFilter::setDifferencesOnly(bool only)
{
    m_differencesOnly = only;
    invalidateRowsFilter();
}

bool DifferenceFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    // A line's inputs and rules stay with it: the filter judges lines, not what they are made of.
    if (!m_differencesOnly || sourceParent.isValid()) {
        return true;
    }
    return sourceModel()->index(sourceRow, 0, sourceParent).data(AuditTraceModel::DiffersRole).toBool();
}

} // namespace huisuan
