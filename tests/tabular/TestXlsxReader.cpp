// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "tabular/TabularFixtures.h"
#include "tabular/TabularReader.h"

#include <QTemporaryDir>
#include <QTest>
#include <xlsxwriter.h>

using namespace huisuan;
using namespace huisuan::test;

class TestXlsxReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString& name) const { return m_dir.filePath(name); }

    /** A payroll workbook as libxlsxwriter (like Excel) writes it; constantMemory writes inline strings. */
    QString writePayroll(const QString& name, bool constantMemory)
    {
        const QString file = path(name);
        lxw_workbook_options options {};
        options.constant_memory = constantMemory ? LXW_TRUE : LXW_FALSE;
        options.tmpdir = nullptr;
        lxw_workbook* workbook = workbook_new_opt(file.toUtf8().constData(), &options);
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        lxw_format* dateFormat = workbook_add_format(workbook);
        format_set_num_format(dateFormat, "yyyy-mm-dd");
        const char* headings[] = {"身份证号", "姓名", "本期收入", "在职", "入职日期"};
        for (lxw_col_t column = 0; column < 5; ++column) {
            worksheet_write_string(sheet, 0, column, headings[column], nullptr);
        }
        worksheet_write_string(sheet, 1, 0, "11010519491231002X", nullptr);
        worksheet_write_string(sheet, 1, 1, "张三", nullptr);
        worksheet_write_number(sheet, 1, 2, 12000.5, nullptr);
        worksheet_write_boolean(sheet, 1, 3, 1, nullptr);
        lxw_datetime hired {2025, 3, 1, 0, 0, 0};
        worksheet_write_datetime(sheet, 1, 4, &hired, dateFormat);
        worksheet_write_string(sheet, 3, 1, "李四", nullptr);
        worksheet_write_number(sheet, 3, 2, 8000, nullptr);
        if (workbook_close(workbook) != LXW_NO_ERROR) {
            qFatal("libxlsxwriter could not write %s", qPrintable(file));
        }
        return file;
    }

