// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingResult.h"
#include "vault/SecureBuffer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <openssl/types.h>

namespace huisuan {

/**
 * An SM2 key (GM/T 0003) held by OpenSSL: a taxpayer's or the bureau's key pair, or only the public
 * half taken from a certificate. Move-only: the private half must not be copied around.
 */
class Sm2KeyPair
{
    Q_DECLARE_TR_FUNCTIONS(Sm2KeyPair)

public:
    Sm2KeyPair() = default;
    ~Sm2KeyPair();
    Sm2KeyPair(Sm2KeyPair&& other) noexcept;
    Sm2KeyPair& operator=(Sm2KeyPair&& other) noexcept;
    Sm2KeyPair(const Sm2KeyPair&) = delete;
    Sm2KeyPair& operator=(const Sm2KeyPair&) = delete;

    static FilingResult<Sm2KeyPair> generate();
    /** A key pair from its PKCS#8 PrivateKeyInfo DER, as privateKeyDer() wrote it. */
    static FilingResult<Sm2KeyPair> fromPrivateKeyDer(const SecureBuffer& pkcs8);
    /** The public half alone, from its SubjectPublicKeyInfo DER. */
    static FilingResult<Sm2KeyPair> fromPublicKeyDer(const QByteArray& subjectPublicKeyInfo);
    /** Takes ownership of an OpenSSL key, which must be an SM2 key; null otherwise. */
    static Sm2KeyPair adopt(EVP_PKEY* key);

    bool isNull() const { return m_key == nullptr; }
    bool hasPrivateKey() const;

    /** PKCS#8 PrivateKeyInfo DER, in a buffer that wipes itself. */
    FilingResult<SecureBuffer> privateKeyDer() const;
    /** SubjectPublicKeyInfo DER; empty for a null key. */
    QByteArray publicKeyDer() const;

    /** The OpenSSL key, still owned by this object, for the signing classes of this library. */
    EVP_PKEY* handle() const { return m_key; }

private:
    explicit Sm2KeyPair(EVP_PKEY* key)
        : m_key(key)
    {
    }

    EVP_PKEY* m_key = nullptr;
};

} // namespace huisuan
