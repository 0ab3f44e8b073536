// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/CertificateSubject.h"
#include "filing/FilingResult.h"
#include "filing/Sm2KeyPair.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace huisuan {

/**
 * The bureau's SM2 certificate authority for taxpayer certificates (issue 4): a self-signed CA
 * certificate, taxpayer certificates issued from enrolment requests, and the check of a certificate
 * against the CA that the bureau runs on every filing and the client on every receipt.
 *
 * All certificate and request signatures are SM2-with-SM3 with the GM/T 0009 default signer id.
 * Times are passed in, never read from the clock, so that tests and replays are exact.
 */
class Sm2CertificateAuthority
{
    Q_DECLARE_TR_FUNCTIONS(Sm2CertificateAuthority)

public:
    Sm2CertificateAuthority() = default;

    /** A new CA whose self-signed certificate names `commonName` and is valid in [notBefore, notAfter]. */
    static FilingResult<Sm2CertificateAuthority>
    create(Sm2KeyPair key, const QString& commonName, const QDateTime& notBefore, const QDateTime& notAfter);

    /**
     * The CA again from what the bureau saved of it: its private key (PKCS#8 DER, as
     * Sm2KeyPair::privateKeyDer() wrote it) and its certificate. A key that is not the certificate's
     * is refused: the CA would issue certificates that its own certificate does not verify.
     */
    static FilingResult<Sm2CertificateAuthority> load(const SecureBuffer& privateKeyPkcs8,
                                                      const QByteArray& certificateDer);

    const QByteArray& certificateDer() const { return m_certificateDer; }
    /** The CA's private key (PKCS#8 DER) for the bureau to keep in its vault and load() again. */
    FilingResult<SecureBuffer> privateKeyDer() const { return m_key.privateKeyDer(); }

    /**
     * A taxpayer certificate (DER) for the subject and public key of a PKCS#10 request whose own
     * signature verifies. Checking that the subject's identity number is the enrolling person's is
     * the bureau's business, not this class's.
     */
    FilingResult<QByteArray>
    issue(const QByteArray& requestDer, const QDateTime& notBefore, const QDateTime& notAfter) const;

    /**
     * Checks that `certificateDer` is an end-entity certificate issued by the CA of
     * `caCertificateDer` and valid at `at`; returns its public key, the only one a verifier should
     * trust for the filing that carried the certificate.
     */
    static FilingResult<Sm2KeyPair>
    verifyCertificate(const QByteArray& caCertificateDer, const QByteArray& certificateDer, const QDateTime& at);

    /**
     * Whom a certificate names. Reads any well-formed DER certificate without judging whether it
     * is trusted: verifyCertificate() does that.
     */
    static FilingResult<CertificateSubject> subject(const QByteArray& certificateDer);

private:
    Sm2KeyPair m_key;
    QByteArray m_certificateDer;
};

} // namespace huisuan
