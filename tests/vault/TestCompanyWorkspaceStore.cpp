// SPDX-License-Identifier: GPL-3.0-or-later
// Company workspaces: companies, employees, payroll months, withholding results and labor payments
// round trip; saving again under the natural key updates instead of duplicating; refusals; audit
// entries; a version 8 vault keeps its payroll and gains labor payments.
#include "TestRegistry.h"
#include "vault/CompanyWorkspaceStore.h"
#include "vault/SqlCipherConnection.h"
#include "vault/VaultSchema.h"
#include "vault/VaultTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

// A code whose GB 32100-2015 check character is right (from the engine's TestSocialCreditCode).
const QString creditCode = QStringLiteral("91110000600037341L");

} // namespace

class TestCompanyWorkspaceStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

private slots:
    void workspaceRoundTripsAndImportsTwiceAsOne()
    {
        const QString directory = freshDirectory();
        auto created = Vault::create(directory, secret("company"), cheapCost());
        QVERIFY(created.ok());
        Vault& vault = *created.value;
        CompanyWorkspaceStore store(vault);
        auto workspace = store.saveWorkspace({0, creditCode, QStringLiteral("福州某某贸易有限公司")});
        QVERIFY2(workspace.ok(), qPrintable(workspace.status.toString()));
        QCOMPARE(store.saveWorkspace({0, creditCode, QStringLiteral("福州某某贸易股份有限公司")}).value,
                 workspace.value);
        QCOMPARE(store.workspaces().value.size(), 1);
        QCOMPARE(store.workspaces().value.first().name, QStringLiteral("福州某某贸易股份有限公司"));

        Employee employee {0,
                           workspace.value,
                           QStringLiteral("resident_id"),
                           QStringLiteral("11010519491231002X"),
                           QStringLiteral("张三"),
                           QByteArrayLiteral(R"({"hired":"2020-03-01"})")};
        auto employeeId = store.saveEmployee(employee);
        QVERIFY2(employeeId.ok(), qPrintable(employeeId.status.toString()));
        employee.name = QStringLiteral("张叁");
        QCOMPARE(store.saveEmployee(employee).value, employeeId.value);
        auto roster = store.employees(workspace.value);
        QCOMPARE(roster.value.size(), 1);
        QCOMPARE(roster.value.first().name, QStringLiteral("张叁"));
        QCOMPARE(roster.value.first().detailsJson, employee.detailsJson);

        PayrollMonth march {0, employeeId.value, 2024, 3, QByteArrayLiteral(R"({"wages":"12000.00"})")};
        PayrollMonth january {0, employeeId.value, 2024, 1, QByteArrayLiteral(R"({"wages":"11000.00"})")};
        auto marchId = store.savePayrollMonth(march);
        QVERIFY(marchId.ok());
        QVERIFY(store.savePayrollMonth(january).ok());
        march.payrollJson = QByteArrayLiteral(R"({"wages":"12500.00"})");
        QCOMPARE(store.savePayrollMonth(march).value, marchId.value);
        auto months = store.payrollMonths(employeeId.value, 2024);
        QCOMPARE(months.value.size(), 2);
        QCOMPARE(months.value.at(0).month, 1);
        QCOMPARE(months.value.at(1).payrollJson, march.payrollJson);

        WithholdingResultRecord result {0,
                                        marchId.value,
                                        QByteArrayLiteral(R"({"withheld":"420.00"})"),
                                        QStringLiteral("sha256:abc"),
                                        QStringLiteral("0.1.0")};
        auto resultId = store.saveWithholdingResult(result);
        QVERIFY(resultId.ok());
        QCOMPARE(
            lastAuditEntry(directory, "company"),
            (QStringList {
                QStringLiteral("withholding_result.saved"),
                QStringLiteral("withholding result %1 of payroll month %2").arg(resultId.value).arg(marchId.value)}));
        result.resultJson = QByteArrayLiteral(R"({"withheld":"435.00"})");
        QCOMPARE(store.saveWithholdingResult(result).value, resultId.value);
        auto stored = store.withholdingResult(marchId.value);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.resultJson, result.resultJson);
        QCOMPARE(stored.value.rulePackId, QStringLiteral("sha256:abc"));
        QCOMPARE(store.withholdingResult(months.value.at(0).id).status.code, VaultErrorCode::InvalidArgument);
        QVERIFY(vault.verify().value.healthy());
    }

    void migrationToVersion9KeepsPayrollAndAddsLaborPayments()
    {
        const QString directory = freshDirectory();
        QVERIFY(createVaultAtVersion(directory, "v8 vault", 8));
        {
            // What a version 8 Huisuan left: a workspace with an employee's month of payroll.
            auto raw = openRaw(directory, "v8 vault");
            QVERIFY(raw);
            const VaultStatus seeded = raw->execute(
                "INSERT INTO company_workspaces (id, credit_code, name) VALUES (3, '91110000600037341L', 'x');"
                "INSERT INTO employees (id, workspace_id, identifier_type, identifier, name, details_json) "
                "VALUES (4, 3, 'resident_id', '11010519491231002X', 'y', '{}');"
                "INSERT INTO payroll_months (id, employee_id, tax_year, month, payroll_json) "
                "VALUES (5, 4, 2025, 6, '{\"wages\":\"9000.00\"}');");
            QVERIFY2(seeded.ok(), qPrintable(seeded.toString()));
        }
        auto vault = Vault::open(directory, secret("v8 vault"));
        QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
        QCOMPARE(vault.value->info().schemaVersion, VaultSchema::currentVersion);
        CompanyWorkspaceStore store(*vault.value);
        QCOMPARE(store.workspacePayrollMonths(3, 2025).value.size(), 1);
        QCOMPARE(store.payrollMonthsImported(3, 2025).value, QList<int>({6}));

        LaborPaymentRecord payment;
        payment.workspaceId = 3;
        payment.taxYear = 2025;
        payment.month = 6;
        payment.identifier = QStringLiteral("11010519491231002X");
        payment.name = QStringLiteral("顾问");
        payment.amount = QStringLiteral("20000.00");
        payment.resultJson = QByteArrayLiteral("{\"withheld\":\"3200.00\"}");
        payment.rulePackId = QStringLiteral("sha256:abc");
        payment.engineVersion = QStringLiteral("0.1.0");
        QVERIFY(store.saveLaborPayments(3, 2025, {}, {payment}).ok());
        // Saved again under its natural key (workspace, year, month, payee): one copy, updated.
        payment.amount = QStringLiteral("21000.00");
        QVERIFY(store.saveLaborPayments(3, 2025, {}, {payment}).ok());
        auto stored = store.laborPayments(3, 2025, 6);
        QCOMPARE(stored.value.size(), 1);
        QCOMPARE(stored.value.first().amount, QStringLiteral("21000.00"));
        QCOMPARE(stored.value.first().resultJson, payment.resultJson);
        QCOMPARE(lastAuditEntry(directory, "v8 vault").first(), QStringLiteral("labor_payments.imported"));
        payment.amount = QStringLiteral("2.5");
        QCOMPARE(store.saveLaborPayments(3, 2025, {}, {payment}).status.code, VaultErrorCode::InvalidArgument);
        QVERIFY(store.saveLaborPayments(3, 2025, {6}, {}).ok());
        QVERIFY(store.laborPayments(3, 2025).value.isEmpty());
        QVERIFY(vault.value->verify().value.healthy());
    }

    void invalidInputIsRefused()
    {
        const QString directory = freshDirectory();
        auto created = Vault::create(directory, secret("company"), cheapCost());
        QVERIFY(created.ok());
        CompanyWorkspaceStore store(*created.value);
        const QStringList auditBefore = lastAuditEntry(directory, "company");
        QString badCode = creditCode;
        badCode[17] = QLatin1Char('2');
        QCOMPARE(store.saveWorkspace({0, badCode, QStringLiteral("x")}).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.saveWorkspace({0, creditCode, QString()}).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(lastAuditEntry(directory, "company"), auditBefore);

        const qint64 workspace = store.saveWorkspace({0, creditCode, QStringLiteral("x")}).value;
        Employee wrongCheckDigit {0,
                                  workspace,
                                  QStringLiteral("resident_id"),
                                  QStringLiteral("110105194912310021"),
                                  QStringLiteral("李四"),
                                  "{}"};
        auto refused = store.saveEmployee(wrongCheckDigit);
        QCOMPARE(refused.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY(
            !refused.status.toString().contains(QStringLiteral("110105194912310021"))); // no identity number in logs
        Employee noWorkspace {
            0, workspace + 1, QStringLiteral("passport"), QStringLiteral("E12345678"), QStringLiteral("Li Si"), "{}"};
        QCOMPARE(store.saveEmployee(noWorkspace).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.savePayrollMonth({0, 1, 2024, 13, "{}"}).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.savePayrollMonth({0, 1, 2024, 1, "{}"}).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.saveWithholdingResult({0, 1, "{}", QStringLiteral("p"), QStringLiteral("v")}).status.code,
                 VaultErrorCode::InvalidArgument);
        QVERIFY(store.employees(workspace).value.isEmpty());
    }
    void batchSavesAreAllOrNothing()
    {
        const QString directory = freshDirectory();
        auto created = Vault::create(directory, secret("company"), cheapCost());
        QVERIFY(created.ok());
        CompanyWorkspaceStore store(*created.value);
        const qint64 workspace = store.saveWorkspace({0, creditCode, QStringLiteral("x")}).value;
        const Employee good {0,
                             workspace,
                             QStringLiteral("resident_id"),
                             QStringLiteral("11010519491231002X"),
                             QStringLiteral("张三"),
                             "{}"};
        Employee bad = good;
        bad.identifier = QStringLiteral("110105194912310021");
        const QStringList auditBefore = lastAuditEntry(directory, "company");
        QCOMPARE(store.saveEmployees(workspace, {good, bad}).status.code, VaultErrorCode::InvalidArgument);
        QVERIFY(store.employees(workspace).value.isEmpty());
        QCOMPARE(lastAuditEntry(directory, "company"), auditBefore);

        auto ids = store.saveEmployees(workspace, {good});
        QVERIFY(ids.ok());
        QCOMPARE(lastAuditEntry(directory, "company"),
                 (QStringList {QStringLiteral("roster.imported"),
                               QStringLiteral("1 employees of workspace %1").arg(workspace)}));
        const qint64 employee = ids.value.first();
        QVERIFY(
            store.savePayrollMonths(workspace, 2025, {}, {{0, employee, 2025, 2, "{}"}, {0, employee, 2025, 3, "{}"}})
                .ok());
        QCOMPARE(
            store.savePayrollMonths(workspace, 2025, {}, {{0, employee, 2025, 4, "{}"}, {0, employee, 2025, 13, "{}"}})
                .status.code,
            VaultErrorCode::InvalidArgument);
        QCOMPARE(store.workspacePayrollMonths(workspace, 2025).value.size(), 2);

        // Results from the earliest month saved on become stale: February's stays, March's goes.
        const auto months = store.workspacePayrollMonths(workspace, 2025).value;
        QVERIFY(store
                    .saveWithholdingResults(workspace,
                                            {{0, months.at(0).id, "{}", QStringLiteral("p"), QStringLiteral("v")},
                                             {0, months.at(1).id, "{}", QStringLiteral("p"), QStringLiteral("v")}})
                    .ok());
        QVERIFY(store.savePayrollMonths(workspace, 2025, {3}, {{0, employee, 2025, 3, "{\"wages\":\"1.00\"}"}}).ok());
        QCOMPARE(store.workspaceWithholdingResults(workspace, 2025, 2).value.size(), 1);
        QCOMPARE(store.workspaceWithholdingResults(workspace, 2025, 3).value.size(), 0);
        QVERIFY(created.value->verify().value.healthy());
    }
};

HUISUAN_REGISTER_TEST(TestCompanyWorkspaceStore)
#include "TestCompanyWorkspaceStore.moc"
