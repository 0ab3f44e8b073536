// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan-batch-bench: an accountant's year for one company of N employees (default 10 000; add
// 100 000 with --large) on a real vault. The roster and the 12 monthly payrolls are written to disk
// as CSV and as XLSX before any timing; then, each in a child process of its own so that each has
// its own peak resident memory: the bare read of the same files (TabularReader::forEachRow), and
// end to end (import roster and payrolls from the files, compute and store the year, write
// December's declaration), per format; with --large, also the whole year's payroll as one CSV of
// about 200 MB. See bench/README.md. Not a CTest test.
#include "batch/BatchService.h"
#include "batch/DeclarationReport.h"
#include "batch/YearComputation.h"
#include "tabular/TabularReader.h"
#include "vault/Vault.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <cstdio>
#include <optional>
#include <stdexcept>
#include <sys/resource.h>
#include <xlsxwriter.h>

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

/**
 * Employee e earns 8000 + 1000 × (e mod 50) a month with 10.5% special deductions, like the
 * engine benchmarks' SyntheticCompany; every tenth joins in April and every tenth (another one)
 * leaves at the end of September; every twentieth is paid an annual bonus in December, taxed
 * separately.
 */
bool joinsInApril(int e)
{
    return e % 10 == 3;
}
bool leavesInSeptember(int e)
{
    return e % 10 == 7;
}
bool paid(int e, int month)
{
    return !(joinsInApril(e) && month < 4) && !(leavesInSeptember(e) && month > 9);
}

QStringList rosterHeader()
{
    return {
        QStringLiteral("证件号码"), QStringLiteral("姓名"), QStringLiteral("任职受雇日期"), QStringLiteral("离职日期")};
}

QStringList rosterRow(int e)
{
    return {residentId(e),
            QStringLiteral("员工%1").arg(e),
            joinsInApril(e) ? QStringLiteral("2025-04-01") : QStringLiteral("2015-01-01"),
            leavesInSeptember(e) ? QStringLiteral("2025-09-30") : QString()};
}

QStringList payrollHeader()
{
    return {QStringLiteral("证件号码"),
            QStringLiteral("姓名"),
            QStringLiteral("所属月份"),
            QStringLiteral("本期收入"),
            QStringLiteral("免税收入"),
            QStringLiteral("专项扣除"),
            QStringLiteral("专项附加扣除"),
            QStringLiteral("其他扣除"),
            QStringLiteral("减免税额"),
            QStringLiteral("全年一次性奖金"),
            QStringLiteral("奖金计税方式")};
}

QStringList payrollRow(int e, int month)
{
    const qint64 wagesFen = (8000 + 1000 * (e % 50)) * 100LL;
    const qint64 specialFen = (wagesFen * 105 + 500) / 1000; // 10.5%, half up to the fen
    const bool bonus = month == 12 && e % 20 == 0;
    return {residentId(e),
            QStringLiteral("员工%1").arg(e),
            QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0')),
            QStringLiteral("%1.00").arg(wagesFen / 100),
            QStringLiteral("0.00"),
            QStringLiteral("%1.%2").arg(specialFen / 100).arg(specialFen % 100, 2, 10, QLatin1Char('0')),
            QStringLiteral("%1.00").arg(1000 * (e % 3)),
            QStringLiteral("0.00"),
            QStringLiteral("0.00"),
            bonus ? QStringLiteral("%1.00").arg(20000 + 1000 * (e % 40)) : QString(),
            bonus ? QStringLiteral("单独计税") : QString()};
}

class CsvFile
{
public:
    explicit CsvFile(const QString& path)
        : m_file(path)
    {
        if (!m_file.open(QIODevice::WriteOnly)) {
            throw std::runtime_error("cannot write a CSV");
        }
    }
    void row(const QStringList& fields) { m_file.write(fields.join(QLatin1Char(',')).toUtf8() + "\r\n"); }

private:
    QFile m_file;
};

class XlsxFile
{
public:
    explicit XlsxFile(const QString& path)
    {
        lxw_workbook_options options {};
        options.constant_memory = LXW_TRUE; // streams rows to the file, strings inline
        m_workbook = workbook_new_opt(path.toUtf8().constData(), &options);
        m_sheet = workbook_add_worksheet(m_workbook, nullptr);
    }
    ~XlsxFile() { workbook_close(m_workbook); }
    /** Amounts as numbers, as Excel stores them; text otherwise. */
    void row(const QStringList& fields)
    {
        static const QRegularExpression amount(QStringLiteral("^\\d+\\.\\d\\d$"));
        for (int column = 0; column < fields.size(); ++column) {
            const auto col = static_cast<lxw_col_t>(column);
            if (amount.match(fields.at(column)).hasMatch()) {
                worksheet_write_number(m_sheet, m_row, col, fields.at(column).toDouble(), nullptr);
            } else if (!fields.at(column).isEmpty()) {
                worksheet_write_string(m_sheet, m_row, col, fields.at(column).toUtf8().constData(), nullptr);
            }
        }
        ++m_row;
    }

private:
    lxw_workbook* m_workbook = nullptr;
    lxw_worksheet* m_sheet = nullptr;
    lxw_row_t m_row = 0;
};

