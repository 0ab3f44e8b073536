// SPDX-License-Identifier: GPL-3.0-or-later
// A filing's PDF from plain data, read back with poppler-utils: the Noto Sans CJK face of the
// language embedded, the Chinese names, the labels and the exact amounts in the text.
#include "TestRegistry.h"
#include "report/FilingReportPdf.h"
#include "report/PdfInspection.h"

#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;

namespace {

FilingReport sampleReport(const QString& language)
{
    FilingReport report;
    report.language = language;
    report.taxYear = 2025;
    report.taxpayerName = QStringLiteral("王小红");
    report.identityNumber = QStringLiteral("110105198806150032");
    report.submissionId = QStringLiteral("sub-0123456789abcdef");
    report.rulePack = QStringLiteral("sha256:feed");
    report.inputs = {{QStringLiteral("income.wages"), QStringLiteral("20000.00")},
                     {QStringLiteral("prepaid"), QStringLiteral("210.00")}};
    report.results = {{QStringLiteral("tax_payable"), QStringLiteral("0.00")},
                      {QStringLiteral("refund"), QStringLiteral("210.00")}};
    FilingReport::Receipt receipt;
    receipt.accepted = true;
    receipt.receiptId = QStringLiteral("rcp-42");
    receipt.submissionId = report.submissionId;
    receipt.submittedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    receipt.issuedAt = QDateTime(QDate(2026, 3, 2), QTime(8, 0, 1), Qt::UTC);
    receipt.balance = QStringLiteral("-210.00");
    receipt.taxPayable = QStringLiteral("0.00");
    receipt.taxWithheld = QStringLiteral("210.00");
    receipt.signer = QStringLiteral("Huisuan sandbox bureau receipts");
    receipt.filingDigest = QStringLiteral("sm3:66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
    receipt.digestMatches = true;
    report.receipt = receipt;
    report.income = {{QStringLiteral("2025-01"),
                      QStringLiteral("甲公司"),
                      QStringLiteral("wages"),
                      QStringLiteral("10000.00"),
                      QStringLiteral("90.00")},
                     {QStringLiteral("2025-02"),
                      QStringLiteral("<b>乙公司</b>"),
                      QStringLiteral("wages"),
                      QStringLiteral("10000.00"),
                      QStringLiteral("120.00")}};
    return report;
}

} // namespace

class TestFilingReportPdf : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;

private slots:
    void embedsTheFontOfTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("face");
        QTest::newRow("Simplified Chinese") << QStringLiteral("zh_CN") << QStringLiteral("NotoSansCJKsc");
        QTest::newRow("English") << QStringLiteral("en_US") << QStringLiteral("NotoSansCJKsc");
        QTest::newRow("Japanese") << QStringLiteral("ja_JP") << QStringLiteral("NotoSansCJKjp");
    }

    void embedsTheFontOfTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, face);
        const QString path = m_root.filePath(language + QStringLiteral(".pdf"));
        const QString failure = FilingReportPdf::write(sampleReport(language), path);
        QVERIFY2(failure.isEmpty(), qPrintable(failure));
        QVERIFY(test::fontEmbedded(path, face));
    }

    void theTextHasTheNamesLabelsAndAmounts()
    {
        const QString path = m_root.filePath(QStringLiteral("text.pdf"));
        QVERIFY(FilingReportPdf::write(sampleReport(QStringLiteral("zh_CN")), path).isEmpty());
        // pdftotext breaks lines where the layout does: compare without white space.
        const QString text = test::pdfText(path).remove(QRegularExpression(QStringLiteral("\\s")));
        QVERIFY(!text.isEmpty());
        for (const QString& expected : {QStringLiteral("王小红"),
                                        QStringLiteral("甲公司"),
                                        QStringLiteral("<b>乙公司</b>"),
                                        QStringLiteral("110105********0032"),
                                        QStringLiteral("sub-0123456789abcdef"),
                                        QStringLiteral("rcp-42"),
                                        QStringLiteral("20000.00"),
                                        QStringLiteral("-210.00"),
                                        QStringLiteral("120.00"),
                                        QStringLiteral("Huisuan sandbox bureau receipts"),
                                        FilingReportPdf::tr("Tax payable"),
                                        FilingReportPdf::tr("Tax withheld"),
                                        FilingReportPdf::tr("Refund"),
                                        FilingReportPdf::tr("Wages and salaries")}) {
            const QString compact = QString(expected).remove(QRegularExpression(QStringLiteral("\\s")));
            QVERIFY2(text.contains(compact), qPrintable(expected));
        }
        QVERIFY2(!text.contains(QStringLiteral("110105198806150032")), "the identity number is printed masked");
    }

    void anUnwritableFolderIsASentence()
    {
        const QString path = m_root.filePath(QStringLiteral("no-such-folder/report.pdf"));
        const QString failure = FilingReportPdf::write(sampleReport(QStringLiteral("zh_CN")), path);
        QVERIFY(!failure.isEmpty());
        QVERIFY(failure.contains(path));
        QVERIFY(!QFileInfo::exists(path));
    }
};

HUISUAN_REGISTER_TEST(TestFilingReportPdf)
#include "TestFilingReportPdf.moc"
