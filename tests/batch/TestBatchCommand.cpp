// SPDX-License-Identifier: GPL-3.0-or-later
// `huisuan-cli batch` end to end on a real vault: the templates, a workspace, a refused roster
// reported cell by cell with nothing stored, the roster and a quarter of payroll imported, a month
// imported twice refused until --replace, the year computed and the declaration written as CSV;
// then the same declaration as XLSX and PDF, and the annual statements of one and of every employee.
#include "TestRegistry.h"
#include "batch/BatchTestSupport.h"
#include "cli/CliRunner.h"
#include "report/PdfInspection.h"
#include "tabular/TabularReader.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan::test;

namespace {

const QString creditCode = QStringLiteral("91110000600037341L");

} // namespace

class TestBatchCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    CliRun cli(QStringList arguments)
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QStringLiteral("batch passphrase"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        arguments.prepend(QStringLiteral("batch"));
        // The messages are matched in the source language, whatever the translations say.
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        return runCli(arguments, environment);
    }

    QString write(const QString& name, const QString& text)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

    static QString read(const QString& path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }

private slots:
    void initTestCase()
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QStringLiteral("batch passphrase"));
        environment.insert(QStringLiteral("XDG_DATA_HOME"), m_home.path());
        const CliRun init = runCli(
            {QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf-log2n"), QStringLiteral("10")},
            environment);
        QVERIFY2(init.exitCode == 0, init.transcript());
    }

    void templatesHoldTheHeaderRow()
    {
        const QString roster = m_home.filePath(QStringLiteral("roster-template.csv"));
        const CliRun written =
            cli({QStringLiteral("template"), QStringLiteral("roster"), QStringLiteral("--out"), roster});
        QVERIFY2(written.exitCode == 0, written.transcript());
        QCOMPARE(read(roster), QStringLiteral("证件号码,姓名,任职受雇日期,离职日期\r\n"));
        const QString payroll = m_home.filePath(QStringLiteral("payroll-template.csv"));
        QCOMPARE(
            cli({QStringLiteral("template"), QStringLiteral("payroll"), QStringLiteral("--out"), payroll}).exitCode, 0);
        QVERIFY(read(payroll).startsWith(QStringLiteral("证件号码,姓名,所属月份,本期收入,免税收入,专项扣除")));
    }

    void wholeMonthEndToEnd()
    {
        const CliRun badCode = cli({QStringLiteral("workspace"),
                                    QStringLiteral("add"),
                                    QStringLiteral("91110000600037341A"),
                                    QStringLiteral("某公司")});
        QCOMPARE(badCode.exitCode, 1);
        QVERIFY2(badCode.err.contains(QStringLiteral("91110000600037341A")), badCode.transcript());
        const CliRun added = cli(
            {QStringLiteral("workspace"), QStringLiteral("add"), creditCode, QStringLiteral("福州某某贸易有限公司")});
        QVERIFY2(added.exitCode == 0, added.transcript());
        QVERIFY(cli({QStringLiteral("workspace"), QStringLiteral("list")}).out.contains(creditCode));

        const QString badRoster =
            write(QStringLiteral("bad-roster.csv"),
                  QStringLiteral("\xFEFF证件号码,姓名,任职受雇日期\r\n%1,张三,2020-01-01\r\n%2,李四,2020-13-01\r\n")
                      .arg(residentId(1), wrongCheckDigit(residentId(2))));
        const QStringList workspace = {QStringLiteral("--workspace"), creditCode, QStringLiteral("--month")};
        const CliRun refused = cli(QStringList {QStringLiteral("import"), QStringLiteral("roster"), badRoster} +
                                   workspace + QStringList {QStringLiteral("2025-01")});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(badRoster + QStringLiteral(":3:1: ")), refused.transcript());
        QVERIFY2(refused.err.contains(badRoster + QStringLiteral(":3:3: ")), refused.transcript());
        QVERIFY(refused.err.contains(QStringLiteral("Nothing was imported")));

        const QString roster =
            write(QStringLiteral("roster.csv"),
                  QStringLiteral("证件号码,姓名,任职受雇日期\r\n%1,张三,2020-01-01\r\n\"%2\",\"李,四\",2025-02-01\r\n")
                      .arg(residentId(1), residentId(2)));
        const CliRun imported = cli(QStringList {QStringLiteral("import"), QStringLiteral("roster"), roster} +
                                    workspace + QStringList {QStringLiteral("2025-01")});
        QVERIFY2(imported.exitCode == 0, imported.transcript());

        for (int month = 1; month <= 3; ++month) {
            const QString when = QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0'));
            QString text = QStringLiteral("证件号码,本期收入,专项扣除\r\n%1,15000,1500\r\n").arg(residentId(1));
            if (month >= 2) {
                text += QStringLiteral("%1,8000.5,\r\n").arg(residentId(2));
            }
            const QString file = write(QStringLiteral("payroll-%1.csv").arg(month), text);
            const CliRun paid = cli(QStringList {QStringLiteral("import"), QStringLiteral("payroll"), file} +
                                    workspace + QStringList {when});
            QVERIFY2(paid.exitCode == 0, paid.transcript());
        }
        const QString march = m_home.filePath(QStringLiteral("payroll-3.csv"));
        const CliRun twice = cli(QStringList {QStringLiteral("import"), QStringLiteral("payroll"), march} + workspace +
                                 QStringList {QStringLiteral("2025-03")});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(QStringLiteral("--replace")), twice.transcript());
        const CliRun replaced = cli(QStringList {QStringLiteral("import"), QStringLiteral("payroll"), march} +
                                    workspace + QStringList {QStringLiteral("2025-03"), QStringLiteral("--replace")});
        QVERIFY2(replaced.exitCode == 0, replaced.transcript());

        const CliRun computed = cli({QStringLiteral("compute"),
                                     QStringLiteral("--workspace"),
                                     creditCode,
                                     QStringLiteral("--year"),
                                     QStringLiteral("2025")});
        QVERIFY2(computed.exitCode == 0, computed.transcript());
        const QString report = m_home.filePath(QStringLiteral("declaration-2025-03.csv"));
        const CliRun reported = cli({QStringLiteral("report"),
                                     QStringLiteral("--workspace"),
                                     creditCode,
                                     QStringLiteral("--month"),
                                     QStringLiteral("2025-03"),
                                     QStringLiteral("--out"),
                                     report});
        QVERIFY2(reported.exitCode == 0, reported.transcript());
        const QStringList lines = read(report).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 4);
        // 张三: (15000 − 1500 − 5000) × 3 = 25500 → 765 cumulative, 255 in March.
        QCOMPARE(lines.at(1),
                 QStringLiteral(
                     "%1,张三,正常工资薪金,3,15000.00,0.00,1500.00,0.00,0.00,0.00,,25500.00,0.03,0.00,765.00,255.00")
                     .arg(residentId(1)));
        // 李四 from February: (8000.50 − 5000) × 2 = 6001.00 → 180.03 cumulative, 90.01 in March
        // (February's 90.015 was rounded half up to 90.02).
        QVERIFY2(lines.at(2).startsWith(QStringLiteral("%1,\"李,四\",正常工资薪金,3,8000.50,").arg(residentId(2))),
                 qPrintable(lines.at(2)));
        QVERIFY2(lines.at(2).endsWith(QStringLiteral(",6001.00,0.03,0.00,180.03,90.01")), qPrintable(lines.at(2)));
        QVERIFY2(lines.at(3).startsWith(QStringLiteral("合计,")), qPrintable(lines.at(3)));
        QVERIFY2(lines.at(3).endsWith(QStringLiteral(",23000.50,0.00,1500.00,0.00,0.00,0.00,0.00,,,,,345.01")),
                 qPrintable(lines.at(3)));
    }

    void reportsAndStatementsAfterTheMonth()
    {
        const QStringList march = {QStringLiteral("report"),
                                   QStringLiteral("--workspace"),
                                   creditCode,
                                   QStringLiteral("--month"),
                                   QStringLiteral("2025-03")};
        const QString xlsx = m_home.filePath(QStringLiteral("declaration-2025-03.xlsx"));
        const CliRun workbook = cli(march + QStringList {QStringLiteral("--out"), xlsx});
        QVERIFY2(workbook.exitCode == 0, workbook.transcript());
        const huisuan::TabularSheet sheet = huisuan::TabularReader::read(xlsx);
        QCOMPARE(sheet.rows.size(), 3);
        QCOMPARE(sheet.rows.at(0).at(0).text, residentId(1));
        QCOMPARE(sheet.rows.at(1).at(1).text, QStringLiteral("李,四"));

        const QString pdf = m_home.filePath(QStringLiteral("declaration-2025-03.bin"));
        const CliRun refused = cli(march + QStringList {QStringLiteral("--out"), pdf});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("--format")), refused.transcript());
        const CliRun paper =
            cli(march + QStringList {QStringLiteral("--out"), pdf, QStringLiteral("--format"), QStringLiteral("pdf")});
        QVERIFY2(paper.exitCode == 0, paper.transcript());
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(QStringLiteral("福州某某贸易有限公司")) && text.contains(QStringLiteral("345.01")),
                 qPrintable(text));

        const QStringList year = {QStringLiteral("statement"),
                                  QStringLiteral("--workspace"),
                                  creditCode,
                                  QStringLiteral("--year"),
                                  QStringLiteral("2025")};
        const QString one = m_home.filePath(QStringLiteral("statement.csv"));
        const CliRun single =
            cli(year + QStringList {QStringLiteral("--employee"), residentId(1), QStringLiteral("--out"), one});
        QVERIFY2(single.exitCode == 0, single.transcript());
        // 张三's March: 45000 paid so far, 25500 taxable, 765 withheld so far.
        QVERIFY2(read(one).contains(QStringLiteral(
                     "\r\n3,15000.00,0.00,1500.00,0.00,0.00,0.00,45000.00,25500.00,0.03,765.00,255.00,765.00\r\n")),
                 qPrintable(read(one)));

        const QString folder = m_home.filePath(QStringLiteral("statements"));
        const CliRun every = cli(year + QStringList {QStringLiteral("--all"), QStringLiteral("--out"), folder});
        QVERIFY2(every.exitCode == 0, every.transcript());
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files,
                 (QStringList {QStringLiteral("2025-%1-张三.pdf").arg(residentId(1)),
                               QStringLiteral("2025-%1-李,四.pdf").arg(residentId(2))}));
        QVERIFY(pdfText(QDir(folder).filePath(files.at(1))).contains(QStringLiteral("180.03")));
    }
};

HUISUAN_REGISTER_TEST(TestBatchCommand)
#include "TestBatchCommand.moc"
