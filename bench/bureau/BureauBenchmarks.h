// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan::bench {

struct BureauBenchSettings
{
    QString bureauProgram; // the huisuan-bureau executable
    int filings = 200; // (a) timed one by one
    int batch = 10000; // (b) filings in each batch
    int vaultBatch = 10000; // (b) filings through the vault and the outbox; 0 skips it
};

/**
 * Signed filings over HTTPS against the real bureau process on loopback (issue 4), each phase
 * against a fresh bureau: (a) sign + submit + verify the receipt per filing, with baselines
 * measured interleaved with it (sign only, verify the receipt only, an HTTPS round trip answered
 * 404, a signed status query); (b) a batch straight through BureauClient::file, and the same
 * number through FilingService::prepare into a vault and one outbox drain. Prints one line per
 * figure; throws std::runtime_error when a filing is not accepted or anything else fails, since a
 * timing of failures would be meaningless.
 */
void runBureauBenchmarks(const BureauBenchSettings& settings);

} // namespace huisuan::bench
