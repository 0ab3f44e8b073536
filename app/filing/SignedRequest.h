// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/CertificateSubject.h"
#include "filing/FilingResult.h"
#include "filing/Sm2KeyPair.h"

#include "json/JsonValue.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace huisuan {

/** A signed request whose certificate and signature verified, with whom it speaks for. */
struct VerifiedRequest
{
    JsonValue request; // the object under "request", requested_at included
    CertificateSubject signer;
    QDateTime requestedAt;
    QByteArray certificateDer;
};

/**
 * A taxpayer's signed request to the bureau (docs/bureau-api.md §2.2): prefill, status, withdrawal,
 * settlement and dispute requests are {"certificate", "request", "signature"} signed like a filing,
 * so the bureau knows whose data is asked for without passwords or sessions. The request object
 * must carry `requested_at`; whether that is fresh is the bureau's check against its own clock.
 */
class SignedRequest
{
    Q_DECLARE_TR_FUNCTIONS(SignedRequest)

public:
    static FilingResult<QByteArray>
    sign(const JsonValue& request, const Sm2KeyPair& key, const QByteArray& certificateDer);

    /** The exact form, `requested_at` in its one spelling, the certificate at `at`, the signature. */
    static FilingResult<VerifiedRequest>
    verify(const QByteArray& signedRequest, const QByteArray& caCertificateDer, const QDateTime& at);
};

} // namespace huisuan
