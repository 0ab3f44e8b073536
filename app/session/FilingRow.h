// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/SettlementRow.h"
#include "session/TaxYearOverview.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace huisuan {

/** One receipt of a filing, verified against the bureau's SM2 CA before it is shown. */
struct ReceiptRow
{
    enum class Kind { Filing, Correction, Withdrawal };

    Kind kind = Kind::Filing;
    bool accepted = false;
    QString receiptId;
    QString submissionId;
    QDateTime issuedAt;
    QString balance; // canonical yuan, signed as the bureau says it: negative a refund; empty without a result
    QString taxPayable; // canonical yuan; empty without a result
    QString taxWithheld; // canonical yuan; empty without a result
    QString signer; // the common name of the bureau's receipt certificate
    QString filingDigest; // the SM3 digest of the signed bytes the receipt answers ("sm3:…")
    QStringList problems; // the bureau's sentences: why it refused, or what it warns about
};

/** One filing in the vault with its history, receipts and last known settlement, for the filings page. */
struct FilingRow
{
    enum class Kind { Original, Correction };
    /** Queued: signed and waiting in the outbox; the rest as the bureau decided. */
    enum class Status { Queued, Submitted, Accepted, Refused, Withdrawn, Replaced };

    struct StatusChange
    {
        QDateTime at;
        Status status = Status::Queued;
    };

    QString submissionId;
    Kind kind = Kind::Original;
    int taxYear = 0;
    Status status = Status::Queued;
    QList<StatusChange> history; // oldest first
    QDateTime createdAt;
    QString replaces; // the submission a correction replaces; empty for an original
    QString replacedBy; // the correction that replaced it; empty otherwise
    QList<ReceiptRow> receipts; // only those that verified, in the order received
    /** Whether a receipt did not verify: an alarm to show, never a success. */
    bool unverifiedReceipt = false;
    TaxYearOverview::Balance balance = TaxYearOverview::Balance::None; // of the return filed
    QString amount; // canonical yuan, the refund or the amount due of the return filed
    std::optional<SettlementRow> settlement; // the bureau's last settlement answer, if any

    /** The receipt that accepted (or refused) the filing itself; null when none is stored. */
    const ReceiptRow* filingReceipt() const
    {
        for (const ReceiptRow& receipt : receipts) {
            if (receipt.kind != ReceiptRow::Kind::Withdrawal) {
                return &receipt;
            }
        }
        return nullptr;
    }
    /** 作废 and 更正 are open to an accepted filing that no correction or withdrawal ended (bureau-api.md §8.3). */
    bool canWithdraw() const { return status == Status::Accepted; }
    bool canCorrect() const { return status == Status::Accepted; }
};

} // namespace huisuan
