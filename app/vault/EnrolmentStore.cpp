// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/EnrolmentStore.h"

#include "vault/AuditLog.h"
#include "vault/SqlStatement.h"
#include "vault/VaultAccess.h"
#include "vault/VaultInputCheck.h"

#include <QDateTime>
#include <QUrl>
#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace huisuan {

namespace {

// The columns readEnrolments() expects, for a query that appends its own ORDER BY and LIMIT.
const char* const enrolmentColumns =
    "SELECT id, identity_number, name, endpoint_url, tls_ca_certificate_pem, sm2_ca_certificate_der, "
    "private_key_der, certificate_der, not_before, not_after, enrolled_at FROM bureau_enrolments";

VaultStatus invalid(const QString& message)
{
    return VaultStatus::failure(VaultErrorCode::InvalidArgument, message);
}

/**
 * Whether OpenSSL parsed the bytes. A failed parse leaves its errors on the thread's queue, where
 * the filing code would later read them as its own: they are cleared here.
 */
bool parsed(bool success)
{
    if (!success) {
        ERR_clear_error();
    }
    return success;
}

/** One DER certificate and nothing after it: what the filing code will load again. */
bool isDerCertificate(const QByteArray& der)
{
    if (der.isEmpty()) {
        return false;
    }
    const auto* next = reinterpret_cast<const unsigned char*>(der.constData());
    X509* certificate = d2i_X509(nullptr, &next, long(der.size()));
    const bool whole = certificate != nullptr && next == reinterpret_cast<const unsigned char*>(der.constEnd());
    X509_free(certificate);
    return parsed(whole);
}

bool isPemCertificate(const QByteArray& pem)
{
    BIO* input = BIO_new_mem_buf(pem.constData(), int(pem.size()));
    X509* certificate = input == nullptr ? nullptr : PEM_read_bio_X509(input, nullptr, nullptr, nullptr);
    BIO_free(input);
    const bool read = certificate != nullptr;
    X509_free(certificate);
    return parsed(read);
}

bool isPkcs8PrivateKey(const SecureBuffer& der)
{
    if (der.isEmpty()) {
        return false;
    }
    const unsigned char* next = der.data();
    // PKCS8_PRIV_KEY_INFO_free cleanses the key octets it parsed, so the parse leaves no copy behind.
    PKCS8_PRIV_KEY_INFO* key = d2i_PKCS8_PRIV_KEY_INFO(nullptr, &next, long(der.size()));
    const bool whole = key != nullptr && next == der.data() + der.size();
    PKCS8_PRIV_KEY_INFO_free(key);
    return parsed(whole);
}

VaultStatus checkUtcTime(const QString& field, const QString& value)
{
    if (!value.endsWith(QLatin1Char('Z')) || !QDateTime::fromString(value, Qt::ISODateWithMs).isValid()) {
        return invalid(EnrolmentStore::tr("The %1 \"%2\" is not a UTC time; write it as the certificate gives it, "
                                          "such as 2026-01-01T00:00:00Z.")
                           .arg(field, value));
    }
    return VaultStatus::success();
}

VaultStatus validate(const BureauEnrolment& enrolment)
{
    // The bureau issues certificates only for resident identity numbers (bureau-api.md §3).
    for (const VaultStatus& check :
         {VaultInputCheck::identifier(QStringLiteral("resident_id"), enrolment.identityNumber),
          VaultInputCheck::required(EnrolmentStore::tr("taxpayer name"), enrolment.name),
          checkUtcTime(EnrolmentStore::tr("start of validity"), enrolment.notBefore),
          checkUtcTime(EnrolmentStore::tr("end of validity"), enrolment.notAfter)}) {
        if (!check.ok()) {
            return check;
        }
    }
    const QUrl endpoint(enrolment.endpointUrl, QUrl::StrictMode);
    if (!endpoint.isValid() || endpoint.scheme() != QLatin1String("https") || endpoint.host().isEmpty()) {
        return invalid(EnrolmentStore::tr("The bureau address \"%1\" is not an https:// address; enter it as the "
                                          "bureau publishes it, such as https://127.0.0.1:8443/.")
                           .arg(enrolment.endpointUrl));
    }
    if (!isPemCertificate(enrolment.tlsCaCertificatePem)) {
        return invalid(EnrolmentStore::tr("The bureau's TLS CA certificate is not a PEM certificate; use the file "
                                          "that begins with -----BEGIN CERTIFICATE-----."));
    }
    if (!isDerCertificate(enrolment.sm2CaCertificateDer)) {
        return invalid(EnrolmentStore::tr("The bureau's SM2 CA certificate is not one DER certificate; enrol "
                                          "again to receive it from the bureau."));
    }
    if (!isDerCertificate(enrolment.certificateDer)) {
        return invalid(EnrolmentStore::tr("The taxpayer certificate is not one DER certificate; enrol again to "
                                          "receive it from the bureau."));
    }
    if (!isPkcs8PrivateKey(enrolment.privateKeyDer)) {
        return invalid(EnrolmentStore::tr("The signing key is not a PKCS#8 private key; enrol again to create a "
                                          "new one."));
    }
    if (QDateTime::fromString(enrolment.notBefore, Qt::ISODateWithMs) >=
        QDateTime::fromString(enrolment.notAfter, Qt::ISODateWithMs)) {
        return invalid(EnrolmentStore::tr("The certificate's validity ends (%1) before it starts (%2); enrol again.")
                           .arg(enrolment.notAfter, enrolment.notBefore));
    }
    return VaultStatus::success();
}

/** Every enrolment `rows` (a query on enrolmentColumns) selects. */
VaultStatus readEnrolments(SqlStatement& rows, std::vector<BureauEnrolment>& enrolments)
{
    while (rows.next()) {
        BureauEnrolment enrolment;
        enrolment.id = rows.integer(0);
        enrolment.identityNumber = rows.text(1);
        enrolment.name = rows.text(2);
        enrolment.endpointUrl = rows.text(3);
        enrolment.tlsCaCertificatePem = rows.blob(4);
        enrolment.sm2CaCertificateDer = rows.blob(5);
        enrolment.privateKeyDer = rows.secureBlob(6);
        enrolment.certificateDer = rows.blob(7);
        enrolment.notBefore = rows.text(8);
        enrolment.notAfter = rows.text(9);
        enrolment.enrolledAt = rows.text(10);
        enrolments.push_back(std::move(enrolment));
    }
    return rows.status();
}

} // namespace

