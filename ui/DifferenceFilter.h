// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

namespace huisuan {

/** "Differences only": keeps the lines of an AuditTraceModel that differ, each with all its children. */
class DifferenceFilter : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit DifferenceFilter(QObject* parent = nullptr);

    void setDifferencesOnly(bool only);
    bool differencesOnly() const { return m_differencesOnly; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    bool m_differencesOnly = false;
};

} // namespace huisuan
