// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationDrainer.h"

#include "vault/WithholdingDeclarationStore.h"

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

QString periodOf(const WithholdingDeclaration& declaration)
{
    return QStringLiteral("%1-%2").arg(declaration.taxYear).arg(declaration.month, 2, 10, QLatin1Char('0'));
}

} // namespace

DeclarationDrainer::DeclarationDrainer(Vault& vault, BureauClient& client, RetryPolicy policy, Clock clock)
    : m_vault(vault)
    , m_client(client)
    , m_policy(std::move(policy))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

VaultResult<QList<DrainedDeclaration>> DeclarationDrainer::drainDue()
{
    auto pending = WithholdingDeclarationStore(m_vault).pending();
    if (!pending.ok()) {
        return pending.status;
    }
    QList<DrainedDeclaration> drained;
    const QDateTime current = now();
    for (const WithholdingDeclaration& declaration : pending.value) {
        if (QDateTime::fromString(declaration.nextAttemptAt, Qt::ISODateWithMs) > current) {
            continue;
        }
        auto one = drainOne(declaration);
        if (!one.ok()) {
            return one.status;
        }
        drained.append(std::move(one.value));
    }
    return drained;
}

VaultResult<QList<DrainedDeclaration>> DeclarationDrainer::drainFor(std::chrono::milliseconds patience,
                                                                    const Sleeper& sleep)
{
    const QDateTime deadline = now().addMSecs(patience.count());
    QMap<QString, DrainedDeclaration> lastWord;
    QStringList order;
    for (;;) {
        auto pass = drainDue();
        if (!pass.ok()) {
            return pass.status;
        }
        for (DrainedDeclaration& declaration : pass.value) {
            if (!lastWord.contains(declaration.declarationId)) {
                order.append(declaration.declarationId);
            }
            lastWord.insert(declaration.declarationId, std::move(declaration));
        }
        auto pending = WithholdingDeclarationStore(m_vault).pending();
        if (!pending.ok()) {
            return pending.status;
        }
        if (pending.value.isEmpty()) {
            break;
        }
        QDateTime next;
        for (const WithholdingDeclaration& declaration : pending.value) {
            const QDateTime due = QDateTime::fromString(declaration.nextAttemptAt, Qt::ISODateWithMs);
            next = next.isValid() ? std::min(next, due) : due;
        }
        if (next > deadline) {
            break;
        }
        const auto wait = std::chrono::milliseconds(std::max<qint64>(0, now().msecsTo(next)));
        if (sleep) {
            sleep(wait);
        } else {
            QThread::msleep(static_cast<unsigned long>(wait.count()));
        }
    }
    QList<DrainedDeclaration> drained;
    for (const QString& declarationId : order) {
        drained.append(lastWord.value(declarationId));
    }
    return drained;
}

VaultResult<DrainedDeclaration> DeclarationDrainer::drainOne(const WithholdingDeclaration& declaration)
{
    WithholdingDeclarationStore store(m_vault);
    DrainedDeclaration drained;
    drained.declarationId = declaration.declarationId;
    drained.taxYear = declaration.taxYear;
    drained.month = declaration.month;
    // Submitted before the bytes leave: after a crash the vault knows they may have arrived.
    if (VaultStatus marked = store.markSubmitted(declaration.id); !marked.ok()) {
        return marked;
    }
    BureauResult<VerifiedReceipt> receipt = m_client.declareWithholding(declaration.body, declaration.declarationId);
    if (receipt.ok()) {
        if (VaultStatus kept =
                store.recordReceipt(declaration.id, receipt.value.signedReceipt, receipt.value.receipt.receiptId);
            !kept.ok()) {
            return kept;
        }
        drained.outcome = DrainedDeclaration::Outcome::Declared;
        drained.message = tr("The tax bureau received the declaration of %1 (receipt %2).")
                              .arg(periodOf(declaration), receipt.value.receipt.receiptId);
        drained.receipt = std::move(receipt.value);
        return drained;
    }
    const BureauStatus& failure = receipt.status;
    if (failure.kind == BureauStatus::Kind::Refused) {
        // The same bytes can never succeed: the accountant corrects and submits a new declaration.
        const QString note = QStringLiteral("%1 %2").arg(failure.httpStatus).arg(failure.code);
        if (VaultStatus refused = store.recordRefusal(declaration.id, note); !refused.ok()) {
            return refused;
        }
        drained.outcome = DrainedDeclaration::Outcome::Refused;
        drained.message =
            tr("The tax bureau refused the declaration of %1: %2").arg(periodOf(declaration), failure.message);
        drained.problems = failure.problems;
        return drained;
    }
    const QDateTime next =
        now().addMSecs(m_policy.delayBefore(declaration.attempts + 1, failure.retryAfterSeconds).count());
    const QString error =
        QStringLiteral("%1 %2 %3").arg(failure.httpStatus).arg(failure.code, failure.detail).trimmed();
    if (VaultStatus recorded = store.recordFailedAttempt(declaration.id, error, isoUtc(next)); !recorded.ok()) {
        return recorded;
    }
    drained.outcome = failure.kind == BureauStatus::Kind::Alarm ? DrainedDeclaration::Outcome::Alarm
                                                                : DrainedDeclaration::Outcome::Waiting;
    drained.message = drained.outcome == DrainedDeclaration::Outcome::Alarm
        ? failure.message
        : tr("Not answered yet (%1); the declaration stays queued and will be sent again.").arg(failure.message);
    drained.nextAttemptAt = isoUtc(next);
    return drained;
}

} // namespace huisuan
