// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** Why a signing or verifying step failed; the verifier names which part of a filing it refused. */
enum class FilingErrorCode {
    None,
    InvalidArgument, // the caller passed something unusable (empty key, bad dates)
    Crypto, // OpenSSL failed where it should not: a bug or a broken installation
    MalformedKey,
    MalformedRequest, // a certificate signing request or a signed request that is not in its exact form
    MalformedFiling, // not the exact canonical form of a signed filing
    MalformedReceipt, // not the exact canonical form of a signed receipt
    MalformedAnswer, // a bureau answer that is not the exact form the API gives it
    UntrustedCertificate, // does not parse, or does not chain to the given CA at the given time
    BadSignature,
};

/**
 * The outcome of a fallible filing call: a code, a translated message for the user and technical
 * detail (OpenSSL's error queue, a JSON position). Detail never holds key material.
 */
struct [[nodiscard]] FilingStatus
{
    FilingErrorCode code = FilingErrorCode::None;
    QString message;
    QString detail;

    bool ok() const { return code == FilingErrorCode::None; }

    static FilingStatus success() { return {}; }

    static FilingStatus failure(FilingErrorCode code, const QString& message, const QString& detail = QString())
    {
        return {code, message, detail};
    }

    /** "message (detail)" for the command line. */
    QString toString() const { return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail); }
};

} // namespace huisuan
