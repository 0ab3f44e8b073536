// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BatchCommand.h"

#include "batch/AnnualStatements.h"
#include "batch/BatchColumns.h"
#include "batch/BatchPdf.h"
#include "batch/BatchService.h"
#include "batch/CsvTable.h"
#include "batch/DeclarationReport.h"
#include "batch/DeclarationTable.h"
#include "batch/StatementTable.h"
#include "batch/XlsxTable.h"
#include "cli/BatchBureauCommand.h"
#include "cli/CliApplication.h"
#include "cli/PassphrasePrompt.h"
#include "tabular/TabularReader.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <optional>

namespace huisuan {

namespace {

struct Options
{
    QStringList positional;
    QString directory;
    QString workspace;
    QString out;
    QString format;
    QString employee;
    int year = 0;
    int month = 0;
    bool replace = false;
    bool all = false;
};

bool parseMonth(const QString& text, Options& options)
{
    static const QRegularExpression shape(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto match = shape.match(text);
    if (!match.hasMatch() || match.captured(2).toInt() < 1 || match.captured(2).toInt() > 12) {
        return false;
    }
    options.year = match.captured(1).toInt();
    options.month = match.captured(2).toInt();
    return true;
}

bool parse(const QStringList& arguments, Options& options, QTextStream& err)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--vault") && hasValue) {
            options.directory = arguments.at(++i);
        } else if (argument == QLatin1String("--workspace") && hasValue) {
            options.workspace = arguments.at(++i);
        } else if (argument == QLatin1String("--out") && hasValue) {
            options.out = arguments.at(++i);
        } else if (argument == QLatin1String("--year") && hasValue) {
            bool number = false;
            options.year = arguments.at(++i).toInt(&number);
            if (!number) {
                err << BatchCommand::tr("--year needs a year such as 2025") << '\n';
                return false;
            }
        } else if (argument == QLatin1String("--month") && hasValue) {
            if (!parseMonth(arguments.at(++i), options)) {
                err << BatchCommand::tr("--month needs a month such as 2025-04") << '\n';
                return false;
            }
        } else if (argument == QLatin1String("--format") && hasValue) {
            options.format = arguments.at(++i);
        } else if (argument == QLatin1String("--employee") && hasValue) {
            options.employee = arguments.at(++i);
        } else if (argument == QLatin1String("--all")) {
            options.all = true;
        } else if (argument == QLatin1String("--replace")) {
            options.replace = true;
        } else if (argument == QLatin1String("--lang") && hasValue) {
            ++i; // handled by runCli before the translator is installed
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << BatchCommand::tr("unknown option %1").arg(argument) << '\n';
            return false;
        } else {
            options.positional << argument;
        }
    }
    if (options.directory.isEmpty()) {
        options.directory = Vault::defaultDirectory();
    }
    return !options.positional.isEmpty();
}

/** The sheet a `template` or `import` names: roster, payroll or labor (payments to non-employees). */
std::optional<BatchSheetKind> sheetKind(const QString& name)
{
    if (name == QLatin1String("roster")) {
        return BatchSheetKind::Roster;
    }
    if (name == QLatin1String("payroll")) {
        return BatchSheetKind::Payroll;
    }
    if (name == QLatin1String("labor")) {
        return BatchSheetKind::LaborPayments;
    }
    return std::nullopt;
}

int fail(QTextStream& err, const VaultStatus& status)
{
    err << status.toString() << '\n';
    return ExitFailure;
}

int writeTemplate(const Options& options, QTextStream& out, QTextStream& err)
{
    const QString kind = options.positional.value(1);
    const auto sheet = sheetKind(kind);
    if (options.positional.size() != 2 || !sheet || options.out.isEmpty()) {
        err << BatchCommand::usage() << '\n';
        return ExitFailure;
    }
    QSaveFile file(options.out);
    const QByteArray bytes = BatchColumns::templateCsv(*sheet);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) < 0 || !file.commit()) {
        err << BatchCommand::tr("Could not write %1 (%2).").arg(options.out, file.errorString()) << '\n';
        return ExitFailure;
    }
    out << BatchCommand::tr("Wrote the %1 template to %2.").arg(kind, QDir::toNativeSeparators(options.out)) << '\n';
    return ExitOk;
}

