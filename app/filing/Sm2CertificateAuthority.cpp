// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/Sm2CertificateAuthority.h"

#include "filing/OpenSslHandles.h"
#include "filing/Sm2Signature.h"

#include <openssl/bn.h>
#include <openssl/x509.h>
#include <openssl/x509_vfy.h>
#include <openssl/x509v3.h>
#include <vector>

namespace huisuan {

namespace {

using BignumHandle = std::unique_ptr<BIGNUM, OpenSslDeleter<BN_free>>;
using StoreHandle = std::unique_ptr<X509_STORE, OpenSslDeleter<X509_STORE_free>>;
using StoreContextHandle = std::unique_ptr<X509_STORE_CTX, OpenSslDeleter<X509_STORE_CTX_free>>;

/**
 * OpenSSL 3.0 verifies an SM2 certificate or request signature with the signer id stored on the
 * object, not with a default, so every object we verify gets the GM/T 0009 id first.
 */
ASN1_OCTET_STRING* newSignerId()
{
    const QByteArray id = Sm2Signature::defaultSignerId();
    ASN1_OCTET_STRING* octets = ASN1_OCTET_STRING_new();
    if (octets != nullptr &&
        ASN1_OCTET_STRING_set(octets, reinterpret_cast<const unsigned char*>(id.constData()), id.size()) != 1) {
        ASN1_OCTET_STRING_free(octets);
        return nullptr;
    }
    return octets;
}

bool setSignerId(X509* certificate)
{
    ASN1_OCTET_STRING* id = newSignerId();
    X509_set0_distinguishing_id(certificate, id);
    return id != nullptr;
}

bool addExtension(X509* certificate, X509V3_CTX* context, int nid, const char* value)
{
    X509_EXTENSION* extension = X509V3_EXT_conf_nid(nullptr, context, nid, value);
    const bool added = extension != nullptr && X509_add_ext(certificate, extension, -1) == 1;
    X509_EXTENSION_free(extension);
    return added;
}

/** Fills in everything but the subject, signs with the issuer's key, and returns the DER. */
QByteArray finishCertificate(X509* certificate,
                             X509* issuer,
                             EVP_PKEY* subjectKey,
                             const Sm2KeyPair& issuerKey,
                             const QDateTime& notBefore,
                             const QDateTime& notAfter,
                             const std::vector<std::pair<int, const char*>>& extensions)
{
    // 127 random bits: positive, unpredictable, and within the 20 octets RFC 5280 allows.
    BignumHandle serial(BN_new());
    if (serial == nullptr || BN_rand(serial.get(), 127, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY) != 1 ||
        BN_to_ASN1_INTEGER(serial.get(), X509_get_serialNumber(certificate)) == nullptr ||
        X509_set_version(certificate, X509_VERSION_3) != 1 ||
        X509_set_issuer_name(certificate, X509_get_subject_name(issuer)) != 1 ||
        ASN1_TIME_set(X509_getm_notBefore(certificate), notBefore.toSecsSinceEpoch()) == nullptr ||
        ASN1_TIME_set(X509_getm_notAfter(certificate), notAfter.toSecsSinceEpoch()) == nullptr ||
        X509_set_pubkey(certificate, subjectKey) != 1) {
        return {};
    }
    X509V3_CTX context;
    X509V3_set_ctx(&context, issuer, certificate, nullptr, nullptr, 0);
    for (const auto& [nid, value] : extensions) {
        if (!addExtension(certificate, &context, nid, value)) {
            return {};
        }
    }
    EvpMdCtxHandle signing(EVP_MD_CTX_new());
    if (signing == nullptr ||
        !Sm2Signature::initDigestContext(signing.get(), issuerKey.handle(), Sm2Signature::defaultSignerId(), true) ||
        X509_sign_ctx(certificate, signing.get()) <= 0) {
        return {};
    }
    return certificateToDer(certificate);
}

bool validPeriod(const QDateTime& notBefore, const QDateTime& notAfter)
{
    return notBefore.isValid() && notAfter.isValid() && notBefore < notAfter;
}

} // namespace

FilingResult<Sm2CertificateAuthority> Sm2CertificateAuthority::create(Sm2KeyPair key,
                                                                      const QString& commonName,
                                                                      const QDateTime& notBefore,
                                                                      const QDateTime& notAfter)
{
    if (!key.hasPrivateKey() || commonName.isEmpty() || !validPeriod(notBefore, notAfter)) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("A certificate authority needs a key pair, a name and a validity period."));
    }
    const QByteArray nameUtf8 = commonName.toUtf8();
    X509Handle certificate(X509_new());
    const bool named = certificate != nullptr &&
        X509_NAME_add_entry_by_txt(X509_get_subject_name(certificate.get()),
                                   "CN",
                                   MBSTRING_UTF8,
                                   reinterpret_cast<const unsigned char*>(nameUtf8.constData()),
                                   -1,
                                   -1,
                                   0) == 1;
    // The subject key identifier comes first: the self-signed authority key identifier copies it.
    const QByteArray der = named ? finishCertificate(certificate.get(),
                                                     certificate.get(),
                                                     key.handle(),
                                                     key,
                                                     notBefore,
                                                     notAfter,
                                                     {{NID_basic_constraints, "critical,CA:TRUE"},
                                                      {NID_key_usage, "critical,keyCertSign,cRLSign"},
                                                      {NID_subject_key_identifier, "hash"},
                                                      {NID_authority_key_identifier, "keyid:always"}})
                                 : QByteArray();
    if (der.isEmpty()) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The certificate authority could not be created."), takeOpenSslErrors());
    }
    Sm2CertificateAuthority authority;
    authority.m_key = std::move(key);
    authority.m_certificateDer = der;
    return authority;
}

