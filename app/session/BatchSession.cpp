// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BatchSession.h"

#include "batch/BatchColumns.h"
#include "batch/BatchPdf.h"
#include "batch/BatchService.h"
#include "batch/CsvTable.h"
#include "batch/DeclarationTable.h"
#include "batch/XlsxTable.h"
#include "session/BatchYearReader.h"
#include "vault/Vault.h"

#include <QDir>
#include <QFileInfo>
#include <QMetaObject>
#include <QSaveFile>

namespace huisuan {

namespace {

QString lockedMessage()
{
    return BatchSession::tr("The vault is locked. Unlock it to work on your client companies.");
}

QList<BatchProblemRow> problemRows(const QList<TabularProblem>& problems)
{
    QList<BatchProblemRow> rows;
    rows.reserve(problems.size());
    for (const TabularProblem& problem : problems) {
        rows.append({problem.file, problem.row, problem.column, problem.reason});
    }
    return rows;
}

BatchResult failure(const QString& message)
{
    BatchResult result;
    result.kind = BatchResult::Kind::Failed;
    result.message = message;
    return result;
}

/** `storedMessage` is the sentence for a file imported whole. */
BatchResult importResult(const BatchService::ImportOutcome& outcome, const QString& storedMessage)
{
    BatchResult result;
    result.stored = outcome.stored;
    if (!outcome.problems.isEmpty()) {
        result.kind = BatchResult::Kind::Problems;
        result.problems = problemRows(outcome.problems);
        result.message = BatchSession::tr("The file has %n problem(s), listed below. Nothing was imported: correct "
                                          "the file and import it again.",
                                          nullptr,
                                          int(outcome.problems.size()));
    } else if (!outcome.monthsAlreadyImported.isEmpty()) {
        result.kind = BatchResult::Kind::MonthsAlreadyImported;
        result.monthsAlreadyImported = outcome.monthsAlreadyImported;
    } else if (outcome.cancelled) {
        result.kind = BatchResult::Kind::Cancelled;
        result.message = BatchSession::tr("Import stopped. Nothing was imported.");
    } else if (!outcome.status.ok()) {
        result.kind = BatchResult::Kind::Failed;
        result.message = outcome.status.message;
    } else {
        result.message = storedMessage;
    }
    return result;
}

BatchResult computeResult(const BatchService::ComputeOutcome& outcome)
{
    BatchResult result;
    result.stored = outcome.employees;
    result.refusedIdentities = outcome.refusedIdentities;
    result.refusedReasons = outcome.problems;
    if (!outcome.status.ok()) {
        result.kind = BatchResult::Kind::Failed;
        result.message = outcome.status.message;
        return result;
    }
    if (outcome.cancelled) {
        result.kind = BatchResult::Kind::Cancelled;
        result.message = BatchSession::tr("Computation stopped. The %n employee(s) computed before have every "
                                          "month's result; compute the year again for the others.",
                                          nullptr,
                                          outcome.employees);
        return result;
    }
    result.message = BatchSession::tr("Withholding computed for %n employee(s).", nullptr, outcome.employees);
    if (!outcome.problems.isEmpty()) {
        result.kind = BatchResult::Kind::Problems;
        result.message += QLatin1Char(' ') +
            BatchSession::tr("%n employee(s) could not be computed: they are marked in the table, with the reason.",
                             nullptr,
                             int(outcome.problems.size()));
    }
    return result;
}

/** Writes the declaration as the extension of `path` says: CSV, XLSX or PDF; empty, or the user's sentence. */
QString writeDeclaration(
    const CompanyWorkspace& workspace, int taxYear, int month, const QList<DeclarationLine>& lines, const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("csv")) {
        return CsvTable::write(DeclarationTable::of(lines), path);
    }
    if (suffix == QLatin1String("xlsx")) {
        return XlsxTable::write(DeclarationTable::of(lines), QStringLiteral("扣缴申报表"), path);
    }
    if (suffix == QLatin1String("pdf")) {
        return BatchPdf::declaration(workspace, taxYear, month, lines, path);
    }
    return BatchSession::tr("Choose a file name ending in .csv, .xlsx or .pdf: the ending says which kind of file to "
                            "write.");
}

} // namespace

