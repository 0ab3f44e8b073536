// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditFileExport.h"

#include "filing/SignedDocument.h"
#include "vault/EnrolmentStore.h"
#include "vault/FilingStore.h"

#include <algorithm>

namespace huisuan {

namespace {

/**
 * The receipt that answered the filing itself (its request id is the submission id), not one of a
 * later withdrawal. Read without trust: the auditor's verify judges it.
 */
QByteArray filingReceipt(const FilingRecord& filing)
{
    for (const FilingRecord::Receipt& receipt : filing.receipts) {
        const FilingResult<SignedDocument::Parsed> parsed = SignedDocument::parse(
            receipt.bytes, QStringLiteral("receipt"), FilingErrorCode::MalformedReceipt, QString());
        const JsonValue* request = parsed.ok() ? parsed.value.content.find(QStringLiteral("request_id")) : nullptr;
        if (request != nullptr && request->isString() && request->text() == filing.submissionId) {
            return receipt.bytes;
        }
    }
    return {};
}

VaultResult<QList<QByteArray>> enrolmentCas(Vault& vault)
{
    VaultResult<std::vector<BureauEnrolment>> enrolments = EnrolmentStore(vault).all();
    if (!enrolments.ok()) {
        return enrolments.status;
    }
    QList<QByteArray> cas;
    for (const BureauEnrolment& enrolment : enrolments.value) {
        if (!cas.contains(enrolment.sm2CaCertificateDer)) {
            cas.append(enrolment.sm2CaCertificateDer);
        }
    }
    return cas;
}

VaultResult<AuditFile> auditFileOf(Vault& vault, const FilingRecord& filing, const QList<QByteArray>& cas)
{
    VaultResult<AnnualReturnRecord> computed = vault.annualReturn(filing.annualReturnId);
    if (!computed.ok()) {
        return computed.status;
    }
    AuditFile file;
    file.signedFiling = filing.signedEnvelope;
    file.signedReceipt = filingReceipt(filing);
    file.filedResult = computed.value.resultJson;
    file.filedTrace = computed.value.traceJson;
    file.caCertificates = cas;
    return file;
}

} // namespace

VaultResult<AuditFile> AuditFileExport::fromVault(Vault& vault, const QString& submissionId)
{
    VaultResult<FilingRecord> filing = FilingStore(vault).bySubmissionId(submissionId);
    if (!filing.ok()) {
        return filing.status;
    }
    VaultResult<QList<QByteArray>> cas = enrolmentCas(vault);
    if (!cas.ok()) {
        return cas.status;
    }
    return auditFileOf(vault, filing.value, cas.value);
}

VaultResult<QList<AuditFile>> AuditFileExport::allFromVault(Vault& vault)
{
    VaultResult<QList<AnnualReturnRecord>> returns = vault.annualReturnSummaries();
    if (!returns.ok()) {
        return returns.status;
    }
    QList<int> years;
    for (const AnnualReturnRecord& record : returns.value) {
        if (!years.contains(record.taxYear)) {
            years.append(record.taxYear);
        }
    }
    std::sort(years.begin(), years.end());
    VaultResult<QList<QByteArray>> cas = enrolmentCas(vault);
    if (!cas.ok()) {
        return cas.status;
    }
    QList<AuditFile> files;
    for (int year : years) {
        VaultResult<QList<FilingRecord>> filings = FilingStore(vault).forYear(year);
        if (!filings.ok()) {
            return filings.status;
        }
        for (const FilingRecord& filing : filings.value) {
            VaultResult<AuditFile> file = auditFileOf(vault, filing, cas.value);
            if (!file.ok()) {
                return file.status;
            }
            files.append(file.value);
        }
    }
    return files;
}

} // namespace huisuan
