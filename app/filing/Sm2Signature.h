// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingResult.h"
#include "filing/Sm2KeyPair.h"

#include <QByteArray>
#include <QCoreApplication>
#include <openssl/types.h>

namespace huisuan {

/**
 * SM2 signatures with the SM3 digest (GM/T 0003, GM/T 0009), DER-encoded as OpenSSL writes them.
 *
 * The signer id enters the signed digest (Z = SM3(ENTL || ID || curve || public key)), so both
 * sides must agree on it. We always set it explicitly: OpenSSL's default has changed between
 * releases (empty in 1.1.1), and the bureau must not depend on which OpenSSL a client used.
 */
class Sm2Signature
{
    Q_DECLARE_TR_FUNCTIONS(Sm2Signature)

public:
    /** The default signer id of GM/T 0009-2012 section 10. */
    static QByteArray defaultSignerId() { return QByteArrayLiteral("1234567812345678"); }

    static FilingResult<QByteArray>
    sign(const Sm2KeyPair& key, const QByteArray& message, const QByteArray& signerId = defaultSignerId());

    static FilingStatus verify(const Sm2KeyPair& publicKey,
                               const QByteArray& message,
                               const QByteArray& signature,
                               const QByteArray& signerId = defaultSignerId());

    /**
     * Prepares a digest context for SM2-with-SM3 signing (or verifying) with the signer id set, for
     * the certificate and request signatures of X509_sign_ctx and X509_REQ_sign_ctx.
     */
    static bool initDigestContext(EVP_MD_CTX* context, EVP_PKEY* key, const QByteArray& signerId, bool forSigning);
};

} // namespace huisuan
