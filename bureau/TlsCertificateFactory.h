// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingResult.h"
#include "vault/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace huisuan {

/** The bureau's TLS identity: its CA, and the server certificate that CA issued, all PEM. */
struct TlsMaterial
{
    QByteArray caCertificatePem;
    SecureBuffer caKeyPem; // PKCS#8
    QByteArray serverCertificatePem;
    SecureBuffer serverKeyPem; // PKCS#8
};

/**
 * Makes the bureau's transport certificates with OpenSSL's EVP and X509 API (docs/bureau-api.md §1):
 * ECDSA P-256, because that is what Qt's TLS stack supports, and nothing to do with the SM2
 * signatures on filings. The CA is self-signed (CA:TRUE critical, keyCertSign and cRLSign); the
 * server certificate (CA:FALSE, serverAuth) names IP:127.0.0.1 and DNS:localhost in subjectAltName,
 * so a pinned client can check the host as well as the chain. Both signed ECDSA with SHA-256.
 */
class TlsCertificateFactory
{
    Q_DECLARE_TR_FUNCTIONS(TlsCertificateFactory)

public:
    static FilingResult<TlsMaterial> create(const QDateTime& notBefore, const QDateTime& notAfter);
};

} // namespace huisuan
