// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace huisuan {

/** The typed requests of docs/bureau-api.md, as BureauRequestParser reads them from their bytes. */

/** §3. */
struct EnrolmentRequest
{
    QString enrolmentId;
    QByteArray csrDer;
};

/** §4.1: one employee's income from one employer in one month. */
struct DeclaredIncome
{
    QString identityNumber;
    QString name;
    QString incomeType;
    Money income;
    Money taxWithheld;
};

/** §4.1. */
struct DeclarationRequest
{
    QString declarationId;
    QString creditCode;
    QString employerName;
    QString period; // yyyy-MM
    QString replaces; // empty unless it replaces an earlier declaration of the same employer and month
    QList<DeclaredIncome> records;
};

/** §4.2: the inner request of a signed prefill download. */
struct PrefillQuery
{
    int taxYear = 0;
};

/** §8.2 and §8.4: the inner request of a signed status query. */
struct SubmissionQuery
{
    QString submissionId;
};

/** §8.3. */
struct WithdrawalRequest
{
    QString submissionId;
    QString withdrawalId;
};

/** §8.5. */
struct DisputeRequest
{
    QString disputeId;
    QString recordId;
    QString reason;
    QString note;
};

/** §4.4: an employer's download of the deduction elections pushed to it. */
struct ElectionQuery
{
    QString creditCode;
    int taxYear = 0;
};

/** The sandbox control `POST /v1/sandbox/advance`. */
struct AdvanceRequest
{
    int days = 0;
};

} // namespace huisuan
