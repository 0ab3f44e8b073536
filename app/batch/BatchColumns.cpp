// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchColumns.h"

namespace huisuan {

namespace {

BatchColumn identityColumn()
{
    return {BatchField::IdentityNumber, QStringLiteral("证件号码"), QStringLiteral("identity_number"), true};
}

BatchColumn nameColumn(bool required)
{
    return {BatchField::Name, QStringLiteral("姓名"), QStringLiteral("name"), required};
}

BatchColumn monthColumn()
{
    return {BatchField::Month, QStringLiteral("所属月份"), QStringLiteral("month"), false};
}

QList<BatchColumn> rosterColumns()
{
    return {
        identityColumn(),
        nameColumn(true),
        {BatchField::EmploymentStart, QStringLiteral("任职受雇日期"), QStringLiteral("employment_start"), true},
        {BatchField::EmploymentEnd, QStringLiteral("离职日期"), QStringLiteral("employment_end"), false},
    };
}

QList<BatchColumn> payrollColumns()
{
    // The payroll names its employee; the name is there for the person reading the sheet.
    return {
        identityColumn(),
        nameColumn(false),
        monthColumn(),
        {BatchField::Wages, QStringLiteral("本期收入"), QStringLiteral("wages"), true},
        {BatchField::TaxFreeIncome, QStringLiteral("免税收入"), QStringLiteral("tax_free_income"), false},
        {BatchField::SpecialDeductions, QStringLiteral("专项扣除"), QStringLiteral("special_deductions"), false},
        {BatchField::SpecialAdditionalDeductions,
         QStringLiteral("专项附加扣除"),
         QStringLiteral("special_additional_deductions"),
         false},
        {BatchField::OtherDeductions, QStringLiteral("其他扣除"), QStringLiteral("other_deductions"), false},
        {BatchField::TaxRelief, QStringLiteral("减免税额"), QStringLiteral("tax_relief"), false},
        {BatchField::AnnualBonus, QStringLiteral("全年一次性奖金"), QStringLiteral("annual_bonus"), false},
        {BatchField::AnnualBonusMethod, QStringLiteral("奖金计税方式"), QStringLiteral("annual_bonus_method"), false},
    };
}

QList<BatchColumn> laborColumns()
{
    // Payees of labor payments are not on the roster: their name is part of the record.
    return {
        identityColumn(),
        nameColumn(true),
        monthColumn(),
        {BatchField::LaborAmount, QStringLiteral("劳务报酬"), QStringLiteral("labor_payment"), true},
    };
}

} // namespace

const QList<BatchColumn>& BatchColumns::of(BatchSheetKind kind)
{
    static const QList<BatchColumn> roster = rosterColumns();
    static const QList<BatchColumn> payroll = payrollColumns();
    static const QList<BatchColumn> labor = laborColumns();
    switch (kind) {
    case BatchSheetKind::Roster:
        return roster;
    case BatchSheetKind::Payroll:
        return payroll;
    case BatchSheetKind::LaborPayments:
        break;
    }
    return labor;
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
    for (const BatchSheetKind kind : {BatchSheetKind::Roster, BatchSheetKind::Payroll, BatchSheetKind::LaborPayments}) {
        for (const BatchColumn& column : of(kind)) {
            if (column.field == field) {
                return column.chinese;
            }
        }
    }
    return {};
}

BatchColumnMap
BatchColumns::read(const QString& file, const QStringList& header, BatchSheetKind kind, QList<TabularProblem>& problems)
{
    const QList<BatchColumn>& columns = of(kind);
    BatchColumnMap map;
    for (int index = 0; index < header.size(); ++index) {
        const QString name = header.at(index).trimmed();
        const auto column = std::find_if(columns.begin(), columns.end(), [&](const BatchColumn& candidate) {
            return candidate.chinese == name || candidate.english.compare(name, Qt::CaseInsensitive) == 0;
        });
        if (column == columns.end()) {
            problems.append({file,
                             1,
                             index + 1,
                             tr("The column \"%1\" is not part of the template. Rename it to one of the template's "
                                "headers (see docs/batch-template.md) or remove it.")
                                 .arg(name)});
        } else if (map.contains(column->field)) {
            problems.append({file,
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
            problems.append({file,
                             1,
                             0,
                             tr("The required column \"%1\" (%2) is missing. Add it to the header row.")
                                 .arg(column.chinese, column.english)});
        }
    }
    return map;
}

} // namespace huisuan
