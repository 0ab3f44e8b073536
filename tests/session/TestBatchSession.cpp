// SPDX-License-Identifier: GPL-3.0-or-later
// The accountant's calls on DesktopSession's worker, over a real vault on disk: workspaces, a
// roster and payroll imported from CSV files written here, the year computed with progress and
// read back as plain rows (figures checked by hand), the months already imported answered before
// anything is replaced, and an import cancelled at once storing nothing.
#include "TestRegistry.h"
#include "batch/BatchTestSupport.h"
#include "session/BatchSession.h"
#include "vault/VaultTestSupport.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace huisuan;

namespace {

const QString creditCode = QStringLiteral("91110000600037341L");

} // namespace

class TestBatchSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;
    std::unique_ptr<DesktopSession> m_session;
    std::unique_ptr<BatchSession> m_batch;

    QString writeCsv(const QString& name, const QStringList& lines)
    {
        const QString path = m_root.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            qFatal("could not write %s", qPrintable(path));
        }
        file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
        return path;
    }

    /** A session over a new vault with the workspace added and a roster of two imported. */
    bool openWithRoster()
    {
        m_batch.reset();
        m_session = std::make_unique<DesktopSession>();
        m_session->setCreationCost(test::cheapCost());
        QSignalSpy created(m_session.get(), &DesktopSession::vaultCreated);
        m_session->createVault(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), test::secret("batch"));
        if (!created.wait(10000) || !created.at(0).at(0).value<SessionOutcome>().ok()) {
            return false;
        }
        m_batch = std::make_unique<BatchSession>(*m_session);
        QSignalSpy added(m_batch.get(), &BatchSession::workspaceAdded);
        m_batch->addWorkspace(creditCode, QStringLiteral("北京示例科技有限公司"));
        if (!added.wait(10000) || !added.at(0).at(1).value<SessionOutcome>().ok()) {
            return false;
        }
        const QString roster = writeCsv(QStringLiteral("roster-%1.csv").arg(m_next),
                                        {QStringLiteral("证件号码,姓名,任职受雇日期,离职日期"),
                                         test::residentId(1) + QStringLiteral(",张三,2020-01-01,"),
                                         test::residentId(2) + QStringLiteral(",李四,2025-02-10,")});
        return importResult([&] { m_batch->importRoster(creditCode, 2025, roster); }).kind == BatchResult::Kind::Done;
    }

    template <typename Call>
    BatchResult importResult(Call call)
    {
        QSignalSpy finished(m_batch.get(), &BatchSession::importFinished);
        call();
        if (!finished.wait(20000)) {
            BatchResult silent;
            silent.kind = BatchResult::Kind::Failed;
            silent.message = QStringLiteral("no answer");
            return silent;
        }
        return finished.at(0).at(0).value<BatchResult>();
    }

    BatchYear year()
    {
        QSignalSpy ready(m_batch.get(), &BatchSession::yearReady);
        m_batch->requestYear(creditCode, 2025);
        if (!ready.wait(10000)) {
            return {};
        }
        return ready.at(0).at(0).value<BatchYear>();
    }

