// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchColumns.h"

namespace huisuan {

namespace {

const QList<BatchColumn>& allColumns()
{
    static const QList<BatchColumn> columns = {
        {BatchField::IdentityNumber, QStringLiteral("证件号码"), QStringLiteral("identity_number"), true},
        {BatchField::Name, QStringLiteral("姓名"), QStringLiteral("name"), true},
        {BatchField::EmploymentStart, QStringLiteral("任职受雇日期"), QStringLiteral("employment_start"), true},
        {BatchField::EmploymentEnd, QStringLiteral("离职日期"), QStringLiteral("employment_end"), false},
        {BatchField::Month, QStringLiteral("所属月份"), QStringLiteral("month"), false},
        {BatchField::Wages, QStringLiteral("本期收入"), QStringLiteral("wages"), true},
        {BatchField::TaxFreeIncome, QStringLiteral("免税收入"), QStringLiteral("tax_free_income"), false},
        {BatchField::SpecialDeductions, QStringLiteral("专项扣除"), QStringLiteral("special_deductions"), false},
        {BatchField::SpecialAdditionalDeductions,
         QStringLiteral("专项附加扣除"),
         QStringLiteral("special_additional_deductions"),
         false},
        {BatchField::OtherDeductions, QStringLiteral("其他扣除"), QStringLiteral("other_deductions"), false},
        {BatchField::TaxRelief, QStringLiteral("减免税额"), QStringLiteral("tax_relief"), false},
    };
    return columns;
}

bool onRoster(BatchField field)
{
    return field == BatchField::IdentityNumber || field == BatchField::Name || field == BatchField::EmploymentStart ||
        field == BatchField::EmploymentEnd;
}

QList<BatchColumn> columnsOf(BatchSheetKind kind)
{
    QList<BatchColumn> columns;
    for (BatchColumn column : allColumns()) {
        if (kind == BatchSheetKind::Roster && onRoster(column.field)) {
            columns.append(column);
        } else if (kind == BatchSheetKind::Payroll && !onRoster(column.field)) {
            columns.append(column);
        } else if (kind == BatchSheetKind::Payroll &&
                   (column.field == BatchField::IdentityNumber || column.field == BatchField::Name)) {
            // The payroll names its employee; the name is there for the person reading the sheet.
            column.required = column.field == BatchField::IdentityNumber;
            columns.append(column);
        }
    }
    return columns;
}

} // namespace

const QList<BatchColumn>& BatchColumns::of(BatchSheetKind kind)
{
    static const QList<BatchColumn> roster = columnsOf(BatchSheetKind::Roster);
    static const QList<BatchColumn> payroll = columnsOf(BatchSheetKind::Payroll);
    return kind == BatchSheetKind::Roster ? roster : payroll;
}

QByteArray BatchColumns::templateCsv(BatchSheetKind kind)
{
    QStringList names;
    for (const BatchColumn& column : of(kind)) {
        names.append(column.chinese);
    }
    return names.join(QLatin1Char(',')).toUtf8() + "\r\n";
}

QString BatchColumns::header(BatchField field)
{
    for (const BatchColumn& column : allColumns()) {
        if (column.field == field) {
            return column.chinese;
        }
    }
    return {};
}

BatchColumnMap BatchColumns::read(const TabularSheet& sheet, BatchSheetKind kind, QList<TabularProblem>& problems)
{
    const QList<BatchColumn>& columns = of(kind);
    BatchColumnMap map;
    for (int index = 0; index < sheet.header.size(); ++index) {
        const QString name = sheet.header.at(index).trimmed();
        const auto column = std::find_if(columns.begin(), columns.end(), [&](const BatchColumn& candidate) {
            return candidate.chinese == name || candidate.english.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (column == columns.end()) {
            problems.append({sheet.file,
                             1,
                             index + 1,
                             tr("The column \"%1\" is not part of the template. Rename it to one of the template's "
                                "headers (see docs/batch-template.md) or remove it.")
                                 .arg(name)});
        } else if (map.contains(column->field)) {
            problems.append({sheet.file,
                             1,
                             index + 1,
                             tr("The column \"%1\" appears twice (also column %2). Keep only one of them.")
                                 .arg(name)
                                 .arg(map.value(column->field) + 1)});
        } else {
            map.insert(column->field, index);
        }
    }
    for (const BatchColumn& column : columns) {
        if (column.required && !map.contains(column.field)) {
            problems.append({sheet.file,
                             1,
                             0,
                             tr("The required column \"%1\" (%2) is missing. Add it to the header row.")
                                 .arg(column.chinese, column.english)});
        }
    }
    return map;
}

} // namespace huisuan
