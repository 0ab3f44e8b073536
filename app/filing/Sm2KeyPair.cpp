// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/Sm2KeyPair.h"

#include "filing/OpenSslHandles.h"

#include <memory>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/evp.h>
#include <openssl/x509.h>
#include <utility>

namespace huisuan {

namespace {

using EncoderHandle = std::unique_ptr<OSSL_ENCODER_CTX, OpenSslDeleter<OSSL_ENCODER_CTX_free>>;
using DecoderHandle = std::unique_ptr<OSSL_DECODER_CTX, OpenSslDeleter<OSSL_DECODER_CTX_free>>;

} // namespace

Sm2KeyPair::~Sm2KeyPair()
{
    EVP_PKEY_free(m_key);
}

Sm2KeyPair::Sm2KeyPair(Sm2KeyPair&& other) noexcept
    : m_key(std::exchange(other.m_key, nullptr))
{
}

Sm2KeyPair& Sm2KeyPair::operator=(Sm2KeyPair&& other) noexcept
{
    if (this != &other) {
        EVP_PKEY_free(m_key);
        m_key = std::exchange(other.m_key, nullptr);
    }
    return *this;
}

FilingResult<Sm2KeyPair> Sm2KeyPair::generate()
{
    EVP_PKEY* key = EVP_PKEY_Q_keygen(nullptr, nullptr, "SM2");
    if (key == nullptr) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("An SM2 key could not be generated."), takeOpenSslErrors());
    }
    return Sm2KeyPair(key);
}

FilingResult<Sm2KeyPair> Sm2KeyPair::fromPrivateKeyDer(const SecureBuffer& pkcs8)
{
    EVP_PKEY* key = nullptr;
    // Naming the key type "SM2" makes the decoder refuse a key on any other curve.
    DecoderHandle decoder(OSSL_DECODER_CTX_new_for_pkey(
        &key, "DER", "PrivateKeyInfo", "SM2", OSSL_KEYMGMT_SELECT_KEYPAIR, nullptr, nullptr));
    const unsigned char* cursor = pkcs8.data();
    std::size_t remaining = pkcs8.size();
    if (decoder == nullptr || OSSL_DECODER_from_data(decoder.get(), &cursor, &remaining) != 1) {
        EVP_PKEY_free(key);
        return FilingStatus::failure(
            FilingErrorCode::MalformedKey, tr("The stored private key is not an SM2 key."), takeOpenSslErrors());
    }
    Sm2KeyPair pair(key);
    if (remaining != 0 || !EVP_PKEY_is_a(key, "SM2") || !pair.hasPrivateKey()) {
        return FilingStatus::failure(FilingErrorCode::MalformedKey, tr("The stored private key is not an SM2 key."));
    }
    return pair;
}

FilingResult<Sm2KeyPair> Sm2KeyPair::fromPublicKeyDer(const QByteArray& subjectPublicKeyInfo)
{
    const auto* begin = reinterpret_cast<const unsigned char*>(subjectPublicKeyInfo.constData());
    const unsigned char* cursor = begin;
    Sm2KeyPair pair(d2i_PUBKEY(nullptr, &cursor, subjectPublicKeyInfo.size()));
    if (pair.isNull() || cursor != begin + subjectPublicKeyInfo.size() || !EVP_PKEY_is_a(pair.m_key, "SM2")) {
        return FilingStatus::failure(
            FilingErrorCode::MalformedKey, tr("The public key is not an SM2 key."), takeOpenSslErrors());
    }
    return pair;
}

Sm2KeyPair Sm2KeyPair::adopt(EVP_PKEY* key)
{
    Sm2KeyPair pair(key);
    if (key != nullptr && !EVP_PKEY_is_a(key, "SM2")) {
        return {};
    }
    return pair;
}

bool Sm2KeyPair::hasPrivateKey() const
{
    BIGNUM* scalar = nullptr;
    const bool present = m_key != nullptr && EVP_PKEY_get_bn_param(m_key, OSSL_PKEY_PARAM_PRIV_KEY, &scalar) == 1;
    BN_clear_free(scalar);
    return present;
}

FilingResult<SecureBuffer> Sm2KeyPair::privateKeyDer() const
{
    if (!hasPrivateKey()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument, tr("There is no private key to export."));
    }
    EncoderHandle encoder(
        OSSL_ENCODER_CTX_new_for_pkey(m_key, OSSL_KEYMGMT_SELECT_KEYPAIR, "DER", "PrivateKeyInfo", nullptr));
    unsigned char* der = nullptr;
    std::size_t size = 0;
    if (encoder == nullptr || OSSL_ENCODER_to_data(encoder.get(), &der, &size) != 1) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The private key could not be exported."), takeOpenSslErrors());
    }
    SecureBuffer exported = SecureBuffer::fromBytes(der, size);
    OPENSSL_clear_free(der, size);
    if (exported.size() != size) {
        return FilingStatus::failure(FilingErrorCode::Crypto, tr("The private key could not be exported."));
    }
    return exported;
}

QByteArray Sm2KeyPair::publicKeyDer() const
{
    const int size = m_key == nullptr ? 0 : i2d_PUBKEY(m_key, nullptr);
    if (size <= 0) {
        return {};
    }
    QByteArray der(size, Qt::Uninitialized);
    auto* cursor = reinterpret_cast<unsigned char*>(der.data());
    return i2d_PUBKEY(m_key, &cursor) == size ? der : QByteArray();
}

} // namespace huisuan
