// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/Sm2Signature.h"

#include "filing/OpenSslHandles.h"

#include <openssl/evp.h>

namespace huisuan {

bool Sm2Signature::initDigestContext(EVP_MD_CTX* context, EVP_PKEY* key, const QByteArray& signerId, bool forSigning)
{
    EVP_PKEY_CTX* keyContext = nullptr; // owned by the digest context
    const int initialised = forSigning ? EVP_DigestSignInit(context, &keyContext, EVP_sm3(), nullptr, key)
                                       : EVP_DigestVerifyInit(context, &keyContext, EVP_sm3(), nullptr, key);
    // The id must be on the key context before the first update: that is when Z is computed.
    return initialised == 1 && keyContext != nullptr &&
        EVP_PKEY_CTX_set1_id(keyContext, signerId.constData(), static_cast<std::size_t>(signerId.size())) == 1;
}

FilingResult<QByteArray>
Sm2Signature::sign(const Sm2KeyPair& key, const QByteArray& message, const QByteArray& signerId)
{
    if (!key.hasPrivateKey()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument, tr("There is no private key to sign with."));
    }
    EvpMdCtxHandle context(EVP_MD_CTX_new());
    std::size_t size = 0;
    if (context == nullptr || !initDigestContext(context.get(), key.handle(), signerId, true) ||
        EVP_DigestSignUpdate(context.get(), message.constData(), static_cast<std::size_t>(message.size())) != 1 ||
        EVP_DigestSignFinal(context.get(), nullptr, &size) != 1) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The filing could not be signed."), takeOpenSslErrors());
    }
    QByteArray signature(static_cast<qsizetype>(size), Qt::Uninitialized);
    if (EVP_DigestSignFinal(context.get(), reinterpret_cast<unsigned char*>(signature.data()), &size) != 1) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The filing could not be signed."), takeOpenSslErrors());
    }
    // The first call returns the largest DER size; the actual signature is often a byte or two shorter.
    signature.truncate(static_cast<qsizetype>(size));
    return signature;
}

FilingStatus Sm2Signature::verify(const Sm2KeyPair& publicKey,
                                  const QByteArray& message,
                                  const QByteArray& signature,
                                  const QByteArray& signerId)
{
    if (publicKey.isNull()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument, tr("There is no public key to verify with."));
    }
    EvpMdCtxHandle context(EVP_MD_CTX_new());
    if (context == nullptr || !initDigestContext(context.get(), publicKey.handle(), signerId, false) ||
        EVP_DigestVerifyUpdate(context.get(), message.constData(), static_cast<std::size_t>(message.size())) != 1) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The signature could not be checked."), takeOpenSslErrors());
    }
    const int verified = EVP_DigestVerifyFinal(context.get(),
                                               reinterpret_cast<const unsigned char*>(signature.constData()),
                                               static_cast<std::size_t>(signature.size()));
    if (verified != 1) {
        return FilingStatus::failure(FilingErrorCode::BadSignature,
                                     tr("The signature does not match the signed content or the signer."),
                                     takeOpenSslErrors());
    }
    return FilingStatus::success();
}

} // namespace huisuan
