// SPDX-License-Identifier: GPL-3.0-or-later
// Roster validation: every bad-input class is caught, at its row and column, all in one pass; a
// roster with any problem gives no employee to store.
#include "TestRegistry.h"
#include "batch/BatchTestSupport.h"
#include "batch/RosterImport.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void goodRosterGivesEveryEmployee()
    {
        const auto outcome = RosterImport::read(
            sheetOf(
                QStringLiteral("roster.csv"),
                rosterHeader(),
                {{residentId(1), QStringLiteral("张三"), QStringLiteral("2018-03-01"), QString()},
                 {residentId(2), QStringLiteral("李四"), QStringLiteral("2025/4/1"), QStringLiteral("2025-09-30")}}),
            7,
            2025);
        QVERIFY2(outcome.problems.isEmpty(), qPrintable(describe(outcome.problems)));
        QCOMPARE(outcome.employees.size(), 2);
        QCOMPARE(outcome.employees.at(1).identifier, residentId(2));
        QCOMPARE(outcome.employees.at(1).workspaceId, 7);
        const Employment employment = Employment::fromJson(outcome.employees.at(1).detailsJson);
        QCOMPARE(employment.start, QDate(2025, 4, 1));
        QCOMPARE(employment.end, QDate(2025, 9, 30));
    }

    void everyProblemReportedAtOnce()
    {
        QStringList header = rosterHeader();
        header.append(QStringLiteral("部门"));
        const auto outcome = RosterImport::read(
            sheetOf(QStringLiteral("roster.csv"),
                    header,
                    {{residentId(1), QStringLiteral("张三"), QStringLiteral("2018-03-01"), QString(), QString()},
                     {residentId(1), QStringLiteral("张三"), QStringLiteral("2018-03-01"), QString(), QString()},
                     {wrongCheckDigit(residentId(3)),
                      QStringLiteral("王五"),
                      QStringLiteral("2020-01-01"),
                      QString(),
                      QString()},
                     {residentId(4), QString(), QStringLiteral("2020-02-30"), QStringLiteral("2024-12-31"), QString()},
                     {residentId(5), QStringLiteral("赵六"), QStringLiteral("2026-01-02"), QString(), QString()}}),
            1,
            2025);
        QVERIFY(outcome.employees.isEmpty());
        QVERIFY2(hasProblem(outcome.problems, 1, 5, QStringLiteral("部门")), qPrintable(describe(outcome.problems)));
        QVERIFY(hasProblem(outcome.problems, 3, 1, QStringLiteral("row 2")));
        QVERIFY(hasProblem(outcome.problems, 4, 1, QStringLiteral("check digit")));
        QVERIFY(hasProblem(outcome.problems, 5, 2, QStringLiteral("姓名")));
        QVERIFY(hasProblem(outcome.problems, 5, 3, QStringLiteral("not a date")));
        QVERIFY(hasProblem(outcome.problems, 5, 4, QStringLiteral("outside 2025")));
        QVERIFY(hasProblem(outcome.problems, 6, 3, QStringLiteral("after 2025")));
        QCOMPARE(outcome.problems.size(), 7);
    }

    void missingRequiredColumnRefusesTheFile()
    {
        const auto outcome = RosterImport::read(sheetOf(QStringLiteral("roster.csv"),
                                                        {QStringLiteral("identity_number"), QStringLiteral("name")},
                                                        {{residentId(1), QStringLiteral("张三")}}),
                                                1,
                                                2025);
        QVERIFY(outcome.employees.isEmpty());
        QVERIFY2(hasProblem(outcome.problems, 1, 0, QStringLiteral("任职受雇日期")),
                 qPrintable(describe(outcome.problems)));
    }

    void readerProblemsAreKeptAndStopTheImport()
    {
        TabularSheet sheet =
            sheetOf(QStringLiteral("roster.csv"),
                    rosterHeader(),
                    {{residentId(1), QStringLiteral("张三"), QStringLiteral("2018-03-01"), QString()}});
        sheet.problems.append({sheet.file, 3, 2, QStringLiteral("merged cell")});
        const auto outcome = RosterImport::read(sheet, 1, 2025);
        QVERIFY(outcome.employees.isEmpty());
        QVERIFY(hasProblem(outcome.problems, 3, 2, QStringLiteral("merged cell")));
    }
};

HUISUAN_REGISTER_TEST(TestRosterImport)
#include "TestRosterImport.moc"
