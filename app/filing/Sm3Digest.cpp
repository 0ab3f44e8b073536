// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/Sm3Digest.h"

#include <openssl/evp.h>

namespace huisuan {

QByteArray Sm3Digest::of(const QByteArray& bytes)
{
    QByteArray digest(EVP_MAX_MD_SIZE, Qt::Uninitialized);
    unsigned int length = 0;
    // EVP_Digest fails only when the SM3 implementation is missing: a broken installation that no
    // caller could recover from, and one the filing tests catch first.
    if (EVP_Digest(bytes.constData(),
                   static_cast<size_t>(bytes.size()),
                   reinterpret_cast<unsigned char*>(digest.data()),
                   &length,
                   EVP_sm3(),
                   nullptr) != 1) {
        qFatal("SM3 is not available in this OpenSSL");
    }
    digest.resize(static_cast<qsizetype>(length));
    return digest;
}

QString Sm3Digest::tagged(const QByteArray& bytes)
{
    return QStringLiteral("sm3:") + QString::fromLatin1(of(bytes).toHex());
}

} // namespace huisuan
