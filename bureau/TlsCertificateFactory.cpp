// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/TlsCertificateFactory.h"

#include "filing/OpenSslHandles.h"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509v3.h>

namespace huisuan {

namespace {

using BioHandle = std::unique_ptr<BIO, OpenSslDeleter<BIO_free_all>>;
using BignumHandle = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;

FilingStatus cryptoFailure(const char* step)
{
    return FilingStatus::failure(FilingErrorCode::Crypto,
                                 TlsCertificateFactory::tr("The bureau could not make its TLS certificates."),
                                 QStringLiteral("%1: %2").arg(QLatin1String(step), takeOpenSslErrors()));
}

QByteArray bioBytes(BIO* bio)
{
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(size));
}

bool addExtension(X509* certificate, X509* issuer, int nid, const char* value)
{
    X509V3_CTX context;
    X509V3_set_ctx_nodb(&context);
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, &context, nid, value);
    if (extension == nullptr) {
        return false;
    }
    const bool added = X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

/** A certificate for `key` named `commonName`, issued by `issuer` (itself when null) under `issuerKey`. */
X509Handle makeCertificate(EVP_PKEY* key,
                           const char* commonName,
                           X509* issuer,
                           EVP_PKEY* issuerKey,
                           const QDateTime& notBefore,
                           const QDateTime& notAfter,
                           bool authority)
{
    X509Handle certificate(X509_new());
    if (!certificate || X509_set_version(certificate.get(), X509_VERSION_3) != 1) {
        return nullptr;
    }
    // A random positive 127-bit serial, as RFC 5280 §4.1.2.2 recommends for unpredictability.
    BignumHandle serial(BN_new());
    if (!serial || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate.get())) == nullptr) {
        return nullptr;
    }
    X509_NAME* name = X509_get_subject_name(certificate.get());
    if (X509_NAME_add_entry_by_txt(
            name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(commonName), -1, -1, 0) != 1 ||
        X509_set_issuer_name(certificate.get(), issuer ? X509_get_subject_name(issuer) : name) != 1 ||
        ASN1_TIME_set(X509_getm_notBefore(certificate.get()), time_t(notBefore.toSecsSinceEpoch())) == nullptr ||
        ASN1_TIME_set(X509_getm_notAfter(certificate.get()), time_t(notAfter.toSecsSinceEpoch())) == nullptr ||
        X509_set_pubkey(certificate.get(), key) != 1) {
        return nullptr;
    }
    X509* issuerCertificate = issuer ? issuer : certificate.get();
    const bool extended = authority
        ? addExtension(certificate.get(), issuerCertificate, NID_basic_constraints, "critical,CA:TRUE") &&
            addExtension(certificate.get(), issuerCertificate, NID_key_usage, "critical,keyCertSign,cRLSign") &&
            addExtension(certificate.get(), issuerCertificate, NID_subject_key_identifier, "hash")
        : addExtension(certificate.get(), issuerCertificate, NID_basic_constraints, "critical,CA:FALSE") &&
            addExtension(certificate.get(), issuerCertificate, NID_key_usage, "critical,digitalSignature") &&
            addExtension(certificate.get(), issuerCertificate, NID_ext_key_usage, "serverAuth") &&
            addExtension(certificate.get(), issuerCertificate, NID_subject_alt_name, "IP:127.0.0.1,DNS:localhost") &&
            addExtension(certificate.get(), issuerCertificate, NID_subject_key_identifier, "hash") &&
            addExtension(certificate.get(), issuerCertificate, NID_authority_key_identifier, "keyid:always");
    if (!extended || X509_sign(certificate.get(), issuerKey, EVP_sha256()) <= 0) {
        return nullptr;
    }
    return certificate;
}

QByteArray certificatePem(X509* certificate)
{
    BioHandle bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_X509(bio.get(), certificate) != 1) {
        return QByteArray();
    }
    return bioBytes(bio.get());
}

SecureBuffer keyPem(EVP_PKEY* key)
{
    BioHandle bio(BIO_new(BIO_s_secmem()));
    if (!bio || PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr) != 1) {
        return SecureBuffer();
    }
    char* data = nullptr;
    const long size = BIO_get_mem_data(bio.get(), &data);
    return SecureBuffer::fromBytes(data, std::size_t(size));
}

} // namespace

FilingResult<TlsMaterial> TlsCertificateFactory::create(const QDateTime& notBefore, const QDateTime& notAfter)
{
    EvpPkeyHandle caKey(EVP_EC_gen("P-256"));
    EvpPkeyHandle serverKey(EVP_EC_gen("P-256"));
    if (!caKey || !serverKey) {
        return cryptoFailure("EVP_EC_gen");
    }
    X509Handle ca =
        makeCertificate(caKey.get(), "Huisuan sandbox bureau TLS CA", nullptr, caKey.get(), notBefore, notAfter, true);
    if (!ca) {
        return cryptoFailure("CA certificate");
    }
    X509Handle server =
        makeCertificate(serverKey.get(), "127.0.0.1", ca.get(), caKey.get(), notBefore, notAfter, false);
    if (!server) {
        return cryptoFailure("server certificate");
    }
    TlsMaterial material;
    material.caCertificatePem = certificatePem(ca.get());
    material.caKeyPem = keyPem(caKey.get());
    material.serverCertificatePem = certificatePem(server.get());
    material.serverKeyPem = keyPem(serverKey.get());
    if (material.caCertificatePem.isEmpty() || material.caKeyPem.isEmpty() || material.serverCertificatePem.isEmpty() ||
        material.serverKeyPem.isEmpty()) {
        return cryptoFailure("PEM");
    }
    return material;
}

} // namespace huisuan
