// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/FilingReportPdf.h"

#include "report/PdfFile.h"

#include <QLocale>
#include <QTextDocument>

namespace huisuan {

namespace {

/** The label of a line of the return; the engine's own name when it has none. */
QString labelOf(const QString& key)
{
    static const QList<std::pair<const char*, const char*>> labels {
        {"tax_year", QT_TRANSLATE_NOOP("FilingReportPdf", "Tax year")},
        {"income.wages", QT_TRANSLATE_NOOP("FilingReportPdf", "Wages and salaries")},
        {"income.labor", QT_TRANSLATE_NOOP("FilingReportPdf", "Remuneration for labour services")},
        {"income.author", QT_TRANSLATE_NOOP("FilingReportPdf", "Author's remuneration")},
        {"income.royalty", QT_TRANSLATE_NOOP("FilingReportPdf", "Royalties")},
        {"prepaid", QT_TRANSLATE_NOOP("FilingReportPdf", "Tax prepaid (withheld)")},
        {"gross_comprehensive_income", QT_TRANSLATE_NOOP("FilingReportPdf", "Gross comprehensive income")},
        {"expenses", QT_TRANSLATE_NOOP("FilingReportPdf", "Expenses")},
        {"author_exempt", QT_TRANSLATE_NOOP("FilingReportPdf", "Author's remuneration exempt")},
        {"comprehensive_income", QT_TRANSLATE_NOOP("FilingReportPdf", "Comprehensive income")},
        {"basic_deduction", QT_TRANSLATE_NOOP("FilingReportPdf", "Basic deduction")},
        {"special_deductions", QT_TRANSLATE_NOOP("FilingReportPdf", "Special deductions")},
        {"special_additional_deductions", QT_TRANSLATE_NOOP("FilingReportPdf", "Special additional deductions")},
        {"other_deductions", QT_TRANSLATE_NOOP("FilingReportPdf", "Other deductions")},
        {"donations_deducted", QT_TRANSLATE_NOOP("FilingReportPdf", "Donations deducted")},
        {"taxable_income", QT_TRANSLATE_NOOP("FilingReportPdf", "Taxable income")},
        {"rate", QT_TRANSLATE_NOOP("FilingReportPdf", "Tax rate")},
        {"quick_deduction", QT_TRANSLATE_NOOP("FilingReportPdf", "Quick deduction")},
        {"tax_on_comprehensive_income", QT_TRANSLATE_NOOP("FilingReportPdf", "Tax on comprehensive income")},
        {"bonus_tax", QT_TRANSLATE_NOOP("FilingReportPdf", "Tax on the annual bonus")},
        {"tax_relief", QT_TRANSLATE_NOOP("FilingReportPdf", "Tax relief")},
        {"tax_payable", QT_TRANSLATE_NOOP("FilingReportPdf", "Tax payable")},
        {"balance", QT_TRANSLATE_NOOP("FilingReportPdf", "Balance (negative: refund)")},
        {"exempt_from_payment", QT_TRANSLATE_NOOP("FilingReportPdf", "Exempt from payment")},
        {"amount_due", QT_TRANSLATE_NOOP("FilingReportPdf", "Amount due")},
        {"refund", QT_TRANSLATE_NOOP("FilingReportPdf", "Refund")},
        {"bonus_method", QT_TRANSLATE_NOOP("FilingReportPdf", "Annual bonus method")},
    };
    for (const auto& [name, label] : labels) {
        if (key == QLatin1String(name)) {
            return FilingReportPdf::tr(label);
        }
    }
    return key;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

QString row(const QStringList& cells, bool header = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html = QStringLiteral("<tr>");
    for (const QString& cell : cells) {
        html += QStringLiteral("<%1>%2</%1>").arg(tag, escaped(cell));
    }
    return html + QStringLiteral("</tr>");
}

QString table(const QString& rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">") + rows +
        QStringLiteral("</table>");
}

QString lines(const QList<FilingReport::Line>& lines)
{
    QString rows = row({FilingReportPdf::tr("Line"), FilingReportPdf::tr("Value")}, true);
    for (const FilingReport::Line& line : lines) {
        rows += row({labelOf(line.key), line.value});
    }
    return table(rows);
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString receiptSection(const FilingReport::Receipt& receipt)
{
    QString rows;
    const auto add = [&rows](const QString& label, const QString& value) { rows += row({label, value}); };
    add(FilingReportPdf::tr("Outcome"),
        receipt.accepted ? FilingReportPdf::tr("Accepted") : FilingReportPdf::tr("Refused"));
    add(FilingReportPdf::tr("Submission id"), receipt.submissionId);
    add(FilingReportPdf::tr("Receipt id"), receipt.receiptId);
    add(FilingReportPdf::tr("Submitted at (UTC)"), timeText(receipt.submittedAt));
    add(FilingReportPdf::tr("Accepted at (UTC)"), timeText(receipt.issuedAt));
    if (!receipt.balance.isEmpty()) {
        add(FilingReportPdf::tr("Tax payable"), receipt.taxPayable);
        add(FilingReportPdf::tr("Tax withheld"), receipt.taxWithheld);
        add(FilingReportPdf::tr("Balance (negative: refund)"), receipt.balance);
    }
    add(FilingReportPdf::tr("Signed by"), receipt.signer);
    add(FilingReportPdf::tr("SM3 digest of the filed return"), receipt.filingDigest);
    add(FilingReportPdf::tr("Digest of the copy kept"),
        receipt.digestMatches ? FilingReportPdf::tr("the same") : FilingReportPdf::tr("DIFFERENT"));
    return table(rows);
}

QString incomeSection(const QList<FilingReport::Income>& income)
{
    QString rows = row({FilingReportPdf::tr("Month"),
                        FilingReportPdf::tr("Payer"),
                        FilingReportPdf::tr("Kind"),
                        FilingReportPdf::tr("Income"),
                        FilingReportPdf::tr("Tax withheld")},
                       true);
    for (const FilingReport::Income& line : income) {
        rows += row({line.month, line.payer, line.category, line.amount, line.withheld});
    }
    return table(rows);
}

} // namespace

QString FilingReportPdf::html(const FilingReport& report)
{
    QString html = QStringLiteral("<h1>%1</h1>")
                       .arg(escaped(tr("Individual income tax: annual reconciliation %1").arg(report.taxYear)));
    html += QStringLiteral("<p>%1<br/>%2<br/>%3</p>")
                .arg(escaped(tr("Taxpayer: %1 (%2)").arg(report.taxpayerName, maskedIdentity(report.identityNumber))),
                     escaped(tr("Submission id: %1").arg(report.submissionId)),
                     escaped(tr("Rule pack: %1").arg(report.rulePack)));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("The return as filed")));
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("What you declared"))) + lines(report.inputs);
    html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("The result"))) + lines(report.results);
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("The tax bureau's receipt")));
    html += report.receipt ? receiptSection(*report.receipt)
                           : QStringLiteral("<p>%1</p>").arg(escaped(tr("No receipt from the tax bureau yet.")));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Tax record of the %1 tax year").arg(report.taxYear)));
    html += incomeSection(report.income);
    return html;
}

QString FilingReportPdf::maskedIdentity(const QString& identityNumber)
{
    if (identityNumber.size() <= 10) {
        return identityNumber;
    }
    return identityNumber.left(6) + QString(identityNumber.size() - 10, QLatin1Char('*')) + identityNumber.right(4);
}

QString FilingReportPdf::write(const FilingReport& report, const QString& path)
{
    return writeHtml(html(report), tr("Annual reconciliation %1").arg(report.taxYear), report.language, path);
}

QString
FilingReportPdf::writeHtml(const QString& html, const QString& title, const QString& language, const QString& path)
{
    PdfFile file(path, title, QPageLayout::Portrait);
    if (file.writer() != nullptr) {
        QTextDocument document;
        document.setDefaultFont(PdfFile::font(language, 9));
        document.setHtml(html);
        document.print(file.writer());
    }
    return file.commit();
}

} // namespace huisuan