FilingResult<Sm2CertificateAuthority> Sm2CertificateAuthority::load(const SecureBuffer& privateKeyPkcs8,
                                                                    const QByteArray& certificateDer)
{
    FilingResult<Sm2KeyPair> key = Sm2KeyPair::fromPrivateKeyDer(privateKeyPkcs8);
    if (!key.ok()) {
        return key.status;
    }
    X509Handle certificate = parseCertificateDer(certificateDer);
    if (certificate == nullptr || X509_check_ca(certificate.get()) == 0) {
        return FilingStatus::failure(FilingErrorCode::UntrustedCertificate,
                                     tr("The stored certificate is not a certificate authority's certificate."),
                                     takeOpenSslErrors());
    }
    // Equal public halves refuse another CA's key; the self-signature refuses a certificate altered
    // since it was signed, which parsing alone does not notice.
    if (EVP_PKEY_eq(X509_get0_pubkey(certificate.get()), key.value.handle()) != 1 || !setSignerId(certificate.get()) ||
        X509_verify(certificate.get(), key.value.handle()) != 1) {
        return FilingStatus::failure(FilingErrorCode::MalformedKey,
                                     tr("The stored private key does not belong to the certificate authority's "
                                        "certificate."),
                                     takeOpenSslErrors());
    }
    Sm2CertificateAuthority authority;
    authority.m_key = std::move(key.value);
    authority.m_certificateDer = certificateDer;
    return authority;
}

FilingResult<QByteArray> Sm2CertificateAuthority::issue(const QByteArray& requestDer,
                                                        const QDateTime& notBefore,
                                                        const QDateTime& notAfter) const
{
    if (!m_key.hasPrivateKey() || !validPeriod(notBefore, notAfter)) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("A certificate needs a certificate authority and a validity period."));
    }
    const auto* begin = reinterpret_cast<const unsigned char*>(requestDer.constData());
    const unsigned char* cursor = begin;
    X509ReqHandle request(d2i_X509_REQ(nullptr, &cursor, requestDer.size()));
    EVP_PKEY* subjectKey = request == nullptr ? nullptr : X509_REQ_get0_pubkey(request.get());
    ASN1_OCTET_STRING* id = request == nullptr ? nullptr : newSignerId();
    if (request != nullptr) {
        X509_REQ_set0_distinguishing_id(request.get(), id);
    }
    if (request == nullptr || cursor != begin + requestDer.size() || subjectKey == nullptr ||
        !EVP_PKEY_is_a(subjectKey, "SM2") || id == nullptr || X509_REQ_verify(request.get(), subjectKey) != 1) {
        return FilingStatus::failure(FilingErrorCode::MalformedRequest,
                                     tr("The enrolment request is not a signed SM2 certificate request."),
                                     takeOpenSslErrors());
    }
    X509Handle issuer = parseCertificateDer(m_certificateDer);
    X509Handle certificate(X509_new());
    const QByteArray der = issuer != nullptr && certificate != nullptr &&
            X509_set_subject_name(certificate.get(), X509_REQ_get_subject_name(request.get())) == 1
        ? finishCertificate(certificate.get(),
                            issuer.get(),
                            subjectKey,
                            m_key,
                            notBefore,
                            notAfter,
                            {{NID_basic_constraints, "critical,CA:FALSE"},
                             {NID_key_usage, "critical,digitalSignature,nonRepudiation"},
                             {NID_subject_key_identifier, "hash"},
                             {NID_authority_key_identifier, "keyid:always"}})
        : QByteArray();
    if (der.isEmpty()) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The certificate could not be issued."), takeOpenSslErrors());
    }
    return der;
}

