// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauIdentity.h"

#include "bureau/TlsCertificateFactory.h"
#include "filing/Receipt.h"
#include "filing/Sm2CertificateRequest.h"

#include <QDir>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslKey>

namespace huisuan {

const QString BureauIdentity::tlsCaFileName = QStringLiteral("tls-ca.pem");
const QString BureauIdentity::sm2CaFileName = QStringLiteral("sm2-ca.der");

namespace {

const QString tlsCaCertificateName = QStringLiteral("tls_ca_certificate");
const QString tlsCaKeyName = QStringLiteral("tls_ca_key");
const QString serverCertificateName = QStringLiteral("tls_server_certificate");
const QString serverKeyName = QStringLiteral("tls_server_key");
const QString sm2CaCertificateName = QStringLiteral("sm2_ca_certificate");
const QString sm2CaKeyName = QStringLiteral("sm2_ca_key");
const QString receiptCertificateName = QStringLiteral("receipt_certificate");
const QString receiptKeyName = QStringLiteral("receipt_key");

VaultStatus cryptoStatus(const FilingStatus& status)
{
    return VaultStatus::failure(VaultErrorCode::Crypto, status.message, status.detail);
}

/** The secret's bytes as a blob to bind, without another copy that would outlive the statement. */
QByteArray view(const SecureBuffer& secret)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(secret.data()), qsizetype(secret.size()));
}

VaultStatus missing(const QString& name)
{
    return VaultStatus::failure(VaultErrorCode::DamagedVault,
                                BureauIdentity::tr("The bureau's vault lacks part of its identity. Start with a new "
                                                   "data folder."),
                                name);
}

} // namespace

VaultResult<BureauIdentity>
BureauIdentity::loadOrCreate(BureauStore& store, const QString& dataDir, const QDateTime& now)
{
    std::optional<BureauIdentity> identity;
    VaultStatus status = store.write([&](BureauTables& tables) -> VaultStatus {
        auto existing = tables.meta(sm2CaCertificateName);
        if (!existing.ok()) {
            return existing.status;
        }
        VaultResult<BureauIdentity> result = existing.value ? load(tables) : create(tables, now);
        if (!result.ok()) {
            return result.status;
        }
        identity = std::move(result.value);
        return VaultStatus::success();
    });
    if (!status.ok()) {
        return status;
    }
    if (auto written = identity->writePublicFiles(dataDir); !written.ok()) {
        return written;
    }
    return std::move(*identity);
}

VaultResult<BureauIdentity> BureauIdentity::create(BureauTables& tables, const QDateTime& now)
{
    // Valid from an hour back, so that a client whose clock runs a little behind still accepts it.
    const QDateTime notBefore = now.addSecs(-3600);
    const QDateTime notAfter = now.addYears(validityYears);
    FilingResult<TlsMaterial> tls = TlsCertificateFactory::create(notBefore, notAfter);
    if (!tls.ok()) {
        return cryptoStatus(tls.status);
    }
    FilingResult<Sm2KeyPair> caKey = Sm2KeyPair::generate();
    if (!caKey.ok()) {
        return cryptoStatus(caKey.status);
    }
    FilingResult<Sm2CertificateAuthority> authority = Sm2CertificateAuthority::create(
        std::move(caKey.value), QStringLiteral("Huisuan sandbox bureau SM2 CA"), notBefore, notAfter);
    if (!authority.ok()) {
        return cryptoStatus(authority.status);
    }
    // The receipt certificate goes through the same issue() as a taxpayer's, from a request the
    // bureau makes for itself: CN alone, no serialNumber (Receipt::signerCommonName()).
    FilingResult<Sm2KeyPair> receiptKey = Sm2KeyPair::generate();
    if (!receiptKey.ok()) {
        return cryptoStatus(receiptKey.status);
    }
    FilingResult<QByteArray> request =
        Sm2CertificateRequest::createForBureauService(receiptKey.value, Receipt::signerCommonName());
    if (!request.ok()) {
        return cryptoStatus(request.status);
    }
    FilingResult<QByteArray> receiptCertificate = authority.value.issue(request.value, notBefore, notAfter);
    if (!receiptCertificate.ok()) {
        return cryptoStatus(receiptCertificate.status);
    }
    FilingResult<SecureBuffer> authorityKey = authority.value.privateKeyDer();
    FilingResult<SecureBuffer> receiptKeyDer = receiptKey.value.privateKeyDer();
    if (!authorityKey.ok() || !receiptKeyDer.ok()) {
        return cryptoStatus(authorityKey.ok() ? receiptKeyDer.status : authorityKey.status);
    }
    const std::pair<QString, QByteArray> entries[] = {
        {tlsCaCertificateName, tls.value.caCertificatePem},
        {tlsCaKeyName, view(tls.value.caKeyPem)},
        {serverCertificateName, tls.value.serverCertificatePem},
        {serverKeyName, view(tls.value.serverKeyPem)},
        {sm2CaCertificateName, authority.value.certificateDer()},
        {sm2CaKeyName, view(authorityKey.value)},
        {receiptCertificateName, receiptCertificate.value},
        {receiptKeyName, view(receiptKeyDer.value)},
    };
    for (const auto& [name, value] : entries) {
        if (auto status = tables.setMeta(name, value); !status.ok()) {
            return status;
        }
    }
    if (auto status = tables.audit(QStringLiteral("bureau.identity"), QStringLiteral("created")); !status.ok()) {
        return status;
    }
    BureauIdentity identity;
    identity.m_tlsCaCertificatePem = tls.value.caCertificatePem;
    identity.m_serverCertificatePem = tls.value.serverCertificatePem;
    identity.m_serverKeyPem = QByteArray(reinterpret_cast<const char*>(tls.value.serverKeyPem.data()),
                                         qsizetype(tls.value.serverKeyPem.size()));
    identity.m_sm2Authority = std::move(authority.value);
    identity.m_receiptKey = std::move(receiptKey.value);
    identity.m_receiptCertificateDer = receiptCertificate.value;
    return identity;
}