/** roster.EXT and payroll-MM.EXT for 1 ≤ MM ≤ 12, and with `yearFile` the year's payroll as year.csv. */
void writeFiles(const QString& directory, int employees, bool yearFile)
{
    CsvFile rosterCsv(directory + QStringLiteral("/roster.csv"));
    XlsxFile rosterXlsx(directory + QStringLiteral("/roster.xlsx"));
    rosterCsv.row(rosterHeader());
    rosterXlsx.row(rosterHeader());
    for (int e = 0; e < employees; ++e) {
        rosterCsv.row(rosterRow(e));
        rosterXlsx.row(rosterRow(e));
    }
    std::optional<CsvFile> year;
    if (yearFile) {
        year.emplace(directory + QStringLiteral("/year.csv"));
        year->row(payrollHeader());
    }
    for (int month = 1; month <= 12; ++month) {
        const QString name = QStringLiteral("%1/payroll-%2").arg(directory).arg(month, 2, 10, QLatin1Char('0'));
        CsvFile csv(name + QStringLiteral(".csv"));
        XlsxFile xlsx(name + QStringLiteral(".xlsx"));
        csv.row(payrollHeader());
        xlsx.row(payrollHeader());
        for (int e = 0; e < employees; ++e) {
            if (paid(e, month)) {
                const QStringList row = payrollRow(e, month);
                csv.row(row);
                xlsx.row(row);
                if (year) {
                    year->row(row);
                }
            }
        }
    }
}

long peakMebibytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024;
}

