// SPDX-License-Identifier: GPL-3.0-or-later
// The declaration and the annual statement as PDF, read back with poppler-utils: the company, its
// credit code, the period, employees' figures and the totals are in the text, Noto Sans CJK SC is
// embedded, and a declaration of 3000 employees runs over many pages with the table's header,
// the company and "Page N of M" on each and the totals on the last only.
#include "TestRegistry.h"
#include "batch/AnnualStatements.h"
#include "batch/BatchPdf.h"
#include "batch/BatchReportSupport.h"
#include "money/Money.h"
#include "report/PdfInspection.h"

#include <QRegularExpression>
#include <QTemporaryDir>

using namespace huisuan;
using namespace huisuan::test;

namespace {

int pageCount(const QString& path)
{
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    return pages.match(popplerOutput(QStringLiteral("pdfinfo"), {path})).captured(1).toInt();
}

QString pageText(const QString& path, int page)
{
    const QString number = QString::number(page);
    return popplerOutput(QStringLiteral("pdftotext"),
                         {QStringLiteral("-f"),
                          number,
                          QStringLiteral("-l"),
                          number,
                          QStringLiteral("-enc"),
                          QStringLiteral("UTF-8"),
                          path,
                          QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

Money sumOf(const QList<DeclarationLine>& lines, QString DeclarationLine::*member)
{
    Money total;
    for (const DeclarationLine& line : lines) {
        total += *Money::parse(line.*member);
    }
    return total;
}

} // namespace

class TestBatchPdf : public QObject
{
    Q_OBJECT

private slots:
    void declarationShowsTheCompanyThePeriodAndTheTotals()
    {
        QTemporaryDir directory;
        ComputedCompany company(directory.path(), 30, 3);
        const QList<DeclarationLine> lines = company.declaration(3);
        const QString path = directory.filePath(QStringLiteral("declaration.pdf"));
        QCOMPARE(BatchPdf::declaration(company.workspace, 2025, 3, lines, path), QString());

        QVERIFY(fontEmbedded(path, QStringLiteral("NotoSansCJKsc")));
        const QString text = pdfText(path);
        for (const QString& expected : {QStringLiteral("个人所得税扣缴申报表"),
                                        reportCompanyName(),
                                        reportCreditCode(),
                                        QStringLiteral("2025-03"),
                                        QStringLiteral("证件号码"),
                                        QStringLiteral("合计")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        }
        for (const int index : {0, 13, 28}) {
            const DeclarationLine& line = lines.at(index);
            for (const QString& figure :
                 {line.identityNumber, line.name, line.wages, line.cumulativeTax, line.withheld}) {
                QVERIFY2(text.contains(figure), qPrintable(figure + QStringLiteral(" not in:\n") + text));
            }
        }
        QVERIFY(text.contains(sumOf(lines, &DeclarationLine::wages).toString()));
        QVERIFY(text.contains(sumOf(lines, &DeclarationLine::specialDeductions).toString()));
        QVERIFY(text.contains(sumOf(lines, &DeclarationLine::withheld).toString()));
    }

    void thousandsOfEmployeesPaginateWithTheHeaderOnEachPage()
    {
        QTemporaryDir directory;
        ComputedCompany company(directory.path(), 3001, 1);
        const QList<DeclarationLine> lines = company.declaration(1);
        QCOMPARE(lines.size(), 3000);
        const QString path = directory.filePath(QStringLiteral("declaration.pdf"));
        QCOMPARE(BatchPdf::declaration(company.workspace, 2025, 1, lines, path), QString());

        const int pages = pageCount(path);
        QVERIFY2(pages > 40, qPrintable(QString::number(pages)));
        QString all;
        for (int page = 1; page <= pages; ++page) {
            const QString text = pageText(path, page);
            QVERIFY2(text.contains(QStringLiteral("证件号码")) && text.contains(QStringLiteral("本期收入")) &&
                         text.contains(QStringLiteral("专项附加扣除")),
                     qPrintable(QStringLiteral("no table header on page %1:\n%2").arg(page).arg(text.left(600))));
            QVERIFY(text.contains(reportCompanyName()));
            QVERIFY(text.contains(QStringLiteral("2025-01")));
            QVERIFY2(text.contains(QStringLiteral("Page %1 of %2").arg(page).arg(pages)), qPrintable(text));
            QCOMPARE(text.contains(QStringLiteral("合计")), page == pages);
            all += text;
        }
        for (const DeclarationLine& line : lines) {
            QVERIFY2(all.contains(line.identityNumber), qPrintable(line.identityNumber));
        }
        QVERIFY(all.contains(sumOf(lines, &DeclarationLine::withheld).toString()));
    }

    void statementShowsTheEmployeeAndTheYear()
    {
        QTemporaryDir directory;
        ComputedCompany company(directory.path(), 3, 12);
        AnnualStatements statements(company.vault());
        const auto hire = statements.of(company.workspace, residentId(0), 2025);
        QVERIFY2(hire.ok(), qPrintable(hire.status.toString()));
        const QString path = directory.filePath(QStringLiteral("statement.pdf"));
        QCOMPARE(BatchPdf::statement(hire.value, path), QString());

        QVERIFY(fontEmbedded(path, QStringLiteral("NotoSansCJKsc")));
        QCOMPARE(pageCount(path), 1);
        const QString text = pdfText(path);
        // Her December: 108000 cumulative taxable, 8280 cumulative tax, 1200 withheld; 180000 paid.
        for (const QString& expected : {QStringLiteral("个人所得税扣缴情况明细"),
                                        reportCompanyName(),
                                        reportCreditCode(),
                                        QStringLiteral("春入职"),
                                        residentId(0),
                                        QStringLiteral("2025-04-01"),
                                        QStringLiteral("108000.00"),
                                        QStringLiteral("8280.00"),
                                        QStringLiteral("1200.00"),
                                        QStringLiteral("180000.00"),
                                        QStringLiteral("合计")}) {
            QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
        }
    }
};

HUISUAN_REGISTER_TEST(TestBatchPdf)
#include "TestBatchPdf.moc"