private slots:
    void readsAWorkbook_data()
    {
        QTest::addColumn<bool>("constantMemory");
        QTest::newRow("shared strings") << false;
        QTest::newRow("inline strings") << true;
    }

    void readsAWorkbook()
    {
        QFETCH(bool, constantMemory);
        const TabularSheet sheet = TabularReader::read(writePayroll(QStringLiteral("payroll.xlsx"), constantMemory));
        QVERIFY(sheet.problems.isEmpty());
        QCOMPARE(sheet.header,
                 QStringList({QStringLiteral("身份证号"),
                              QStringLiteral("姓名"),
                              QStringLiteral("本期收入"),
                              QStringLiteral("在职"),
                              QStringLiteral("入职日期")}));
        QCOMPARE(sheet.rows.size(), 2);
        const TabularRow& first = sheet.rows.at(0);
        QCOMPARE(first.size(), 5);
        QCOMPARE(first.at(0).text, QStringLiteral("11010519491231002X"));
        QCOMPARE(first.at(0).kind, TabularCell::Kind::Text);
        QCOMPARE(first.at(1).text, QStringLiteral("张三"));
        QCOMPARE(first.at(2).text, QStringLiteral("12000.5"));
        QCOMPARE(first.at(2).kind, TabularCell::Kind::Number);
        QCOMPARE(first.at(3).text, QStringLiteral("TRUE"));
        QCOMPARE(first.at(3).kind, TabularCell::Kind::Boolean);
        QCOMPARE(first.at(4).kind, TabularCell::Kind::Date);
        QCOMPARE(first.at(4).text, QStringLiteral("45717")); // 2025-03-01 as Excel counts days
        QCOMPARE(first.at(4).row, 2);
        QCOMPARE(first.at(4).column, 5);
        // Row 3 is blank and left out; row 4's missing cells are there, empty, under their headings.
        const TabularRow& second = sheet.rows.at(1);
        QCOMPARE(second.size(), 5);
        QCOMPARE(second.at(0).text, QString());
        QCOMPARE(second.at(0).row, 4);
        QCOMPARE(second.at(0).column, 1);
        QCOMPARE(second.at(1).text, QStringLiteral("李四"));
        QCOMPARE(second.at(4).text, QString());
    }

    void reportsFormulasAndMergedCellsAtTheirCell()
    {
        const QString file = path(QStringLiteral("formulas.xlsx"));
        lxw_workbook* workbook = workbook_new(file.toUtf8().constData());
        lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
        worksheet_write_string(sheet, 0, 0, "姓名", nullptr);
        worksheet_write_string(sheet, 0, 1, "工资", nullptr);
        worksheet_write_string(sheet, 0, 2, "奖金", nullptr);
        worksheet_write_string(sheet, 1, 0, "张三", nullptr);
        worksheet_write_formula_num(sheet, 1, 1, "=1000*12", nullptr, 12000);
        worksheet_merge_range(sheet, 2, 0, 3, 0, "李四", nullptr);
        worksheet_write_number(sheet, 2, 1, 9000, nullptr);
        QCOMPARE(workbook_close(workbook), LXW_NO_ERROR);

        const TabularSheet read = TabularReader::read(file);
        QCOMPARE(read.problems.size(), 2);
        QCOMPARE(read.problems.at(0).row, 2);
        QCOMPARE(read.problems.at(0).column, 2);
        QVERIFY(read.problems.at(0).reason.contains(QStringLiteral("B2 holds a formula")));
        // The cached 12000 is not passed on as if it were typed.
        QCOMPARE(read.rows.at(0).at(1).text, QString());
        QCOMPARE(read.problems.at(1).row, 3);
        QCOMPARE(read.problems.at(1).column, 1);
        QVERIFY(read.problems.at(1).reason.contains(QStringLiteral("A3:A4 are merged")));
    }

    void keepsTheFloatingPointTextOfANumber()
    {
        const QString file = path(QStringLiteral("float.xlsx"));
        QVERIFY(writeZip(file,
                         workbookParts("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
                                       "<row r=\"2\"><c r=\"A2\"><v>1234.5600000000001</v></c></row></sheetData>",
                                       "<si><t>wage</t></si>")));
        const TabularSheet sheet = TabularReader::read(file);
        QVERIFY(sheet.problems.isEmpty());
        QCOMPARE(sheet.header, QStringList({QStringLiteral("wage")}));
        QCOMPARE(sheet.rows.at(0).at(0).text, QStringLiteral("1234.5600000000001"));
        QCOMPARE(sheet.rows.at(0).at(0).kind, TabularCell::Kind::Number);
    }

    void readsEveryValueAcrossTheChunksOfAPart()
    {
        // About 1 MB of sheet XML: the values fall across the 64 KiB chunks the sheet is inflated in.
        QByteArray body("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>wage</t></is></c></row>");
        for (int row = 2; row <= 20001; ++row) {
            body += "<row r=\"" + QByteArray::number(row) + "\"><c r=\"A" + QByteArray::number(row) + "\"><v>" +
                QByteArray::number(row) + ".25</v></c></row>";
        }
        body += "</sheetData>";
        const QString file = path(QStringLiteral("long.xlsx"));
        QVERIFY(writeZip(file, workbookParts(body)));
        int expected = 2;
        const QList<TabularProblem> problems = TabularReader::forEachRow(file, [&](const TabularRow& row) {
            if (row.at(0).row > 1) {
                if (row.at(0).text != QString::number(expected) + QStringLiteral(".25")) {
                    return false;
                }
                ++expected;
            }
            return true;
        });
        QVERIFY(problems.isEmpty());
        QCOMPARE(expected, 20002);
    }

    void readsRichTextWithoutItsPhoneticGuide()
    {
        const QString file = path(QStringLiteral("rich.xlsx"));
        QVERIFY(writeZip(
            file,
            workbookParts("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>",
                          "<si><r><t>张</t></r><r><t>三</t></r><rPh sb=\"0\" eb=\"1\"><t>zhang</t></rPh></si>")));
        QCOMPARE(TabularReader::read(file).header, QStringList({QStringLiteral("张三")}));
    }

    void reportsACellRightOfTheHeader()
    {
        const QString file = path(QStringLiteral("shifted.xlsx"));
        QVERIFY(writeZip(
            file,
            workbookParts("<sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>id</t></is></c>"
                          "<c r=\"B1\" t=\"inlineStr\"><is><t>wage</t></is></c></row>"
                          "<row r=\"2\"><c r=\"B2\"><v>1</v></c><c r=\"C2\"><v>100</v></c></row></sheetData>")));
        const TabularSheet sheet = TabularReader::read(file);
        QCOMPARE(sheet.problems.size(), 1);
        QCOMPARE(sheet.problems.at(0).row, 2);
        QCOMPARE(sheet.problems.at(0).column, 3);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("shifted")));
        QCOMPARE(sheet.rows.at(0).size(), 2);
    }

    void reportsAnErrorValueAndABadStringIndex()
    {
        const QString file = path(QStringLiteral("errors.xlsx"));
        QVERIFY(
            writeZip(file,
                     workbookParts("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c>"
                                   "<c r=\"B1\" t=\"s\"><v>0</v></c></row>"
                                   "<row r=\"2\"><c r=\"A2\" t=\"e\"><v>#N/A</v></c><c r=\"B2\" t=\"s\"><v>7</v></c>"
                                   "</row></sheetData>",
                                   "<si><t>x</t></si>")));
        const TabularSheet sheet = TabularReader::read(file);
        QCOMPARE(sheet.problems.size(), 2);
        QCOMPARE(sheet.problems.at(0).column, 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("#N/A")));
        QCOMPARE(sheet.problems.at(1).column, 2);
    }

    void refusesAnXlsxThatIsNotAZip()
    {
        const QString file = path(QStringLiteral("fake.xlsx"));
        QVERIFY(writeBytes(file, QByteArray("id,name\n1,Li\n")));
        const TabularSheet sheet = TabularReader::read(file);
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("not the zip archive")));
        QVERIFY(sheet.header.isEmpty());
    }

    void refusesAZipWithoutASheet()
    {
        const QString file = path(QStringLiteral("nosheet.xlsx"));
        QVERIFY(writeZip(file, {{QStringLiteral("hello.txt"), QByteArray("hi")}}));
        const TabularSheet sheet = TabularReader::read(file);
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("xl/worksheets/sheet1.xml")));
    }

    void capsSharedStringsThatInflateBeyondTheFile()
    {
        // 8 MiB of one letter deflates to a few kilobytes: a bomb for a 64 KiB limit.
        const QString file = path(QStringLiteral("bomb.xlsx"));
        QVERIFY(writeZip(file,
                         workbookParts("<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData>",
                                       "<si><t>" + QByteArray(8 * 1024 * 1024, 'a') + "</t></si>")));
        const TabularSheet sheet = TabularReader::read(file, 64 * 1024);
        QCOMPARE(sheet.problems.size(), 1);
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(sheet.problems.at(0).reason.contains(QStringLiteral("more than can be read safely")));
        QVERIFY(sheet.header.isEmpty());
    }
};

HUISUAN_REGISTER_TEST(TestXlsxReader)
#include "TestXlsxReader.moc"
