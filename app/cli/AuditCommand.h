// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * The auditor's commands (issue 7): `verify FILE`, `replay FILE`, `replay --vault DIR`,
 * `replay --folder DIR` and `filing export`, over the audit files of docs/audit-file.md. Exit 0
 * only when everything holds.
 */
class AuditCommand
{
    Q_DECLARE_TR_FUNCTIONS(AuditCommand)

public:
    static bool handles(const QString& command);
    static int run(const QString& command, const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace huisuan
