// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QHash>
#include <optional>

namespace huisuan {

/**
 * The special additional deductions a workspace's employees pushed to the bureau for a year and
 * the accountant downloaded (issue 6): they take the place of the payroll sheet's 专项附加扣除
 * column for those employees, every month. A sheet that says another amount for such an employee
 * is a problem at its row; a blank or zero cell is not (the accountant left it to the bureau).
 */
class BureauDeductions
{
    Q_DECLARE_TR_FUNCTIONS(BureauDeductions)

public:
    static VaultResult<BureauDeductions> load(Vault& vault, qint64 workspaceId, int taxYear);

    /** The monthly total of the employee's downloaded deductions, if the employee pushed any. */
    std::optional<Money> monthlyFor(const QString& identityNumber) const;
    /**
     * A payroll month's JSON with the bureau's amount as its special_additional_deductions; the
     * payroll unchanged for an employee without downloaded deductions. `sheetAmount` gets the
     * sheet's amount when it was another non-zero one.
     */
    QByteArray applied(const QString& identityNumber, const QByteArray& payrollJson, QString* sheetAmount) const;
    /**
     * Why a payroll cell's 专项附加扣除 of `sheetAmount` (canonical, or empty) cannot stand for this
     * employee: the bureau's amount differs; empty when it may.
     */
    QString conflict(const QString& identityNumber, const QString& sheetAmount) const;

private:
    QHash<QString, Money> m_monthly;
};

} // namespace huisuan
