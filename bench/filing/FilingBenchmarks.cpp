// SPDX-License-Identifier: GPL-3.0-or-later
#include "FilingBenchmarks.h"

#include "../SyntheticTaxpayers.h"
#include "filing/FilingEnvelope.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2CertificateRequest.h"
#include "filing/Sm2KeyPair.h"

#include "json/JsonReader.h"
#include <QDateTime>
#include <QTimeZone>
#include <benchmark/benchmark.h>
#include <memory>
#include <stdexcept>
#include <vector>

namespace huisuan::bench {

namespace {

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

template <typename T>
T take(FilingResult<T> result, const char* what)
{
    if (!result.ok()) {
        throw std::runtime_error(std::string(what) + ": " + result.status.toString().toStdString());
    }
    return std::move(result.value);
}

/** The bureau's CA, one enrolled taxpayer and the envelopes to sign, all made before any timing. */
struct Fixture
{
    Sm2CertificateAuthority authority;
    Sm2KeyPair key;
    QByteArray certificate;
    std::vector<FilingEnvelope> envelopes;
    std::vector<QByteArray> signedFilings;
    // Inside the certificate's validity, as the bureau's clock would be when the filing arrives.
    QDateTime verifiedAt = utc(2026, 6, 1);
};

std::shared_ptr<Fixture> makeFixture(int returns, int taxYear)
{
    auto fixture = std::make_shared<Fixture>();
    fixture->authority = take(Sm2CertificateAuthority::create(take(Sm2KeyPair::generate(), "CA key"),
                                                              QStringLiteral("Huisuan sandbox bureau SM2 CA"),
                                                              utc(2025, 1, 1),
                                                              utc(2035, 1, 1)),
                              "CA");
    fixture->key = take(Sm2KeyPair::generate(), "taxpayer key");
    const QByteArray request =
        take(Sm2CertificateRequest::create(fixture->key, QStringLiteral("张三"), QStringLiteral("11010519491231002X")),
             "enrolment request");
    fixture->certificate = take(fixture->authority.issue(request, utc(2026, 1, 1), utc(2027, 1, 1)), "certificate");

    const SyntheticTaxpayers population(returns, taxYear);
    int index = 0;
    for (const QByteArray& document : population.documents()) {
        const JsonReader::Result parsed = JsonReader::parse(document);
        if (!parsed.ok) {
            throw std::runtime_error("a synthetic return does not parse");
        }
        fixture->envelopes.emplace_back(QStringLiteral("bench-%1").arg(index++, 8, 10, QLatin1Char('0')),
                                        taxYear,
                                        QStringLiteral("sha256:%1").arg(QString(64, QLatin1Char('0'))),
                                        QStringLiteral("0.1.0"),
                                        parsed.value,
                                        utc(2026, 3, 1));
    }
    // A filing that fails to verify here would make every verify timing meaningless: refuse to run.
    for (const FilingEnvelope& envelope : fixture->envelopes) {
        fixture->signedFilings.push_back(take(envelope.sign(fixture->key, fixture->certificate), "signing"));
        take(FilingEnvelope::verify(
                 fixture->signedFilings.back(), fixture->authority.certificateDer(), fixture->verifiedAt),
             "verifying");
    }
    return fixture;
}

void signFilings(benchmark::State& state, const Fixture& fixture)
{
    std::size_t next = 0;
    for (auto _ : state) {
        FilingResult<QByteArray> signedFiling = fixture.envelopes[next].sign(fixture.key, fixture.certificate);
        if (!signedFiling.ok()) {
            state.SkipWithError("a filing could not be signed");
            return;
        }
        qsizetype size = signedFiling.value.size();
        benchmark::DoNotOptimize(size);
        next = (next + 1) % fixture.envelopes.size();
    }
    state.SetItemsProcessed(state.iterations());
}

void verifyFilings(benchmark::State& state, const Fixture& fixture)
{
    std::size_t next = 0;
    for (auto _ : state) {
        FilingResult<FilingEnvelope> envelope =
            FilingEnvelope::verify(fixture.signedFilings[next], fixture.authority.certificateDer(), fixture.verifiedAt);
        if (!envelope.ok()) {
            state.SkipWithError("a signed filing did not verify");
            return;
        }
        int taxYear = envelope.value.taxYear();
        benchmark::DoNotOptimize(taxYear);
        next = (next + 1) % fixture.signedFilings.size();
    }
    state.SetItemsProcessed(state.iterations());
}

/** A day's batch as one run: each filing signed, then verified from its bytes, as client and bureau would. */
void signAndVerifyBatch(benchmark::State& state, const Fixture& fixture, int batch)
{
    for (auto _ : state) {
        for (int i = 0; i < batch; ++i) {
            const FilingEnvelope& envelope = fixture.envelopes[static_cast<std::size_t>(i) % fixture.envelopes.size()];
            FilingResult<QByteArray> signedFiling = envelope.sign(fixture.key, fixture.certificate);
            if (!signedFiling.ok() ||
                !FilingEnvelope::verify(signedFiling.value, fixture.authority.certificateDer(), fixture.verifiedAt)
                     .ok()) {
                state.SkipWithError("a filing of the batch was not signed and verified");
                return;
            }
        }
    }
    state.SetItemsProcessed(state.iterations() * batch);
}

} // namespace

void registerFilingBenchmarks(int returns, int taxYear, int batch)
{
    const std::shared_ptr<Fixture> fixture = makeFixture(returns, taxYear);
    benchmark::RegisterBenchmark(filingSignName, [fixture](benchmark::State& state) {
        signFilings(state, *fixture);
    })->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark(filingVerifyName, [fixture](benchmark::State& state) {
        verifyFilings(state, *fixture);
    })->Unit(benchmark::kMicrosecond);
    // Seconds per iteration: one is enough, and --benchmark_repetitions gives more.
    benchmark::RegisterBenchmark(
        filingBatchName, [fixture, batch](benchmark::State& state) { signAndVerifyBatch(state, *fixture, batch); })
        ->Iterations(1)
        ->Unit(benchmark::kMillisecond);
}

} // namespace huisuan::bench