int workspaceCommand(BatchService& service, const Options& options, QTextStream& out, QTextStream& err)
{
    const QString action = options.positional.value(1);
    if (action == QLatin1String("add") && options.positional.size() == 4) {
        auto added = service.addWorkspace(options.positional.at(2), options.positional.at(3));
        if (!added.ok()) {
            return fail(err, added.status);
        }
        out << BatchCommand::tr("Workspace %1 (%2) is ready.").arg(added.value.creditCode, added.value.name) << '\n';
        return ExitOk;
    }
    if (action == QLatin1String("list") && options.positional.size() == 2) {
        auto all = service.workspaces();
        if (!all.ok()) {
            return fail(err, all.status);
        }
        for (const CompanyWorkspace& workspace : all.value) {
            out << workspace.creditCode << '\t' << workspace.name << '\n';
        }
        return ExitOk;
    }
    err << BatchCommand::usage() << '\n';
    return ExitFailure;
}

int importCommand(BatchService& service, const Options& options, QTextStream& out, QTextStream& err)
{
    const QString kind = options.positional.value(1);
    const auto sheetOf = sheetKind(kind);
    if (options.positional.size() != 3 || !sheetOf || options.workspace.isEmpty() || options.month == 0) {
        err << BatchCommand::usage() << '\n';
        return ExitFailure;
    }
    auto workspace = service.workspace(options.workspace);
    if (!workspace.ok()) {
        return fail(err, workspace.status);
    }
    const QString path = options.positional.at(2);
    BatchService::ImportOutcome outcome;
    switch (*sheetOf) {
    case BatchSheetKind::Roster:
        outcome = service.importRoster(workspace.value, TabularReader::read(path), options.year);
        break;
    case BatchSheetKind::Payroll:
        outcome = service.importPayrollFile(workspace.value, path, options.year, options.month, options.replace);
        break;
    case BatchSheetKind::LaborPayments:
        outcome = service.importLaborPayments(workspace.value, path, options.year, options.month, options.replace);
        break;
    }
    if (!outcome.status.ok()) {
        return fail(err, outcome.status);
    }
    for (const TabularProblem& problem : outcome.problems) {
        err << QStringLiteral("%1:%2:%3: %4").arg(problem.file).arg(problem.row).arg(problem.column).arg(problem.reason)
            << '\n';
    }
    if (!outcome.problems.isEmpty()) {
        err << BatchCommand::tr("Nothing was imported: correct the %n problem(s) above and import the file again.",
                                nullptr,
                                int(outcome.problems.size()))
            << '\n';
        return ExitRefused;
    }
    if (!outcome.monthsAlreadyImported.isEmpty()) {
        QStringList months;
        for (const int month : outcome.monthsAlreadyImported) {
            months << QStringLiteral("%1-%2").arg(options.year).arg(month, 2, 10, QLatin1Char('0'));
        }
        err << (*sheetOf == BatchSheetKind::LaborPayments
                    ? BatchCommand::tr("The labor payments of %1 are already imported; nothing was imported. To "
                                       "replace them, import again with --replace.")
                    : BatchCommand::tr("The payroll of %1 is already imported; nothing was imported. To replace it, "
                                       "import again with --replace, then compute the year again."))
                   .arg(months.join(QStringLiteral(", ")))
            << '\n';
        return ExitRefused;
    }
    out << BatchCommand::tr("Imported %n row(s).", nullptr, outcome.stored) << '\n';
    return ExitOk;
}

int computeCommand(BatchService& service, const Options& options, QTextStream& out, QTextStream& err)
{
    if (options.positional.size() != 1 || options.workspace.isEmpty() || options.year == 0) {
        err << BatchCommand::usage() << '\n';
        return ExitFailure;
    }
    auto workspace = service.workspace(options.workspace);
    if (!workspace.ok()) {
        return fail(err, workspace.status);
    }
    const BatchService::ComputeOutcome outcome = service.computeYear(workspace.value, options.year);
    if (!outcome.status.ok()) {
        return fail(err, outcome.status);
    }
    for (const QString& problem : outcome.problems) {
        err << problem << '\n';
    }
    for (const QString& notice : outcome.notices) {
        err << notice << '\n';
    }
    out << BatchCommand::tr("Computed %1 payroll month(s) of %2 employee(s).")
               .arg(outcome.months)
               .arg(outcome.employees)
        << '\n';
    return outcome.problems.isEmpty() ? ExitOk : ExitRefused;
}

