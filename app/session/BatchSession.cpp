// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BatchSession.h"

#include "batch/BatchService.h"
#include "session/BatchYearReader.h"
#include "vault/Vault.h"

#include <QMetaObject>

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

BatchResult importResult(const BatchService::ImportOutcome& outcome, bool roster)
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
        result.message = roster
            ? BatchSession::tr("%n employee(s) imported onto the roster.", nullptr, outcome.stored)
            : BatchSession::tr(
                  "%n payroll month(s) imported. Compute the year to see the withholding.", nullptr, outcome.stored);
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
    runImport(creditCode, taxYear, 0, path, false, true);
}

void BatchSession::importPayroll(const QString& creditCode, int taxYear, int month, const QString& path, bool replace)
{
    runImport(creditCode, taxYear, month, path, replace, false);
}

void BatchSession::runImport(
    const QString& creditCode, int taxYear, int month, const QString& path, bool replace, bool roster)
{
    const std::shared_ptr<BatchCancel> cancelFlag = startWork();
    m_session.runWithVault([this, cancelFlag, creditCode, taxYear, month, path, replace, roster](Vault* vault) {
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
        const BatchControl control = controlFor(*cancelFlag);
        const std::optional<TabularSheet> sheet = BatchService::readSheet(path, control);
        BatchService::ImportOutcome outcome;
        if (!sheet) {
            outcome.cancelled = true;
        } else if (roster) {
            outcome = service.importRoster(workspace.value, *sheet, taxYear, control);
        } else {
            outcome = service.importPayroll(workspace.value, *sheet, taxYear, month, replace, control);
        }
        answer([this, result = importResult(outcome, roster)] { emit importFinished(result); });
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

} // namespace huisuan
