// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan-batch-bench: an accountant's year for one company of N employees (default 10 000) on a
// real vault: roster and 12 monthly payrolls imported from in-memory sheets (TODO(#6): read them
// from CSV and XLSX files with the tabular readers once they merge, and time the bare read beside),
// the year computed and stored, and December's declaration written as CSV. Prints each phase's wall
// time and the process's peak resident memory (see bench/README.md). Not a CTest test.
#include "batch/BatchService.h"
#include "batch/DeclarationReport.h"
#include "batch/YearComputation.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <cstdio>
#include <sys/resource.h>

using namespace huisuan;

namespace {

/** A resident identity number with a right check digit, different for each `serial`. */
QString residentId(int serial)
{
    const QDate birth = QDate(1960, 1, 1).addDays(serial / 1000);
    const QString body = QStringLiteral("110105%1%2")
                             .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                             .arg(serial % 1000, 3, 10, QLatin1Char('0'));
    static const int weights[] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += body.at(i).digitValue() * weights[i];
    }
    return body + QStringLiteral("10X98765432").at(sum % 11);
}

TabularSheet sheet(const QStringList& header)
{
    TabularSheet result;
    result.file = QStringLiteral("memory.csv");
    result.header = header;
    return result;
}

void addRow(TabularSheet& sheet, const QStringList& fields)
{
    QList<TabularCell> cells;
    const int row = int(sheet.rows.size()) + 2;
    for (int column = 0; column < fields.size(); ++column) {
        cells.append({fields.at(column), row, column + 1});
    }
    sheet.rows.append(cells);
}

/**
 * Employee e earns 8000 + 1000 × (e mod 50) a month with 10.5% special deductions, like the
 * engine benchmarks' SyntheticCompany; every tenth joins in April and every tenth (another one)
 * leaves at the end of September.
 */
bool joinsInApril(int e)
{
    return e % 10 == 3;
}
bool leavesInSeptember(int e)
{
    return e % 10 == 7;
}

long peakKilobytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("A company's year of batch withholding on a real vault."));
    parser.addHelpOption();
    const QCommandLineOption employeesOption(QStringLiteral("employees"),
                                             QStringLiteral("Employees (default 10000)."),
                                             QStringLiteral("N"),
                                             QStringLiteral("10000"));
    parser.addOption(employeesOption);
    parser.process(application);
    const int employees = parser.value(employeesOption).toInt();

    QTemporaryDir root;
    const char secretText[] = "bench passphrase";
    const SecureBuffer passphrase = SecureBuffer::fromBytes(secretText, sizeof secretText - 1);
    // The cheapest scrypt: unlocking is timed by huisuan-vault-bench, not here.
    auto created =
        Vault::create(root.filePath(QStringLiteral("vault")), passphrase, ScryptCost {ScryptCost::minimumN, 8, 1});
    if (!created.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(created.status.toString()));
        return 1;
    }
    BatchService service(*created.value);
    auto workspace = service.addWorkspace(QStringLiteral("91110000600037341L"), QStringLiteral("Bench Co."));
    if (!workspace.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.status.toString()));
        return 1;
    }

    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    TabularSheet roster = sheet({QStringLiteral("证件号码"),
                                 QStringLiteral("姓名"),
                                 QStringLiteral("任职受雇日期"),
                                 QStringLiteral("离职日期")});
    for (int e = 0; e < employees; ++e) {
        addRow(roster,
               {residentId(e),
                QStringLiteral("员工%1").arg(e),
                joinsInApril(e) ? QStringLiteral("2025-04-01") : QStringLiteral("2015-01-01"),
                leavesInSeptember(e) ? QStringLiteral("2025-09-30") : QString()});
    }
    const auto rosterImported = service.importRoster(workspace.value, roster, 2025);
    if (!rosterImported.ok()) {
        std::fprintf(stderr, "roster refused\n");
        return 1;
    }
    const double rosterSeconds = seconds(phase);

    phase.restart();
    for (int month = 1; month <= 12; ++month) {
        TabularSheet payroll = sheet({QStringLiteral("证件号码"),
                                      QStringLiteral("本期收入"),
                                      QStringLiteral("专项扣除"),
                                      QStringLiteral("专项附加扣除")});
        for (int e = 0; e < employees; ++e) {
            if ((joinsInApril(e) && month < 4) || (leavesInSeptember(e) && month > 9)) {
                continue;
            }
            const qint64 wagesFen = (8000 + 1000 * (e % 50)) * 100LL;
            const qint64 specialFen = (wagesFen * 105 + 500) / 1000; // 10.5%, half up to the fen
            addRow(payroll,
                   {residentId(e),
                    QStringLiteral("%1.00").arg(wagesFen / 100),
                    QStringLiteral("%1.%2").arg(specialFen / 100).arg(specialFen % 100, 2, 10, QLatin1Char('0')),
                    QStringLiteral("%1").arg(1000 * (e % 3))});
        }
        const auto paid = service.importPayroll(workspace.value, payroll, 2025, month, false);
        if (!paid.ok()) {
            std::fprintf(stderr, "payroll of month %d refused\n", month);
            return 1;
        }
    }
    const double payrollSeconds = seconds(phase);

    phase.restart();
    const auto computed = service.computeYear(workspace.value, 2025);
    if (!computed.status.ok() || !computed.problems.isEmpty()) {
        std::fprintf(stderr, "computation failed\n");
        return 1;
    }
    const double computeSeconds = seconds(phase);

    phase.restart();
    auto december = service.declaration(workspace.value, 2025, 12);
    QString error;
    if (!december.ok() ||
        !DeclarationReport::writeCsv(december.value, root.filePath(QStringLiteral("declaration.csv")), &error)) {
        std::fprintf(stderr, "report failed\n");
        return 1;
    }
    const double reportSeconds = seconds(phase);
    const double endToEndSeconds = seconds(total);
    const long peakBeforeEngineOnly = peakKilobytes();

    // The engine's share of the year: the same computation with traces, a thousand employees at a
    // time as computeYear does, without storing anything.
    CompanyWorkspaceStore store(*created.value);
    const QList<Employee> staff = store.employees(workspace.value.id).value;
    const QList<PayrollMonth> payrolls = store.workspacePayrollMonths(workspace.value.id, 2025).value;
    phase.restart();
    // Employee ids follow the roster, and the payroll comes by employee then month, so each
    // batch's payroll is the next stretch of it.
    qsizetype next = 0;
    int engineMonths = 0;
    for (qsizetype start = 0; start < staff.size(); start += 1000) {
        const QList<Employee> batch = staff.mid(start, 1000);
        const qint64 lastId = batch.last().id;
        QList<PayrollMonth> batchPayrolls;
        while (next < payrolls.size() && payrolls.at(next).employeeId <= lastId) {
            batchPayrolls.append(payrolls.at(next++));
        }
        engineMonths += int(YearComputation::compute(batch, batchPayrolls, 2025).results.size());
    }
    const double engineSeconds = seconds(phase);

    std::printf("employees                      %d\n", employees);
    std::printf("payroll months                 %d\n", computed.months);
    std::printf("roster import (validate+store) %.2f s\n", rosterSeconds);
    std::printf("12 payroll imports             %.2f s\n", payrollSeconds);
    std::printf("compute + store the year       %.2f s\n", computeSeconds);
    std::printf("December declaration CSV       %.2f s\n", reportSeconds);
    std::printf("end to end                     %.2f s\n", endToEndSeconds);
    std::printf("peak resident memory           %ld MiB\n", peakBeforeEngineOnly / 1024);
    std::printf("the engine alone, %d months    %.2f s\n", engineMonths, engineSeconds);
    return 0;
}
