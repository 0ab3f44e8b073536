// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SqlCipherConnection.h"
#include "vault/VaultStatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * The checks every store runs on what it is asked to save, before a byte is written: a refusal
 * names the field and the value and says what to do (ARCHITECTURE.md: bad input is answered, not
 * absorbed). Internal to app/vault.
 */
class VaultInputCheck
{
    Q_DECLARE_TR_FUNCTIONS(VaultInputCheck)

public:
    // Annual reconciliation exists from tax year 2019 (IIT law as amended in 2018, art. 11).
    static constexpr int firstTaxYear = 2019;
    static constexpr int lastTaxYear = 2099;
    static constexpr int maximumSubmissionIdLength = 64;

    static VaultStatus taxYear(int year);
    static VaultStatus month(int month);
    /** A non-negative amount in yuan, in the engine's canonical form: "1234.50". */
    static VaultStatus amount(const QString& field, const QString& value);
    static VaultStatus required(const QString& field, const QString& value);
    /** A JSON object: the stores keep documents, and a document is an object. */
    static VaultStatus jsonObject(const QString& field, const QByteArray& value);
    /** A client-made submission id: 1 to 64 of A-Z a-z 0-9 '-' '_' '.', as a UUID is. */
    static VaultStatus submissionId(const QString& value);
    /** An 18-character unified social credit code (GB 32100-2015) with its check character. */
    static VaultStatus creditCode(const QString& value);
    /** An identity document number; resident identity numbers must carry their check digit. */
    static VaultStatus identifier(const QString& type, const QString& value);
    /** `sql` selects one row for the id bound as ?1; none means `what` does not exist. */
    static VaultStatus exists(SqlCipherConnection& connection, const char* sql, qint64 id, const QString& what);
};

} // namespace huisuan
