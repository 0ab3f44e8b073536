// SPDX-License-Identifier: GPL-3.0-or-later
#include "BureauBenchmarks.h"

#include "../SyntheticTaxpayers.h"
#include "BenchBureau.h"
#include "EngineVersion.h"
#include "filing/BureauClient.h"
#include "filing/FilingEnvelope.h"
#include "filing/FilingService.h"
#include "filing/Sm2CertificateRequest.h"
#include "filing/Sm3Digest.h"
#include "rules/RulePackRegistry.h"
#include "vault/Vault.h"

#include "json/JsonReader.h"
#include <QDateTime>
#include <QTemporaryDir>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <ctime>
#include <map>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

namespace huisuan::bench {

namespace {

using Clock = std::chrono::steady_clock;

/**
 * Tax years with a built-in rule pack, each filed once per taxpayer: the bureau accepts one per person
 * and year.
 */
constexpr int firstYear = 2019;
constexpr int lastYear = 2026;
/** Distinct synthetic returns per year; filing i uses return i modulo this. */
constexpr int returnsPerYear = 1000;

double microsecondsSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::micro>(Clock::now() - start).count();
}

double processCpuSeconds()
{
    timespec now {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return static_cast<double>(now.tv_sec) + static_cast<double>(now.tv_nsec) / 1e9;
}

[[noreturn]] void fail(const std::string& what, const QString& why)
{
    throw std::runtime_error(what + ": " + why.toStdString());
}

template <typename Result>
void require(const Result& result, const char* what)
{
    if (!result.ok()) {
        fail(what, result.status.toString());
    }
}

void line(const char* figure, const QString& value)
{
    std::printf("%-46s %s\n", figure, value.toUtf8().constData());
    std::fflush(stdout);
}

QString milliseconds(double microseconds)
{
    return QStringLiteral("%1 ms").arg(microseconds / 1000.0, 0, 'f', 3);
}

/** Median, minimum and maximum of one figure, in microseconds per item. */
struct Sample
{
    std::vector<double> values;

    void add(double microseconds) { values.push_back(microseconds); }
    double median() const
    {
        std::vector<double> sorted = values;
        std::sort(sorted.begin(), sorted.end());
        const std::size_t n = sorted.size();
        return n == 0 ? 0 : (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2);
    }
    double min() const { return values.empty() ? 0 : *std::min_element(values.begin(), values.end()); }
    double max() const { return values.empty() ? 0 : *std::max_element(values.begin(), values.end()); }

    void print(const char* figure) const
    {
        line(figure,
             QStringLiteral("median %1  min %2  max %3  (n=%4)")
                 .arg(milliseconds(median()), milliseconds(min()), milliseconds(max()))
                 .arg(values.size()));
    }
};

void ratio(const char* figure, const Sample& measured, const Sample& reference)
{
    line(figure, QStringLiteral("%1x (medians)").arg(measured.median() / reference.median(), 0, 'f', 2));
}

/** The synthetic returns of every year with a rule pack, parsed once, before any timing. */
class Returns
{
public:
    Returns()
    {
        for (int year = firstYear; year <= lastYear; ++year) {
            const RulePack* pack = RulePackRegistry::builtIn().forYear(year);
            if (pack == nullptr) {
                continue;
            }
            // The synthetic population claims deductions of later years (infant care from 2022):
            // a year whose law refuses it is left out.
            std::unique_ptr<SyntheticTaxpayers> population;
            try {
                population = std::make_unique<SyntheticTaxpayers>(returnsPerYear, year);
            } catch (const std::runtime_error&) {
                continue;
            }
            Year entry {year, pack->id, {}};
            for (const QByteArray& document : population->documents()) {
                const JsonReader::Result parsed = JsonReader::parse(document);
                if (!parsed.ok) {
                    fail("a synthetic return", QStringLiteral("does not parse"));
                }
                entry.documents.push_back(parsed.value);
            }
            m_years.push_back(std::move(entry));
        }
        if (m_years.empty()) {
            fail("rule packs", QStringLiteral("none built in"));
        }
    }

    int years() const { return static_cast<int>(m_years.size()); }
    int firstTaxYear() const { return m_years.front().year; }
    int lastTaxYear() const { return m_years.back().year; }
    /** Filing i is by taxpayer i / years() for the (i mod years())-th year. */
    int taxpayersFor(int filings) const { return (filings + years() - 1) / years(); }
    int taxYear(int filing) const { return m_years[static_cast<std::size_t>(filing % years())].year; }
    const QString& rulePack(int filing) const { return m_years[static_cast<std::size_t>(filing % years())].pack; }
    const JsonValue& document(int filing) const
    {
        const Year& year = m_years[static_cast<std::size_t>(filing % years())];
        return year.documents[static_cast<std::size_t>(filing / years() % returnsPerYear)];
    }

private:
    struct Year
    {
        int year;
        QString pack;
        std::vector<JsonValue> documents;
    };
    std::vector<Year> m_years;
};

struct Taxpayer
{
    Sm2KeyPair key;
    QByteArray certificate;
};

QString taxpayerName(int index)
{
    return QStringLiteral("测试纳税人%1").arg(index);
}

/** Enrols `count` taxpayers straight through BureauClient::enrol: a key, a CSR and the certificate each. */
std::vector<Taxpayer> enrolTaxpayers(BureauClient& client, int count)
{
    std::vector<Taxpayer> taxpayers;
    for (int index = 0; index < count; ++index) {
        FilingResult<Sm2KeyPair> key = Sm2KeyPair::generate();
        require(key, "a taxpayer key");
        FilingResult<QByteArray> request =
            Sm2CertificateRequest::create(key.value, taxpayerName(index), syntheticIdentityNumber(index));
        require(request, "an enrolment request");
        BureauResult<EnrolmentAnswer> answer =
            client.enrol(request.value, QStringLiteral("bench-enrolment-%1").arg(index));
        require(answer, "an enrolment");
        taxpayers.push_back({std::move(key.value), answer.value.certificateDer});
    }
    return taxpayers;
}

FilingEnvelope envelopeFor(const Returns& returns, int filing, const QString& prefix)
{
    return FilingEnvelope(QStringLiteral("%1-%2").arg(prefix).arg(filing, 6, 10, QLatin1Char('0')),
                          returns.taxYear(filing),
                          returns.rulePack(filing),
                          QStringLiteral(HUISUAN_ENGINE_VERSION),
                          returns.document(filing),
                          QDateTime::currentDateTimeUtc());
}

void requireAccepted(const BureauResult<VerifiedReceipt>& receipt, const FilingEnvelope& envelope)
{
    require(receipt, "a filing");
    if (!receipt.value.receipt.isAccepted()) {
        const QString rule =
            receipt.value.receipt.problems.isEmpty() ? QString() : receipt.value.receipt.problems.first().rule;
        fail("a filing was rejected",
             QStringLiteral("%1 for %2: %3").arg(envelope.submissionId()).arg(envelope.taxYear()).arg(rule));
    }
}

BureauClient::Options clientOptions()
{
    BureauClient::Options options;
    options.timeout = std::chrono::milliseconds(60000);
    return options;
}

/** (a): one filing at a time, with the baselines measured between them under the same load. */
void perFiling(const BureauBenchSettings& settings, const Returns& returns)
{
    BenchBureau bureau(settings.bureauProgram);
    bureau.start();
    BureauClient client(bureau.endpoint(), clientOptions());
    const std::vector<Taxpayer> taxpayers = enrolTaxpayers(client, returns.taxpayersFor(settings.filings));
    // The status queries are signed by the first taxpayer, with a copy of their key.
    FilingResult<SecureBuffer> privateKey = taxpayers.front().key.privateKeyDer();
    require(privateKey, "the first taxpayer's key");
    FilingResult<Sm2KeyPair> queryKey = Sm2KeyPair::fromPrivateKeyDer(privateKey.value);
    require(queryKey, "the first taxpayer's key");
    client.setIdentity(std::move(queryKey.value), taxpayers.front().certificate);
    BureauTransport plain(bureau.endpoint(), std::chrono::milliseconds(60000), QByteArrayLiteral("zh-CN"));
    std::vector<FilingEnvelope> envelopes;
    for (int i = 0; i < settings.filings; ++i) {
        envelopes.push_back(envelopeFor(returns, i, QStringLiteral("bench-a")));
    }
    // The first exchange of each connection includes its TLS handshake: warm both up.
    for (int i = 0; i < 5; ++i) {
        static_cast<void>(plain.post(QStringLiteral("/v1/bench-not-found"), QByteArrayLiteral("{}")));
        static_cast<void>(client.filingStatus(QStringLiteral("bench-warm-up-%1").arg(i), QByteArray()));
    }

    Sample endToEnd, signPart, submitPart, signOnly, verifyOnly, roundTrip, statusQuery;
    for (int i = 0; i < settings.filings; ++i) {
        const Taxpayer& taxpayer = taxpayers[static_cast<std::size_t>(i / returns.years())];
        const FilingEnvelope& envelope = envelopes[static_cast<std::size_t>(i)];

        Clock::time_point start = Clock::now();
        const BureauReply reply = plain.post(QStringLiteral("/v1/bench-not-found"), QByteArrayLiteral("{}"));
        roundTrip.add(microsecondsSince(start));
        if (reply.httpStatus != 404) {
            fail("the 404 round trip", QStringLiteral("HTTP %1 %2").arg(reply.httpStatus).arg(reply.detail));
        }

        start = Clock::now();
        BureauResult<FilingState> state = client.filingStatus(QStringLiteral("bench-unknown-%1").arg(i), QByteArray());
        statusQuery.add(microsecondsSince(start));
        require(state, "a status query");

        start = Clock::now();
        require(envelope.sign(taxpayer.key, taxpayer.certificate), "signing only");
        signOnly.add(microsecondsSince(start));

        start = Clock::now();
        FilingResult<QByteArray> signedFiling = envelope.sign(taxpayer.key, taxpayer.certificate);
        const double signedAt = microsecondsSince(start);
        require(signedFiling, "signing");
        BureauResult<VerifiedReceipt> receipt = client.file(signedFiling.value, envelope.submissionId());
        const double total = microsecondsSince(start);
        requireAccepted(receipt, envelope);
        endToEnd.add(total);
        signPart.add(signedAt);
        submitPart.add(total - signedAt);

        // What BureauClient::file does with the answer: the receipt's signature and chain, and that it answers these
        // bytes.
        start = Clock::now();
        FilingResult<Receipt> verified = Receipt::verify(receipt.value.signedReceipt, bureau.endpoint().sm2CaDer);
        const bool answers = verified.ok() && verified.value.filingDigest == Sm3Digest::tagged(signedFiling.value) &&
            verified.value.requestId == envelope.submissionId();
        verifyOnly.add(microsecondsSince(start));
        if (!answers) {
            fail("verifying a receipt", verified.status.toString());
        }
    }

    line("(a) filings, each a different taxpayer/year", QString::number(settings.filings));
    endToEnd.print("(a) sign+submit+verify receipt, per filing");
    signPart.print("(a)   of which: sign");
    submitPart.print("(a)   of which: BureauClient::file");
    signOnly.print("(a) baseline: sign only");
    verifyOnly.print("(a) baseline: verify receipt only");
    roundTrip.print("(a) baseline: HTTPS round trip, 404");
    statusQuery.print("(a) baseline: signed status query (unknown)");
    ratio("(a) ratio: per filing / sign only", endToEnd, signOnly);
    ratio("(a) ratio: per filing / verify receipt only", endToEnd, verifyOnly);
    ratio("(a) ratio: per filing / HTTPS 404 round trip", endToEnd, roundTrip);
    ratio("(a) ratio: per filing / signed status query", endToEnd, statusQuery);
    line("(a) bureau left per filing: file-RTT-verify",
         milliseconds(submitPart.median() - roundTrip.median() - verifyOnly.median()) +
             QStringLiteral(" (medians: bureau's verify, recompute, store, receipt)"));
}

void printBatch(const char* figure, int items, double microseconds, const QString& item = QStringLiteral("filing"))
{
    line(figure,
         QStringLiteral("%1 s  %2 %3s/s  %4 per %3  (n=%5)")
             .arg(microseconds / 1e6, 0, 'f', 2)
             .arg(items / (microseconds / 1e6), 0, 'f', 1)
             .arg(item, milliseconds(microseconds / items))
             .arg(items));
}

void printCpu(const char* figure, double clientCpu, double bureauCpu, int filings)
{
    line(figure,
         QStringLiteral("client %1 s, bureau %2 s  (%3 + %4 per filing)")
             .arg(clientCpu, 0, 'f', 2)
             .arg(bureauCpu, 0, 'f', 2)
             .arg(milliseconds(clientCpu * 1e6 / filings), milliseconds(bureauCpu * 1e6 / filings)));
}

/** Time per 1000 filings of a batch, to see whether it slows down as the databases grow. */
class Chunks
{
public:
    static constexpr int size = 1000;

    explicit Chunks(Clock::time_point start)
        : m_start(start)
    {
    }

    /** Filing `index` is done: closes a chunk of wall time every `size` filings. */
    void tick(int index)
    {
        if ((index + 1) % size == 0) {
            m_chunks.push_back(microsecondsSince(m_start));
            m_start = Clock::now();
            std::fprintf(stderr, "%d filings\n", index + 1);
        }
    }
    /** Filing `index` took `microseconds` of timed work: chunks of summed time rather than wall time. */
    void add(int index, double microseconds)
    {
        m_sum += microseconds;
        if ((index + 1) % size == 0) {
            m_chunks.push_back(m_sum);
            m_sum = 0;
            std::fprintf(stderr, "%d filings\n", index + 1);
        }
    }
    void print(const char* first, const char* last) const
    {
        if (m_chunks.size() >= 2) {
            printBatch(first, size, m_chunks.front());
            printBatch(last, size, m_chunks.back());
        }
    }

private:
    Clock::time_point m_start;
    double m_sum = 0;
    std::vector<double> m_chunks;
};

/** (b), straight: sign and BureauClient::file in a loop, nothing stored. Returns the wall time in µs. */
double directBatch(const BureauBenchSettings& settings, const Returns& returns)
{
    BenchBureau bureau(settings.bureauProgram);
    bureau.start();
    BureauClient client(bureau.endpoint(), clientOptions());
    const int count = settings.batch;
    Clock::time_point start = Clock::now();
    const std::vector<Taxpayer> taxpayers = enrolTaxpayers(client, returns.taxpayersFor(count));
    const double enrolled = microsecondsSince(start);
    std::vector<FilingEnvelope> envelopes;
    envelopes.reserve(static_cast<std::size_t>(count));
    for (int i = 0; i < count; ++i) {
        envelopes.push_back(envelopeFor(returns, i, QStringLiteral("bench-b")));
    }

    const double clientCpu = processCpuSeconds();
    const double bureauCpu = bureau.cpuSeconds();
    double signing = 0;
    start = Clock::now();
    Chunks chunks(start);
    for (int i = 0; i < count; ++i) {
        const Taxpayer& taxpayer = taxpayers[static_cast<std::size_t>(i / returns.years())];
        const FilingEnvelope& envelope = envelopes[static_cast<std::size_t>(i)];
        const Clock::time_point signStart = Clock::now();
        FilingResult<QByteArray> signedFiling = envelope.sign(taxpayer.key, taxpayer.certificate);
        signing += microsecondsSince(signStart);
        require(signedFiling, "signing");
        requireAccepted(client.file(signedFiling.value, envelope.submissionId()), envelope);
        chunks.tick(i);
    }
    const double wall = microsecondsSince(start);

    printBatch("(b) enrolments for the direct batch",
               static_cast<int>(taxpayers.size()),
               enrolled,
               QStringLiteral("enrolment"));
    printBatch("(b) direct: sign + BureauClient::file, batch", count, wall);
    line("(b) direct:   of which signing",
         QStringLiteral("%1 s (%2%)").arg(signing / 1e6, 0, 'f', 2).arg(100 * signing / wall, 0, 'f', 1));
    chunks.print("(b) direct:   first 1000", "(b) direct:   last 1000");
    printCpu("(b) direct: CPU", processCpuSeconds() - clientCpu, bureau.cpuSeconds() - bureauCpu, count);
    return wall;
}

/** (b), through the vault: FilingService::prepare for each, then one drain of the outbox. */
void vaultBatch(const BureauBenchSettings& settings, const Returns& returns, double directWall)
{
    BenchBureau bureau(settings.bureauProgram);
    bureau.start();
    QTemporaryDir directory;
    if (!directory.isValid()) {
        fail("a temporary folder", directory.errorString());
    }
    const SecureBuffer passphrase = SecureBuffer::fromBytes("bench vault passphrase", 22);
    VaultResult<std::unique_ptr<Vault>> vault =
        Vault::create(directory.filePath(QStringLiteral("vault")), passphrase, ScryptCost {1u << 10, 8, 1});
    require(vault, "the vault");
    FilingService::Options options;
    options.timeout = std::chrono::milliseconds(60000);
    FilingService service(*vault.value, options);

    const int count = settings.vaultBatch;
    double enrolling = 0;
    double preparing = 0;
    const double clientCpuBefore = processCpuSeconds();
    const double bureauCpuBefore = bureau.cpuSeconds();
    int enrolled = 0;
    Chunks preparingChunks(Clock::now());
    for (int i = 0; i < count; ++i) {
        if (i % returns.years() == 0) {
            const Clock::time_point start = Clock::now();
            require(service.enrol(bureau.endpoint(), taxpayerName(enrolled), syntheticIdentityNumber(enrolled)),
                    "an enrolment through the service");
            enrolling += microsecondsSince(start);
            ++enrolled;
        }
        const Clock::time_point start = Clock::now();
        require(service.prepare(returns.document(i)), "preparing a filing");
        const double prepared = microsecondsSince(start);
        preparing += prepared;
        preparingChunks.add(i, prepared);
    }
    const double clientCpuPrepared = processCpuSeconds();
    const double bureauCpuPrepared = bureau.cpuSeconds();

    const Clock::time_point start = Clock::now();
    BureauResult<QList<DrainedFiling>> drained = service.drain(std::chrono::hours(1));
    const double draining = microsecondsSince(start);
    require(drained, "the drain");
    std::map<DrainedFiling::Outcome, int> outcomes;
    for (const DrainedFiling& filing : drained.value) {
        ++outcomes[filing.outcome];
    }
    if (drained.value.size() != count || outcomes[DrainedFiling::Outcome::Accepted] != count) {
        fail("the drain",
             QStringLiteral("%1 drained, %2 accepted, %3 rejected, %4 waiting, %5 alarms")
                 .arg(drained.value.size())
                 .arg(outcomes[DrainedFiling::Outcome::Accepted])
                 .arg(outcomes[DrainedFiling::Outcome::Rejected])
                 .arg(outcomes[DrainedFiling::Outcome::Waiting])
                 .arg(outcomes[DrainedFiling::Outcome::Alarm]));
    }

    printBatch("(b) enrolments through FilingService::enrol", enrolled, enrolling, QStringLiteral("enrolment"));
    printBatch("(b) vault: FilingService::prepare, batch", count, preparing);
    preparingChunks.print("(b) vault:   prepare, first 1000", "(b) vault:   prepare, last 1000");
    printBatch("(b) vault: one outbox drain, batch", count, draining);
    printBatch("(b) vault: prepare + drain", count, preparing + draining);
    printCpu("(b) vault: CPU, prepare (incl. enrolments)",
             clientCpuPrepared - clientCpuBefore,
             bureauCpuPrepared - bureauCpuBefore,
             count);
    printCpu("(b) vault: CPU, drain",
             processCpuSeconds() - clientCpuPrepared,
             bureau.cpuSeconds() - bureauCpuPrepared,
             count);
    if (directWall > 0 && count == settings.batch) {
        line("(b) ratio: drain / direct", QStringLiteral("%1x").arg(draining / directWall, 0, 'f', 2));
        line("(b) ratio: prepare + drain / direct",
             QStringLiteral("%1x").arg((preparing + draining) / directWall, 0, 'f', 2));
    }
}

} // namespace

void runBureauBenchmarks(const BureauBenchSettings& settings)
{
    const Returns returns;
    line("bureau", settings.bureauProgram);
    line("tax years filed per taxpayer",
         QStringLiteral("%1 (%2-%3)").arg(returns.years()).arg(returns.firstTaxYear()).arg(returns.lastTaxYear()));
    if (settings.filings > 0) {
        perFiling(settings, returns);
    }
    double directWall = 0;
    if (settings.batch > 0) {
        directWall = directBatch(settings, returns);
    }
    if (settings.vaultBatch > 0) {
        vaultBatch(settings, returns, directWall);
    }
}

} // namespace huisuan::bench
