// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AuditLog.h"
#include "vault/SqlCipherConnection.h"
#include "vault/VaultResult.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace huisuan {

/** The answer stored for a client-made id (docs/bureau-api.md §7). */
struct StoredAnswer
{
    QString requestDigest; // Sm3Digest::tagged of the request bytes
    int status = 0;
    QByteArray response;
};

/** One income record of an employer's declaration, as the taxpayer's prefill shows it. */
struct PrefillRecord
{
    QString recordId;
    QString creditCode;
    QString employerName;
    QString month; // yyyy-MM
    QString incomeType;
    QString income; // money text, "12000.00"
    QString taxWithheld;
    bool disputed = false;
};

/** What the bureau knows of one filing, correction or its withdrawal. */
struct FilingRow
{
    QString identityNumber;
    QString submissionId;
    int taxYear = 0;
    QString kind; // filing | correction
    QString outcome; // accepted | rejected
    QString state; // accepted | rejected | replaced | withdrawn
    QString replaces;
    QString rulePack;
    QString engineVersion;
    QString balance; // money text of the recomputed balance; empty when rejected
    qint64 acceptedDay = -1; // simulated day of acceptance
    qint64 receiptSequence = 0;
};

/** Counts for `huisuan-bureau report`. */
struct AcceptedCount
{
    QString identityNumber;
    int taxYear = 0;
    qint64 accepted = 0; // filings and corrections ever accepted
    qint64 current = 0; // still in force (neither replaced nor withdrawn)
};

/** A taxpayer's special additional deductions for one employer and year (issue 6). */
struct ElectionRow
{
    QString identityNumber;
    QString creditCode;
    int taxYear = 0;
    QString electionId;
    QByteArray monthlyJson; // canonical {"category":"amount",...}
    QString pushedAt;
};

/**
 * The bureau's tables (BureauSchema) inside one open transaction or read: every statement the
 * bureau runs, and nothing else, so that SQL stays in this class. Obtained from BureauStore.
 */
class BureauTables
{
public:
    BureauTables(SqlCipherConnection& connection, AuditLog* audit);

    VaultStatus audit(const QString& action, const QString& detail);

    VaultResult<std::optional<QByteArray>> meta(const QString& name);
    VaultStatus setMeta(const QString& name, const QByteArray& value);

    VaultResult<std::optional<StoredAnswer>> answer(const QString& scope, const QString& clientId);
    VaultStatus storeAnswer(const QString& scope, const QString& clientId, const StoredAnswer& answer);

    VaultStatus
    addCertificate(const QString& identityNumber, const QString& enrolmentId, const QByteArray& certificate);

    /** The declaration in force for an employer and month, if any. */
    VaultResult<std::optional<QString>> currentDeclaration(const QString& creditCode, const QString& period);
    VaultResult<bool> declarationExists(const QString& declarationId);
    VaultStatus addDeclaration(const QString& declarationId,
                               const QString& creditCode,
                               const QString& employerName,
                               const QString& period);
    VaultStatus replaceDeclaration(const QString& declarationId, const QString& replacedBy);
    VaultStatus
    addPrefillRecord(const QString& declarationId, const QString& identityNumber, const PrefillRecord& record);
    /** Records of declarations in force, for one taxpayer and year, by month, credit code, record id. */
    VaultResult<QList<PrefillRecord>> prefill(const QString& identityNumber, int taxYear);
    VaultResult<bool> hasRecord(const QString& identityNumber, const QString& recordId);
    VaultStatus addDispute(const QString& identityNumber,
                           const QString& disputeId,
                           const QString& recordId,
                           const QString& reason,
                           const QString& note);

    /** A taxpayer's deduction election for an employer and year; a later one takes the earlier's place. */
    VaultStatus setElection(const ElectionRow& election);
    /** The elections pushed to an employer for a year, by identity number. */
    VaultResult<QList<ElectionRow>> elections(const QString& creditCode, int taxYear);

    VaultResult<std::optional<FilingRow>> filing(const QString& identityNumber, const QString& submissionId);
    /** The filing or correction in force for a taxpayer and year. */
    VaultResult<std::optional<FilingRow>> currentFiling(const QString& identityNumber, int taxYear);
    VaultStatus addFiling(const FilingRow& row);
    VaultStatus setFilingState(const QString& identityNumber, const QString& submissionId, const QString& state);

    VaultResult<qint64> nextReceiptSequence();
    VaultStatus addReceipt(qint64 sequence,
                           const QString& receiptId,
                           const QString& identityNumber,
                           const QString& submissionId,
                           const QString& kind,
                           const QString& outcome,
                           const QByteArray& signedReceipt);
    VaultResult<QByteArray> receipt(qint64 sequence);

    VaultResult<qint64> count(const char* table);
    VaultResult<QList<AcceptedCount>> acceptedCounts();

private:
    SqlCipherConnection& m_connection;
    AuditLog* m_audit;
};

} // namespace huisuan
