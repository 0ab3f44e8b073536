// SPDX-License-Identifier: GPL-3.0-or-later
// The annual bonus in the payroll and labor payments to non-employees, on a real vault: a bonus
// taxed separately leaves the month's wage withholding alone and is declared on its own line, a
// combined one raises the month's cumulative withholding; labor payments are prepaid per payment
// as the engine's payment-prepayment computes; every problem is reported and nothing is stored.
#include "TestRegistry.h"
#include "batch/BatchService.h"
#include "batch/BatchTestSupport.h"
#include "batch/DeclarationReport.h"
#include "vault/VaultTestSupport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const QString creditCode = QStringLiteral("91110000600037341L");
const QString steady = residentId(201);
const QString payeeA = residentId(301);
const QString payeeB = residentId(302);

TabularSheet roster()
{
    return sheetOf(QStringLiteral("roster.csv"),
                   rosterHeader(),
                   {{steady, QStringLiteral("全年在职"), QStringLiteral("2010-01-01"), QString()}});
}

/** Month `month` pays 10000 of wages and no deductions; December also pays `bonus` by `method`. */
TabularSheet payroll(int month, const QString& bonus = QString(), const QString& method = QString())
{
    return sheetOf(QStringLiteral("payroll-%1.csv").arg(month),
                   {QStringLiteral("证件号码"),
                    QStringLiteral("所属月份"),
                    QStringLiteral("本期收入"),
                    QStringLiteral("全年一次性奖金"),
                    QStringLiteral("奖金计税方式")},
                   {{steady,
                     QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0')),
                     QStringLiteral("10000"),
                     bonus,
                     method}});
}

const DeclarationLine* lineOf(const QList<DeclarationLine>& lines, const QString& identity, DeclarationLine::Item item)
{
    for (const DeclarationLine& line : lines) {
        if (line.identityNumber == identity && line.item == item) {
            return &line;
        }
    }
    return nullptr;
}

} // namespace