private slots:
    void listsTheWorkspaces()
    {
        QVERIFY(openWithRoster());
        QSignalSpy ready(m_batch.get(), &BatchSession::workspacesReady);
        m_batch->requestWorkspaces();
        QVERIFY(ready.wait(10000));
        const auto workspaces = ready.at(0).at(0).value<QList<WorkspaceRow>>();
        QCOMPARE(workspaces.size(), 1);
        QCOMPARE(workspaces.at(0).creditCode, creditCode);

        QSignalSpy added(m_batch.get(), &BatchSession::workspaceAdded);
        m_batch->addWorkspace(QStringLiteral("91110000600037341A"), QStringLiteral("错码公司"));
        QVERIFY(added.wait(10000));
        const auto refused = added.at(0).at(1).value<SessionOutcome>();
        QVERIFY(!refused.ok());
        QVERIFY(refused.message.contains(QStringLiteral("91110000600037341A")));
    }

    void computesTheYearWithProgress()
    {
        QVERIFY(openWithRoster());
        // 张三 from January, 李四 from February (hired on the 10th).
        const QString payroll = writeCsv(QStringLiteral("payroll.csv"),
                                         {QStringLiteral("证件号码,所属月份,本期收入,专项扣除"),
                                          test::residentId(1) + QStringLiteral(",2025-01,10000,1000"),
                                          test::residentId(1) + QStringLiteral(",2025-02,10000,1000"),
                                          test::residentId(2) + QStringLiteral(",2025-02,30000,3000"),
                                          test::residentId(1) + QStringLiteral(",2025-03,10000,1000"),
                                          test::residentId(2) + QStringLiteral(",2025-03,30000,3000")});
        const BatchResult imported = importResult([&] { m_batch->importPayroll(creditCode, 2025, 1, payroll, false); });
        QCOMPARE(imported.kind, BatchResult::Kind::Done);
        QCOMPARE(imported.stored, 5);
        QCOMPARE(year().months.at(0).state, BatchMonthRow::State::Imported);

        QSignalSpy progress(m_batch.get(), &BatchSession::progressed);
        QSignalSpy computed(m_batch.get(), &BatchSession::computeFinished);
        m_batch->computeYear(creditCode, 2025);
        QVERIFY(computed.wait(20000));
        QCOMPARE(computed.at(0).at(0).value<BatchResult>().kind, BatchResult::Kind::Done);
        QVERIFY(progress.count() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), 2);
        QCOMPARE(progress.last().at(1).toLongLong(), 2);

        const BatchYear shown = year();
        QCOMPARE(shown.employees.size(), 2);
        QCOMPARE(shown.months.size(), 3);
        for (const BatchMonthRow& month : shown.months) {
            QCOMPARE(month.state, BatchMonthRow::State::Computed);
        }
        // 张三: 4000 taxable a month, 3%: 120 each month. 李四 from February: 30000 − 5000 − 3000 =
        // 22000 a month; February 660; March 44000 cumulative: 44000 × 10% − 2520 = 1880, 1220 withheld.
        QCOMPARE(shown.employees.at(0).wages, QStringLiteral("30000.00"));
        QCOMPARE(shown.employees.at(0).withheld, QStringLiteral("360.00"));
        QCOMPARE(shown.employees.at(1).monthsPaid, 2);
        QCOMPARE(shown.employees.at(1).withheld, QStringLiteral("1880.00"));
        QCOMPARE(shown.months.at(2).wages, QStringLiteral("40000.00"));
        QCOMPARE(shown.months.at(2).withheld, QStringLiteral("1340.00"));
        const BatchResultRow& march = shown.results.last();
        QCOMPARE(march.employeeId, shown.employees.at(1).id);
        QCOMPARE(march.month, 3);
        QCOMPARE(march.cumulativeTaxableIncome, QStringLiteral("44000.00"));
        QCOMPARE(march.rate, QStringLiteral("0.10"));
        QCOMPARE(march.cumulativeTax, QStringLiteral("1880.00"));
        QCOMPARE(march.withheld, QStringLiteral("1220.00"));
    }

    void monthsAlreadyImportedAreAskedAbout()
    {
        QVERIFY(openWithRoster());
        const QString first = writeCsv(QStringLiteral("april.csv"),
                                       {QStringLiteral("证件号码,本期收入"),
                                        test::residentId(1) + QStringLiteral(",10000"),
                                        test::residentId(2) + QStringLiteral(",20000")});
        QCOMPARE(importResult([&] { m_batch->importPayroll(creditCode, 2025, 4, first, false); }).kind,
                 BatchResult::Kind::Done);
        const QString second =
            writeCsv(QStringLiteral("april-again.csv"),
                     {QStringLiteral("证件号码,本期收入"), test::residentId(1) + QStringLiteral(",12000")});
        const BatchResult asked = importResult([&] { m_batch->importPayroll(creditCode, 2025, 4, second, false); });
        QCOMPARE(asked.kind, BatchResult::Kind::MonthsAlreadyImported);
        QCOMPARE(asked.monthsAlreadyImported, QList<int> {4});
        QCOMPARE(year().months.at(0).wages, QStringLiteral("30000.00"));

        QCOMPARE(importResult([&] { m_batch->importPayroll(creditCode, 2025, 4, second, true); }).kind,
                 BatchResult::Kind::Done);
        QCOMPARE(year().months.at(0).wages, QStringLiteral("12000.00"));
        QCOMPARE(year().months.at(0).employees, 1);
    }

    void anImportCancelledAtOnceStoresNothing()
    {
        QVERIFY(openWithRoster());
        const QString payroll =
            writeCsv(QStringLiteral("may.csv"),
                     {QStringLiteral("证件号码,本期收入"), test::residentId(1) + QStringLiteral(",10000")});
        // The worker is held until the cancel is made: an idle worker could otherwise finish a
        // one-row import before the GUI thread reaches the next statement.
        QSemaphore gate;
        m_session->runWithVault([&gate](Vault*) { gate.acquire(); });
        const BatchResult result = importResult([&] {
            m_batch->importPayroll(creditCode, 2025, 5, payroll, false);
            m_batch->cancel();
            gate.release();
        });
        QCOMPARE(result.kind, BatchResult::Kind::Cancelled);
        QVERIFY(year().months.isEmpty());
    }

    void cleanup()
    {
        m_batch.reset();
        m_session.reset();
    }
};

HUISUAN_REGISTER_TEST(TestBatchSession)
#include "TestBatchSession.moc"