double seconds(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

/** This process's CPU time so far: on a shared machine wall time also counts other people's work. */
double cpuSeconds()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
        double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

[[noreturn]] void fail(const QString& what)
{
    std::fprintf(stderr, "%s\n", qPrintable(what));
    std::exit(1);
}

QStringList payrollFiles(const QString& directory, const QString& format)
{
    QStringList files;
    for (int month = 1; month <= 12; ++month) {
        files << QStringLiteral("%1/payroll-%2.%3").arg(directory).arg(month, 2, 10, QLatin1Char('0')).arg(format);
    }
    return files;
}

/** Child: the bare read of the roster and the payrolls, every row handed over and dropped. */
void readOnly(const QString& directory, const QString& format)
{
    QElapsedTimer timer;
    timer.start();
    qint64 rows = 0;
    qint64 bytes = 0;
    const QStringList files =
        QStringList {directory + QStringLiteral("/roster.") + format} + payrollFiles(directory, format);
    for (const QString& file : files) {
        bytes += QFileInfo(file).size();
        const auto problems = TabularReader::forEachRow(file, [&](const TabularRow&) {
            ++rows;
            return true;
        });
        if (!problems.isEmpty()) {
            fail(QStringLiteral("%1: %2").arg(file, problems.first().reason));
        }
    }
    std::printf("read_seconds %.2f\nread_cpu %.2f\nread_rows %lld\nread_megabytes %.1f\npeak_mib %ld\n",
                seconds(timer),
                cpuSeconds(),
                static_cast<long long>(rows),
                double(bytes) / 1e6,
                peakMebibytes());
}

struct Company
{
    std::unique_ptr<Vault> vault;
    std::unique_ptr<BatchService> service;
    CompanyWorkspace workspace;
};

Company freshCompany(const QString& directory)
{
    const char secretText[] = "bench passphrase";
    const SecureBuffer passphrase = SecureBuffer::fromBytes(secretText, sizeof secretText - 1);
    // The cheapest scrypt: unlocking is timed by huisuan-vault-bench, not here.
    auto created = Vault::create(directory, passphrase, ScryptCost {ScryptCost::minimumN, 8, 1});
    if (!created.ok()) {
        fail(created.status.toString());
    }
    Company company;
    company.vault = std::move(created.value);
    company.service = std::make_unique<BatchService>(*company.vault);
    auto workspace = company.service->addWorkspace(QStringLiteral("91110000600037341L"), QStringLiteral("Bench Co."));
    if (!workspace.ok()) {
        fail(workspace.status.toString());
    }
    company.workspace = workspace.value;
    return company;
}

void importRoster(Company& company, const QString& file)
{
    const auto imported = company.service->importRoster(company.workspace, TabularReader::read(file), 2025);
    if (!imported.ok()) {
        fail(QStringLiteral("roster refused: %1").arg(imported.problems.value(0).reason));
    }
}

void importPayroll(Company& company, const QString& file, int month)
{
    const auto imported = company.service->importPayrollFile(company.workspace, file, 2025, month, false);
    if (!imported.ok()) {
        fail(QStringLiteral("%1 refused: %2 %3")
                 .arg(file, imported.status.toString(), imported.problems.value(0).reason));
    }
}

/** Child: import, compute, store and report from the files; then the engine alone on the same payroll. */
void endToEnd(const QString& directory, const QString& format)
{
    Company company = freshCompany(directory + QStringLiteral("/vault-") + format);
    QElapsedTimer total;
    total.start();
    QElapsedTimer phase;
    phase.start();
    importRoster(company, directory + QStringLiteral("/roster.") + format);
    std::printf("roster_seconds %.2f\n", seconds(phase));
    phase.restart();
    const QStringList files = payrollFiles(directory, format);
    for (int month = 1; month <= 12; ++month) {
        importPayroll(company, files.at(month - 1), month);
    }
    std::printf("payroll_seconds %.2f\n", seconds(phase));
    phase.restart();
    const double cpuBefore = cpuSeconds();
    const auto computed = company.service->computeYear(company.workspace, 2025);
    if (!computed.status.ok() || !computed.problems.isEmpty()) {
        fail(QStringLiteral("computation failed: %1").arg(computed.problems.value(0)));
    }
    std::printf("compute_seconds %.2f\ncompute_cpu %.2f\nmonths %d\n",
                seconds(phase),
                cpuSeconds() - cpuBefore,
                computed.months);
    phase.restart();
    auto december = company.service->declaration(company.workspace, 2025, 12);
    QString error;
    if (!december.ok() ||
        !DeclarationReport::writeCsv(december.value, directory + QStringLiteral("/declaration.csv"), &error)) {
        fail(QStringLiteral("report failed: %1").arg(error));
    }
    std::printf("report_seconds %.2f\nend_to_end_seconds %.2f\nend_to_end_cpu %.2f\npeak_mib %ld\n",
                seconds(phase),
                seconds(total),
                cpuSeconds(),
                peakMebibytes());

    // The engine's share of the year: the same computation with traces, a thousand employees at a
    // time as computeYear does, without storing anything. Employee ids follow the roster, and the
    // payroll comes by employee then month, so each batch's payroll is the next stretch of it.
    CompanyWorkspaceStore store(*company.vault);
    const QList<Employee> staff = store.employees(company.workspace.id).value;
    const QList<PayrollMonth> payrolls = store.workspacePayrollMonths(company.workspace.id, 2025).value;
    phase.restart();
    const double engineCpuBefore = cpuSeconds();
    qsizetype next = 0;
    for (qsizetype start = 0; start < staff.size(); start += 1000) {
        const QList<Employee> batch = staff.mid(start, 1000);
        const qint64 lastId = batch.last().id;
        QList<PayrollMonth> batchPayrolls;
        while (next < payrolls.size() && payrolls.at(next).employeeId <= lastId) {
            batchPayrolls.append(payrolls.at(next++));
        }
        if (YearComputation::compute(batch, batchPayrolls, 2025).results.isEmpty()) {
            fail(QStringLiteral("the engine computed nothing"));
        }
    }
    std::printf("engine_seconds %.2f\nengine_cpu %.2f\n", seconds(phase), cpuSeconds() - engineCpuBefore);
}

/** Child: the year's payroll as one file, validated and stored in one import. */
void yearFile(const QString& directory)
{
    Company company = freshCompany(directory + QStringLiteral("/vault-year"));
    importRoster(company, directory + QStringLiteral("/roster.csv"));
    const long before = peakMebibytes();
    QElapsedTimer timer;
    timer.start();
    importPayroll(company, directory + QStringLiteral("/year.csv"), 1);
    std::printf("year_import_seconds %.2f\nyear_megabytes %.1f\npeak_before_mib %ld\npeak_mib %ld\n",
                seconds(timer),
                double(QFileInfo(directory + QStringLiteral("/year.csv")).size()) / 1e6,
                before,
                peakMebibytes());
}

/** Runs this program as a child for one measurement; returns its "key value" lines. */
QHash<QString, QString> child(const QStringList& arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), arguments);
    if (!process.waitForFinished(-1) || process.exitCode() != 0) {
        fail(QStringLiteral("the measurement %1 failed").arg(arguments.join(u' ')));
    }
    QHash<QString, QString> values;
    for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
        const QList<QByteArray> parts = line.split(' ');
        if (parts.size() == 2) {
            values.insert(QString::fromUtf8(parts.at(0)), QString::fromUtf8(parts.at(1)));
        }
    }
    return values;
}

