// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/AnnualReturnRecord.h"
#include "vault/FilingStore.h"
#include "vault/Vault.h"

#include <QByteArray>
#include <QString>

namespace huisuan::test {

/** A stored return of `taxYear` whose result has the given refund and amount due. */
inline qint64 storeReturnWithBalance(Vault& vault, int taxYear, const char* refund, const char* amountDue)
{
    AnnualReturnRecord record;
    record.taxYear = taxYear;
    record.resultJson = QByteArray(R"({"amount_due":")") + amountDue + R"(","refund":")" + refund + R"("})";
    return vault.saveAnnualReturn(record).value;
}

/** Files the return and moves the filing to Accepted, as the bureau's receipt would. */
inline bool fileAccepted(Vault& vault, qint64 returnId, const QString& submissionId)
{
    FilingStore store(vault);
    const auto created = store.create(returnId, submissionId, QByteArrayLiteral("signed"));
    return created.ok() && store.setStatus(created.value, FilingRecord::Status::Submitted).ok() &&
        store.setStatus(created.value, FilingRecord::Status::Accepted).ok();
}

} // namespace huisuan::test
