// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/BatchRows.h"
#include "session/DesktopSession.h"

#include <QObject>
#include <memory>

namespace huisuan {

class BatchCancel;
struct BatchControl;

/**
 * The accountant's batch work for the desktop app (issue 6): client company workspaces, roster and
 * payroll import from a file, the year's withholding for every employee, with progress and a
 * cancel. It shares DesktopSession's vault and worker thread (ADR 0006): every call returns at
 * once, runs on the worker after the calls made before it, and answers with a signal on the
 * caller's thread carrying plain data. One import or computation at a time is the caller's rule.
 */
class BatchSession : public QObject
{
    Q_OBJECT
public:
    /** The spreadsheets an accountant fills in, each with its Chinese header row. */
    enum class Template { Roster, Payroll, LaborPayments };

    explicit BatchSession(DesktopSession& session, QObject* parent = nullptr);
    /** Stops the work under way and waits for the worker, so that no answer reaches a deleted object. */
    ~BatchSession() override;

    /** Answers with workspacesReady, or failed. */
    void requestWorkspaces();
    /** Adds the company (or renames it); answers with workspaceAdded. */
    void addWorkspace(const QString& creditCode, const QString& name);
    /** Answers with yearReady: the roster, the months and every result of `taxYear`, or failed. */
    void requestYear(const QString& creditCode, int taxYear);
    /** Imports the roster file at `path`; answers with progressed while reading, then importFinished. */
    void importRoster(const QString& creditCode, int taxYear, const QString& path);
    /**
     * Imports the payroll file at `path` (rows without a 所属月份 are `month`'s). Months already
     * imported are answered with MonthsAlreadyImported, storing nothing, unless `replace`.
     */
    void importPayroll(const QString& creditCode, int taxYear, int month, const QString& path, bool replace);
    /**
     * Imports the labor payments file at `path` (劳务报酬, rows without a 所属月份 are `month`'s), each
     * payment's prepayment computed at once; answers with importFinished, with MonthsAlreadyImported
     * as importPayroll does unless `replace`.
     */
    void importLaborPayments(const QString& creditCode, int taxYear, int month, const QString& path, bool replace);
    /** Writes the empty `kind` template as CSV at `path`; answers with templateSaved. */
    void saveTemplate(Template kind, const QString& path);
    /**
     * Writes the withholding declaration of `taxYear`-`month` at `path`, as CSV, XLSX or PDF by the
     * file's extension; answers with declarationExported.
     */
    void exportDeclaration(const QString& creditCode, int taxYear, int month, const QString& path);
    /** Computes every employee's withholding of `taxYear`; answers with progressed, then computeFinished. */
    void computeYear(const QString& creditCode, int taxYear);
    /** Stops the import or computation under way at its next safe point (BatchCancel). */
    void cancel();

signals:
    void workspacesReady(const QList<huisuan::WorkspaceRow>& workspaces);
    void workspaceAdded(const huisuan::WorkspaceRow& workspace, const huisuan::SessionOutcome& outcome);
    void yearReady(const huisuan::BatchYear& year);
    void failed(const QString& message);
    /** `total` is 0 while it is unknown (reading a file). */
    void progressed(qint64 done, qint64 total);
    void importFinished(const huisuan::BatchResult& result);
    void computeFinished(const huisuan::BatchResult& result);
    void templateSaved(const QString& path, const huisuan::SessionOutcome& outcome);
    /** `lines` is the number of declaration lines written. */
    void declarationExported(const QString& path, int lines, const huisuan::SessionOutcome& outcome);

private:
    /** A new cancel flag for the work about to be queued; cancel() sets the latest. */
    std::shared_ptr<BatchCancel> startWork();
    /** Progress answered as progressed signals, and `cancelFlag`; on the worker only. */
    BatchControl controlFor(const BatchCancel& cancelFlag);
    /** Emits from the GUI thread whatever `emitter` emits. */
    template <typename Emitter>
    void answer(Emitter emitter);
    enum class ImportKind { Roster, Payroll, LaborPayments };
    void
    runImport(const QString& creditCode, int taxYear, int month, const QString& path, bool replace, ImportKind kind);

    DesktopSession& m_session;
    std::shared_ptr<BatchCancel> m_cancel;
};

} // namespace huisuan
