// SPDX-License-Identifier: GPL-3.0-or-later
// Payroll import from a file, streamed: a file over the size limit is refused before it is read, a
// large generated payroll is validated row by row with memory that does not grow with the file, a
// broken one keeps the first ImportProblems::MaxKept problems and counts the rest, and a file
// imported through BatchService stores every row or, with any problem, nothing.
#include "TestRegistry.h"
#include "batch/BatchService.h"
#include "batch/BatchTestSupport.h"
#include "batch/PayrollImport.h"
#include "batch/RosterImport.h"
#include "batch/SheetStream.h"
#include "vault/VaultTestSupport.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

QList<Employee> rosterOf(int employees)
{
    QList<Employee> roster;
    for (int e = 0; e < employees; ++e) {
        roster.append({e + 1,
                       1,
                       QStringLiteral("resident_id"),
                       residentId(e),
                       QStringLiteral("员工%1").arg(e),
                       Employment {QDate(2015, 1, 1), QDate()}.toJson()});
    }
    return roster;
}

/** A payroll of `months` months for every employee, by month; `wages` of each row. */
qint64 writePayroll(const QString& path, int employees, int months, const QString& wages = QStringLiteral("12000.50"))
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("cannot write %s", qPrintable(path));
    }
    file.write("证件号码,姓名,所属月份,本期收入,专项扣除,专项附加扣除\r\n");
    const QByteArray tail = "," + wages.toUtf8() + ",1260.05,2000\r\n";
    for (int month = 1; month <= months; ++month) {
        const QByteArray when = QStringLiteral(",2025-%1").arg(month, 2, 10, QLatin1Char('0')).toUtf8();
        for (int e = 0; e < employees; ++e) {
            file.write(residentId(e).toLatin1() + ",员工" + QByteArray::number(e) + when + tail);
        }
    }
    file.close();
    return QFileInfo(path).size();
}

/** The process's peak resident memory since the last reset, in KiB (Linux). */
qint64 peakKilobytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').first().toLongLong();
        }
    }
    return -1;
}

bool resetPeak()
{
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    return clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
}

} // namespace

class TestPayrollStreaming : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

private slots:
    void fileOverTheLimitIsRefusedBeforeReading()
    {
        const QString path = m_root.filePath(QStringLiteral("big.csv"));
        const qint64 size = writePayroll(path, 50, 1);
        const auto outcome = PayrollImport::readFile(path, rosterOf(50), 2025, 1, size - 1);
        QCOMPARE(outcome.problems.size(), 1);
        QCOMPARE(outcome.problems.first().row, 0);
        QVERIFY2(outcome.problems.first().reason.contains(QStringLiteral("Split it")),
                 qPrintable(outcome.problems.first().reason));
        QVERIFY(outcome.payrolls.isEmpty());
        QVERIFY(PayrollImport::readFile(path, rosterOf(50), 2025, 1, size).problems.isEmpty());
    }

    void largePayrollIsValidatedWithMemoryThatDoesNotGrowWithTheFile()
    {
        // 30 000 employees × 12 months: 360 000 rows, about 22 MB.
        const int employees = 30000;
        const QString path = m_root.filePath(QStringLiteral("year.csv"));
        const qint64 size = writePayroll(path, employees, 12);
        QVERIFY(size > 20'000'000);
        const QList<Employee> roster = rosterOf(employees);
        if (!resetPeak()) {
            QSKIP("the peak resident memory cannot be reset here (/proc/self/clear_refs)");
        }
        const qint64 before = peakKilobytes();
        PayrollImport import(roster, 2025, 1);
        qint64 rows = 0;
        qint64 fen = 0;
        import.setSink([&](const PayrollMonth& payroll) {
            ++rows;
        fen += payroll.payrollJson.contains("\"wages\":\"12000.50\"") ? 1 : 0;
    });
    const auto outcome = streamSheet(path, import);
    const qint64 grown = peakKilobytes() - before;
    QVERIFY2(outcome.problems.isEmpty(), qPrintable(describe(outcome.problems)));
    QCOMPARE(rows, qint64(employees) * 12);
    QCOMPARE(fen, rows);
    QCOMPARE(outcome.months.size(), 12);
    // Holding the sheet would take several times the file; streaming holds a row at a time
    // plus the current month's employees.
    QVERIFY2(grown * 1024 < size / 2,
             qPrintable(QStringLiteral("grew %1 KiB for a %2-byte file").arg(grown).arg(size)));
}

    void brokenPayrollKeepsTheFirstProblemsAndCountsTheRest()
{
    const QString path = m_root.filePath(QStringLiteral("broken.csv"));
    writePayroll(path, 1500, 1, QStringLiteral("一万"));
    const auto outcome = PayrollImport::readFile(path, rosterOf(1500), 2025, 1);
    QCOMPARE(outcome.problems.size(), ImportProblems::MaxKept + 1);
    QVERIFY(hasProblem(outcome.problems, 2, 4, QStringLiteral("一万")));
    QCOMPARE(outcome.problems.last().row, 0);
    QVERIFY2(outcome.problems.last().reason.contains(QStringLiteral("500 more")),
             qPrintable(outcome.problems.last().reason));
    QVERIFY(outcome.payrolls.isEmpty());
}

