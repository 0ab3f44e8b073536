// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauAnswers.h"
#include "report/FilingReport.h"
#include "session/FilingRow.h"
#include "vault/FilingRecord.h"
#include "vault/IncomeRecord.h"
#include "vault/SettlementRecord.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * Turns what the vault keeps of filings into the plain data the GUI shows: receipts verified
 * against the bureau's SM2 CA, the return's balance, the last settlement answer. Runs on the
 * session's worker, beside the vault; internal to app/session.
 */
class FilingRowReader
{
    Q_DECLARE_TR_FUNCTIONS(FilingRowReader)

public:
    /** `sm2CaDer` is the CA pinned at enrolment; without it no receipt counts as verified. */
    FilingRowReader(Vault& vault, QByteArray sm2CaDer);

    /** Every filing in `filings` as a row, newest first. */
    VaultResult<QList<FilingRow>> rows(const QList<FilingRecord>& filings);

    /** The PDF's content for `filing`, with the year's income records and the taxpayer's name. */
    VaultResult<FilingReport> report(const FilingRecord& filing,
                                     const QList<IncomeRecord>& income,
                                     const QString& taxpayerName,
                                     const QString& identityNumber);

    static SettlementRow settlementRow(const SettlementRecord& record, const QString& submissionId);
    static SettlementRecord settlementRecord(qint64 filingId, const SettlementAnswer& answer);

private:
    QList<ReceiptRow> receipts(const FilingRecord& filing, bool& unverified) const;

    Vault& m_vault;
    QByteArray m_sm2CaDer;
};

} // namespace huisuan
