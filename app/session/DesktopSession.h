// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DisputeReason.h"
#include "session/FamilyMemberRow.h"
#include "session/FilingAudit.h"
#include "session/FilingRow.h"
#include "session/IncomeRow.h"
#include "session/ReturnDraft.h"
#include "session/SettlementRow.h"
#include "session/StoredReturn.h"
#include "session/SubmissionResult.h"
#include "session/TaxYearOverview.h"
#include "session/TaxpayerIdentity.h"
#include "vault/ScryptCost.h"
#include "vault/SecureBuffer.h"
#include "vault/TaxpayerProfile.h"
#include "vault/VaultResult.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QThread>
#include <QUrl>
#include <functional>
#include <memory>
#include <optional>

namespace huisuan {

class FilingService;
class Vault;

/** The outcome of a session operation, as plain data for the GUI. */
struct SessionOutcome
{
    enum class Kind { Done, WrongPassphrase, VaultInUse, Failed };
    Kind kind = Kind::Done;
    QString message; // for the user, translated in the language of the moment; empty when Done

    bool ok() const { return kind == Kind::Done; }
};

/**
 * The desktop app's one way into the vault. The Vault lives on a worker thread, because scrypt
 * takes about half a second by design and the GUI thread must never wait for it; every call
 * returns at once and answers with a signal on the caller's thread. Passphrases come in
 * SecureBuffers and are wiped on the worker once used. Calls are served in order.
 */
class DesktopSession : public QObject
{
    Q_OBJECT
public:
    explicit DesktopSession(QObject* parent = nullptr);
    ~DesktopSession() override;

    /** Where the vault is unless the user says otherwise. */
    static QString defaultVaultDirectory();
    /** True if `directory` holds a vault (its key file), so the app asks to unlock, not to create. */
    static bool vaultExists(const QString& directory);

    /** The scrypt cost for vaults created from now on; without one, calibrated to this machine. */
    void setCreationCost(const ScryptCost& cost) { m_creationCost = cost; }
    /** The last tax year that has ended, the one a reconciliation is due for; the current year − 1 by default. */
    void setLastEndedTaxYear(int taxYear) { m_lastEndedTaxYear = taxYear; }

    /**
     * The language the bureau answers in (its error sentences), a code of LanguageSwitcher::languages();
     * Simplified Chinese until set. Takes effect for the calls made after it.
     */
    void setBureauLanguage(const QString& language);

    void createVault(const QString& directory, SecureBuffer passphrase);
    void unlock(const QString& directory, SecureBuffer passphrase);
    void lock();
    /** Answers with overviewReady: every year with a return, and the last ended year, newest first. */
    void requestOverview();

    /** Answers with enrolmentKnown: whether the vault holds an enrolment with the bureau. */
    void requestEnrolment();
    /**
     * Enrols with the bureau at `bureauUrl`, pinning the certificates it publishes in
     * `certificateFolder` (tls-ca.pem, sm2-ca.der). Answers with enrolFinished.
     */
    void
    enrol(const QUrl& bureauUrl, const QString& certificateFolder, const QString& name, const QString& identityNumber);
    /** Downloads the income employers declared for `taxYear` into the vault; answers with prefillDownloaded. */
    void downloadPrefill(int taxYear);
    /** Answers with incomeReady: the enrolled taxpayer's income records of `taxYear`, in the order added. */
    void requestIncome(int taxYear);

    /** Answers with familyReady: the family members kept in the enrolled taxpayer's profile. */
    void requestFamily();
    /** Replaces the family members of the enrolled taxpayer's profile; answers with familySaved. */
    void saveFamily(const QList<huisuan::FamilyMemberRow>& members);

