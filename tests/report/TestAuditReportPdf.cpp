// SPDX-License-Identifier: GPL-3.0-or-later
// An audit report's PDF from plain data, read back with poppler-utils: the CJK face embedded, every
// check and every line with its values, formula and citations, the failures and differences in words.
#include "TestRegistry.h"
#include "report/AuditReportPdf.h"
#include "report/PdfInspection.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;

namespace {

AuditReport sampleReport()
{
    AuditReport report;
    report.language = QStringLiteral("zh_CN");
    report.source = QStringLiteral("sub-42.audit.json");
    report.submissionId = QStringLiteral("sub-42");
    report.taxYear = 2025;
    report.taxpayerName = QStringLiteral("王小红");
    report.identityNumber = QStringLiteral("110105198806150032");
    report.rulePack = QStringLiteral("cn-iit-2025-feed");
    report.engineVersion = QStringLiteral("0.4.0");
    report.receipt = QStringLiteral("回执 rcp-7");
    report.replayOutcome = QStringLiteral("一行不同");
    report.explanations = {QStringLiteral("规则包 1.1 修正了速算扣除数")};
    report.checks = {{QStringLiteral("SM2 签名"), true, QStringLiteral("签名有效")},
                     {QStringLiteral("回执对应"), false, QStringLiteral("回执的摘要与申报字节不符")}};
    report.lines = {{QStringLiteral("应纳税所得额"),
                     QStringLiteral("60000.00"),
                     QStringLiteral("60000.00"),
                     QStringLiteral("综合所得减去扣除"),
                     {QStringLiteral("个人所得税法第六条")},
                     false},
                    {QStringLiteral("应纳税额"),
                     QStringLiteral("3480.00"),
                     QStringLiteral("3580.00"),
                     QStringLiteral("应纳税所得额乘以税率减去速算扣除数"),
                     {QStringLiteral("财政部税务总局公告2018年第164号"), QStringLiteral("个人所得税法第三条")},
                     true}};
    return report;
}

QString compact(QString text)
{
    return text.remove(QRegularExpression(QStringLiteral("\\s")));
}

} // namespace

class TestAuditReportPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;

private slots:
    void theTextHasTheChecksSummaryAndLines()
    {
        const QString path = m_root.filePath(QStringLiteral("audit.pdf"));
        const QString failure = AuditReportPdf::write(sampleReport(), path);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(test::fontEmbedded(path, QStringLiteral("NotoSansCJKsc")));
        // pdftotext breaks lines where the layout does: compare without white space.
        const QString text = compact(test::pdfText(path));
        QVERIFY(!text.isEmpty());
        const AuditReport report = sampleReport();
        QStringList expected = {report.submissionId,
                                report.taxpayerName,
                                QStringLiteral("110105********0032"),
                                report.rulePack,
                                report.engineVersion,
                                report.receipt,
                                report.replayOutcome,
                                report.explanations.constFirst(),
                                AuditReportPdf::tr("Passed"),
                                AuditReportPdf::tr("FAILED"),
                                AuditReportPdf::tr("DIFFERS")};
        for (const AuditReport::Check& check : report.checks) {
            expected << check.name << check.sentence;
        }
        for (const AuditReport::Line& line : report.lines) {
            expected << line.label << line.filed << line.replayed << line.formula << line.citations;
        }
        for (const QString& phrase : expected) {
            QVERIFY2(text.contains(compact(phrase)), qPrintable(phrase));
        }
        QVERIFY2(!text.contains(QStringLiteral("110105198806150032")), "the identity number is printed masked");
    }

    void aCleanReportMarksNothing()
    {
        AuditReport report = sampleReport();
        report.checks.removeLast();
        report.lines.removeLast();
        const QString path = m_root.filePath(QStringLiteral("clean.pdf"));
        QVERIFY(AuditReportPdf::write(report, path).isEmpty());
        const QString text = compact(test::pdfText(path));
        QVERIFY(text.contains(compact(report.lines.constFirst().label)));
        QVERIFY(!text.contains(AuditReportPdf::tr("FAILED")));
        QVERIFY(!text.contains(AuditReportPdf::tr("DIFFERS")));
    }

    void anUnwritableFolderIsASentence()
    {
        const QString path = m_root.filePath(QStringLiteral("no-such-folder/audit.pdf"));
        const QString failure = AuditReportPdf::write(sampleReport(), path);
        QVERIFY(failure.contains(path));
        QVERIFY(!QFileInfo::exists(path));
    }
};

HUISUAN_REGISTER_TEST(TestAuditReportPdf)
#include "TestAuditReportPdf.moc"
