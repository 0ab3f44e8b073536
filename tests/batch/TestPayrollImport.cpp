// SPDX-License-Identifier: GPL-3.0-or-later
// Payroll validation against the roster: unknown employees, bad amounts, months out of order or
// outside the year or the employment, duplicate employee months, unknown and missing columns, all
// reported at once with row and column; a payroll with any problem gives nothing to store.
#include "TestRegistry.h"
#include "batch/BatchTestSupport.h"
#include "batch/PayrollImport.h"
#include "batch/RosterImport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

QList<Employee> roster()
{
    return {{11,
             1,
             QStringLiteral("resident_id"),
             residentId(1),
             QStringLiteral("张三"),
             Employment {QDate(2018, 3, 1), QDate()}.toJson()},
            {12,
             1,
             QStringLiteral("resident_id"),
             residentId(2),
             QStringLiteral("李四"),
             Employment {QDate(2025, 4, 1), QDate(2025, 9, 30)}.toJson()}};
}

} // namespace

class TestPayrollImport : public QObject
{
    Q_OBJECT

private slots:
    void goodPayrollGivesCanonicalAmounts()
    {
        const auto outcome = PayrollImport::read(
            sheetOf(QStringLiteral("payroll.csv"),
                    {QStringLiteral("证件号码"), QStringLiteral("本期收入"), QStringLiteral("专项扣除")},
                    {{residentId(1), QStringLiteral("12000.5"), QString()},
                     {residentId(2), QStringLiteral("20000"), QStringLiteral("2100")}}),
            roster(),
            2025,
            4);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(describe(outcome.problems)));
        QCOMPARE(outcome.payrolls.size(), 2);
        QCOMPARE(outcome.months, QSet<int>({4}));
        const PayrollMonth& first = outcome.payrolls.first();
        QCOMPARE(first.employeeId, 11);
        QCOMPARE(first.month, 4);
        const QJsonObject pay = QJsonDocument::fromJson(first.payrollJson).object();
        QCOMPARE(pay.value(QStringLiteral("wages")).toString(), QStringLiteral("12000.50"));
        QCOMPARE(pay.value(QStringLiteral("special_deductions")).toString(), QStringLiteral("0.00"));
    }

    void everyProblemReportedAtOnce()
    {
        QStringList header = payrollHeader();
        header.append(QStringLiteral("bonus"));
        const auto outcome = PayrollImport::read(
            sheetOf(
                QStringLiteral("payroll.csv"),
                header,
                {{residentId(1), QStringLiteral("2025-05"), QStringLiteral("10000"), QString(), QString(), QString()},
                 {residentId(1), QStringLiteral("2025-05"), QStringLiteral("10000"), QString(), QString(), QString()},
                 {residentId(1), QStringLiteral("2025-04"), QStringLiteral("10000"), QString(), QString(), QString()},
                 {residentId(3), QStringLiteral("2025-06"), QStringLiteral("10000"), QString(), QString(), QString()},
                 {wrongCheckDigit(residentId(2)),
                  QStringLiteral("2025-06"),
                  QStringLiteral("1"),
                  QString(),
                  QString(),
                  QString()},
                 {residentId(2), QStringLiteral("2025-10"), QStringLiteral("1,2"), QString(), QString(), QString()},
                 {residentId(2), QStringLiteral("2024-12"), QStringLiteral("-5"), QString(), QString(), QString()}}),
            roster(),
            2025,
            5);
        QVERIFY(outcome.payrolls.isEmpty());
        QVERIFY2(hasProblem(outcome.problems, 1, 6, QStringLiteral("bonus")), qPrintable(describe(outcome.problems)));
        QVERIFY(hasProblem(outcome.problems, 3, 1, QStringLiteral("row 2")));
        QVERIFY(hasProblem(outcome.problems, 4, 2, QStringLiteral("out of order")));
        QVERIFY(hasProblem(outcome.problems, 5, 1, QStringLiteral("roster")));
        QVERIFY(hasProblem(outcome.problems, 6, 1, QStringLiteral("check digit")));
        QVERIFY(hasProblem(outcome.problems, 7, 3, QStringLiteral("left on 2025-09-30")));
        // Commas that are not thousands separators: no one amount they could mean.
        QVERIFY(hasProblem(outcome.problems, 7, 3, QStringLiteral("are not thousands separators")));
        QVERIFY(hasProblem(outcome.problems, 8, 2, QStringLiteral("not in 2025")));
        QVERIFY(hasProblem(outcome.problems, 8, 3, QStringLiteral("negative")));
    }

    void monthBeforeTheStartIsRefused()
    {
        const auto outcome = PayrollImport::read(sheetOf(QStringLiteral("payroll.csv"),
                                                         {QStringLiteral("证件号码"), QStringLiteral("本期收入")},
                                                         {{residentId(2), QStringLiteral("20000")}}),
                                                 roster(),
                                                 2025,
                                                 3);
        QVERIFY(outcome.payrolls.isEmpty());
        QVERIFY2(hasProblem(outcome.problems, 2, 2, QStringLiteral("started on 2025-04-01")),
                 qPrintable(describe(outcome.problems)));
    }

    void missingWagesColumnIsReported()
    {
        const auto outcome = PayrollImport::read(
            sheetOf(QStringLiteral("payroll.csv"), {QStringLiteral("证件号码")}, {{residentId(1)}}), roster(), 2025, 3);
        QVERIFY(outcome.payrolls.isEmpty());
        QVERIFY2(hasProblem(outcome.problems, 1, 0, QStringLiteral("本期收入")),
                 qPrintable(describe(outcome.problems)));
    }
};

HUISUAN_REGISTER_TEST(TestPayrollImport)
#include "TestPayrollImport.moc"
