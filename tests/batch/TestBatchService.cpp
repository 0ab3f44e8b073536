// SPDX-License-Identifier: GPL-3.0-or-later
// Batch work on a real vault: nothing stored from an import with any problem; a year of cumulative
// withholding for a hire in April and a leaver in September equal to the hand-computed figures; a
// month imported twice refused unless replaced; a corrected March recomputes April to December.
#include "TestRegistry.h"
#include "batch/BatchService.h"
#include "batch/BatchTestSupport.h"
#include "batch/DeclarationReport.h"
#include "vault/VaultTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

// A code whose GB 32100-2015 check character is right (from the engine's TestSocialCreditCode).
const QString creditCode = QStringLiteral("91110000600037341L");

const QString hire = residentId(101);
const QString leaver = residentId(102);
const QString steady = residentId(103);

TabularSheet roster()
{
    return sheetOf(QStringLiteral("roster.csv"),
                   rosterHeader(),
                   {{hire, QStringLiteral("春入职"), QStringLiteral("2025-04-01"), QString()},
                    {leaver, QStringLiteral("秋离职"), QStringLiteral("2016-07-01"), QStringLiteral("2025-09-30")},
                    {steady, QStringLiteral("全年在职"), QStringLiteral("2010-01-01"), QString()}});
}

/** Month `month`'s payroll: the hire from April, the leaver to September, the steady one all year. */
TabularSheet payroll(int month, const QString& steadyWages = QStringLiteral("10000"))
{
    QList<QStringList> rows;
    const QString when = QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0'));
    if (month >= 4) {
        rows.append({hire, when, QStringLiteral("20000"), QStringLiteral("2000"), QStringLiteral("1000")});
    }
    if (month <= 9) {
        rows.append({leaver, when, QStringLiteral("30000"), QStringLiteral("3000"), QStringLiteral("2000")});
    }
    rows.append({steady, when, steadyWages, QString(), QString()});
    return sheetOf(QStringLiteral("payroll-%1.csv").arg(month), payrollHeader(), rows);
}

QString withheldOf(const QList<DeclarationLine>& lines, const QString& identity)
{
    for (const DeclarationLine& line : lines) {
        if (line.identityNumber == identity) {
            return line.withheld;
        }
    }
    return QStringLiteral("(not declared)");
}

} // namespace

class TestBatchService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;
    std::unique_ptr<Vault> m_vault;

    BatchService freshService(CompanyWorkspace& workspace)
    {
        auto created =
            Vault::create(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), secret("batch"), cheapCost());
        if (!created.ok()) {
            qFatal("%s", qPrintable(created.status.toString()));
        }
        m_vault = std::move(created.value);
        BatchService service(*m_vault);
        auto added = service.addWorkspace(creditCode, QStringLiteral("福州某某贸易有限公司"));
        if (!added.ok()) {
            qFatal("%s", qPrintable(added.status.toString()));
        }
        workspace = added.value;
        return service;
    }

    /** Imports the roster and the payroll of January to December, each as its own month. */
    void importYear(BatchService& service, const CompanyWorkspace& workspace)
    {
        const auto imported = service.importRoster(workspace, roster(), 2025);
        QVERIFY2(imported.ok(), qPrintable(describe(imported.problems) + imported.status.toString()));
        for (int month = 1; month <= 12; ++month) {
            const auto paid = service.importPayroll(workspace, payroll(month), 2025, month, false);
            QVERIFY2(paid.ok(), qPrintable(describe(paid.problems) + paid.status.toString()));
        }
    }

    QList<DeclarationLine> declared(BatchService& service, const CompanyWorkspace& workspace, int month)
    {
        auto lines = service.declaration(workspace, 2025, month);
        if (!lines.ok()) {
            qWarning("%s", qPrintable(lines.status.toString()));
        }
        return lines.value;
    }

