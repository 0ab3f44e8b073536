// SPDX-License-Identifier: GPL-3.0-or-later
// Employees' annual statements from a real vault: a hire of 1 April checked by hand month by
// month with the year's totals; every employee's months equal to the stored results the monthly
// declarations show; an unknown employee and a stale year answered with what to do.
#include "TestRegistry.h"
#include "batch/AnnualStatements.h"
#include "batch/BatchReportSupport.h"
#include "batch/CsvTable.h"
#include "batch/StatementTable.h"
#include "money/Money.h"

#include <QTemporaryDir>

using namespace huisuan;
using namespace huisuan::test;

class TestAnnualStatements : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_directory;
    std::unique_ptr<ComputedCompany> m_company;

private slots:
    void initTestCase() { m_company = std::make_unique<ComputedCompany>(m_directory.path(), 8, 12); }

    void aHireOfAprilByHand()
    {
        const auto statement = AnnualStatements(m_company->vault()).of(m_company->workspace, residentId(0), 2025);
        QVERIFY2(statement.ok(), qPrintable(statement.status.toString()));
        QCOMPARE(statement.value.name, QStringLiteral("春入职"));
        QCOMPARE(statement.value.employmentStart, QDate(2025, 4, 1));
        QCOMPARE(statement.value.company.creditCode, reportCreditCode());
        QCOMPARE(statement.value.months.size(), 9);

        // 20000 − 2000 − 1000 − 5000 = 12000 taxable a month from April; 3% to 36000, then
        // 10% − 2520: cumulative tax 360, 720, 1080, 2280, ..., 8280.
        const ReportTable table = StatementTable::of(statement.value);
        QCOMPARE(table.rowCount, 12);
        for (int month = 1; month <= 3; ++month) {
            QCOMPARE(table.row(month - 1), QStringList {QString::number(month)});
        }
        Money withheld;
        for (int month = 4; month <= 12; ++month) {
            const int paid = month - 3;
            const Money tax = paid <= 3 ? *Money::parse(QStringLiteral("360")) : *Money::parse(QStringLiteral("1200"));
            withheld += tax;
            const QString cumulativeTax = paid <= 3 ? QStringLiteral("%1.00").arg(360 * paid)
                                                    : QStringLiteral("%1.00").arg(12000 * paid / 10 - 2520);
            QCOMPARE(table.row(month - 1),
                     (QStringList {QString::number(month),
                                   QStringLiteral("20000.00"),
                                   QStringLiteral("0.00"),
                                   QStringLiteral("2000.00"),
                                   QStringLiteral("1000.00"),
                                   QStringLiteral("0.00"),
                                   QStringLiteral("0.00"),
                                   QStringLiteral("%1.00").arg(20000 * paid),
                                   QStringLiteral("%1.00").arg(12000 * paid),
                                   paid <= 3 ? QStringLiteral("0.03") : QStringLiteral("0.10"),
                                   cumulativeTax,
                                   tax.toString(),
                                   withheld.toString()}));
        }
        QCOMPARE(table.totals.size(), 1);
        QCOMPARE(table.totals.first(),
                 (QStringList {QStringLiteral("合计"),
                               QStringLiteral("180000.00"),
                               QStringLiteral("0.00"),
                               QStringLiteral("18000.00"),
                               QStringLiteral("9000.00"),
                               QStringLiteral("0.00"),
                               QStringLiteral("0.00"),
                               QStringLiteral("180000.00"),
                               QStringLiteral("108000.00"),
                               QString(),
                               QStringLiteral("8280.00"),
                               QStringLiteral("8280.00"),
                               QStringLiteral("8280.00")}));

        const QByteArray bytes = CsvTable::bytes(table);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QStringList csv = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"));
        QCOMPARE(csv.at(0),
                 QStringLiteral("所属月份,本期收入,免税收入,专项扣除,专项附加扣除,其他扣除,减免税额,累计收入额,"
                                "累计应纳税所得额,预扣率,累计应纳税额,本期应预扣预缴税额,累计已预扣预缴税额"));
        QCOMPARE(csv.at(1), QStringLiteral("1,,,,,,,,,,,,"));
        QCOMPARE(csv.at(12),
                 QStringLiteral("12,20000.00,0.00,2000.00,1000.00,0.00,0.00,180000.00,108000.00,0.10,8280.00,1200.00,"
                                "8280.00"));
    }

    void everyEmployeeEqualsTheStoredResults()
    {
        QHash<QString, QList<DeclarationLine>> declared;
        for (int month = 1; month <= 12; ++month) {
            for (const DeclarationLine& line : m_company->declaration(month)) {
                declared[line.identityNumber].append(line);
            }
        }
        QStringList seen;
        const VaultStatus status = AnnualStatements(m_company->vault())
                                       .forEach(m_company->workspace, 2025, [&](const EmployeeStatement& statement) {
                                           seen << statement.identityNumber;
                                           const QList<DeclarationLine>& months =
                                               declared.value(statement.identityNumber);
                                           if (statement.months.size() != months.size()) {
                                               return false;
                                           }
                                           for (qsizetype i = 0; i < months.size(); ++i) {
                                               const DeclarationLine& a = statement.months.at(i);
                                               const DeclarationLine& b = months.at(i);
                                               if (a.month != b.month || a.wages != b.wages ||
                                                   a.cumulativeTaxableIncome != b.cumulativeTaxableIncome ||
                                                   a.cumulativeTax != b.cumulativeTax || a.withheld != b.withheld) {
                                                   return false;
                                               }
                                           }
                                           return true;
                                       });
        QVERIFY2(status.ok(), qPrintable(status.toString()));
        QCOMPARE(seen.size(), 8); // in roster order, none stopped on a difference
        for (int index = 0; index < 8; ++index) {
            QCOMPARE(seen.at(index), residentId(index));
        }
    }

    void unknownEmployeeIsNamed()
    {
        const auto unknown = AnnualStatements(m_company->vault()).of(m_company->workspace, residentId(999), 2025);
        QVERIFY(!unknown.ok());
        QVERIFY2(unknown.status.message.contains(residentId(999)), qPrintable(unknown.status.message));
    }

    void staleYearAsksForACompute()
    {
        const QString path = m_directory.filePath(QStringLiteral("june.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QStringLiteral("证件号码,本期收入\r\n%1,21000\r\n").arg(residentId(0)).toUtf8());
        file.close();
        const auto replaced =
            m_company->service().importPayroll(m_company->workspace, TabularReader::read(path), 2025, 6, true);
        QVERIFY2(replaced.ok(), qPrintable(describe(replaced.problems) + replaced.status.toString()));
        const auto stale = AnnualStatements(m_company->vault()).of(m_company->workspace, residentId(0), 2025);
        QVERIFY(!stale.ok());
        QVERIFY2(stale.status.message.contains(QStringLiteral("Compute the year 2025")),
                 qPrintable(stale.status.message));
    }
};

HUISUAN_REGISTER_TEST(TestAnnualStatements)
#include "TestAnnualStatements.moc"
