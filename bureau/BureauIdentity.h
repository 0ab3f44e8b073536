// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauStore.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2KeyPair.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSslConfiguration>

namespace huisuan {

/**
 * Who the bureau is (docs/bureau-api.md §1): its TLS CA and server certificate (ECDSA P-256), its SM2
 * CA for taxpayer certificates, and its receipt-signing SM2 key with the end-entity certificate
 * that CA issued to it (CN "Huisuan sandbox bureau receipts", no serialNumber). Made on the first
 * start and kept in the bureau's vault; every later start loads the same keys, so pinned clients
 * keep trusting it. The public CA certificates are also written beside the vault (`tls-ca.pem`,
 * `sm2-ca.der`) for clients to pin.
 */
class BureauIdentity
{
    Q_DECLARE_TR_FUNCTIONS(BureauIdentity)

public:
    static const QString tlsCaFileName;
    static const QString sm2CaFileName;
    static constexpr int validityYears = 10;

    /** Loads the identity from the vault, or makes and saves it on the first start. */
    static VaultResult<BureauIdentity> loadOrCreate(BureauStore& store, const QString& dataDir, const QDateTime& now);

    QSslConfiguration tlsConfiguration() const;
    const QByteArray& tlsCaCertificatePem() const { return m_tlsCaCertificatePem; }
    const Sm2CertificateAuthority& sm2Authority() const { return m_sm2Authority; }
    const QByteArray& sm2CaCertificateDer() const { return m_sm2Authority.certificateDer(); }
    const Sm2KeyPair& receiptKey() const { return m_receiptKey; }
    const QByteArray& receiptCertificateDer() const { return m_receiptCertificateDer; }

private:
    static VaultResult<BureauIdentity> create(BureauTables& tables, const QDateTime& now);
    static VaultResult<BureauIdentity> load(BureauTables& tables);
    VaultStatus writePublicFiles(const QString& dataDir) const;

    QByteArray m_tlsCaCertificatePem;
    QByteArray m_serverCertificatePem;
    QByteArray m_serverKeyPem;
    Sm2CertificateAuthority m_sm2Authority;
    Sm2KeyPair m_receiptKey;
    QByteArray m_receiptCertificateDer;
};

} // namespace huisuan