private slots:
    void workspaceNeedsAValidCreditCode()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        const auto refused = service.addWorkspace(QStringLiteral("91110000600037341A"), QStringLiteral("某公司"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.status.message.contains(QStringLiteral("91110000600037341A")));
        QCOMPARE(service.workspaces().value.size(), 1);
    }

    void importWithAnyProblemStoresNothing()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        TabularSheet bad = roster();
        bad.rows[2][0].text = wrongCheckDigit(steady);
        const auto refused = service.importRoster(workspace, bad, 2025);
        QVERIFY(!refused.ok());
        QVERIFY(hasProblem(refused.problems, 4, 1, QStringLiteral("check digit")));
        QCOMPARE(CompanyWorkspaceStore(*m_vault).employees(workspace.id).value.size(), 0);

        QVERIFY(service.importRoster(workspace, roster(), 2025).ok());
        TabularSheet badPay = payroll(5);
        badPay.rows[1][2].text = QStringLiteral("三万");
        const auto refusedPay = service.importPayroll(workspace, badPay, 2025, 5, false);
        QVERIFY(!refusedPay.ok());
        QVERIFY(hasProblem(refusedPay.problems, 3, 3, QStringLiteral("三万")));
        QCOMPARE(CompanyWorkspaceStore(*m_vault).workspacePayrollMonths(workspace.id, 2025).value.size(), 0);
    }

    void hireInAprilAndLeaverInSeptemberMatchHandComputedValues()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        importYear(service, workspace);
        const auto computed = service.computeYear(workspace, 2025);
        QVERIFY2(computed.status.ok() && computed.problems.isEmpty(), qPrintable(computed.problems.join(u'\n')));
        QCOMPARE(computed.employees, 3);
        QCOMPARE(computed.months, 9 + 9 + 12);

        // Hire: 20000 − 2000 − 1000 − 5000 = 12000 taxable a month from April; 3% to 36000, then
        // 10% − 2520: cumulative tax 360, 720, 1080, 2280, 3480, 4680, 5880, 7080, 8280.
        const QStringList hireWithheld = {QStringLiteral("360.00"),
                                          QStringLiteral("360.00"),
                                          QStringLiteral("360.00"),
                                          QStringLiteral("1200.00"),
                                          QStringLiteral("1200.00"),
                                          QStringLiteral("1200.00"),
                                          QStringLiteral("1200.00"),
                                          QStringLiteral("1200.00"),
                                          QStringLiteral("1200.00")};
        // Leaver: 30000 − 3000 − 2000 − 5000 = 20000 a month; cumulative tax 600, 1480, 3480, 5480,
        // 7480, 9480, 11480, then 20% − 16920: 15080, 19080.
        const QStringList leaverWithheld = {QStringLiteral("600.00"),
                                            QStringLiteral("880.00"),
                                            QStringLiteral("2000.00"),
                                            QStringLiteral("2000.00"),
                                            QStringLiteral("2000.00"),
                                            QStringLiteral("2000.00"),
                                            QStringLiteral("2000.00"),
                                            QStringLiteral("3600.00"),
                                            QStringLiteral("4000.00")};
        for (int month = 1; month <= 12; ++month) {
            const QList<DeclarationLine> lines = declared(service, workspace, month);
            QCOMPARE(withheldOf(lines, hire),
                     month >= 4 ? hireWithheld.at(month - 4) : QStringLiteral("(not declared)"));
            QCOMPARE(withheldOf(lines, leaver),
                     month <= 9 ? leaverWithheld.at(month - 1) : QStringLiteral("(not declared)"));
        }
        const QList<DeclarationLine> december = declared(service, workspace, 12);
        QCOMPARE(december.size(), 2);
        QCOMPARE(december.first().cumulativeTax, QStringLiteral("8280.00"));
        QCOMPARE(december.first().cumulativeTaxableIncome, QStringLiteral("108000.00"));
        // Roster order: the hire, the leaver, the steady one.
        QCOMPARE(declared(service, workspace, 9).at(1).cumulativeTax, QStringLiteral("19080.00"));

        // The declaration's totals row adds the month's own columns: September's wages and tax.
        const QString csv = QString::fromUtf8(DeclarationReport::csv(declared(service, workspace, 9)));
        QVERIFY2(
            csv.contains(QStringLiteral("合计,3 line(s),,,60000.00,0.00,5000.00,3000.00,0.00,0.00,0.00,,,,,5700.00")),
            qPrintable(csv));
    }

    void monthAlreadyImportedIsRefusedUnlessReplaced()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        QVERIFY(service.importRoster(workspace, roster(), 2025).ok());
        QVERIFY(service.importPayroll(workspace, payroll(5), 2025, 5, false).ok());
        const auto again = service.importPayroll(workspace, payroll(5, QStringLiteral("11000")), 2025, 5, false);
        QCOMPARE(again.monthsAlreadyImported, QList<int>({5}));
        QCOMPARE(again.stored, 0);
        // Replacing with a payroll without the leaver leaves no trace of the leaver's old May.
        TabularSheet replacing = payroll(5, QStringLiteral("11000"));
        replacing.rows.removeAt(1);
        const auto replaced = service.importPayroll(workspace, replacing, 2025, 5, true);
        QVERIFY2(replaced.ok(), qPrintable(describe(replaced.problems)));
        QCOMPARE(CompanyWorkspaceStore(*m_vault).workspacePayrollMonths(workspace.id, 2025).value.size(), 2);
    }

    void correctingMarchRecomputesAprilToDecember()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        importYear(service, workspace);
        QVERIFY(service.computeYear(workspace, 2025).status.ok());
        // Steady: 10000 − 5000 = 5000 a month; 150 a month to July, August crosses 36000: 430.
        QCOMPARE(withheldOf(declared(service, workspace, 8), steady), QStringLiteral("430.00"));
        QCOMPARE(withheldOf(declared(service, workspace, 12), steady), QStringLiteral("500.00"));

        QVERIFY(service.importPayroll(workspace, payroll(3, QStringLiteral("20000")), 2025, 3, true).ok());
        // The months from March on are stale until the year is computed again.
        QVERIFY(service.declaration(workspace, 2025, 2).ok());
        QVERIFY(!service.declaration(workspace, 2025, 4).ok());
        QVERIFY(service.computeYear(workspace, 2025).status.ok());

        // March earns 15000 taxable: cumulative 25000 → 750, 450 withheld; the 36000 edge moves to
        // June (40000 → 1480, 430 withheld); from July 500 a month; December's cumulative tax 4480.
        const QStringList expected = {QStringLiteral("150.00"),
                                      QStringLiteral("150.00"),
                                      QStringLiteral("450.00"),
                                      QStringLiteral("150.00"),
                                      QStringLiteral("150.00"),
                                      QStringLiteral("430.00"),
                                      QStringLiteral("500.00"),
                                      QStringLiteral("500.00"),
                                      QStringLiteral("500.00"),
                                      QStringLiteral("500.00"),
                                      QStringLiteral("500.00"),
                                      QStringLiteral("500.00")};
        for (int month = 1; month <= 12; ++month) {
            QCOMPARE(withheldOf(declared(service, workspace, month), steady), expected.at(month - 1));
        }
        QCOMPARE(declared(service, workspace, 12).last().cumulativeTax, QStringLiteral("4480.00"));
    }
};

HUISUAN_REGISTER_TEST(TestBatchService)
#include "TestBatchService.moc"
