// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/PayrollImport.h"

#include "batch/AnnualBonusMethod.h"
#include "batch/RosterImport.h"
#include "batch/SheetRow.h"
#include "batch/SheetStream.h"
#include "identifiers/ResidentIdNumber.h"
#include "rules/RulePackRegistry.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace huisuan {

namespace {

const QList<std::pair<BatchField, QString>>& amountKeys()
{
    static const QList<std::pair<BatchField, QString>> keys = {
        {BatchField::Wages, QStringLiteral("wages")},
        {BatchField::TaxFreeIncome, QStringLiteral("tax_free_income")},
        {BatchField::SpecialDeductions, QStringLiteral("special_deductions")},
        {BatchField::SpecialAdditionalDeductions, QStringLiteral("special_additional_deductions")},
        {BatchField::OtherDeductions, QStringLiteral("other_deductions")},
        {BatchField::TaxRelief, QStringLiteral("tax_relief")},
    };
    return keys;
}

bool separateBonusInForce(int taxYear)
{
    const RulePack* pack = RulePackRegistry::builtIn().forYear(taxYear);
    return pack != nullptr && pack->annualBonusSeparate.inForce;
}

} // namespace

PayrollImport::PayrollImport(const QList<Employee>& roster, int taxYear, int month)
    : m_taxYear(taxYear)
    , m_month(month)
{
    for (const Employee& employee : roster) {
        m_byIdentity.insert(employee.identifier, &employee);
    }
}

void PayrollImport::header(const QString& file, const QStringList& header)
{
    m_file = file;
    QList<TabularProblem> problems;
    m_columns = BatchColumns::read(file, header, BatchSheetKind::Payroll, problems);
    m_problems.add(problems);
}

