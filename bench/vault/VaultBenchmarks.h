// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan::bench {

inline constexpr const char* unlockCalibratedName = "vault_unlock/calibrated_cost";
inline constexpr const char* unlockTestCostName = "vault_unlock/test_cost";
inline constexpr const char* storeEncryptedName = "annual_returns/store/encrypted";
inline constexpr const char* storePlainName = "annual_returns/store/sqlcipher_no_key";
inline constexpr const char* readEncryptedName = "annual_returns/read/encrypted";
inline constexpr const char* readPlainName = "annual_returns/read/sqlcipher_no_key";

/**
 * Registers the vault benchmarks: unlocking (scrypt at the calibrated cost and at the tests' cost),
 * then storing and reading back `returns` annual returns in a keyed SQLCipher database and in one
 * opened with no key, with the same schema, statements and transactions. Files go under `folder`.
 */
void registerVaultBenchmarks(const QString& folder, int returns, int returnsPerTransaction);

} // namespace huisuan::bench