BatchSession::BatchSession(DesktopSession& session, QObject* parent)
    : QObject(parent)
    , m_session(session)
{
}

BatchSession::~BatchSession()
{
    cancel();
    m_session.waitForWorker();
}

std::shared_ptr<BatchCancel> BatchSession::startWork()
{
    m_cancel = std::make_shared<BatchCancel>();
    return m_cancel;
}

BatchControl BatchSession::controlFor(const BatchCancel& cancelFlag)
{
    return {[this](qint64 done, qint64 total) { answer([this, done, total] { emit progressed(done, total); }); },
            &cancelFlag};
}

void BatchSession::cancel()
{
    if (m_cancel) {
        m_cancel->cancel();
    }
}

template <typename Emitter>
void BatchSession::answer(Emitter emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

void BatchSession::requestWorkspaces()
{
    m_session.runWithVault([this](Vault* vault) {
        if (vault == nullptr) {
            answer([this] { emit failed(lockedMessage()); });
            return;
        }
        auto workspaces = BatchService(*vault).workspaces();
        if (!workspaces.ok()) {
            answer([this, message = workspaces.status.message] { emit failed(message); });
            return;
        }
        QList<WorkspaceRow> rows;
        for (const CompanyWorkspace& workspace : workspaces.value) {
            rows.append({workspace.creditCode, workspace.name});
        }
        answer([this, rows] { emit workspacesReady(rows); });
    });
}

void BatchSession::addWorkspace(const QString& creditCode, const QString& name)
{
    m_session.runWithVault([this, creditCode, name](Vault* vault) {
        if (vault == nullptr) {
            answer([this] { emit workspaceAdded({}, {SessionOutcome::Kind::Failed, lockedMessage()}); });
            return;
        }
        auto added = BatchService(*vault).addWorkspace(creditCode, name);
        const SessionOutcome outcome =
            added.ok() ? SessionOutcome {} : SessionOutcome {SessionOutcome::Kind::Failed, added.status.message};
        const WorkspaceRow row {added.value.creditCode, added.value.name};
        answer([this, row, outcome] { emit workspaceAdded(row, outcome); });
    });
}

void BatchSession::requestYear(const QString& creditCode, int taxYear)
{
    m_session.runWithVault([this, creditCode, taxYear](Vault* vault) {
        if (vault == nullptr) {
            answer([this] { emit failed(lockedMessage()); });
            return;
        }
        auto workspace = BatchService(*vault).workspace(creditCode);
        VaultResult<BatchYear> year =
            workspace.ok() ? BatchYearReader::read(*vault, workspace.value, taxYear) : workspace.status;
        if (!year.ok()) {
            answer([this, message = year.status.message] { emit failed(message); });
            return;
        }
        answer([this, year = year.value] { emit yearReady(year); });
    });
}

void BatchSession::importRoster(const QString& creditCode, int taxYear, const QString& path)
{
    runImport(creditCode, taxYear, 0, path, false, ImportKind::Roster);
}

void BatchSession::importPayroll(const QString& creditCode, int taxYear, int month, const QString& path, bool replace)
{
    runImport(creditCode, taxYear, month, path, replace, ImportKind::Payroll);
}

void BatchSession::importLaborPayments(
    const QString& creditCode, int taxYear, int month, const QString& path, bool replace)
{
    runImport(creditCode, taxYear, month, path, replace, ImportKind::LaborPayments);
}

void BatchSession::runImport(
    const QString& creditCode, int taxYear, int month, const QString& path, bool replace, ImportKind kind)
{
    const std::shared_ptr<BatchCancel> cancelFlag = startWork();
    m_session.runWithVault([this, cancelFlag, creditCode, taxYear, month, path, replace, kind](Vault* vault) {
        if (vault == nullptr) {
            answer([this] { emit importFinished(failure(lockedMessage())); });
            return;
        }
        BatchService service(*vault);
        auto workspace = service.workspace(creditCode);
        if (!workspace.ok()) {
            answer([this, message = workspace.status.message] { emit importFinished(failure(message)); });
            return;
        }
        BatchService::ImportOutcome outcome;
        if (kind == ImportKind::LaborPayments) {
            // Streamed row by row, without progress: a month's labor payments are a short list.
            outcome = service.importLaborPayments(workspace.value, path, taxYear, month, replace);
        } else if (kind == ImportKind::Payroll) {
            // Streamed into the vault row by row, as the command line does: a payroll of any size.
            outcome =
                service.importPayrollFile(workspace.value, path, taxYear, month, replace, controlFor(*cancelFlag));
        } else {
            const BatchControl control = controlFor(*cancelFlag);
            const std::optional<TabularSheet> sheet = BatchService::readSheet(path, control);
            if (!sheet) {
                outcome.cancelled = true;
            } else {
                outcome = service.importRoster(workspace.value, *sheet, taxYear, control);
            }
        }
        QString stored;
        switch (kind) {
        case ImportKind::Roster:
            stored = tr("%n employee(s) imported onto the roster.", nullptr, outcome.stored);
            break;
        case ImportKind::Payroll:
            stored =
                tr("%n payroll month(s) imported. Compute the year to see the withholding.", nullptr, outcome.stored);
            break;
        case ImportKind::LaborPayments:
            stored = tr("%n labor payment(s) imported, each with its prepayment computed. They are in the month's "
                        "declaration.",
                        nullptr,
                        outcome.stored);
            break;
        }
        answer([this, result = importResult(outcome, stored)] { emit importFinished(result); });
    });
}

void BatchSession::computeYear(const QString& creditCode, int taxYear)
{
    const std::shared_ptr<BatchCancel> cancelFlag = startWork();
    m_session.runWithVault([this, cancelFlag, creditCode, taxYear](Vault* vault) {
        if (vault == nullptr) {
            answer([this] { emit computeFinished(failure(lockedMessage())); });
            return;
        }
        BatchService service(*vault);
        auto workspace = service.workspace(creditCode);
        if (!workspace.ok()) {
            answer([this, message = workspace.status.message] { emit computeFinished(failure(message)); });
            return;
        }
        const BatchControl control = controlFor(*cancelFlag);
        const BatchService::ComputeOutcome outcome = service.computeYear(workspace.value, taxYear, control);
        answer([this, result = computeResult(outcome)] { emit computeFinished(result); });
    });
}

void BatchSession::saveTemplate(Template kind, const QString& path)
{
    // Nothing of the vault is needed; the worker keeps the disk off the GUI thread.
    m_session.runWithVault([this, kind, path](Vault*) {
        const BatchSheetKind sheet = kind == Template::Roster ? BatchSheetKind::Roster
            : kind == Template::Payroll                       ? BatchSheetKind::Payroll
                                                              : BatchSheetKind::LaborPayments;
        QSaveFile file(path);
        SessionOutcome outcome;
        if (!file.open(QIODevice::WriteOnly) || file.write(BatchColumns::templateCsv(sheet)) < 0 || !file.commit()) {
            outcome = {SessionOutcome::Kind::Failed,
                       tr("Could not write %1 (%2). Choose a folder you can write to and save it again.")
                           .arg(QDir::toNativeSeparators(path), file.errorString())};
        }
        answer([this, path, outcome] { emit templateSaved(path, outcome); });
    });
}

void BatchSession::exportDeclaration(const QString& creditCode, int taxYear, int month, const QString& path)
{
    m_session.runWithVault([this, creditCode, taxYear, month, path](Vault* vault) {
        const auto done = [this, path](int lines, const QString& failure) {
            const SessionOutcome outcome =
                failure.isEmpty() ? SessionOutcome() : SessionOutcome {SessionOutcome::Kind::Failed, failure};
            answer([this, path, lines, outcome] { emit declarationExported(path, lines, outcome); });
        };
        if (vault == nullptr) {
            done(0, lockedMessage());
            return;
        }
        BatchService service(*vault);
        auto workspace = service.workspace(creditCode);
        if (!workspace.ok()) {
            done(0, workspace.status.message);
            return;
        }
        auto lines = service.declaration(workspace.value, taxYear, month);
        if (!lines.ok()) {
            done(0, lines.status.message);
            return;
        }
        done(int(lines.value.size()), writeDeclaration(workspace.value, taxYear, month, lines.value, path));
    });
}

} // namespace huisuan
