// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauIdentity.h"
#include "bureau/BureauLanguage.h"
#include "bureau/BureauRequests.h"
#include "bureau/BureauResult.h"
#include "bureau/BureauTables.h"
#include "filing/FilingEnvelope.h"
#include "filing/Receipt.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace huisuan {

/** Where and when a verified filing or withdrawal arrived: the taxpayer and the bureau's two clocks. */
struct DeskContext
{
    QString identityNumber; // from the verified certificate's serialNumber
    QString requestDigest; // Sm3Digest::tagged of the exact signed bytes
    QDateTime now;
    qint64 day = 0; // simulated day (BureauClock)
};

/**
 * The bureau's decision on verified filings, corrections and withdrawals (docs/bureau-api.md §6–§8):
 * checks the rule pack and engine version, reads `return` with the engine's annual-return reader,
 * recomputes it with that pack, applies the one-accepted-return-per-year rule, compares with the
 * prefill (differences are alerts, never rejections), and issues the signed receipt, stored with
 * the filing's new state in the caller's transaction. Every decision is a receipt, accepted or
 * rejected; only a failure of the bureau itself is an error.
 */
class FilingDesk
{
    Q_DECLARE_TR_FUNCTIONS(FilingDesk)

public:
    FilingDesk(const BureauIdentity& identity,
               BureauLanguage& languages,
               QStringList refundFailures,
               QStringList unpaidPayments);

    BureauResult<BureauResponse> file(BureauTables& tables, const FilingEnvelope& envelope, const DeskContext& context);
    BureauResult<BureauResponse>
    withdraw(BureauTables& tables, const WithdrawalRequest& request, const DeskContext& context);

    /** The state of an accepted filing's refund or payment today (SettlementSchedule). */
    QString settlementState(const FilingRow& filing, qint64 today) const;
    bool refundFails(const QString& identityNumber) const { return m_refundFailures.contains(identityNumber); }
    bool leavesUnpaid(const QString& identityNumber) const { return m_unpaidPayments.contains(identityNumber); }

    /**
     * Numbers, signs and stores the receipt; the response is its signed bytes. `holder` is whom it
     * answers: a taxpayer's identity number, or an employer's credit code for a declaration.
     */
    BureauResult<BureauResponse> issue(BureauTables& tables, Receipt& receipt, const QString& holder);

private:
    const BureauIdentity& m_identity;
    BureauLanguage& m_languages;
    QStringList m_refundFailures;
    QStringList m_unpaidPayments;
};

} // namespace huisuan