class TestBatchBonusLabor : public QObject
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
        workspace = service.addWorkspace(creditCode, QStringLiteral("福州某某贸易有限公司")).value;
        return service;
    }

    /** The year with December's bonus, computed; December's declaration. */
    QList<DeclarationLine> decemberWithBonus(const QString& method)
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        [&] { QVERIFY(service.importRoster(workspace, roster(), 2025).ok()); }();
        for (int month = 1; month <= 12; ++month) {
            const auto paid =
                service.importPayroll(workspace,
                                      month == 12 ? payroll(12, QStringLiteral("36,000"), method) : payroll(month),
                                      2025,
                                      month,
                                      false);
            [&] { QVERIFY2(paid.ok(), qPrintable(describe(paid.problems) + paid.status.toString())); }();
        }
        const auto computed = service.computeYear(workspace, 2025);
        [&] {
            QVERIFY2(computed.status.ok() && computed.problems.isEmpty(), qPrintable(computed.problems.join(u'\n')));
        }();
        return service.declaration(workspace, 2025, 12).value;
    }

    QString writeFile(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_root.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void separateBonusKeepsTheMonthsWithholdingAndHasItsOwnLine()
    {
        const QList<DeclarationLine> lines = decemberWithBonus(QStringLiteral("单独计税"));
        // Wages alone: 10000 − 5000 a month; December's cumulative 60000 → 10% − 2520 = 3480, of
        // which 2980 were withheld to November: 500, as without a bonus.
        const DeclarationLine* wages = lineOf(lines, steady, DeclarationLine::Item::Wages);
        QVERIFY(wages);
        QCOMPARE(wages->wages, QStringLiteral("10000.00"));
        QCOMPARE(wages->withheld, QStringLiteral("500.00"));
        // The bonus: 36000 ÷ 12 = 3000, the 3% bracket of the monthly table: 1080 (case bonus-36000).
        const DeclarationLine* bonus = lineOf(lines, steady, DeclarationLine::Item::AnnualBonus);
        QVERIFY(bonus);
        QCOMPARE(bonus->wages, QStringLiteral("36000.00"));
        QCOMPARE(bonus->rate, QStringLiteral("0.03"));
        QCOMPARE(bonus->withheld, QStringLiteral("1080.00"));
        const QString csv = QString::fromUtf8(DeclarationReport::csv(lines));
        QVERIFY2(csv.contains(QStringLiteral("小计,1 line(s),全年一次性奖金收入,,36000.00")), qPrintable(csv));
        QVERIFY2(
            csv.contains(QStringLiteral("合计,2 line(s),,,46000.00,0.00,0.00,0.00,0.00,0.00,36000.00,,,,,1580.00")),
            qPrintable(csv));
    }

    void combinedBonusRaisesTheMonthsCumulativeWithholding()
    {
        const QList<DeclarationLine> lines = decemberWithBonus(QStringLiteral("combined"));
        QCOMPARE(lines.size(), 1);
        // December's cumulative taxable income: 12 × 5000 + 36000 = 96000 → 10% − 2520 = 7080;
        // 2980 withheld to November: 4100.
        const DeclarationLine* wages = lineOf(lines, steady, DeclarationLine::Item::Wages);
        QVERIFY(wages);
        QCOMPARE(wages->wages, QStringLiteral("46000.00"));
        QCOMPARE(wages->cumulativeTaxableIncome, QStringLiteral("96000.00"));
        QCOMPARE(wages->cumulativeTax, QStringLiteral("7080.00"));
        QCOMPARE(wages->withheld, QStringLiteral("4100.00"));
    }

    void separateBonusResultKeepsItsTrace()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        QVERIFY(service.importRoster(workspace, roster(), 2025).ok());
        QVERIFY(service
                    .importPayroll(
                        workspace, payroll(1, QStringLiteral("36000"), QStringLiteral("separate")), 2025, 1, false)
                    .ok());
        QVERIFY(service.computeYear(workspace, 2025).status.ok());
        const auto results = CompanyWorkspaceStore(*m_vault).workspaceWithholdingResults(workspace.id, 2025, 1);
        QCOMPARE(results.value.size(), 1);
        const QJsonObject stored = QJsonDocument::fromJson(results.value.first().resultJson).object();
        QCOMPARE(stored.value(QStringLiteral("annual_bonus")).toObject().value(QStringLiteral("tax")).toString(),
                 QStringLiteral("1080.00"));
        QStringList ids;
        for (const QJsonValue& line : stored.value(QStringLiteral("trace")).toArray()) {
            ids << line.toObject().value(QStringLiteral("id")).toString();
        }
        QVERIFY2(ids.filter(QStringLiteral("wage_withholding.month_01.")).size() > 0, qPrintable(ids.join(u' ')));
        QVERIFY2(ids.size() > ids.filter(QStringLiteral("wage_withholding.")).size(), qPrintable(ids.join(u' ')));
    }

    void bonusProblemsAreReportedAndNothingIsStored()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        QVERIFY(service.importRoster(workspace, roster(), 2025).ok());
        TabularSheet sheet = payroll(3, QStringLiteral("5000"));
        sheet.rows.append(payroll(4, QStringLiteral("5000"), QStringLiteral("按月")).rows.first());
        sheet.rows.last()[0].row = 3;
        const auto refused = service.importPayroll(workspace, sheet, 2025, 3, false);
        QVERIFY(!refused.ok());
        QVERIFY2(hasProblem(refused.problems, 2, 5, QStringLiteral("needs its method")),
                 qPrintable(describe(refused.problems)));
        QVERIFY2(hasProblem(refused.problems, 3, 5, QStringLiteral("按月")), qPrintable(describe(refused.problems)));
        QCOMPARE(CompanyWorkspaceStore(*m_vault).workspacePayrollMonths(workspace.id, 2025).value.size(), 0);
    }

    void laborPaymentsArePrepaidPerPaymentAndDeclared()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        const QString path = writeFile(QStringLiteral("labor.csv"),
                                       (QStringLiteral("证件号码,姓名,所属月份,劳务报酬\r\n") + payeeA +
                                        QStringLiteral(",顾问甲,2025-06,20000.00\r\n") + payeeB +
                                        QStringLiteral(",讲师乙,2025-06,3000\r\n"))
                                           .toUtf8());
        const auto imported = service.importLaborPayments(workspace, path, 2025, 6, false);
        QVERIFY2(imported.ok(), qPrintable(describe(imported.problems) + imported.status.toString()));
        QCOMPARE(imported.stored, 2);

        const auto lines = service.declaration(workspace, 2025, 6);
        QVERIFY2(lines.ok(), qPrintable(lines.status.toString()));
        // Above 4000: 20000 × (1 − 20%) = 16000 taxable at 20%: 3200.
        const DeclarationLine* a = lineOf(lines.value, payeeA, DeclarationLine::Item::Labor);
        QVERIFY(a);
        QCOMPARE(a->name, QStringLiteral("顾问甲"));
        QCOMPARE(a->taxable, QStringLiteral("16000.00"));
        QCOMPARE(a->withheld, QStringLiteral("3200.00"));
        // At most 4000: 3000 − 800 = 2200 at 20%: 440.
        const DeclarationLine* b = lineOf(lines.value, payeeB, DeclarationLine::Item::Labor);
        QVERIFY(b);
        QCOMPARE(b->taxable, QStringLiteral("2200.00"));
        QCOMPARE(b->withheld, QStringLiteral("440.00"));
        const QString csv = QString::fromUtf8(DeclarationReport::csv(lines.value));
        QVERIFY2(
            csv.contains(QStringLiteral("合计,2 line(s),,,23000.00,0.00,0.00,0.00,0.00,0.00,18200.00,,,,,3640.00")),
            qPrintable(csv));

        // The stored prepayment keeps the engine's trace.
        const auto stored = CompanyWorkspaceStore(*m_vault).laborPayments(workspace.id, 2025, 6);
        QCOMPARE(stored.value.size(), 2);
        QVERIFY(!QJsonDocument::fromJson(stored.value.first().resultJson)
                     .object()
                     .value(QStringLiteral("trace"))
                     .toArray()
                     .isEmpty());

        const auto again = service.importLaborPayments(workspace, path, 2025, 6, false);
        QCOMPARE(again.monthsAlreadyImported, QList<int>({6}));
        QVERIFY(service.importLaborPayments(workspace, path, 2025, 6, true).ok());
        QCOMPARE(CompanyWorkspaceStore(*m_vault).laborPayments(workspace.id, 2025).value.size(), 2);
    }

    void laborProblemsAreReportedAllAtOnceAndNothingIsStored()
    {
        CompanyWorkspace workspace;
        BatchService service = freshService(workspace);
        const QString path = writeFile(QStringLiteral("labor-bad.csv"),
                                       (QStringLiteral("identity_number,name,labor_payment\r\n") +
                                        wrongCheckDigit(payeeA) + QStringLiteral(",顾问甲,20000\r\n") + payeeB +
                                        QStringLiteral(",,3000\r\n") + payeeB + QStringLiteral(",讲师乙,\"1,2\"\r\n"))
                                           .toUtf8());
        const auto refused = service.importLaborPayments(workspace, path, 2025, 6, false);
        QVERIFY(!refused.ok());
        const QString all = describe(refused.problems);
        QVERIFY2(hasProblem(refused.problems, 2, 1, QStringLiteral("check digit")), qPrintable(all));
        QVERIFY2(hasProblem(refused.problems, 3, 2, QStringLiteral("姓名")), qPrintable(all));
        QVERIFY2(hasProblem(refused.problems, 4, 1, QStringLiteral("row 3")), qPrintable(all));
        QVERIFY2(hasProblem(refused.problems, 4, 3, QString()), qPrintable(all));
        QCOMPARE(CompanyWorkspaceStore(*m_vault).laborPayments(workspace.id, 2025).value.size(), 0);
    }
};

HUISUAN_REGISTER_TEST(TestBatchBonusLabor)
#include "TestBatchBonusLabor.moc"
