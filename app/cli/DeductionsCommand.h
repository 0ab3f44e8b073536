// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * `huisuan-cli deductions push --employer CREDIT_CODE --year YYYY [--vault DIR]`: the taxpayer
 * pushes the special additional deductions saved in the vault's return draft to an employer
 * through the bureau they enrolled with, as monthly amounts per category (MonthlyDeductions), so
 * that the employer's withholding deducts them (issue 6).
 */
class DeductionsCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeductionsCommand)

public:
    static int run(const QStringList& arguments, const QString& language, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace huisuan