void measure(int employees, bool withYearFile)
{
    QTemporaryDir root;
    std::fprintf(stderr, "writing the files of %d employees...\n", employees);
    writeFiles(root.path(), employees, withYearFile);
    std::printf("\n%d employees\n", employees);
    std::printf("seconds of wall time (of this process's CPU time), peak resident MiB\n");
    std::printf("%-5s %6s %13s %8s | %8s %8s %15s %7s %15s %7s %15s\n",
                "",
                "MB",
                "read",
                "read MiB",
                "roster",
                "payroll",
                "compute+store",
                "report",
                "end to end",
                "e2e MiB",
                "engine alone");
    for (const QString& format : {QStringLiteral("csv"), QStringLiteral("xlsx")}) {
        const auto read = child({QStringLiteral("--child-read"), format, root.path()});
        const auto e2e = child({QStringLiteral("--child-e2e"), format, root.path()});
        QDir(root.filePath(QStringLiteral("vault-") + format)).removeRecursively(); // spare the disk
        const auto both = [](const QHash<QString, QString>& values, const char* wall, const char* cpu) {
            return QStringLiteral("%1 (%2)")
                .arg(values.value(QLatin1String(wall)), values.value(QLatin1String(cpu)))
                .toLatin1();
        };
        std::printf("%-5s %6s %13s %8s | %8s %8s %15s %7s %15s %7s %15s\n",
                    qPrintable(format),
                    qPrintable(read.value(QStringLiteral("read_megabytes"))),
                    both(read, "read_seconds", "read_cpu").constData(),
                    qPrintable(read.value(QStringLiteral("peak_mib"))),
                    qPrintable(e2e.value(QStringLiteral("roster_seconds"))),
                    qPrintable(e2e.value(QStringLiteral("payroll_seconds"))),
                    both(e2e, "compute_seconds", "compute_cpu").constData(),
                    qPrintable(e2e.value(QStringLiteral("report_seconds"))),
                    both(e2e, "end_to_end_seconds", "end_to_end_cpu").constData(),
                    qPrintable(e2e.value(QStringLiteral("peak_mib"))),
                    both(e2e, "engine_seconds", "engine_cpu").constData());
    }
    if (withYearFile) {
        const auto year = child({QStringLiteral("--child-year"), QStringLiteral("csv"), root.path()});
        std::printf("the year's payroll as one CSV: %s MB imported (validated + stored) in %s s, peak %s MiB "
                    "(%s MiB before it)\n",
                    qPrintable(year.value(QStringLiteral("year_megabytes"))),
                    qPrintable(year.value(QStringLiteral("year_import_seconds"))),
                    qPrintable(year.value(QStringLiteral("peak_mib"))),
                    qPrintable(year.value(QStringLiteral("peak_before_mib"))));
    }
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
    const QCommandLineOption largeOption(QStringLiteral("large"),
                                         QStringLiteral("Also 100 000 employees, and their year as one CSV."));
    const QCommandLineOption readChild(
        QStringLiteral("child-read"), QStringLiteral("(internal)"), QStringLiteral("FORMAT"));
    const QCommandLineOption e2eChild(
        QStringLiteral("child-e2e"), QStringLiteral("(internal)"), QStringLiteral("FORMAT"));
    const QCommandLineOption yearChild(
        QStringLiteral("child-year"), QStringLiteral("(internal)"), QStringLiteral("FORMAT"));
    parser.addOptions({employeesOption, largeOption, readChild, e2eChild, yearChild});
    parser.process(application);
    const QString directory = parser.positionalArguments().value(0);
    if (parser.isSet(readChild)) {
        readOnly(directory, parser.value(readChild));
    } else if (parser.isSet(e2eChild)) {
        endToEnd(directory, parser.value(e2eChild));
    } else if (parser.isSet(yearChild)) {
        yearFile(directory);
    } else {
        measure(parser.value(employeesOption).toInt(), false);
        if (parser.isSet(largeOption)) {
            measure(100000, true);
        }
    }
    return 0;
}
