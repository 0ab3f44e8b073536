// SPDX-License-Identifier: GPL-3.0-or-later
// The declaration as XLSX, read back with the project's own reader: every amount a typed number
// that reads as exactly the stored text, identity numbers as text with every digit, the totals
// row the sums of the month's amounts; and the number a cell gets for a decimal text.
#include "TestRegistry.h"
#include "batch/BatchReportSupport.h"
#include "batch/DeclarationTable.h"
#include "batch/XlsxTable.h"
#include "money/Money.h"
#include "tabular/CellText.h"

#include <QTemporaryDir>

using namespace huisuan;
using namespace huisuan::test;

namespace {

/** What a spreadsheet program shows for the cell libxlsxwriter writes, read as the import reads it. */
QString shownAs(double number)
{
    QString reason;
    const TabularCell cell {QString::asprintf("%.16G", number), 1, 1, TabularCell::Kind::Number};
    return CellText::money(cell, &reason).value_or(reason);
}

} // namespace

class TestXlsxTable : public QObject
{
    Q_OBJECT

private slots:
    void exactNumber_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("number");
        QTest::newRow("fen") << QStringLiteral("1234.56") << true;
        // 9.2 is 9.199999999999999289... as a double, printed 9.199999999999999 at 16 digits.
        QTest::newRow("not a binary fraction") << QStringLiteral("9.20") << true;
        QTest::newRow("zero") << QStringLiteral("0.00") << true;
        QTest::newRow("a rate") << QStringLiteral("0.03") << true;
        QTest::newRow("the largest amount imported") << QStringLiteral("999999999999.99") << true;
        QTest::newRow("sixteen digits") << QStringLiteral("99999999999999.99") << false;
        QTest::newRow("grouped") << QStringLiteral("1,234.56") << false;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("words") << QStringLiteral("合计") << false;
    }

    void exactNumber()
    {
        QFETCH(QString, text);
        QFETCH(bool, number);
        const std::optional<double> written = XlsxTable::exactNumber(text);
        QCOMPARE(written.has_value(), number);
        if (number) {
            QCOMPARE(shownAs(*written), Money::parse(text)->toString());
        }
    }

    void declarationReadsBackExactly()
    {
        QTemporaryDir directory;
        ComputedCompany company(directory.path(), 60, 3);
        const QList<DeclarationLine> lines = company.declaration(3);
        QCOMPARE(lines.size(), 59); // the April hire is not paid in March
        const QString path = directory.filePath(QStringLiteral("declaration.xlsx"));
        QCOMPARE(XlsxTable::write(DeclarationTable::of(lines), QStringLiteral("扣缴申报表"), path), QString());

        const TabularSheet sheet = TabularReader::read(path);
        QVERIFY2(sheet.problems.isEmpty(), qPrintable(describe(sheet.problems)));
        QCOMPARE(sheet.header.first(), QStringLiteral("证件号码"));
        QCOMPARE(sheet.header.last(), QStringLiteral("本期应预扣预缴税额"));
        QCOMPARE(sheet.header.size(), 16);
        QCOMPARE(sheet.rows.size(), lines.size() + 1);
        const auto money = [](const TabularCell& cell) {
            QString reason;
            return CellText::money(cell, &reason).value_or(QStringLiteral("refused: ") + reason);
        };
        Money wages, withheld;
        for (qsizetype index = 0; index < lines.size(); ++index) {
            const DeclarationLine& line = lines.at(index);
            const TabularRow& row = sheet.rows.at(index);
            QCOMPARE(row.at(0).kind, TabularCell::Kind::Text);
            QCOMPARE(row.at(0).text, line.identityNumber);
            QCOMPARE(row.at(0).text, residentId(int(index) + 1));
            QCOMPARE(row.at(1).text, line.name);
            QCOMPARE(row.at(2).text, QStringLiteral("正常工资薪金"));
            QCOMPARE(row.at(3).kind, TabularCell::Kind::Number);
            QCOMPARE(row.at(3).text, QStringLiteral("3"));
            QVERIFY(row.value(10).text.isEmpty()); // wages are taxed cumulatively, not on a taxable amount of their own
            const QStringList amounts = {line.wages,
                                         line.taxFreeIncome,
                                         line.specialDeductions,
                                         line.specialAdditionalDeductions,
                                         line.otherDeductions,
                                         line.taxRelief,
                                         line.cumulativeTaxableIncome,
                                         line.rate,
                                         line.quickDeduction,
                                         line.cumulativeTax,
                                         line.withheld};
            for (qsizetype column = 0; column < amounts.size(); ++column) {
                // 应纳税所得额 (column 10) sits between the month's deductions and the cumulative figures.
                const TabularCell& cell = row.at(column < 6 ? column + 4 : column + 5);
                QCOMPARE(cell.kind, TabularCell::Kind::Number);
                QCOMPARE(money(cell), amounts.at(column));
            }
            QCOMPARE(line.wages, Money::parse(wagesOf(int(index) + 1))->toString());
            wages += *Money::parse(wagesOf(int(index) + 1));
            withheld += *Money::parse(line.withheld);
        }
        const TabularRow& totals = sheet.rows.last();
        QCOMPARE(totals.at(0).text, QStringLiteral("合计"));
        QCOMPARE(money(totals.at(4)), wages.toString());
        QCOMPARE(money(totals.at(15)), withheld.toString());
        QVERIFY(totals.value(11).text.isEmpty()); // cumulative columns do not add up across employees
    }
};

HUISUAN_REGISTER_TEST(TestXlsxTable)
#include "TestXlsxTable.moc"