VaultResult<BureauIdentity> BureauIdentity::load(BureauTables& tables)
{
    QMap<QString, QByteArray> values;
    for (const QString& name : {tlsCaCertificateName,
                                serverCertificateName,
                                serverKeyName,
                                sm2CaCertificateName,
                                sm2CaKeyName,
                                receiptCertificateName,
                                receiptKeyName}) {
        auto value = tables.meta(name);
        if (!value.ok()) {
            return value.status;
        }
        if (!value.value) {
            return missing(name);
        }
        values.insert(name, *value.value);
    }
    QByteArray sm2Key = values.take(sm2CaKeyName);
    FilingResult<Sm2CertificateAuthority> authority =
        Sm2CertificateAuthority::load(SecureBuffer::takeFrom(sm2Key), values.value(sm2CaCertificateName));
    if (!authority.ok()) {
        return cryptoStatus(authority.status);
    }
    QByteArray receiptKeyBytes = values.take(receiptKeyName);
    FilingResult<Sm2KeyPair> receiptKey = Sm2KeyPair::fromPrivateKeyDer(SecureBuffer::takeFrom(receiptKeyBytes));
    if (!receiptKey.ok()) {
        return cryptoStatus(receiptKey.status);
    }
    BureauIdentity identity;
    identity.m_tlsCaCertificatePem = values.value(tlsCaCertificateName);
    identity.m_serverCertificatePem = values.value(serverCertificateName);
    identity.m_serverKeyPem = values.value(serverKeyName);
    identity.m_sm2Authority = std::move(authority.value);
    identity.m_receiptKey = std::move(receiptKey.value);
    identity.m_receiptCertificateDer = values.value(receiptCertificateName);
    return identity;
}

VaultStatus BureauIdentity::writePublicFiles(const QString& dataDir) const
{
    const std::pair<QString, QByteArray> files[] = {
        {tlsCaFileName, m_tlsCaCertificatePem},
        {sm2CaFileName, sm2CaCertificateDer()},
    };
    for (const auto& [name, bytes] : files) {
        const QString path = QDir(dataDir).filePath(name);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
            return VaultStatus::failure(VaultErrorCode::Io,
                                        tr("%1 could not be written.").arg(QDir::toNativeSeparators(path)),
                                        file.errorString());
        }
    }
    return VaultStatus::success();
}

QSslConfiguration BureauIdentity::tlsConfiguration() const
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    configuration.setLocalCertificateChain(
        {QSslCertificate(m_serverCertificatePem, QSsl::Pem), QSslCertificate(m_tlsCaCertificatePem, QSsl::Pem)});
    configuration.setPrivateKey(QSslKey(m_serverKeyPem, QSsl::Ec, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyNone);
    return configuration;
}

} // namespace huisuan
