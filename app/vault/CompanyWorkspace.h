// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** An accountant's client company: the workspace its employees and payroll live in. */
struct CompanyWorkspace
{
    qint64 id = 0; // assigned by the vault
    QString creditCode; // unified social credit code, GB 32100-2015
    QString name;
};

} // namespace huisuan
