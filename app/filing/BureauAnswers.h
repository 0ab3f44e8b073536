// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/DeductionElection.h"
#include "money/Money.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace huisuan {

/** One problem in a bureau error body (docs/bureau-api.md §2.1). */
struct BureauProblem
{
    QString rule;
    QString field;
    QString message;
};

/** An error body: the bureau answered, and the answer is no (or not now). */
struct BureauError
{
    QString code; // stable, for programs: submission_conflict, bad_signature, busy, ...
    QString message; // for the user, in the language asked for
    QList<BureauProblem> problems;
    bool retryable = false;
};

struct EnrolmentAnswer
{
    QString enrolmentId;
    QByteArray caCertificateDer;
    QByteArray certificateDer;
    QDateTime notBefore;
    QDateTime notAfter;
};

/** One income record an employer declared for the taxpayer (docs/bureau-api.md §4.2). */
struct PrefillRecord
{
    QString recordId;
    QString employerCreditCode;
    QString employerName;
    QString incomeType;
    QString month; // yyyy-MM
    Money income;
    Money taxWithheld;
    bool disputed = false;
};

struct PrefillAnswer
{
    int taxYear = 0;
    QList<PrefillRecord> records;
};

struct FilingStatusAnswer
{
    enum class State { Unknown, Accepted, Rejected, Replaced, Withdrawn };

    QString submissionId;
    State state = State::Unknown;
    QByteArray signedReceipt; // canonical bytes as the bureau signed them; empty when none
};

struct SettlementAnswer
{
    struct Step
    {
        QDateTime at;
        QString state;
    };

    QString submissionId;
    QString direction; // refund or payment
    Money amount;
    QString state; // under_review, treasury, paid, failed; due, paid, overdue
    QList<Step> history;
    QString reason; // why a refund failed; empty otherwise
    QDate due; // when a payment is due; null for a refund
};

struct DisputeAnswer
{
    QString disputeId;
    QString recordId;
    QString state;
};

/** §4.3: a deduction election the bureau took. */
struct ElectionPushAnswer
{
    QString electionId;
    QString employerCreditCode;
    int taxYear = 0;
};

/** §4.4: the deduction elections employees pushed to an employer for a year. */
struct ElectionsAnswer
{
    QString employerCreditCode;
    int taxYear = 0;
    QList<DeductionElection> elections;
};

} // namespace huisuan
