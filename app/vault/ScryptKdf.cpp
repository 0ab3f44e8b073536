// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/ScryptKdf.h"

#include <QElapsedTimer>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/kdf.h>
#include <openssl/params.h>

namespace huisuan {

namespace {

QString openSslError()
{
    const unsigned long code = ERR_get_error();
    ERR_clear_error();
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace

VaultStatus ScryptKdf::derive(const SecureBuffer& passphrase,
                              const QByteArray& salt,
                              const ScryptCost& cost,
                              SecureBuffer& derivedKey)
{
    if (!cost.isValid()) {
        return VaultStatus::failure(VaultErrorCode::DamagedVault,
                                    tr("The key file names a key-derivation cost outside the allowed range."),
                                    QStringLiteral("scrypt N=%1 r=%2 p=%3").arg(cost.n).arg(cost.r).arg(cost.p));
    }
    std::unique_ptr<EVP_KDF, decltype(&EVP_KDF_free)> kdf(EVP_KDF_fetch(nullptr, "SCRYPT", nullptr), EVP_KDF_free);
    if (!kdf) {
        return VaultStatus::failure(VaultErrorCode::Crypto, tr("scrypt is not available in OpenSSL."), openSslError());
    }
    std::unique_ptr<EVP_KDF_CTX, decltype(&EVP_KDF_CTX_free)> context(EVP_KDF_CTX_new(kdf.get()), EVP_KDF_CTX_free);
    uint64_t n = cost.n;
    uint32_t r = cost.r;
    uint32_t p = cost.p;
    uint64_t maximumMemory = cost.memoryBytes();
    // OpenSSL's OSSL_PARAM takes non-const pointers but only reads the password and salt.
    const OSSL_PARAM parameters[] = {
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_PASSWORD, const_cast<unsigned char*>(passphrase.data()), passphrase.size()),
        OSSL_PARAM_construct_octet_string(
            OSSL_KDF_PARAM_SALT, const_cast<char*>(salt.constData()), static_cast<std::size_t>(salt.size())),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_N, &n),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_R, &r),
        OSSL_PARAM_construct_uint32(OSSL_KDF_PARAM_SCRYPT_P, &p),
        OSSL_PARAM_construct_uint64(OSSL_KDF_PARAM_SCRYPT_MAXMEM, &maximumMemory),
        OSSL_PARAM_construct_end(),
    };
    SecureBuffer key(keySize);
    if (!context || key.size() != keySize || EVP_KDF_derive(context.get(), key.data(), key.size(), parameters) != 1) {
        return VaultStatus::failure(
            VaultErrorCode::Crypto, tr("The key could not be derived from the passphrase."), openSslError());
    }
    derivedKey = std::move(key);
    return VaultStatus::success();
}

ScryptCost ScryptKdf::calibrate(std::chrono::milliseconds target)
{
    static const QByteArray salt(32, '\0');
    QByteArray sample("calibration");
    const SecureBuffer passphrase = SecureBuffer::takeFrom(sample);
    ScryptCost cost;
    cost.n = ScryptCost::minimumN;
    // Doubling N doubles the time: stop at the N whose time is within a factor √2 of the target.
    while (cost.n < ScryptCost::maximumN) {
        QElapsedTimer timer;
        timer.start();
        SecureBuffer key;
        if (!derive(passphrase, salt, cost, key).ok()) {
            break;
        }
        if (timer.elapsed() * 2 * 100 > target.count() * 141) {
            break;
        }
        cost.n *= 2;
    }
    return cost;
}

} // namespace huisuan
