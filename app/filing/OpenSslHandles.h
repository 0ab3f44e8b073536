// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <memory>
#include <openssl/evp.h>
#include <openssl/x509.h>

namespace huisuan {

/** Frees an OpenSSL object with its own free function, so that no early return leaks one. */
template <auto Free>
struct OpenSslDeleter
{
    template <typename T>
    void operator()(T* object) const
    {
        Free(object);
    }
};

using EvpPkeyHandle = std::unique_ptr<EVP_PKEY, OpenSslDeleter<EVP_PKEY_free>>;
using EvpMdCtxHandle = std::unique_ptr<EVP_MD_CTX, OpenSslDeleter<EVP_MD_CTX_free>>;
using X509Handle = std::unique_ptr<X509, OpenSslDeleter<X509_free>>;
using X509ReqHandle = std::unique_ptr<X509_REQ, OpenSslDeleter<X509_REQ_free>>;

/** Empties OpenSSL's thread-local error queue into one line of technical detail. */
QString takeOpenSslErrors();

/** Parses exactly one DER certificate: trailing bytes or a non-canonical encoding are refused. */
X509Handle parseCertificateDer(const QByteArray& der);

/** The DER encoding of a certificate, empty on failure. */
QByteArray certificateToDer(X509* certificate);

} // namespace huisuan
