// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/RosterImport.h"

#include "batch/BatchColumns.h"
#include "batch/SheetRow.h"
#include "identifiers/ResidentIdNumber.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

QByteArray Employment::toJson() const
{
    QJsonObject object {{QStringLiteral("employment_start"), start.toString(Qt::ISODate)}};
    if (end.isValid()) {
        object.insert(QStringLiteral("employment_end"), end.toString(Qt::ISODate));
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Employment Employment::fromJson(const QByteArray& json)
{
    const QJsonObject object = QJsonDocument::fromJson(json).object();
    return {QDate::fromString(object.value(QStringLiteral("employment_start")).toString(), Qt::ISODate),
            QDate::fromString(object.value(QStringLiteral("employment_end")).toString(), Qt::ISODate)};
}

RosterImport::Outcome RosterImport::read(const TabularSheet& sheet, qint64 workspaceId, int taxYear)
{
    Outcome outcome;
    outcome.problems = sheet.problems;
    const BatchColumnMap columns =
        BatchColumns::read(sheet.file, sheet.header, BatchSheetKind::Roster, outcome.problems);
    const QDate yearStart(taxYear, 1, 1);
    const QDate yearEnd(taxYear, 12, 31);
    QHash<QString, int> rowOfIdentity;
    for (const QList<TabularCell>& cells : sheet.rows) {
        SheetRow row(sheet.file, BatchSheetKind::Roster, cells, columns, outcome.problems);
        const QString identity = row.text(BatchField::IdentityNumber).toUpper();
        if (!identity.isEmpty() && !ResidentIdNumber::isValid(identity)) {
            row.problem(BatchField::IdentityNumber,
                        tr("\"%1\" is not a valid resident identity number: its length, birth date or check digit "
                           "is wrong. Copy it again from the employee's identity card.")
                            .arg(identity));
        } else if (rowOfIdentity.contains(identity)) {
            row.problem(BatchField::IdentityNumber,
                        tr("This employee is already on row %1. Keep one row per employee.")
                            .arg(rowOfIdentity.value(identity)));
        } else if (!identity.isEmpty()) {
            rowOfIdentity.insert(identity, row.number());
        }
        const QString name = row.text(BatchField::Name);
        const QDate start = row.date(BatchField::EmploymentStart);
        const QDate end = row.date(BatchField::EmploymentEnd);
        if (start.isValid() && start > yearEnd) {
            row.problem(BatchField::EmploymentStart,
                        tr("The employment starts after %1, the tax year being imported. Import this employee "
                           "with the roster of the year the employment starts.")
                            .arg(taxYear));
        }
        if (end.isValid() && (end < yearStart || end > yearEnd)) {
            row.problem(BatchField::EmploymentEnd,
                        tr("The leaving date is outside %1, the tax year being imported. Leave it empty while the "
                           "employee stays beyond the year; an employee who left before it is not on this roster.")
                            .arg(taxYear));
        } else if (end.isValid() && start.isValid() && end < start) {
            row.problem(BatchField::EmploymentEnd,
                        tr("The leaving date is before the employment start date. Check both dates."));
        }
        if (!row.hasProblems()) {
            outcome.employees.append(
                {0, workspaceId, QStringLiteral("resident_id"), identity, name, Employment {start, end}.toJson()});
        }
    }
    if (!outcome.problems.isEmpty()) {
        outcome.employees.clear();
    }
    return outcome;
}

} // namespace huisuan
