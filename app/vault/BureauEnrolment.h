// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"

#include <QByteArray>
#include <QString>

namespace huisuan {

/**
 * The taxpayer's enrolment with a tax bureau (bureau-api.md §3): who enrolled, the bureau and the
 * two CAs pinned for it, and the SM2 key and certificate that sign filings and requests. Move-only,
 * because it holds the private key.
 */
struct BureauEnrolment
{
    qint64 id = 0; // assigned by the vault
    QString identityNumber; // the 18-character resident identity number in the certificate
    QString name;
    QString endpointUrl; // https://…, the bureau's base URL
    QByteArray tlsCaCertificatePem; // the bureau's TLS CA (ECDSA P-256), the only one trusted for HTTPS
    QByteArray sm2CaCertificateDer; // the bureau's SM2 CA, which issues taxpayer and receipt certificates
    SecureBuffer privateKeyDer; // the taxpayer's SM2 private key, PKCS#8 DER
    QByteArray certificateDer; // the taxpayer's certificate, issued by the SM2 CA
    QString notBefore; // ISO 8601 UTC, as the certificate says
    QString notAfter; // ISO 8601 UTC, as the certificate says
    QString enrolledAt; // ISO 8601 UTC, set by the vault
};

} // namespace huisuan