/** The format asked for with --format, else the one the file name ends with; empty when neither says. */
QString formatOf(const Options& options, const QStringList& formats, QTextStream& err)
{
    const QString format = options.format.isEmpty() ? QFileInfo(options.out).suffix().toLower() : options.format;
    if (!formats.contains(format)) {
        err << BatchCommand::tr("Say which format to write with --format %1, or end the file name with .%2.")
                   .arg(formats.join(QLatin1Char('|')), formats.join(QStringLiteral(" or .")))
            << '\n';
        return QString();
    }
    return format;
}

int reportCommand(BatchService& service, const Options& options, QTextStream& out, QTextStream& err)
{
    if (options.positional.size() != 1 || options.workspace.isEmpty() || options.month == 0 || options.out.isEmpty()) {
        err << BatchCommand::usage() << '\n';
        return ExitFailure;
    }
    const QString format =
        formatOf(options, {QStringLiteral("csv"), QStringLiteral("xlsx"), QStringLiteral("pdf")}, err);
    if (format.isEmpty()) {
        return ExitFailure;
    }
    auto workspace = service.workspace(options.workspace);
    if (!workspace.ok()) {
        return fail(err, workspace.status);
    }
    auto lines = service.declaration(workspace.value, options.year, options.month);
    if (!lines.ok()) {
        return fail(err, lines.status);
    }
    QString error;
    if (format == QLatin1String("csv")) {
        DeclarationReport::writeCsv(lines.value, options.out, &error);
    } else if (format == QLatin1String("xlsx")) {
        error = XlsxTable::write(DeclarationTable::of(lines.value), QStringLiteral("扣缴申报表"), options.out);
    } else {
        error = BatchPdf::declaration(workspace.value, options.year, options.month, lines.value, options.out);
    }
    if (!error.isEmpty()) {
        err << error << '\n';
        return ExitFailure;
    }
    out << BatchCommand::tr("Wrote the declaration, %n line(s), to %1.", nullptr, int(lines.value.size()))
               .arg(QDir::toNativeSeparators(options.out))
        << '\n';
    return ExitOk;
}

/** Writes one statement as PDF or CSV; an empty string, or the user's sentence. */
QString writeStatement(const EmployeeStatement& statement, const QString& format, const QString& path)
{
    return format == QLatin1String("csv") ? CsvTable::write(StatementTable::of(statement), path)
                                          : BatchPdf::statement(statement, path);
}

/** A file name for an employee's statement: the identity number, then the name without path characters. */
QString statementFileName(const EmployeeStatement& statement, const QString& format)
{
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\s]"));
    return QStringLiteral("%1-%2-%3.%4")
        .arg(QString::number(statement.taxYear),
             statement.identityNumber,
             QString(statement.name).replace(unsafe, QStringLiteral("_")),
             format);
}