EnrolmentStore::EnrolmentStore(Vault& vault)
    : m_vault(vault)
{
}

VaultResult<qint64> EnrolmentStore::save(const BureauEnrolment& enrolment)
{
    qint64 id = 0;
    const VaultStatus status =
        VaultAccess::write(m_vault, [&](SqlCipherConnection& connection, AuditLog& audit) -> VaultStatus {
            if (auto valid = validate(enrolment); !valid.ok()) {
                return valid;
            }
            SqlStatement insert(connection,
                                "INSERT INTO bureau_enrolments (identity_number, name, endpoint_url, "
                                "tls_ca_certificate_pem, sm2_ca_certificate_der, private_key_der, certificate_der, "
                                "not_before, not_after, enrolled_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);");
            insert.bind(1, enrolment.identityNumber);
            insert.bind(2, enrolment.name);
            insert.bind(3, enrolment.endpointUrl);
            insert.bind(4, enrolment.tlsCaCertificatePem);
            insert.bind(5, enrolment.sm2CaCertificateDer);
            insert.bind(6, enrolment.privateKeyDer);
            insert.bind(7, enrolment.certificateDer);
            insert.bind(8, enrolment.notBefore);
            insert.bind(9, enrolment.notAfter);
            insert.bind(10, VaultAccess::nowUtc());
            if (auto inserted = insert.run(); !inserted.ok()) {
                return inserted;
            }
            id = connection.lastInsertId();
            return audit.append(QStringLiteral("enrolment.saved"), QStringLiteral("enrolment %1").arg(id));
        });
    if (!status.ok()) {
        return status;
    }
    return id;
}

VaultResult<BureauEnrolment> EnrolmentStore::current()
{
    std::vector<BureauEnrolment> latest;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) -> VaultStatus {
        // By id, not by enrolled_at: two enrolments can share a millisecond, ids never repeat.
        const QByteArray sql = QByteArray(enrolmentColumns) + " ORDER BY id DESC LIMIT 1;";
        SqlStatement row(connection, sql.constData());
        if (auto read = readEnrolments(row, latest); !read.ok()) {
            return read;
        }
        if (latest.empty()) {
            return invalid(tr("This vault is not enrolled with the tax bureau yet; enrol first to file."));
        }
        return VaultStatus::success();
    });
    if (!status.ok()) {
        return status;
    }
    return VaultResult<BureauEnrolment>(std::move(latest.front()));
}

VaultResult<std::vector<BureauEnrolment>> EnrolmentStore::all()
{
    std::vector<BureauEnrolment> enrolments;
    const VaultStatus status = VaultAccess::read(m_vault, [&](SqlCipherConnection& connection) {
        const QByteArray sql = QByteArray(enrolmentColumns) + " ORDER BY id;";
        SqlStatement rows(connection, sql.constData());
        return readEnrolments(rows, enrolments);
    });
    if (!status.ok()) {
        return status;
    }
    return VaultResult<std::vector<BureauEnrolment>>(std::move(enrolments));
}

} // namespace huisuan