    /** Answers with draftReady: what the taxpayer has claimed for `taxYear` so far (empty at first). */
    void requestDraft(int taxYear);
    /** Keeps the draft in the vault; answers with draftSaved. */
    void saveDraft(const huisuan::ReturnDraft& draft);
    /**
     * Saves the draft, computes the return from it and the year's income records, signs it with
     * the enrolment's SM2 key, queues it and sends it; a correction names the accepted filing it
     * `replaces`. Answers with submitFinished once the bureau's receipt is verified, or once the
     * bureau has not answered within seconds (the filing then stays queued, and is sent again).
     */
    void submitReturn(const huisuan::ReturnDraft& draft, const QString& replaces = QString());
    /** Answers with taxpayerKnown (the enrolled person and their refund card) or taxpayerFailed. */
    void requestTaxpayer();
    /** Keeps `cardDigits` at `bank` as the card refunds go to, in place of any earlier one; answers with
     * refundCardSaved. */
    void saveRefundCard(const QString& bank, const QString& cardDigits);
    /**
     * Income the bureau does not know, typed by the taxpayer: adds `row` (its id and origin are not
     * read) to the enrolled taxpayer's `taxYear` as a typed record. Answers with incomeChanged.
     */
    void addIncome(int taxYear, const IncomeRow& row);
    /** Replaces the typed record `row.id` of `taxYear`; prefilled and imported records are refused. Answers with
     * incomeChanged. */
    void updateIncome(int taxYear, const IncomeRow& row);
    /** Removes the typed record `id` of `taxYear`; prefilled and imported records are refused. Answers with
     * incomeChanged. */
    void removeIncome(int taxYear, qint64 id);
    /**
     * 申诉: tells the bureau the taxpayer does not recognise the prefilled record `id` of `taxYear`;
     * once the bureau accepts, the record is disputed in the vault and left out of the return.
     * Answers with incomeDisputed, carrying the bureau's sentence when it refuses.
     */
    void disputeIncome(int taxYear, qint64 id, DisputeReason reason, const QString& note);
    /**
     * Answers with returnReady: the latest return computed for `taxYear`, or returnFailed when the
     * vault is locked, holds none for the year or cannot be read.
     */
    void requestReturn(int taxYear);
    // Filings, their settlement, withdrawal and PDF export (issue 5, filings slice).
    /** Answers with filingsReady: every filing in the vault, newest first, receipts verified. */
    void requestFilings();
    /**
     * Asks the bureau for the filing's status (following a withdrawal or correction made elsewhere)
     * and for its refund or payment, keeps the answer in the vault for the overview, and answers
     * with settlementRefreshed.
     */
    void refreshSettlement(const QString& submissionId);
    /** 作废: asks the bureau to withdraw the accepted filing; answers with withdrawFinished. */
    void withdraw(const QString& submissionId);
    /** Writes the return, receipt and the year's tax record of the filing as a PDF; answers with pdfExported. */
    void exportFilingPdf(const QString& submissionId, const QString& path);
    // The auditor's view (issue 7): needs no vault, so it works before any vault is unlocked.
    /**
     * Reads the audit file or bare signed filing at `path`, verifies it against the CAs it carries
     * and replays it with the rule pack it names; answers with auditReady, or auditFailed when the
     * file cannot be read as either.
     */
    void openAudit(const QString& path);
    /** Writes the audit report of `audit` as a PDF in the language of the moment; answers with auditPdfExported. */
    void exportAuditPdf(const huisuan::FilingAudit& audit, const QString& path);

