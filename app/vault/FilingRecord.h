// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace huisuan {

/**
 * A filing: the signed envelope of one annual return under a client-made submission id, the
 * bureau's receipts, and every status it went through (an immutable snapshot with an append-only
 * event log, as IRS Direct File keeps submissions).
 */
struct FilingRecord
{
    /**
     * Signed → Submitted → Accepted or Rejected; an accepted filing then becomes Withdrawn (the
     * bureau accepted its 作废) or Replaced (the bureau accepted a correction of it). Rejected,
     * Withdrawn and Replaced are final.
     */
    enum class Status { Signed, Submitted, Accepted, Rejected, Withdrawn, Replaced };
    /** A first filing of a year's return, or a correction (更正) that replaces an accepted one. */
    enum class Kind { Filing, Correction };

    struct Receipt
    {
        QByteArray bytes; // as the bureau signed it
        QString receivedAt; // ISO 8601 UTC, set by the vault
    };

    struct StatusChange
    {
        Status status = Status::Signed;
        QString changedAt; // ISO 8601 UTC, set by the vault
        QString note;
    };

    qint64 id = 0; // assigned by the vault
    qint64 annualReturnId = 0;
    QString submissionId;
    QByteArray signedEnvelope;
    Kind kind = Kind::Filing;
    QString replaces; // the submission id a correction replaces; empty for a first filing
    Status status = Status::Signed;
    QString createdAt; // ISO 8601 UTC, set by the vault
    QList<Receipt> receipts;
    QList<StatusChange> statusHistory; // oldest first
};

} // namespace huisuan
