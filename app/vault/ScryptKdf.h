// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/ScryptCost.h"
#include "vault/SecureBuffer.h"
#include "vault/VaultStatus.h"

#include <QByteArray>
#include <QCoreApplication>
#include <chrono>

namespace huisuan {

/** Derives the key that wraps a vault's data key from the passphrase: scrypt via OpenSSL 3 EVP_KDF. */
class ScryptKdf
{
    Q_DECLARE_TR_FUNCTIONS(ScryptKdf)

public:
    static constexpr std::size_t keySize = 32;

    static VaultStatus
    derive(const SecureBuffer& passphrase, const QByteArray& salt, const ScryptCost& cost, SecureBuffer& derivedKey);

    /**
     * The cost whose derivation takes about `target` on this machine (r = 8, p = 1, N doubled
     * from the minimum), as KeePassXC's Kdf::benchmark does.
     */
    static ScryptCost calibrate(std::chrono::milliseconds target);
};

} // namespace huisuan