FilingResult<Sm2KeyPair> Sm2CertificateAuthority::verifyCertificate(const QByteArray& caCertificateDer,
                                                                    const QByteArray& certificateDer,
                                                                    const QDateTime& at)
{
    X509Handle authority = parseCertificateDer(caCertificateDer);
    X509Handle certificate = parseCertificateDer(certificateDer);
    if (authority == nullptr || certificate == nullptr || !at.isValid()) {
        return FilingStatus::failure(FilingErrorCode::UntrustedCertificate,
                                     tr("The certificate or the certificate authority is not a valid certificate."),
                                     takeOpenSslErrors());
    }
    // A CA certificate would chain to itself; only the taxpayer certificates it issued sign filings.
    if (X509_check_ca(certificate.get()) != 0) {
        return FilingStatus::failure(FilingErrorCode::UntrustedCertificate,
                                     tr("The certificate is a certificate authority's, not a taxpayer's."));
    }
    StoreHandle store(X509_STORE_new());
    StoreContextHandle context(X509_STORE_CTX_new());
    if (store == nullptr || context == nullptr || !setSignerId(certificate.get()) ||
        X509_STORE_add_cert(store.get(), authority.get()) != 1 ||
        X509_STORE_CTX_init(context.get(), store.get(), certificate.get(), nullptr) != 1) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The certificate could not be checked."), takeOpenSslErrors());
    }
    X509_VERIFY_PARAM_set_time(X509_STORE_CTX_get0_param(context.get()), at.toSecsSinceEpoch());
    if (X509_verify_cert(context.get()) != 1) {
        const QString reason =
            QString::fromLatin1(X509_verify_cert_error_string(X509_STORE_CTX_get_error(context.get())));
        takeOpenSslErrors();
        return FilingStatus::failure(FilingErrorCode::UntrustedCertificate,
                                     tr("The certificate was not issued by the tax bureau or is not valid at %1.")
                                         .arg(at.toUTC().toString(Qt::ISODate)),
                                     reason);
    }
    Sm2KeyPair key = Sm2KeyPair::adopt(X509_get_pubkey(certificate.get()));
    if (key.isNull()) {
        return FilingStatus::failure(FilingErrorCode::UntrustedCertificate,
                                     tr("The certificate's key is not an SM2 key."));
    }
    return key;
}

FilingResult<CertificateSubject> Sm2CertificateAuthority::subject(const QByteArray& certificateDer)
{
    X509Handle certificate = parseCertificateDer(certificateDer);
    if (certificate == nullptr) {
        return FilingStatus::failure(FilingErrorCode::UntrustedCertificate,
                                     tr("The certificate is not a valid certificate."),
                                     takeOpenSslErrors());
    }
    const X509_NAME* name = X509_get_subject_name(certificate.get());
    const auto text = [name](int nid) {
        const int index = X509_NAME_get_index_by_NID(name, nid, -1);
        if (index < 0) {
            return QString();
        }
        const ASN1_STRING* value = X509_NAME_ENTRY_get_data(X509_NAME_get_entry(name, index));
        unsigned char* utf8 = nullptr;
        const int length = ASN1_STRING_to_UTF8(&utf8, value);
        const QString result = length < 0 ? QString() : QString::fromUtf8(reinterpret_cast<char*>(utf8), length);
        OPENSSL_free(utf8);
        return result;
    };
    CertificateSubject subject;
    subject.commonName = text(NID_commonName);
    subject.serialNumber = text(NID_serialNumber);
    subject.attributeCount = X509_NAME_entry_count(name);
    return subject;
}

} // namespace huisuan