int statementCommand(Vault& vault, BatchService& service, const Options& options, QTextStream& out, QTextStream& err)
{
    if (options.positional.size() != 1 || options.workspace.isEmpty() || options.year == 0 || options.out.isEmpty() ||
        options.all == !options.employee.isEmpty()) {
        err << BatchCommand::usage() << '\n';
        return ExitFailure;
    }
    const QStringList formats = {QStringLiteral("pdf"), QStringLiteral("csv")};
    const QString format = options.all && options.format.isEmpty() ? formats.first() : formatOf(options, formats, err);
    if (format.isEmpty()) {
        return ExitFailure;
    }
    auto workspace = service.workspace(options.workspace);
    if (!workspace.ok()) {
        return fail(err, workspace.status);
    }
    AnnualStatements statements(vault);
    if (!options.all) {
        auto statement = statements.of(workspace.value, options.employee, options.year);
        if (!statement.ok()) {
            return fail(err, statement.status);
        }
        if (const QString error = writeStatement(statement.value, format, options.out); !error.isEmpty()) {
            err << error << '\n';
            return ExitFailure;
        }
        out << BatchCommand::tr("Wrote the %1 statement of %2 to %3.")
                   .arg(QString::number(options.year), statement.value.name, QDir::toNativeSeparators(options.out))
            << '\n';
        return ExitOk;
    }
    const QDir folder(options.out);
    if (!folder.mkpath(QStringLiteral("."))) {
        err << BatchCommand::tr("Could not make the folder %1. Check that its parent can be written.")
                   .arg(QDir::toNativeSeparators(options.out))
            << '\n';
        return ExitFailure;
    }
    int written = 0;
    QString error;
    const VaultStatus status = statements.forEach(workspace.value, options.year, [&](const EmployeeStatement& one) {
        error = writeStatement(one, format, folder.filePath(statementFileName(one, format)));
        written += error.isEmpty() ? 1 : 0;
        return error.isEmpty();
    });
    if (!status.ok()) {
        return fail(err, status);
    }
    if (!error.isEmpty()) {
        err << error << '\n';
        return ExitFailure;
    }
    out << BatchCommand::tr("Wrote the %1 statements of %n employee(s) to %2.", nullptr, written)
               .arg(QString::number(options.year), QDir::toNativeSeparators(options.out))
        << '\n';
    return ExitOk;
}

} // namespace

QString BatchCommand::usage()
{
    return tr("usage: huisuan-cli batch workspace add CREDIT_CODE NAME | workspace list\n"
              "       huisuan-cli batch template roster|payroll|labor --out FILE.csv\n"
              "       huisuan-cli batch import roster|payroll|labor FILE.csv|FILE.xlsx --workspace CREDIT_CODE --month "
              "YYYY-MM "
              "[--replace]\n"
              "       huisuan-cli batch compute --workspace CREDIT_CODE --year YYYY\n"
              "       huisuan-cli batch report --workspace CREDIT_CODE --month YYYY-MM --out FILE.csv|.xlsx|.pdf "
              "[--format csv|xlsx|pdf]\n"
              "       huisuan-cli batch statement --workspace CREDIT_CODE --year YYYY (--employee ID_NUMBER --out "
              "FILE.pdf|.csv | --all --out FOLDER) [--format pdf|csv]\n"
              "  Options for all: [--vault DIR]. The columns are described in docs/batch-template.md.") +
        QLatin1Char('\n') + BatchBureauCommand::usage();
}

int BatchCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    if (!arguments.isEmpty() && BatchBureauCommand::handles(arguments.first())) {
        return BatchBureauCommand::run(arguments, out, err);
    }
    Options options;
    if (!parse(arguments, options, err)) {
        err << usage() << '\n';
        return ExitFailure;
    }
    const QString action = options.positional.first();
    if (action == QLatin1String("template")) {
        return writeTemplate(options, out, err);
    }
    const QStringList actions = {QStringLiteral("workspace"),
                                 QStringLiteral("import"),
                                 QStringLiteral("compute"),
                                 QStringLiteral("report"),
                                 QStringLiteral("statement")};
    if (!actions.contains(action)) {
        err << tr("unknown batch action %1").arg(action) << '\n' << usage() << '\n';
        return ExitFailure;
    }
    auto passphrase = PassphrasePrompt::read("HUISUAN_PASSPHRASE", tr("Vault passphrase: "), false);
    if (!passphrase.ok()) {
        return fail(err, passphrase.status);
    }
    auto vault = Vault::open(options.directory, passphrase.value);
    if (!vault.ok()) {
        return fail(err, vault.status);
    }
    BatchService service(*vault.value);
    if (action == QLatin1String("workspace")) {
        return workspaceCommand(service, options, out, err);
    }
    if (action == QLatin1String("import")) {
        return importCommand(service, options, out, err);
    }
    if (action == QLatin1String("compute")) {
        return computeCommand(service, options, out, err);
    }
    if (action == QLatin1String("statement")) {
        return statementCommand(*vault.value, service, options, out, err);
    }
    return reportCommand(service, options, out, err);
}

} // namespace huisuan
