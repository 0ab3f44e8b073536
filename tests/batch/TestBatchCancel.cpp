// SPDX-License-Identifier: GPL-3.0-or-later
// Progress and cancellation of long batch work on a real vault (BatchCancel, BatchControl): a file
// read stops where the user cancelled, a cancelled import stores nothing, and a computation
// cancelled after its first thousand employees keeps exactly their whole results and nothing else.
#include "TestRegistry.h"
#include "batch/BatchService.h"
#include "batch/BatchTestSupport.h"
#include "vault/VaultTestSupport.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const QString creditCode = QStringLiteral("91110000600037341L");

/** A roster of `count` employees, all employed from January. */
TabularSheet largeRoster(int count)
{
    QList<QStringList> rows;
    for (int serial = 1; serial <= count; ++serial) {
        rows.append(
            {residentId(serial), QStringLiteral("员工%1").arg(serial), QStringLiteral("2025-01-01"), QString()});
    }
    return sheetOf(QStringLiteral("roster.csv"), rosterHeader(), rows);
}

/** January's payroll of the same `count` employees, 8000 each. */
TabularSheet januaryPayroll(int count)
{
    QList<QStringList> rows;
    for (int serial = 1; serial <= count; ++serial) {
        rows.append({residentId(serial), QStringLiteral("2025-01"), QStringLiteral("8000"), QString(), QString()});
    }
    return sheetOf(QStringLiteral("payroll.csv"), payrollHeader(), rows);
}

} // namespace

class TestBatchCancel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;
    std::unique_ptr<Vault> m_vault;

    CompanyWorkspace freshWorkspace()
    {
        auto created =
            Vault::create(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), secret("batch"), cheapCost());
        if (!created.ok()) {
            qFatal("%s", qPrintable(created.status.toString()));
        }
        m_vault = std::move(created.value);
        auto added = BatchService(*m_vault).addWorkspace(creditCode, QStringLiteral("福州某某贸易有限公司"));
        if (!added.ok()) {
            qFatal("%s", qPrintable(added.status.toString()));
        }
        return added.value;
    }

private slots:
    void readingStopsWhereTheUserCancelled()
    {
        QStringList lines {QStringLiteral("证件号码,姓名,任职受雇日期,离职日期")};
        for (int serial = 1; serial <= 2000; ++serial) {
            lines << residentId(serial) + QStringLiteral(",员工%1,2025-01-01,").arg(serial);
        }
        const QString path = m_root.filePath(QStringLiteral("roster.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(lines.join(QStringLiteral("\n")).toUtf8() + '\n');
        file.close();

        const std::optional<TabularSheet> whole = BatchService::readSheet(path);
        QVERIFY(whole);
        QCOMPARE(whole->rows.size(), 2000);

        BatchCancel cancel;
        QList<qint64> reported;
        const BatchControl control {[&](qint64 done, qint64 total) {
                                        QCOMPARE(total, qint64(0)); // a file's rows are not known before the end
                                        reported.append(done);
                                        cancel.cancel();
                                    },
                                    &cancel};
        QVERIFY(!BatchService::readSheet(path, control));
        QCOMPARE(reported, QList<qint64> {500});
    }

    void aCancelledImportStoresNothing()
    {
        const CompanyWorkspace workspace = freshWorkspace();
        BatchService service(*m_vault);
        BatchCancel cancel;
        cancel.cancel();
        const auto roster = service.importRoster(workspace, largeRoster(3), 2025, {{}, &cancel});
        QVERIFY(roster.cancelled);
        QVERIFY(!roster.ok());
        QCOMPARE(CompanyWorkspaceStore(*m_vault).employees(workspace.id).value.size(), 0);

        QVERIFY(service.importRoster(workspace, largeRoster(3), 2025).ok());
        const auto payroll = service.importPayroll(workspace, januaryPayroll(3), 2025, 1, false, {{}, &cancel});
        QVERIFY(payroll.cancelled);
        QCOMPARE(CompanyWorkspaceStore(*m_vault).workspacePayrollMonths(workspace.id, 2025).value.size(), 0);
    }

    void aCancelledComputationKeepsWholeEmployeesOnly()
    {
        const CompanyWorkspace workspace = freshWorkspace();
        BatchService service(*m_vault);
        QVERIFY(service.importRoster(workspace, largeRoster(2500), 2025).ok());
        QVERIFY(service.importPayroll(workspace, januaryPayroll(2500), 2025, 1, false).ok());

        BatchCancel cancel;
        QList<std::pair<qint64, qint64>> reported;
        const BatchControl control {[&](qint64 done, qint64 total) {
                                        reported.append({done, total});
                                        if (done >= 1000) {
                                            cancel.cancel();
                                        }
                                    },
                                    &cancel};
        const auto computed = service.computeYear(workspace, 2025, control);
        QVERIFY(computed.status.ok());
        QVERIFY(computed.cancelled);
        QCOMPARE(computed.employees, 1000);
        QCOMPARE(computed.months, 1000);
        const QList<std::pair<qint64, qint64>> expected {{0, 2500}, {1000, 2500}};
        QCOMPARE(reported, expected);
        QCOMPARE(CompanyWorkspaceStore(*m_vault).workspaceWithholdingResults(workspace.id, 2025, 1).value.size(), 1000);
        // The declaration refuses a month not computed for everyone, rather than declare part of it.
        QVERIFY(!service.declaration(workspace, 2025, 1).ok());

        const auto again = service.computeYear(workspace, 2025);
        QVERIFY(!again.cancelled);
        QCOMPARE(again.employees, 2500);
        QCOMPARE(service.declaration(workspace, 2025, 1).value.size(), 2500);
    }
};

HUISUAN_REGISTER_TEST(TestBatchCancel)
#include "TestBatchCancel.moc"
