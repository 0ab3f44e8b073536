// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/**
 * A company's monthly withholding declaration as sent to the bureau (docs/bureau-api.md §4.1): the
 * exact canonical bytes and the client-made declaration id, fixed before the first send, and what
 * became of it. It is its own outbox entry: queued and submitted ones wait to be sent (again).
 */
struct WithholdingDeclaration
{
    enum class Status {
        Queued, // stored, certainly never sent
        Submitted, // marked before its bytes leave: perhaps received
        Declared, // the bureau's verified receipt is kept
        Refused, // the bureau refused the bytes for good; a new declaration is needed
    };

    qint64 id = 0; // assigned by the vault
    qint64 workspaceId = 0;
    int taxYear = 0;
    int month = 0;
    QString declarationId;
    QString replaces; // the declaration id it replaces at the bureau, empty for the month's first
    QByteArray body; // the canonical JSON sent, byte for byte on every retry
    Status status = Status::Queued;
    int attempts = 0;
    QString nextAttemptAt; // ISO 8601 UTC
    QString lastError;
    QByteArray receipt; // the bureau's signed receipt, once declared
    QString receiptId;
    QString createdAt;

    bool isPending() const { return status == Status::Queued || status == Status::Submitted; }
};

} // namespace huisuan
