// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingResult.h"
#include "filing/Sm2KeyPair.h"
#include "money/Money.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace huisuan {

/**
 * The bureau's signed, final word on a filing, a correction, a withdrawal or an employer's monthly
 * withholding declaration (docs/bureau-api.md §4.1, §6).
 * A receipt is one canonical byte string, {"certificate", "receipt", "signature"}, signed with the
 * bureau's receipt key, whose certificate the bureau's SM2 CA issued. The client verifies it before
 * it believes it: a receipt that does not verify is an alarm, never a success.
 */
struct Receipt
{
    Q_DECLARE_TR_FUNCTIONS(Receipt)

public:
    enum class Kind { Filing, Correction, Withdrawal, Declaration };
    enum class Outcome { Accepted, Rejected };

    /** Why a filing was rejected (severity Error), or what the bureau warns about (Alert). */
    struct Problem
    {
        enum class Severity { Error, Alert };
        QString rule; // a rule-pack rule id, or filing.* / protocol.*
        QString field; // a path into the signed filing or request, empty for the whole
        QString message; // Chinese: a receipt is one byte string, whatever the client's language
        Severity severity = Severity::Error;

        bool operator==(const Problem& other) const
        {
            return rule == other.rule && field == other.field && message == other.message && severity == other.severity;
        }
    };

    /** The bureau's recomputation of an accepted return. */
    struct Result
    {
        Money balance; // negative: a refund; positive: tax to pay
        Money taxPayable;
        Money taxWithheld;

        bool operator==(const Result& other) const
        {
            return balance == other.balance && taxPayable == other.taxPayable && taxWithheld == other.taxWithheld;
        }
    };

    /** The subject common name of the bureau's receipt certificate; it has no serialNumber. */
    static QString signerCommonName() { return QStringLiteral("Huisuan sandbox bureau receipts"); }

    Kind kind = Kind::Filing;
    Outcome outcome = Outcome::Accepted;
    QList<Problem> problems;
    QString receiptId;
    QString requestId; // the client-made id answered: the submission, withdrawal or declaration id
    QString submissionId; // the filing concerned; for a declaration, the declaration id
    QString filingDigest; // Sm3Digest::tagged of the exact signed bytes answered
    QDateTime issuedAt;
    int taxYear = 0;
    QString rulePack;
    QString engineVersion;
    QString replaces; // for a correction (or a declaration), the submission (declaration) it replaces
    std::optional<Result> result; // for an accepted filing or correction
    qint64 sequence = 0;

    bool isAccepted() const { return outcome == Outcome::Accepted; }

    /** The signed receipt, with the bureau's receipt key and certificate. */
    FilingResult<QByteArray> sign(const Sm2KeyPair& key, const QByteArray& certificateDer) const;

    /**
     * Reads a signed receipt strictly and checks that its certificate is the bureau's receipt
     * certificate, issued by the SM2 CA and valid at the receipt's own issue time, and that the
     * signature verifies.
     */
    static FilingResult<Receipt> verify(const QByteArray& signedReceipt, const QByteArray& sm2CaCertificateDer);

    static QString kindName(Kind kind);
    static QString outcomeName(Outcome outcome);

    bool operator==(const Receipt& other) const;
};

} // namespace huisuan
