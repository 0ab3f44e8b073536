// SPDX-License-Identifier: GPL-3.0-or-later
#include "VaultBenchmarks.h"

#include "vault/AnnualReturnTable.h"
#include "vault/AuditLog.h"
#include "vault/SqlCipherConnection.h"
#include "vault/Vault.h"
#include "vault/VaultAccess.h"
#include "vault/VaultKeyFile.h"
#include "vault/VaultSchema.h"

#include <QDir>
#include <QFile>
#include <algorithm>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace huisuan::bench {

namespace {

/**
 * A return of realistic size: about 1.5 KiB of input, 0.4 KiB of result and 6 KiB of trace, the
 * sizes of the engine's JSON for a return with wages, labour income and three special deductions.
 * The bytes vary with the index so that pages do not compress or repeat.
 */
AnnualReturnRecord syntheticReturn(int index)
{
    const QByteArray tag = QByteArray::number(index * 7919);
    AnnualReturnRecord record;
    record.taxYear = 2024;
    record.inputJson =
        QByteArrayLiteral("{\"taxpayer\":") + tag + QByteArray(1500, 'i').replace(0, tag.size(), tag) + '}';
    record.resultJson = QByteArrayLiteral("{\"balance\":\"-") + tag + QByteArrayLiteral(".00\",\"lines\":\"") +
        QByteArray(400, 'r').replace(0, tag.size(), tag) + QByteArrayLiteral("\"}");
    record.traceJson =
        QByteArrayLiteral("[\"") + QByteArray(6000, 't').replace(0, tag.size(), tag) + QByteArrayLiteral("\"]");
    record.rulePackId = QStringLiteral("sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
    record.engineVersion = QStringLiteral("0.1.0");
    return record;
}

/** One side of the comparison: a database file, and the key it is opened with (none for the baseline). */
struct Database
{
    QString path;
    bool encrypted = false;
    std::shared_ptr<SecureBuffer> dataKey;
    std::shared_ptr<SecureBuffer> auditKey;

    VaultStatus open(SqlCipherConnection& connection, bool create) const
    {
        return encrypted ? connection.open(path, *dataKey, create) : connection.openWithoutKeyForBenchmark(path);
    }
};

void removeDatabase(const QString& path)
{
    for (const QString& suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")}) {
        QFile::remove(path + suffix);
    }
}

/**
 * What Vault::saveAnnualReturn runs for each return (the insert, the audit entry and the audit head)
 * with `perTransaction` returns to a commit, on a fresh database.
 */
void storeReturns(benchmark::State& state, const Database& database, int returns, int perTransaction)
{
    for (auto _ : state) {
        state.PauseTiming();
        removeDatabase(database.path);
        SqlCipherConnection connection;
        VaultStatus status = database.open(connection, true);
        if (status.ok()) {
            status = VaultSchema::migrate(connection, VaultSchema::currentVersion, [&](int version) {
                return version == VaultSchema::auditHeadVersion ? AuditLog(connection, *database.auditKey).sealHead()
                                                                : VaultStatus::success();
            });
        }
        QList<AnnualReturnRecord> records;
        records.reserve(returns);
        for (int i = 0; i < returns; ++i) {
            records.append(syntheticReturn(i));
        }
        state.ResumeTiming();
        AuditLog audit(connection, *database.auditKey);
        for (int first = 0; status.ok() && first < returns; first += perTransaction) {
            status = VaultAccess::transaction(connection, [&]() -> VaultStatus {
                for (int i = first; i < std::min(returns, first + perTransaction); ++i) {
                    qint64 id = 0;
                    VaultStatus stored =
                        AnnualReturnTable::insert(connection, records.at(i), VaultAccess::nowUtc(), id);
                    if (stored.ok()) {
                        stored = audit.append(QStringLiteral("annual_return.saved"),
                                              QStringLiteral("annual return %1").arg(id));
                    }
                    if (!stored.ok()) {
                        return stored;
                    }
                }
                return VaultStatus::success();
            });
        }
        if (!status.ok()) {
            state.SkipWithError(status.toString().toStdString().c_str());
            return;
        }
    }
    state.SetItemsProcessed(state.iterations() * returns);
}

/** Vault::annualReturn for every stored id, on a newly opened connection, checking each one. */
void readReturns(benchmark::State& state, const Database& database, int returns)
{
    for (auto _ : state) {
        SqlCipherConnection connection;
        VaultStatus status = database.open(connection, false);
        qsizetype bytes = 0;
        for (qint64 id = 1; status.ok() && id <= returns; ++id) {
            AnnualReturnRecord record;
            bool found = false;
            status = AnnualReturnTable::read(connection, id, record, found);
            if (status.ok() && !found) {
                status = VaultStatus::failure(VaultErrorCode::Internal, QStringLiteral("return %1 missing").arg(id));
            }
            bytes += record.inputJson.size() + record.resultJson.size() + record.traceJson.size();
        }
        if (!status.ok()) {
            state.SkipWithError(status.toString().toStdString().c_str());
            return;
        }
        benchmark::DoNotOptimize(bytes);
    }
    state.SetItemsProcessed(state.iterations() * returns);
}

/** Vault::open on a vault made with `cost`, then close: the key file, scrypt, keying, migration check. */
void registerUnlock(const char* name, const QString& directory, const ScryptCost& cost)
{
    const auto passphrase = std::make_shared<SecureBuffer>(SecureBuffer::fromBytes("bench passphrase", 16));
    auto created = Vault::create(directory, *passphrase, cost);
    if (!created.ok()) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(directory), qPrintable(created.status.toString()));
        return;
    }
    created.value->close();
    benchmark::RegisterBenchmark(name,
                                 [directory, passphrase, cost](benchmark::State& state) {
                                     for (auto _ : state) {
                                         auto vault = Vault::open(directory, *passphrase);
                                         if (!vault.ok()) {
                                             state.SkipWithError(vault.status.toString().toStdString().c_str());
                                             return;
                                         }
                                     }
                                     state.SetLabel(QStringLiteral("scrypt N=2^%1 r=%2 p=%3")
                                                        .arg(qCountTrailingZeroBits(cost.n))
                                                        .arg(cost.r)
                                                        .arg(cost.p)
                                                        .toStdString());
                                 })
        ->Unit(benchmark::kMillisecond)
        ->UseRealTime();
}

} // namespace