void PayrollImport::row(const TabularRow& cells)
{
    QList<TabularProblem> problems;
    SheetRow row(m_file, BatchSheetKind::Payroll, cells, m_columns, problems);
    const QString identity = row.text(BatchField::IdentityNumber).toUpper();
    const Employee* employee = m_byIdentity.value(identity);
    if (!identity.isEmpty() && !ResidentIdNumber::isValid(identity)) {
        row.problem(BatchField::IdentityNumber,
                    tr("\"%1\" is not a valid resident identity number: its length, birth date or check digit "
                       "is wrong. Copy it again from the employee's identity card.")
                        .arg(identity));
    } else if (!identity.isEmpty() && employee == nullptr) {
        row.problem(BatchField::IdentityNumber,
                    tr("No employee with the identity number %1 is on this company's roster. Import the "
                       "roster with this employee first.")
                        .arg(identity));
    }
    int rowMonth = m_month;
    if (const auto written = row.month(BatchField::Month)) {
        if (written->year() != m_taxYear) {
            row.problem(BatchField::Month,
                        tr("The month %1 is not in %2, the tax year being imported. Import it with its own "
                           "year.")
                            .arg(written->toString(QStringLiteral("yyyy-MM")))
                            .arg(m_taxYear));
        } else {
            rowMonth = written->month();
        }
    }
    if (rowMonth < m_previousMonth) {
        row.problem(BatchField::Month,
                    tr("Month %1 comes after month %2 (row %3): the months are out of order. Sort the rows by "
                       "month, earliest first.")
                        .arg(rowMonth)
                        .arg(m_previousMonth)
                        .arg(m_previousRow));
    } else {
        if (rowMonth > m_previousMonth) {
            // Months come in order, so an employee's month can repeat only within the current one.
            m_rowInMonth.clear();
        }
        m_previousMonth = rowMonth;
        m_previousRow = row.number();
    }
    if (employee != nullptr) {
        const Employment employment = Employment::fromJson(employee->detailsJson);
        const QDate first(m_taxYear, rowMonth, 1);
        if (employment.start.isValid() && employment.start > first.addMonths(1).addDays(-1)) {
            row.problem(BatchField::Wages,
                        tr("%1 started on %2, after month %3. Check the month, or the start date on the "
                           "roster.")
                            .arg(employee->name, employment.start.toString(Qt::ISODate))
                            .arg(rowMonth));
        } else if (employment.end.isValid() && employment.end < first) {
            row.problem(BatchField::Wages,
                        tr("%1 left on %2, before month %3. Check the month, or the leaving date on the "
                           "roster.")
                            .arg(employee->name, employment.end.toString(Qt::ISODate))
                            .arg(rowMonth));
        }
        // A row out of order is a problem of its own and is not checked for repeats.
        if (const int earlier = m_rowInMonth.value(employee->id); rowMonth == m_previousMonth && earlier != 0) {
            row.problem(BatchField::IdentityNumber,
                        tr("This employee's month %1 is already on row %2. Keep one row per employee and "
                           "month.")
                            .arg(rowMonth)
                            .arg(earlier));
        } else if (rowMonth == m_previousMonth) {
            m_rowInMonth.insert(employee->id, row.number());
        }
    }
    QJsonObject payroll;
    for (const auto& [field, key] : amountKeys()) {
        payroll.insert(key, row.money(field));
    }
    if (m_bureau != nullptr && employee != nullptr) {
        const QString conflict = m_bureau->conflict(identity, row.money(BatchField::SpecialAdditionalDeductions));
        if (!conflict.isEmpty()) {
            row.problem(BatchField::SpecialAdditionalDeductions, conflict);
        }
    }
    const QString bonus = row.money(BatchField::AnnualBonus);
    const QString methodText = row.text(BatchField::AnnualBonusMethod);
    const auto method = AnnualBonusMethod::fromText(methodText);
    if (!methodText.isEmpty() && !method) {
        row.problem(BatchField::AnnualBonusMethod,
                    tr("\"%1\" is not a way to tax the annual bonus. Write 单独计税 (taxed separately) or "
                       "并入综合所得 (combined with the wages).")
                        .arg(methodText));
    } else if (!bonus.isEmpty() && bonus != QLatin1String("0.00")) {
        if (!method) {
            row.problem(BatchField::AnnualBonusMethod,
                        tr("An annual bonus of %1 needs its method. Write 单独计税 (taxed separately) or "
                           "并入综合所得 (combined with the wages) in the %2 column.")
                            .arg(bonus, BatchColumns::header(BatchField::AnnualBonusMethod)));
        } else if (*method == AnnualBonusMethod::Separate && !separateBonusInForce(m_taxYear)) {
            row.problem(BatchField::AnnualBonusMethod,
                        tr("In %1 an annual bonus cannot be taxed separately. Write 并入综合所得 (combined with "
                           "the wages).")
                            .arg(m_taxYear));
        } else if (*method == AnnualBonusMethod::Separate && employee != nullptr) {
            if (const int earlier = m_rowOfSeparateBonus.value(employee->id); earlier != 0) {
                row.problem(BatchField::AnnualBonus,
                            tr("This employee's annual bonus is already taxed separately on row %1; the separate "
                               "method may be used once a year. Tax this one with 并入综合所得 (combined).")
                                .arg(earlier));
            } else {
                m_rowOfSeparateBonus.insert(employee->id, row.number());
            }
        }
        if (method) {
            payroll.insert(QStringLiteral("annual_bonus"), bonus);
            payroll.insert(QStringLiteral("annual_bonus_method"), AnnualBonusMethod::key(*method));
        }
    }
    if (employee != nullptr && !row.hasProblems() && m_problems.isEmpty()) {
        PayrollMonth month {
            0, employee->id, m_taxYear, rowMonth, QJsonDocument(payroll).toJson(QJsonDocument::Compact)};
        if (m_sink) {
            m_sink(month);
        } else {
            m_outcome.payrolls.append(std::move(month));
        }
        m_outcome.months.insert(rowMonth);
    }
    if (!problems.isEmpty()) {
        // Once there is a problem nothing will be stored: keep no more payroll than needed.
        m_outcome.payrolls.clear();
        m_outcome.payrolls.squeeze();
        m_problems.add(problems);
    }
}

PayrollImport::Outcome PayrollImport::finish(const QList<TabularProblem>& readerProblems)
{
    Outcome outcome = std::move(m_outcome);
    m_outcome = {};
    outcome.problems = readerProblems + m_problems.take(m_file);
    if (!outcome.problems.isEmpty()) {
        outcome.payrolls.clear();
        outcome.months.clear();
    }
    return outcome;
}

PayrollImport::Outcome PayrollImport::read(
    const TabularSheet& sheet, const QList<Employee>& roster, int taxYear, int month, const BureauDeductions* bureau)
{
    PayrollImport import(roster, taxYear, month);
    import.setBureauDeductions(bureau);
    import.header(sheet.file, sheet.header);
    for (const TabularRow& cells : sheet.rows) {
        import.row(cells);
    }
    return import.finish(sheet.problems);
}

PayrollImport::Outcome
PayrollImport::readFile(const QString& path, const QList<Employee>& roster, int taxYear, int month, qint64 maxBytes)
{
    PayrollImport import(roster, taxYear, month);
    return streamSheet(path, import, {}, maxBytes);
}

} // namespace huisuan