void fileImportStoresEveryRowOrNothing()
{
    auto created = Vault::create(m_root.filePath(QStringLiteral("vault")), secret("batch"), cheapCost());
    QVERIFY2(created.ok(), qPrintable(created.status.toString()));
    BatchService service(*created.value);
    const auto workspace = service.addWorkspace(QStringLiteral("91110000600037341L"), QStringLiteral("某公司")).value;
    TabularSheet roster = sheetOf(QStringLiteral("roster.csv"), rosterHeader(), {});
    for (int e = 0; e < 300; ++e) {
        roster.rows.append(
            sheetOf(QString(),
                    rosterHeader(),
                    {{residentId(e), QStringLiteral("员工%1").arg(e), QStringLiteral("2015-01-01"), QString()}})
                .rows.first());
    }
    QVERIFY(service.importRoster(workspace, roster, 2025).ok());

    const QString good = m_root.filePath(QStringLiteral("q1.csv"));
    writePayroll(good, 300, 3);
    const auto imported = service.importPayrollFile(workspace, good, 2025, 1, false);
    QVERIFY2(imported.ok(), qPrintable(describe(imported.problems) + imported.status.toString()));
    QCOMPARE(imported.stored, 900);
    QCOMPARE(CompanyWorkspaceStore(*created.value).workspacePayrollMonths(workspace.id, 2025).value.size(), 900);

    // The same months again: refused, nothing changed; replaced, still one copy.
    const auto again = service.importPayrollFile(workspace, good, 2025, 1, false);
    QCOMPARE(again.monthsAlreadyImported, QList<int>({1, 2, 3}));
    QVERIFY(service.importPayrollFile(workspace, good, 2025, 1, true).ok());
    QCOMPARE(CompanyWorkspaceStore(*created.value).workspacePayrollMonths(workspace.id, 2025).value.size(), 900);

    // A problem on the last row of a new month: the rows stored before it are rolled back.
    const QString bad = m_root.filePath(QStringLiteral("q2.csv"));
    writePayroll(bad, 300, 1);
    QFile file(bad);
    QVERIFY(file.open(QIODevice::Append));
    file.write(wrongCheckDigit(residentId(1)).toLatin1() + ",x,2025-01,1,0,0\r\n");
    file.close();
    QVERIFY(service.importRoster(workspace, roster, 2025).ok());
    const auto refused = service.importPayrollFile(workspace, bad, 2025, 1, true);
    QVERIFY(!refused.ok());
    QVERIFY(hasProblem(refused.problems, 302, 1, QStringLiteral("check digit")));
    QCOMPARE(CompanyWorkspaceStore(*created.value).workspacePayrollMonths(workspace.id, 2025).value.size(), 900);
}
}
;

HUISUAN_REGISTER_TEST(TestPayrollStreaming)
#include "TestPayrollStreaming.moc"
