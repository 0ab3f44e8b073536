// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauClient.h"
#include "filing/RetryPolicy.h"
#include "vault/FilingRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <chrono>
#include <functional>

namespace huisuan {

/** What became of one queued filing in a drain. */
struct DrainedFiling
{
    enum class Outcome {
        Accepted, // a verified receipt says accepted
        Rejected, // a verified receipt says rejected, or the bureau refused the bytes for good
        Waiting, // not answered yet; it stays queued and is tried again at nextAttemptAt
        Alarm, // an answer that is not the bureau's (a receipt failed verification): still queued
    };

    QString submissionId;
    Outcome outcome = Outcome::Waiting;
    QString message; // for the user
    QString nextAttemptAt; // for Waiting and Alarm
    std::optional<VerifiedReceipt> receipt;
};

/**
 * Sends the vault's queued filings to the bureau until each has its answer (issue 4: exactly once).
 *
 * The filing is in the outbox before anything is sent, so a crash at any point loses nothing: the
 * next drain finds it. A filing that was sent before without a definite answer (a timeout, a reset,
 * a crash after sending) is never simply sent again: the drain first asks the bureau for its
 * status, and sends only if the bureau never received it. Since the bureau answers the same bytes
 * under the same submission id with its stored receipt, even a send that crosses a lost answer
 * files once. Failures worth retrying wait out RetryPolicy's back-off.
 */
class OutboxDrainer
{
    Q_DECLARE_TR_FUNCTIONS(OutboxDrainer)

public:
    using Clock = std::function<QDateTime()>;
    using Sleeper = std::function<void(std::chrono::milliseconds)>;

    OutboxDrainer(Vault& vault, BureauClient& client, RetryPolicy policy, Clock clock = {});

    /** One pass over the filings that are due now; each is sent or asked about at most once. */
    [[nodiscard]] VaultResult<QList<DrainedFiling>> drainDue();

    /**
     * Passes until nothing is queued or `patience` has run out, sleeping until the next filing is
     * due in between; what each filing came to, the last word on each.
     */
    [[nodiscard]] VaultResult<QList<DrainedFiling>> drainFor(std::chrono::milliseconds patience,
                                                             const Sleeper& sleep = {});

private:
    VaultResult<DrainedFiling> drainOne(const QString& submissionId, int attempts);
    VaultResult<DrainedFiling> recordReceipt(const FilingRecord& record, const VerifiedReceipt& receipt);
    VaultResult<DrainedFiling> recordRefusal(const FilingRecord& record, const BureauStatus& refusal);
    VaultResult<DrainedFiling> recordFailure(const QString& submissionId, int attempts, const BureauStatus& failure);
    QDateTime now() const { return m_clock(); }

    Vault& m_vault;
    BureauClient& m_client;
    RetryPolicy m_policy;
    Clock m_clock;
};

} // namespace huisuan
