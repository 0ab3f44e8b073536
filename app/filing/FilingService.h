// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauClient.h"
#include "filing/BureauEndpoint.h"
#include "filing/OutboxDrainer.h"
#include "filing/RetryPolicy.h"
#include "vault/FilingRecord.h"
#include "vault/IncomeRecord.h"
#include "vault/Vault.h"

#include "json/JsonValue.h"
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <chrono>
#include <functional>
#include <memory>

namespace huisuan {

/** A return computed, signed, stored and queued: nothing is sent yet. */
struct PreparedFiling
{
    QString submissionId;
    qint64 filingId = 0;
    qint64 annualReturnId = 0;
    JsonValue result; // the engine's result, trace included
    QString replaces;
};

/**
 * The taxpayer's dealings with the tax bureau over an open vault (issue 4): enrol, download the
 * prefill, file and correct through the outbox, ask after a filing and its refund, withdraw, and
 * dispute an income record. The command line and the GUI both use this class; it blocks on the
 * network, so the GUI calls it from a worker thread.
 *
 * What must survive a crash is in the vault before the bureau hears of it: the signed filing and
 * its outbox entry, in one transaction, before it is sent. (An enrolment cut off by a crash is
 * simply made again with a new key; the certificate the bureau issued to the lost key is unused.)
 */
class FilingService
{
    Q_DECLARE_TR_FUNCTIONS(FilingService)

public:
    struct Options
    {
        std::chrono::milliseconds timeout {15000};
        QByteArray acceptLanguage = QByteArrayLiteral("zh-CN");
        RetryPolicy::Settings retry;
        /** The time for signed requests, filings and the outbox; the wall clock unless a test injects one. */
        std::function<QDateTime()> clock;
    };

    FilingService(Vault& vault, Options options);
    ~FilingService();
    FilingService(const FilingService&) = delete;
    FilingService& operator=(const FilingService&) = delete;

    /**
     * Makes a new SM2 key pair, has the bureau certify it for this person, and keeps key,
     * certificate and the bureau's pinned certificates in the vault. Later calls use the newest.
     */
    BureauResult<EnrolmentAnswer>
    enrol(const BureauEndpoint& endpoint, const QString& name, const QString& identityNumber);

    /** Downloads the income employers declared for `taxYear` and keeps it in the vault as prefill. */
    BureauResult<PrefillAnswer> downloadPrefill(int taxYear);

    /**
     * Computes the annual return in `returnInput` (the case format), stores it, signs it with the
     * enrolled key and queues it. With `replaces`, it is a correction (更正) of that accepted filing.
     * Problems in the input are a Local failure whose message lists them.
     */
    BureauResult<PreparedFiling> prepare(const JsonValue& returnInput, const QString& replaces = QString());

    /** Sends what is queued until each filing has its answer or `patience` runs out. */
    BureauResult<QList<DrainedFiling>> drain(std::chrono::milliseconds patience);

    /** The bureau's word on a submission, its receipt verified and kept. */
    BureauResult<FilingState> status(const QString& submissionId);
    BureauResult<SettlementAnswer> settlement(const QString& submissionId);
    /** 作废: the bureau withdraws an accepted filing whose refund is not yet paid. */
    BureauResult<VerifiedReceipt> withdraw(const QString& submissionId);
    /**
     * 申诉: tells the bureau the taxpayer does not recognise its record `recordId`, then marks the
     * record disputed in the vault, so that it is left out of the return at once.
     */
    BureauResult<DisputeAnswer> disputeIncome(const QString& recordId, const QString& reason, const QString& note);

    /**
     * Pushes the enrolled taxpayer's monthly special additional deductions to the employer named in
     * `election`, for its year (docs/bureau-api.md §4.3); a new election id for each push.
     */
    BureauResult<ElectionPushAnswer> pushDeductions(DeductionElection election);

    /** The vault's profile of the enrolled person, made on first use; a failure before enrolment. */
    BureauResult<qint64> enrolledProfile();

    /** The enrolled person's income records of `taxYear`; none before enrolment. */
    BureauResult<QList<IncomeRecord>> incomeRecords(int taxYear);

    /** Every filing in the vault, by tax year then oldest first, with its receipts and history. */
    BureauResult<QList<FilingRecord>> filings();

    /** The newest filing of `taxYear` the bureau accepted, or empty: what a correction replaces. */
    BureauResult<QString> acceptedSubmission(int taxYear);

private:
    /** The client for the current enrolment, made once. */
    BureauResult<BureauClient*> client();
    QDateTime now() const;
    BureauClient::Options clientOptions() const;
    /** The profile of the enrolled person, made on first use: prefill records belong to a profile. */
    VaultResult<qint64> profileFor(const QString& identityNumber, const QString& name);

    Vault& m_vault;
    Options m_options;
    std::unique_ptr<BureauClient> m_client;
    QHash<QString, qint64> m_profileIds; // identity number → profile id
};

} // namespace huisuan
