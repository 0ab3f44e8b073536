// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace huisuan {

/** What became of a return the taxpayer signed and submitted, as plain data for the GUI. */
struct SubmissionResult
{
    enum class State {
        Accepted, // the bureau's verified receipt says accepted
        Rejected, // the bureau's verified receipt (or a definite refusal) says no; problems say why
        Queued, // signed and kept in the vault's outbox; not answered yet, sent again later
        Alarm, // an answer that did not verify as the bureau's; still queued
        NotFiled, // nothing was signed: the return could not be prepared (message says why)
    };

    State state = State::NotFiled;
    QString message; // for the user, in their language; empty when Accepted
    QString submissionId; // empty when NotFiled
    QString receiptId;
    QDateTime receiptIssuedAt;
    QString filingDigest; // SM3 of the exact signed bytes the receipt answers
    QString taxPayable; // the bureau's recomputation, canonical yuan
    QString taxWithheld;
    QString balance; // negative: a refund
    QStringList problems; // the bureau's reasons for a rejection, in Chinese as the receipt carries them
};

} // namespace huisuan
