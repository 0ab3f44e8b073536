// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/BatchPdf.h"

#include "batch/DeclarationTable.h"
#include "batch/StatementTable.h"
#include "report/TablePdf.h"

namespace huisuan {

namespace {

// The reports are forms of the Chinese tax administration: their headers stay in Chinese whatever
// the language of the moment, so the face is the Simplified Chinese one.
const QString language = QStringLiteral("zh_CN");

PdfTable pdfTableOf(const ReportTable& table)
{
    PdfTable pdf;
    for (const ReportTable::Column& column : table.columns) {
        pdf.columns.append({column.header, column.width, column.kind != ReportTable::Kind::Text});
    }
    pdf.rowCount = table.rowCount;
    pdf.row = table.row;
    pdf.totals = table.totals;
    return pdf;
}

QString agentLine(const CompanyWorkspace& company)
{
    return BatchPdf::tr("Withholding agent: %1    Unified social credit code: %2")
        .arg(company.name, company.creditCode);
}

} // namespace

QString BatchPdf::declaration(
    const CompanyWorkspace& company, int taxYear, int month, const QList<DeclarationLine>& lines, const QString& path)
{
    const QString period = QStringLiteral("%1-%2").arg(taxYear).arg(month, 2, 10, QLatin1Char('0'));
    PdfTable pdf = pdfTableOf(DeclarationTable::of(lines));
    pdf.title = QStringLiteral("个人所得税扣缴申报表");
    pdf.heading = {agentLine(company), tr("Tax period: %1    Amounts in yuan").arg(period)};
    return TablePdf::write(pdf, language, QPageLayout::Landscape, path);
}

QString BatchPdf::statement(const EmployeeStatement& statement, const QString& path)
{
    PdfTable pdf = pdfTableOf(StatementTable::of(statement));
    pdf.title = QStringLiteral("个人所得税扣缴情况明细");
    const QString employment = statement.employmentEnd.isNull()
        ? tr("employed since %1").arg(statement.employmentStart.toString(Qt::ISODate))
        : tr("employed from %1 to %2")
              .arg(statement.employmentStart.toString(Qt::ISODate), statement.employmentEnd.toString(Qt::ISODate));
    pdf.heading = {
        agentLine(statement.company),
        tr("Employee: %1    Identity number: %2    %3").arg(statement.name, statement.identityNumber, employment),
        tr("Tax year: %1    Income: wages and salaries    Amounts in yuan").arg(statement.taxYear)};
    return TablePdf::write(pdf, language, QPageLayout::Landscape, path);
}

} // namespace huisuan