void registerVaultBenchmarks(const QString& folder, int returns, int returnsPerTransaction)
{
    const QDir root(folder);
    registerUnlock(unlockCalibratedName, root.filePath(QStringLiteral("unlock-calibrated")), Vault::calibratedCost());
    registerUnlock(
        unlockTestCostName, root.filePath(QStringLiteral("unlock-test")), ScryptCost {ScryptCost::minimumN, 8, 1});

    auto dataKey = std::make_shared<SecureBuffer>(SecureBuffer::random(VaultKeyFile::dataKeySize));
    auto auditKey = std::make_shared<SecureBuffer>(AuditLog::headKey(*dataKey));
    const Database encrypted {root.filePath(QStringLiteral("encrypted.db")), true, dataKey, auditKey};
    const Database plain {root.filePath(QStringLiteral("no-key.db")), false, dataKey, auditKey};
    // Interleaved, so that a change in the machine's load during the run touches both sides.
    for (const Database& database : {encrypted, plain}) {
        benchmark::RegisterBenchmark(database.encrypted ? storeEncryptedName : storePlainName,
                                     [database, returns, returnsPerTransaction](benchmark::State& state) {
                                         storeReturns(state, database, returns, returnsPerTransaction);
                                     })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->UseRealTime();
    }
    for (const Database& database : {encrypted, plain}) {
        benchmark::RegisterBenchmark(
            database.encrypted ? readEncryptedName : readPlainName,
            [database, returns](benchmark::State& state) { readReturns(state, database, returns); })
            ->Unit(benchmark::kMillisecond)
            ->Iterations(1)
            ->UseRealTime();
    }
}

} // namespace huisuan::bench
