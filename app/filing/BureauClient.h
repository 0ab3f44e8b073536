// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauAnswers.h"
#include "filing/BureauEndpoint.h"
#include "filing/BureauStatus.h"
#include "filing/BureauTransport.h"
#include "filing/Receipt.h"
#include "filing/Sm2KeyPair.h"

#include "json/JsonValue.h"
#include <QCoreApplication>
#include <QDateTime>
#include <chrono>
#include <functional>
#include <optional>

namespace huisuan {

/** A receipt that verified, with the exact bytes the bureau signed (kept as evidence). */
struct VerifiedReceipt
{
    Receipt receipt;
    QByteArray signedReceipt;
};

/** What the bureau says of a submission, its receipt verified. */
struct FilingState
{
    FilingStatusAnswer::State state = FilingStatusAnswer::State::Unknown;
    std::optional<VerifiedReceipt> receipt;
};

/**
 * The taxpayer's side of the bureau API (docs/bureau-api.md): each call sends one request and
 * reads its answer strictly; every receipt is verified against the pinned SM2 CA and checked to
 * answer the very bytes that were sent before it is returned. Retrying is the outbox's business
 * (OutboxDrainer), not this class's: a call never sends twice.
 */
class BureauClient
{
    Q_DECLARE_TR_FUNCTIONS(BureauClient)

public:
    struct Options
    {
        std::chrono::milliseconds timeout {15000};
        QByteArray acceptLanguage = QByteArrayLiteral("zh-CN");
        /** The time written into signed requests; the wall clock unless a test injects one. */
        std::function<QDateTime()> clock;
    };

    BureauClient(BureauEndpoint endpoint, Options options);

    const BureauEndpoint& endpoint() const { return m_transport.endpoint(); }

    /** The key and certificate that sign requests; needed by every call but enrol and declare. */
    void setIdentity(Sm2KeyPair key, QByteArray certificateDer);

    BureauResult<EnrolmentAnswer> enrol(const QByteArray& requestDer, const QString& enrolmentId);
    /**
     * An employer's monthly declaration (§4.1), canonical JSON as the batch mode writes it; the
     * answer is the bureau's signed receipt, verified to answer exactly these bytes and this id.
     * Sending the same bytes again is safe: the bureau answers a repeat with the same receipt.
     */
    BureauResult<VerifiedReceipt> declareWithholding(const QByteArray& declaration, const QString& declarationId);
    /** The same, for a declaration built in memory: its canonical bytes and its declaration_id. */
    BureauResult<VerifiedReceipt> declareWithholding(const JsonValue& declaration);
    BureauResult<PrefillAnswer> prefill(int taxYear);
    /** Sends a signed filing (or correction) as FilingEnvelope::sign wrote it. */
    BureauResult<VerifiedReceipt> file(const QByteArray& signedFiling, const QString& submissionId);
    /** Asks what became of a submission; `signedFiling` is what was sent, to match the receipt against. */
    BureauResult<FilingState> filingStatus(const QString& submissionId, const QByteArray& signedFiling);
    /** 作废: withdraws an accepted filing; the id is derived from the submission's (withdrawalIdFor). */
    BureauResult<VerifiedReceipt> withdraw(const QString& submissionId);
    BureauResult<SettlementAnswer> settlement(const QString& submissionId);
    BureauResult<DisputeAnswer>
    disputeIncome(const QString& recordId, const QString& disputeId, const QString& reason, const QString& note);

    /**
     * §4.3: pushes the taxpayer's monthly special additional deductions for `election`'s employer
     * and year, signed with the enrolled key; the same election id with the same request is a repeat.
     */
    BureauResult<ElectionPushAnswer> pushDeductions(const DeductionElection& election);
    /** §4.4: what employees pushed to the employer `creditCode` for `taxYear`. */
    BureauResult<ElectionsAnswer> downloadDeductions(const QString& creditCode, int taxYear);

    /**
     * Sandbox only (huisuan-bureau --sandbox-controls): moves the bureau's settlement clock forward
     * by `days`; the bureau's day number after the move.
     */
    BureauResult<int> advanceSandboxClock(int days);

    /** One withdrawal per filing, so its id follows from the submission's and a resend is a repeat. */
    static QString withdrawalIdFor(const QString& submissionId) { return QStringLiteral("wd-") + submissionId; }

private:
    BureauReply post(const QString& path, const QByteArray& body);
    /** The signed request for `request` plus requested_at, or the status why it could not be made. */
    BureauResult<QByteArray> signRequest(JsonValue request) const;
    /** Why an exchange is not a success: a transport failure or an error body. */
    BureauStatus failureOf(const BureauReply& reply) const;
    /** Verifies a receipt and that it answers `answeredBytes` under `requestId`. */
    BureauResult<VerifiedReceipt>
    verifiedReceipt(const QByteArray& signedReceipt, const QByteArray& answeredBytes, const QString& requestId) const;
    template <typename Answer>
    BureauResult<Answer> readAnswer(const BureauReply& reply, FilingResult<Answer> (*read)(const QByteArray&)) const;

    BureauTransport m_transport;
    Options m_options;
    Sm2KeyPair m_key;
    QByteArray m_certificateDer;
};

} // namespace huisuan
