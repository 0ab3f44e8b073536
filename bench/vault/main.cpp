// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan-vault-bench: unlock time, and 100 000 annual returns stored and read back in an encrypted
// vault beside the same work on SQLCipher with no key, in one run (see bench/README.md).
#include "../RatioReporter.h"
#include "VaultBenchmarks.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <sys/prctl.h>
#include <sys/resource.h>

namespace {

constexpr int annualReturns = 100000;
// Commits grouped as an import would: with one fsync per return (synchronous=FULL) the run would
// time the disk, about 1.2 ms a commit here, and hide the cipher it is meant to measure.
constexpr int returnsPerTransaction = 1000;

} // namespace

int main(int argc, char** argv)
{
    using namespace huisuan::bench;

    // Like every executable that holds keys: no core dumps.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    QCoreApplication application(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) {
        return 1;
    }
    // In $TMPDIR: set it to put the databases on the disk to be measured.
    QTemporaryDir folder;
    if (!folder.isValid()) {
        std::fprintf(stderr, "cannot create a temporary folder: %s\n", qPrintable(folder.errorString()));
        return 1;
    }
    registerVaultBenchmarks(folder.path(), annualReturns, returnsPerTransaction);

    RatioReporter reporter({
        {storeEncryptedName, storePlainName},
        {readEncryptedName, readPlainName},
    });
    benchmark::RunSpecifiedBenchmarks(&reporter);
    benchmark::Shutdown();
    return 0;
}
