// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/OutboxDrainer.h"

#include "vault/FilingStore.h"
#include "vault/Outbox.h"

#include <QMap>
#include <QThread>
#include <algorithm>
#include <utility>

namespace huisuan {

namespace {

QString isoUtc(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime fromIso(const QString& text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

OutboxDrainer::OutboxDrainer(Vault& vault, BureauClient& client, RetryPolicy policy, Clock clock)
    : m_vault(vault)
    , m_client(client)
    , m_policy(std::move(policy))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

VaultResult<QList<DrainedFiling>> OutboxDrainer::drainDue()
{
    VaultResult<QList<OutboxEntry>> pending = Outbox(m_vault).pending();
    if (!pending.ok()) {
        return pending.status;
    }
    QList<DrainedFiling> drained;
    const QDateTime current = now();
    for (const OutboxEntry& entry : pending.value) {
        if (fromIso(entry.nextAttemptAt) > current) {
            continue;
        }
        VaultResult<DrainedFiling> one = drainOne(entry.submissionId, entry.attempts);
        if (!one.ok()) {
            return one.status;
        }
        drained.append(std::move(one.value));
    }
    return drained;
}

VaultResult<QList<DrainedFiling>> OutboxDrainer::drainFor(std::chrono::milliseconds patience, const Sleeper& sleep)
{
    const QDateTime deadline = now().addMSecs(patience.count());
    QMap<QString, DrainedFiling> lastWord;
    QStringList order;
    for (;;) {
        VaultResult<QList<DrainedFiling>> pass = drainDue();
        if (!pass.ok()) {
            return pass.status;
        }
        for (DrainedFiling& filing : pass.value) {
            if (!lastWord.contains(filing.submissionId)) {
                order.append(filing.submissionId);
            }
            lastWord.insert(filing.submissionId, std::move(filing));
        }
        VaultResult<QList<OutboxEntry>> pending = Outbox(m_vault).pending();
        if (!pending.ok()) {
            return pending.status;
        }
        if (pending.value.isEmpty()) {
            break;
        }
        QDateTime next;
        for (const OutboxEntry& entry : pending.value) {
            const QDateTime due = fromIso(entry.nextAttemptAt);
            next = next.isValid() ? std::min(next, due) : due;
        }
        const QDateTime current = now();
        if (next > deadline) {
            break;
        }
        const auto wait = std::chrono::milliseconds(std::max<qint64>(0, current.msecsTo(next)));
        if (sleep) {
            sleep(wait);
        } else {
            QThread::msleep(static_cast<unsigned long>(wait.count()));
        }
    }
    QList<DrainedFiling> drained;
    for (const QString& submissionId : order) {
        drained.append(lastWord.value(submissionId));
    }
    return drained;
}

VaultResult<DrainedFiling> OutboxDrainer::drainOne(const QString& submissionId, int attempts)
{
    FilingStore filings(m_vault);
    VaultResult<FilingRecord> record = filings.bySubmissionId(submissionId);
    if (!record.ok()) {
        return record.status;
    }
    // Submitted is written before the bytes leave, so it means "may have arrived": ask first. So
    // does a final status still in the outbox: a crash came between recording it and acknowledging.
    if (record.value.status != FilingRecord::Status::Signed) {
        BureauResult<FilingState> state = m_client.filingStatus(submissionId, record.value.signedEnvelope);
        if (!state.ok()) {
            return recordFailure(submissionId, attempts, state.status);
        }
        if (state.value.receipt) {
            return recordReceipt(record.value, *state.value.receipt);
        }
    } else if (record.value.status == FilingRecord::Status::Signed) {
        if (VaultStatus marked = filings.setStatus(record.value.id, FilingRecord::Status::Submitted); !marked.ok()) {
            return marked;
        }
    }
    BureauResult<VerifiedReceipt> receipt = m_client.file(record.value.signedEnvelope, submissionId);
    if (receipt.ok()) {
        return recordReceipt(record.value, receipt.value);
    }
    if (receipt.status.kind == BureauStatus::Kind::Refused) {
        return recordRefusal(record.value, receipt.status);
    }
    return recordFailure(submissionId, attempts, receipt.status);
}

VaultResult<DrainedFiling> OutboxDrainer::recordReceipt(const FilingRecord& record, const VerifiedReceipt& verified)
{
    // Every step is idempotent, so a crash between them is repaired by the next drain, which asks
    // the bureau again and gets the same receipt.
    FilingStore filings(m_vault);
    if (VaultStatus added = filings.addReceipt(record.id, verified.signedReceipt); !added.ok()) {
        return added;
    }
    if (record.status == FilingRecord::Status::Signed) {
        if (VaultStatus marked = filings.setStatus(record.id, FilingRecord::Status::Submitted); !marked.ok()) {
            return marked;
        }
    }
    const Receipt& receipt = verified.receipt;
    const bool accepted = receipt.isAccepted();
    if (VaultStatus marked = filings.setStatus(
            record.id, accepted ? FilingRecord::Status::Accepted : FilingRecord::Status::Rejected, receipt.receiptId);
        !marked.ok()) {
        return marked;
    }
    if (accepted && !receipt.replaces.isEmpty()) {
        VaultResult<FilingRecord> replaced = filings.bySubmissionId(receipt.replaces);
        if (replaced.ok() && replaced.value.status == FilingRecord::Status::Accepted) {
            if (VaultStatus marked =
                    filings.setStatus(replaced.value.id, FilingRecord::Status::Replaced, record.submissionId);
                !marked.ok()) {
                return marked;
            }
        }
    }
    if (VaultStatus acknowledged = Outbox(m_vault).markAcknowledged(record.submissionId); !acknowledged.ok()) {
        return acknowledged;
    }
    DrainedFiling drained;
    drained.submissionId = record.submissionId;
    drained.outcome = accepted ? DrainedFiling::Outcome::Accepted : DrainedFiling::Outcome::Rejected;
    drained.message = accepted ? tr("The tax bureau accepted the filing (receipt %1).").arg(receipt.receiptId)
                               : tr("The tax bureau rejected the filing (receipt %1).").arg(receipt.receiptId);
    drained.receipt = verified;
    return drained;
}

VaultResult<DrainedFiling> OutboxDrainer::recordRefusal(const FilingRecord& record, const BureauStatus& refusal)
{
    // The same bytes can never succeed: the filing is finished, and the user files anew.
    const QString note = QStringLiteral("%1 %2").arg(refusal.httpStatus).arg(refusal.code);
    FilingStore filings(m_vault);
    if (record.status == FilingRecord::Status::Signed) {
        if (VaultStatus marked = filings.setStatus(record.id, FilingRecord::Status::Submitted); !marked.ok()) {
            return marked;
        }
    }
    if (VaultStatus marked = filings.setStatus(record.id, FilingRecord::Status::Rejected, note); !marked.ok()) {
        return marked;
    }
    if (VaultStatus acknowledged = Outbox(m_vault).markAcknowledged(record.submissionId); !acknowledged.ok()) {
        return acknowledged;
    }
    DrainedFiling drained;
    drained.submissionId = record.submissionId;
    drained.outcome = DrainedFiling::Outcome::Rejected;
    drained.message = tr("The tax bureau refused the filing: %1").arg(refusal.message);
    return drained;
}

VaultResult<DrainedFiling>
OutboxDrainer::recordFailure(const QString& submissionId, int attempts, const BureauStatus& failure)
{
    const QDateTime next = now().addMSecs(m_policy.delayBefore(attempts + 1, failure.retryAfterSeconds).count());
    const QString error =
        QStringLiteral("%1 %2 %3").arg(failure.httpStatus).arg(failure.code, failure.detail).trimmed();
    if (VaultStatus recorded = Outbox(m_vault).recordFailedAttempt(submissionId, error, isoUtc(next)); !recorded.ok()) {
        return recorded;
    }
    DrainedFiling drained;
    drained.submissionId = submissionId;
    drained.outcome =
        failure.kind == BureauStatus::Kind::Alarm ? DrainedFiling::Outcome::Alarm : DrainedFiling::Outcome::Waiting;
    drained.message = drained.outcome == DrainedFiling::Outcome::Alarm
        ? failure.message
        : tr("Not answered yet (%1); it stays queued and will be sent again.").arg(failure.message);
    drained.nextAttemptAt = isoUtc(next);
    return drained;
}

} // namespace huisuan
