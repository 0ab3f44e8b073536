// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/OpenSslHandles.h"

#include <QStringList>
#include <openssl/err.h>

namespace huisuan {

QString takeOpenSslErrors()
{
    QStringList errors;
    char text[256];
    for (unsigned long error = ERR_get_error(); error != 0; error = ERR_get_error()) {
        ERR_error_string_n(error, text, sizeof text);
        errors.append(QString::fromLatin1(text));
    }
    return errors.join(QStringLiteral("; "));
}

X509Handle parseCertificateDer(const QByteArray& der)
{
    const auto* cursor = reinterpret_cast<const unsigned char*>(der.constData());
    X509Handle certificate(d2i_X509(nullptr, &cursor, der.size()));
    // A certificate that re-encodes to other bytes would let two different byte strings pass as the
    // same filing; refusing them keeps "one byte changed" always detectable.
    if (certificate == nullptr || cursor != reinterpret_cast<const unsigned char*>(der.constData()) + der.size() ||
        certificateToDer(certificate.get()) != der) {
        return nullptr;
    }
    return certificate;
}

QByteArray certificateToDer(X509* certificate)
{
    const int size = i2d_X509(certificate, nullptr);
    if (size <= 0) {
        return {};
    }
    QByteArray der(size, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    return i2d_X509(certificate, &cursor) == size ? der : QByteArray();
}

} // namespace huisuan