    /**
     * Runs `work` on the vault's worker thread, after the calls made before it, with the open and
     * unlocked vault, or nullptr when there is none: how BatchSession shares the one vault and its
     * one thread (ADR 0006). `work` must not keep the pointer.
     */
    void runWithVault(std::function<void(Vault*)> work);
    /** Returns once the worker has served every call made before this one. */
    void waitForWorker();

signals:
    void vaultCreated(const huisuan::SessionOutcome& outcome);
    void unlockFinished(const huisuan::SessionOutcome& outcome);
    void locked();
    void overviewReady(const QList<huisuan::TaxYearOverview>& years);
    void overviewFailed(const QString& message);
    void enrolmentKnown(bool enrolled);
    void enrolFinished(const huisuan::SessionOutcome& outcome);
    /** `records` is the number of records the bureau sent. */
    void prefillDownloaded(int taxYear, int records, const huisuan::SessionOutcome& outcome);
    void incomeReady(int taxYear, const QList<huisuan::IncomeRow>& rows);
    void incomeFailed(const QString& message);
    void familyReady(const QList<huisuan::FamilyMemberRow>& members);
    void familyFailed(const QString& message);
    void familySaved(const huisuan::SessionOutcome& outcome);
    void draftReady(const huisuan::ReturnDraft& draft);
    void draftFailed(int taxYear, const QString& message);
    void draftSaved(const huisuan::SessionOutcome& outcome);
    void submitFinished(const huisuan::SubmissionResult& result);
    void taxpayerKnown(const huisuan::TaxpayerIdentity& taxpayer);
    void taxpayerFailed(const QString& message);
    void refundCardSaved(const huisuan::SessionOutcome& outcome);
    void incomeChanged(int taxYear, const huisuan::SessionOutcome& outcome);
    void incomeDisputed(int taxYear, const huisuan::SessionOutcome& outcome);
    void returnReady(int taxYear, const huisuan::StoredReturn& stored);
    void returnFailed(int taxYear, const QString& message);
    // Filings slice (issue 5).
    void filingsReady(const QList<huisuan::FilingRow>& filings);
    void filingsFailed(const QString& message);
    /** `settlement` is unknown when the bureau has none (nothing to pay or refund) or did not answer. */
    void settlementRefreshed(const QString& submissionId,
                             const huisuan::SettlementRow& settlement,
                             const huisuan::SessionOutcome& outcome);
    /** On refusal, the outcome's message is the bureau's sentence. */
    void withdrawFinished(const QString& submissionId, const huisuan::SessionOutcome& outcome);
    void pdfExported(const QString& path, const huisuan::SessionOutcome& outcome);
    void auditReady(const huisuan::FilingAudit& audit);
    void auditFailed(const QString& path, const QString& message);
    void auditPdfExported(const QString& path, const huisuan::SessionOutcome& outcome);

private:
    /** Runs `work` on the worker thread; `work` may touch m_vault, nothing else of this object. */
    template <typename Work>
    void onWorker(Work work);
    /** Emits from the GUI thread whatever `emitter` emits. */
    template <typename Emitter>
    void answer(Emitter emitter);

    QThread m_thread;
    QObject* m_workerContext = nullptr; // lives on m_thread: the receiver of the queued work
    /** The filing service over the open vault, made on first use; on m_thread only. */
    FilingService* filing();
    /** The enrolled person's profile as the vault keeps it; on m_thread only. */
    VaultResult<TaxpayerProfile> enrolledProfile();
    /** Whether the enrolled person has saved deductions for `taxYear`; on m_thread only. */
    VaultResult<bool> hasDraft(int taxYear);
    /** The message when the vault is not open and unlocked, or empty. */
    QString lockedMessage() const;
    /** Adds `row` (`adding`) or replaces the typed record `row.id`; on m_thread only. */
    SessionOutcome saveTypedIncome(int taxYear, const IncomeRow& row, bool adding);
    /** The bureau's SM2 CA pinned at enrolment, which receipts verify against; empty before enrolment. */
    QByteArray pinnedSm2Ca();

    std::unique_ptr<Vault> m_vault; // touched only on m_thread
    std::unique_ptr<FilingService> m_filing; // touched only on m_thread; dropped when the vault locks
    QByteArray m_acceptLanguage = QByteArrayLiteral("zh-CN"); // touched only on m_thread
    std::optional<ScryptCost> m_creationCost;
    int m_lastEndedTaxYear;
};

} // namespace huisuan
