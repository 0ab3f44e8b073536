// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/AuditReportPdf.h"

#include "report/FilingReportPdf.h"

namespace huisuan {

namespace {

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/** A table row; `marked` rows are drawn on a light red ground and bold, besides the word that marks them. */
QString row(const QStringList& cells, bool header = false, bool marked = false)
{
    const QString tag = header ? QStringLiteral("th") : QStringLiteral("td");
    QString html =
        marked ? QStringLiteral("<tr style=\"background-color:#fde2e1; font-weight:bold\">") : QStringLiteral("<tr>");
    for (const QString& cell : cells) {
        html += QStringLiteral("<%1>%2</%1>").arg(tag, escaped(cell));
    }
    return html + QStringLiteral("</tr>");
}

QString table(const QString& rows)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\">") + rows +
        QStringLiteral("</table>");
}

QString checksSection(const QList<AuditReport::Check>& checks)
{
    QString rows =
        row({AuditReportPdf::tr("Check"), AuditReportPdf::tr("Result"), AuditReportPdf::tr("Finding")}, true);
    for (const AuditReport::Check& check : checks) {
        rows += row(
            {check.name, check.passed ? AuditReportPdf::tr("Passed") : AuditReportPdf::tr("FAILED"), check.sentence},
            false,
            !check.passed);
    }
    return table(rows);
}

QString summarySection(const AuditReport& report)
{
    QString rows;
    const auto add = [&rows](const QString& label, const QString& value) { rows += row({label, value}); };
    add(AuditReportPdf::tr("File"), report.source);
    add(AuditReportPdf::tr("Submission id"), report.submissionId);
    add(AuditReportPdf::tr("Taxpayer"),
        AuditReportPdf::tr("%1 (%2)").arg(report.taxpayerName, FilingReportPdf::maskedIdentity(report.identityNumber)));
    add(AuditReportPdf::tr("Tax year"), report.taxYear > 0 ? QString::number(report.taxYear) : QString());
    add(AuditReportPdf::tr("Rule pack"), report.rulePack);
    add(AuditReportPdf::tr("Engine version"), report.engineVersion);
    add(AuditReportPdf::tr("Receipt"), report.receipt);
    add(AuditReportPdf::tr("Replay"), report.replayOutcome);
    return table(rows);
}

/**
 * Each line as two rows: its label across the whole width, then its values, formula and citations.
 * A label in a narrow column would wrap, and a PDF reader would then read its halves apart.
 */
QString linesSection(const QList<AuditReport::Line>& lines)
{
    QString rows = row({AuditReportPdf::tr("Filed"),
                        AuditReportPdf::tr("Replayed"),
                        AuditReportPdf::tr("Same?"),
                        AuditReportPdf::tr("Formula"),
                        AuditReportPdf::tr("Citations")},
                       true);
    for (const AuditReport::Line& line : lines) {
        rows += QStringLiteral("<tr%1><td colspan=\"5\"><b>%2</b></td></tr>")
                    .arg(line.differs ? QStringLiteral(" style=\"background-color:#fde2e1\"") : QString(),
                         escaped(line.label));
        rows += row({line.filed,
                     line.replayed,
                     line.differs ? AuditReportPdf::tr("DIFFERS") : AuditReportPdf::tr("same"),
                     line.formula,
                     line.citations.join(QStringLiteral("; "))},
                    false,
                    line.differs);
    }
    return table(rows);
}

} // namespace

QString AuditReportPdf::html(const AuditReport& report)
{
    QString html = QStringLiteral("<h1>%1</h1>").arg(escaped(tr("Audit report: filing %1").arg(report.submissionId)));
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Verification"))) + checksSection(report.checks);
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("The filing"))) + summarySection(report);
    html += QStringLiteral("<h2>%1</h2>").arg(escaped(tr("Replay, line by line")));
    for (const QString& explanation : report.explanations) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(explanation));
    }
    html += linesSection(report.lines);
    return html;
}

QString AuditReportPdf::write(const AuditReport& report, const QString& path)
{
    return FilingReportPdf::writeHtml(
        html(report), tr("Audit report %1").arg(report.submissionId), report.language, path);
}

} // namespace huisuan
