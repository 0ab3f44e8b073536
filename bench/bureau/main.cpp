// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan-bureau-bench: signed filings over HTTPS against the real huisuan-bureau on loopback, one
// at a time and in batches of 10 000, straight and through the vault's outbox (see bench/README.md).
#include "BureauBenchmarks.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <cstdio>
#include <exception>
#include <sys/prctl.h>
#include <sys/resource.h>

int main(int argc, char** argv)
{
    // Like every executable that holds private keys: no core dumps.
    const rlimit noCore {0, 0};
    setrlimit(RLIMIT_CORE, &noCore);
    prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
    QCoreApplication application(argc, argv);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Signed filings against the sandbox bureau on loopback."));
    parser.addHelpOption();
    const QCommandLineOption filings(QStringLiteral("filings"),
                                     QStringLiteral("Filings timed one by one, (a); 0 skips (default 200)."),
                                     QStringLiteral("N"),
                                     QStringLiteral("200"));
    const QCommandLineOption batch(QStringLiteral("batch"),
                                   QStringLiteral("Filings in the direct batch, (b); 0 skips (default 10000)."),
                                   QStringLiteral("N"),
                                   QStringLiteral("10000"));
    const QCommandLineOption vaultBatch(
        QStringLiteral("vault-batch"),
        QStringLiteral("Filings through the vault and the outbox, (b); 0 skips (default: --batch)."),
        QStringLiteral("N"));
    const QCommandLineOption bureau(QStringLiteral("bureau"),
                                    QStringLiteral("The huisuan-bureau executable (default: the one built with this)."),
                                    QStringLiteral("PATH"),
                                    QStringLiteral(HUISUAN_BUREAU_PATH));
    parser.addOptions({filings, batch, vaultBatch, bureau});
    parser.process(application);

    huisuan::bench::BureauBenchSettings settings;
    settings.bureauProgram = parser.value(bureau);
    bool ok = true;
    bool each = true;
    settings.filings = parser.value(filings).toInt(&each);
    ok = ok && each && settings.filings >= 0;
    settings.batch = parser.value(batch).toInt(&each);
    ok = ok && each && settings.batch >= 0;
    settings.vaultBatch = parser.isSet(vaultBatch) ? parser.value(vaultBatch).toInt(&each) : settings.batch;
    ok = ok && each && settings.vaultBatch >= 0;
    if (!ok) {
        std::fprintf(stderr, "the counts must be whole numbers, 0 or more\n");
        return 2;
    }
    try {
        huisuan::bench::runBureauBenchmarks(settings);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "huisuan-bureau-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
