// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/Sm2CertificateRequest.h"

#include "filing/OpenSslHandles.h"
#include "filing/Sm2Signature.h"

#include <openssl/x509.h>

namespace huisuan {

namespace {

bool addSubjectEntry(X509_NAME* subject, const char* field, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    return X509_NAME_add_entry_by_txt(
               subject, field, MBSTRING_UTF8, reinterpret_cast<const unsigned char*>(utf8.constData()), -1, -1, 0) == 1;
}

} // namespace

FilingResult<QByteArray>
Sm2CertificateRequest::create(const Sm2KeyPair& key, const QString& name, const QString& identityNumber)
{
    if (identityNumber.isEmpty()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("A certificate request needs a key pair, a name and an identity number."));
    }
    return createRequest(key, name, identityNumber);
}

FilingResult<QByteArray> Sm2CertificateRequest::createForBureauService(const Sm2KeyPair& key, const QString& name)
{
    return createRequest(key, name, QString());
}

FilingResult<QByteArray>
Sm2CertificateRequest::createRequest(const Sm2KeyPair& key, const QString& name, const QString& identityNumber)
{
    if (!key.hasPrivateKey() || name.isEmpty()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("A certificate request needs a key pair, a name and an identity number."));
    }
    X509ReqHandle request(X509_REQ_new());
    EvpMdCtxHandle context(EVP_MD_CTX_new());
    X509_NAME* subject = request == nullptr ? nullptr : X509_REQ_get_subject_name(request.get());
    const bool built = subject != nullptr && context != nullptr && X509_REQ_set_version(request.get(), 0) == 1 &&
        addSubjectEntry(subject, "CN", name) &&
        (identityNumber.isEmpty() || addSubjectEntry(subject, "serialNumber", identityNumber)) &&
        X509_REQ_set_pubkey(request.get(), key.handle()) == 1 &&
        Sm2Signature::initDigestContext(context.get(), key.handle(), Sm2Signature::defaultSignerId(), true) &&
        X509_REQ_sign_ctx(request.get(), context.get()) > 0;
    const int size = built ? i2d_X509_REQ(request.get(), nullptr) : 0;
    if (size <= 0) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The certificate request could not be created."), takeOpenSslErrors());
    }
    QByteArray der(size, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_X509_REQ(request.get(), &cursor) != size) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The certificate request could not be created."), takeOpenSslErrors());
    }
    return der;
}

} // namespace huisuan
