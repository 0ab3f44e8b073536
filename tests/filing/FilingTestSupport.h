// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2CertificateRequest.h"
#include "filing/Sm2KeyPair.h"

#include <QDateTime>
#include <QTimeZone>

namespace huisuan::test {

/** Fixed times: tests never read the clock. */
inline QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

/** A bureau CA and one enrolled taxpayer, as the enrolment of issue 4 would leave them. */
struct EnrolledTaxpayer
{
    Sm2CertificateAuthority authority;
    Sm2KeyPair key;
    QByteArray certificate;
};

inline EnrolledTaxpayer enrolTaxpayer()
{
    EnrolledTaxpayer enrolled;
    FilingResult<Sm2CertificateAuthority> authority =
        Sm2CertificateAuthority::create(Sm2KeyPair::generate().value,
                                        QStringLiteral("Huisuan sandbox bureau SM2 CA"),
                                        utc(2025, 1, 1),
                                        utc(2035, 1, 1));
    FilingResult<Sm2KeyPair> key = Sm2KeyPair::generate();
    if (!authority.ok() || !key.ok()) {
        return enrolled;
    }
    FilingResult<QByteArray> request =
        Sm2CertificateRequest::create(key.value, QStringLiteral("张三"), QStringLiteral("11010519491231002X"));
    FilingResult<QByteArray> certificate = request.ok()
        ? authority.value.issue(request.value, utc(2026, 1, 1), utc(2027, 1, 1))
        : FilingResult<QByteArray>(request.status);
    enrolled.authority = std::move(authority.value);
    enrolled.key = std::move(key.value);
    enrolled.certificate = certificate.value;
    return enrolled;
}

/** The bureau's receipt key and the certificate its SM2 CA issued for it (CN only). */
struct ReceiptSigner
{
    Sm2KeyPair key;
    QByteArray certificate;
};

inline ReceiptSigner receiptSigner(const Sm2CertificateAuthority& authority)
{
    ReceiptSigner signer;
    FilingResult<Sm2KeyPair> key = Sm2KeyPair::generate();
    FilingResult<QByteArray> request = key.ok()
        ? Sm2CertificateRequest::createForBureauService(key.value, QStringLiteral("Huisuan sandbox bureau receipts"))
        : FilingResult<QByteArray>(key.status);
    if (request.ok()) {
        signer.certificate = authority.issue(request.value, utc(2026, 1, 1), utc(2027, 1, 1)).value;
    }
    signer.key = std::move(key.value);
    return signer;
}

} // namespace huisuan::test
