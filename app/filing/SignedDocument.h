// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingResult.h"
#include "filing/Sm2KeyPair.h"

#include "json/JsonValue.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace huisuan {

/**
 * The one shape of everything signed in the bureau API (docs/bureau-api.md §2.2, §5, §6): the
 * canonical JSON of {"certificate": base64 DER, MEMBER: {...}, "signature": base64 DER}, where the
 * SM2-with-SM3 signature (default signer id) covers the canonical bytes of MEMBER's object.
 * Filings use "envelope", signed requests "request", receipts "receipt".
 *
 * Reading is in two steps because the time a certificate must be valid at can come from the
 * content (a receipt is checked at its own issue time): parse() checks the exact form without any
 * cryptography, verify() the certificate and the signature.
 */
class SignedDocument
{
    Q_DECLARE_TR_FUNCTIONS(SignedDocument)

public:
    /** A parsed signed document whose form is exact but whose signature is not yet checked. */
    struct Parsed
    {
        JsonValue content; // the object under the member name
        QByteArray contentBytes; // its canonical bytes: what the signature covers
        QByteArray certificateDer;
        QByteArray signature;
    };

    static FilingResult<QByteArray>
    sign(const QString& member, const JsonValue& content, const Sm2KeyPair& key, const QByteArray& certificateDer);

    /**
     * Strict JSON, exactly its own canonical form, exactly the three members, canonical base64.
     * Failures are `malformedCode` with `malformedMessage`, so that each kind of document names itself.
     */
    static FilingResult<Parsed> parse(const QByteArray& bytes,
                                      const QString& member,
                                      FilingErrorCode malformedCode,
                                      const QString& malformedMessage);

    /** The certificate chains to the CA and is valid at `at`, and the signature verifies: the signer's key. */
    static FilingResult<Sm2KeyPair>
    verify(const Parsed& document, const QByteArray& caCertificateDer, const QDateTime& at);
};

} // namespace huisuan
