// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingResult.h"
#include "filing/Sm2KeyPair.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * The taxpayer's enrolment request (PKCS#10): name and identity number in the subject, the public
 * key, and an SM2-with-SM3 signature with the default signer id that proves possession of the key.
 */
class Sm2CertificateRequest
{
    Q_DECLARE_TR_FUNCTIONS(Sm2CertificateRequest)

public:
    /** The request's DER encoding: subject CN = name, serialNumber = identity number. */
    static FilingResult<QByteArray> create(const Sm2KeyPair& key, const QString& name, const QString& identityNumber);
    /**
     * A request for one of the bureau's own certificates, such as its receipt certificate
     * (Receipt::signerCommonName()): subject CN only, so that it can never pass for a taxpayer's.
     */
    static FilingResult<QByteArray> createForBureauService(const Sm2KeyPair& key, const QString& name);

private:
    static FilingResult<QByteArray>
    createRequest(const Sm2KeyPair& key, const QString& name, const QString& identityNumber);
};

} // namespace huisuan
