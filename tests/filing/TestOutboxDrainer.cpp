// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox against the real huisuan-bureau over pinned HTTPS on 127.0.0.1, with real vaults and
// SM2 keys (issue 4's fault matrix): every fault at least 20 times, then every filing accepted
// exactly once, none lost, none duplicated, counted at the bureau with `huisuan-bureau report`.
//
// Each fault falls on the first send of every filing, each taxpayer with a vault and a connection
// of their own. With --fault MODE:1 every send is faulted, so Qt's silent resends of a POST whose
// connection was reset (up to three: the bureau logs 4 resets per filing) meet the fault too and
// cannot hide it from the client. A fault the bureau commits through (reset or delay after commit,
// duplicated or spoiled reply) is recovered from while the bureau keeps injecting it: the drain asks
// for the status, which is never faulted. A fault that stops every filing (reset before commit,
// 500, 503) is recovered from after a restart without it, on the same port and data.

#include "SeededRandom.h"
#include "TestRegistry.h"
#include "filing/BureauFilingSupport.h"
#include "filing/OutboxDrainer.h"
#include "filing/Receipt.h"
#include "filing/Sm2CertificateAuthority.h"
#include "vault/EnrolmentStore.h"
#include "vault/FilingStore.h"
#include "vault/Outbox.h"

#include <QProcess>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>
#include <algorithm>
#include <csignal>

using namespace huisuan;
using namespace huisuan::test;

namespace {

constexpr int filingsPerFault = 20;
constexpr int taxYear = 2025;

/** One taxpayer's vault and the filing queued in it. */
struct Queued
{
    QString directory;
    QString identityNumber;
    QString submissionId;
};

/** What a drain told the user, counted over the filings. */
struct Outcomes
{
    int accepted = 0;
    int rejected = 0;
    int waiting = 0;
    int alarm = 0;
    int confirmed = 0; // a status query on the same connection afterwards says accepted
    qint64 shortestWaitMs = -1; // until the next attempt of a waiting filing, seen right after the drain
    qint64 longestWaitMs = -1;

    void countWait(const DrainedFiling& filing)
    {
        if (filing.outcome != DrainedFiling::Outcome::Waiting) {
            return;
        }
        const qint64 wait =
            QDateTime::currentDateTimeUtc().msecsTo(QDateTime::fromString(filing.nextAttemptAt, Qt::ISODateWithMs));
        shortestWaitMs = shortestWaitMs < 0 ? wait : std::min(shortestWaitMs, wait);
        longestWaitMs = std::max(longestWaitMs, wait);
    }

    void count(const DrainedFiling& filing)
    {
        switch (filing.outcome) {
        case DrainedFiling::Outcome::Accepted:
            ++accepted;
            break;
        case DrainedFiling::Outcome::Rejected:
            ++rejected;
            break;
        case DrainedFiling::Outcome::Waiting:
            ++waiting;
            break;
        case DrainedFiling::Outcome::Alarm:
            ++alarm;
            break;
        }
    }
};

} // namespace

class TestOutboxDrainer : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    BureauProcess m_bureau;
    int m_port = 0;
    int m_nextSerial = 0;
    qint64 m_filingsAtBureau = 0; // the report's `filings` when the bureau last started

    /**
     * Starts the bureau anew on its port; with `newCount`, what it stored so far is the baseline
     * of the next check.
     */
    bool restartBureau(const QStringList& arguments = {}, bool newCount = true)
    {
        static_cast<void>(m_bureau.stop());
        if (newCount) {
            m_filingsAtBureau = reportCount(m_bureau.report(), "filings");
        }
        return m_bureau.start(QStringList {QStringLiteral("--port"), QString::number(m_port)} + arguments);
    }

    /** New taxpayers, each enrolled in a vault of their own; with `queue`, one filing of taxYear queued. */
    QList<Queued> enrolTaxpayers(int count, bool queue)
    {
        QList<Queued> taxpayers;
        for (int i = 0; i < count; ++i) {
            const int serial = m_nextSerial++;
            Queued taxpayer {m_root.filePath(QStringLiteral("taxpayer-%1").arg(serial)), residentIdNumber(serial), {}};
            std::unique_ptr<Vault> vault = createTaxpayerVault(taxpayer.directory);
            if (!vault) {
                return {};
            }
            FilingService service(*vault, quickOptions());
            BureauResult<EnrolmentAnswer> enrolled =
                service.enrol(endpointOf(m_bureau), QStringLiteral("纳税人%1").arg(serial), taxpayer.identityNumber);
            if (!enrolled.ok()) {
                qWarning("enrolment failed: %s", qPrintable(enrolled.status.toString()));
                return {};
            }
            if (queue) {
                // Each a little different, all refunds: wages 120 000 + serial, 4 000.00 prepaid.
                BureauResult<PreparedFiling> prepared = service.prepare(
                    wageReturn(taxYear, QStringLiteral("%1.00").arg(120000 + serial), QStringLiteral("4000.00")));
                if (!prepared.ok()) {
                    qWarning("prepare failed: %s", qPrintable(prepared.status.toString()));
                    return {};
                }
                taxpayer.submissionId = prepared.value.submissionId;
            }
            taxpayers.append(taxpayer);
        }
        return taxpayers;
    }

    /**
     * Drains each vault with a client of its own; the last word on every filing. With `askAfter`,
     * the same client then asks for the status, on the connection the drain used.
     */
    Outcomes drainEach(const QList<Queued>& filings,
                       std::chrono::milliseconds timeout,
                       std::chrono::milliseconds patience,
                       bool askAfter = false)
    {
        Outcomes outcomes;
        for (const Queued& filing : filings) {
            std::unique_ptr<Vault> vault = openTaxpayerVault(filing.directory);
            if (!vault) {
                QTest::qFail("vault does not open", __FILE__, __LINE__);
                return outcomes;
            }
            FilingService service(*vault, quickOptions(timeout));
            BureauResult<QList<DrainedFiling>> drained = service.drain(patience);
            if (drained.ok() && drained.value.isEmpty()) {
                // Nothing was queued any more: the last word is the one the vault kept.
                VaultResult<FilingRecord> record = FilingStore(*vault).bySubmissionId(filing.submissionId);
                if (record.ok() && record.value.status == FilingRecord::Status::Accepted) {
                    ++outcomes.accepted;
                    continue;
                }
            }
            if (!drained.ok() || drained.value.size() != 1 ||
                drained.value.first().submissionId != filing.submissionId) {
                QStringList words;
                for (const DrainedFiling& drainedFiling : drained.value) {
                    words.append(drainedFiling.submissionId + QLatin1Char(' ') + drainedFiling.message);
                }
                QTest::qFail(
                    qPrintable(
                        QStringLiteral("drain of %1: %2 %3")
                            .arg(filing.submissionId, drained.status.toString(), words.join(QStringLiteral("; ")))),
                    __FILE__,
                    __LINE__);
                return outcomes;
            }
            outcomes.count(drained.value.first());
            outcomes.countWait(drained.value.first());
            if (askAfter) {
                BureauResult<FilingState> state = service.status(filing.submissionId);
                if (state.ok() && state.value.state == FilingStatusAnswer::State::Accepted && state.value.receipt) {
                    ++outcomes.confirmed;
                } else {
                    qWarning("status after the drain: %s", qPrintable(state.status.toString()));
                }
            }
        }
        return outcomes;
    }

    /**
     * Every filing accepted with exactly one receipt that verifies, nothing left in any outbox;
     * the outbox attempts that failed, summed.
     */
    int verifyFiledOnceLocally(const QList<Queued>& filings)
    {
        int failedAttempts = 0;
        for (const Queued& filing : filings) {
            std::unique_ptr<Vault> vault = openTaxpayerVault(filing.directory);
            if (!vault) {
                QTest::qFail("vault does not open", __FILE__, __LINE__);
                return failedAttempts;
            }
            VaultResult<FilingRecord> record = FilingStore(*vault).bySubmissionId(filing.submissionId);
            if (!record.ok() || record.value.status != FilingRecord::Status::Accepted ||
                record.value.receipts.size() != 1) {
                QTest::qFail(qPrintable(QStringLiteral("%1 is not accepted with one receipt").arg(filing.submissionId)),
                             __FILE__,
                             __LINE__);
                return failedAttempts;
            }
            FilingResult<Receipt> receipt = Receipt::verify(record.value.receipts.first().bytes, m_bureau.sm2CaDer());
            if (!receipt.ok() || !receipt.value.isAccepted() || receipt.value.submissionId != filing.submissionId) {
                QTest::qFail("the stored receipt does not verify as this filing's acceptance", __FILE__, __LINE__);
                return failedAttempts;
            }
            VaultResult<QList<OutboxEntry>> pending = Outbox(*vault).pending();
            VaultResult<OutboxEntry> entry = Outbox(*vault).entry(filing.submissionId);
            if (!pending.ok() || !pending.value.isEmpty() || !entry.ok() || entry.value.isPending()) {
                QTest::qFail("the outbox is not empty", __FILE__, __LINE__);
                return failedAttempts;
            }
            failedAttempts += entry.value.attempts;
        }
        return failedAttempts;
    }

    /**
     * Stops the bureau and checks its own count: one acceptance in force per taxpayer and year,
     * and exactly `filings.size()` filings more than when it last started. The acceptances counted.
     */
    int verifyFiledOnceAtBureau(const QList<Queued>& filings)
    {
        if (!m_bureau.stop()) {
            QTest::qFail("the bureau did not stop cleanly", __FILE__, __LINE__);
            return 0;
        }
        const JsonValue report = m_bureau.report();
        int accepted = 0;
        for (const Queued& filing : filings) {
            const AcceptedCount count = acceptedIn(report, filing.identityNumber, taxYear);
            if (count.accepted != 1 || count.current != 1) {
                QTest::qFail(qPrintable(QStringLiteral("the bureau accepted %1 filings (%2 in force) of %3")
                                            .arg(count.accepted)
                                            .arg(count.current)
                                            .arg(filing.identityNumber)),
                             __FILE__,
                             __LINE__);
                return accepted;
            }
            accepted += count.accepted;
        }
        const qint64 filingsNow = reportCount(report, "filings");
        if (filingsNow - m_filingsAtBureau != filings.size()) {
            QTest::qFail(qPrintable(QStringLiteral("the bureau stored %1 filings for %2 sent")
                                        .arg(filingsNow - m_filingsAtBureau)
                                        .arg(filings.size())),
                         __FILE__,
                         __LINE__);
        }
        return accepted;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        // The bureau restarts on one port (the vaults keep its URL): one below the ephemeral range,
        // which neither outgoing connections nor other servers' port 0 can take in between.
        SeededRandom random;
        for (int tries = 0; tries < 50 && m_port == 0; ++tries) {
            const int candidate = random.between(20000, 32000);
            QTcpServer probe;
            if (probe.listen(QHostAddress::LocalHost, quint16(candidate))) {
                m_port = candidate;
            }
        }
        QVERIFY(m_port > 0);
        QVERIFY(restartBureau({}, false));
        QCOMPARE(portOf(m_bureau), m_port);
    }

    void cleanupTestCase() { static_cast<void>(m_bureau.stop()); }

    void connectionRefusedLosesNothing()
    {
        QVERIFY(restartBureau());
        const QList<Queued> filings = enrolTaxpayers(filingsPerFault, true);
        QCOMPARE(filings.size(), filingsPerFault);
        QVERIFY(m_bureau.stop());

        // Nothing listens: every send is refused, and every filing stays queued.
        const Outcomes refused = drainEach(filings, std::chrono::seconds(5), std::chrono::milliseconds(0));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(refused.waiting, filingsPerFault);

        QVERIFY(restartBureau({}, false));
        const Outcomes recovered = drainEach(filings, std::chrono::seconds(5), std::chrono::seconds(30));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(recovered.accepted, filingsPerFault);
        const int attempts = verifyFiledOnceLocally(filings);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(attempts, filingsPerFault); // exactly the refused send of each
        const int accepted = verifyFiledOnceAtBureau(filings);
        QVERIFY(!QTest::currentTestFailed());
        qInfo("fault connection-refused: %d filings, %d refused sends seen by the client, %d failed attempts "
              "recorded, %d accepted at the bureau",
              int(filings.size()),
              refused.waiting,
              attempts,
              accepted);
    }

    void faultMatrix_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<int>("timeoutMs");
        QTest::addColumn<bool>("committed"); // the bureau commits before the fault spoils the reply

        const auto fault = [](const char* mode) {
            return QStringList {QStringLiteral("--fault"), QLatin1String(mode)};
        };
        QTest::newRow("timeout") << QStringLiteral("delay-after-commit")
                                 << fault("delay-after-commit:1") +
                QStringList {QStringLiteral("--fault-delay-ms"), QStringLiteral("1500")}
                                 << 600 << true;
        QTest::newRow("reset before commit")
            << QStringLiteral("reset-before-commit") << fault("reset-before-commit:1") << 5000 << false;
        QTest::newRow("reset after commit")
            << QStringLiteral("reset-after-commit") << fault("reset-after-commit:1") << 5000 << true;
        QTest::newRow("http 500") << QStringLiteral("http500") << fault("http500:1") << 5000 << false;
        QTest::newRow("http 503") << QStringLiteral("http503") << fault("http503:1") << 5000 << false;
        QTest::newRow("duplicate response")
            << QStringLiteral("duplicate-response") << fault("duplicate-response:1") << 5000 << true;
        QTest::newRow("malformed body") << QStringLiteral("malformed-body") << fault("malformed-body:1") << 5000
                                        << true;
    }

    void faultMatrix()
    {
        QFETCH(QString, mode);
        QFETCH(QStringList, options);
        QFETCH(int, timeoutMs);
        QFETCH(bool, committed);
        const std::chrono::milliseconds timeout(timeoutMs);

        QVERIFY(restartBureau(options));
        const int faultsBefore = faultsLogged(m_bureau.log(), mode);
        const QList<Queued> filings = enrolTaxpayers(filingsPerFault, true);
        QCOMPARE(filings.size(), filingsPerFault);

        // The first send of every filing meets the fault.
        const bool duplicated = mode == QLatin1String("duplicate-response");
        const Outcomes first = drainEach(filings, timeout, std::chrono::milliseconds(0), duplicated);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(first.rejected, 0);

        if (!committed) {
            // Nothing was committed and every send fails: the bureau recovers, the outbox resends.
            QVERIFY(m_bureau.stop());
            QVERIFY(restartBureau({}, false));
        }
        const Outcomes recovered = drainEach(filings, timeout, std::chrono::seconds(30));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(recovered.accepted, filingsPerFault);
        const int attempts = verifyFiledOnceLocally(filings);
        QVERIFY(!QTest::currentTestFailed());
        const int accepted = verifyFiledOnceAtBureau(filings);
        QVERIFY(!QTest::currentTestFailed());
        const int injected = faultsLogged(m_bureau.log(), mode) - faultsBefore;

        const QString waits = first.waiting > 0
            ? QStringLiteral(" (next attempt in %1–%2 ms)").arg(first.shortestWaitMs).arg(first.longestWaitMs)
            : QString();
        qInfo("fault %s: %d filings, %d faults injected (bureau log), first drain: %d waiting%s, %d alarm, %d "
              "accepted; %d failed attempts recorded, %d accepted at the bureau",
              qPrintable(mode),
              int(filings.size()),
              injected,
              first.waiting,
              qPrintable(waits),
              first.alarm,
              first.accepted,
              attempts,
              accepted);
        QVERIFY(injected >= filingsPerFault);
        // The back-off: short here (20 ms base, 200 ms cap), but never shorter than a Retry-After.
        if (mode == QLatin1String("http503")) {
            QVERIFY2(first.shortestWaitMs >= 800, qPrintable(QString::number(first.shortestWaitMs)));
        } else if (first.waiting > 0) {
            QVERIFY2(first.longestWaitMs <= 200, qPrintable(QString::number(first.longestWaitMs)));
        }
        if (duplicated) {
            // The first copy is the answer; the second must not be taken for the next answer.
            QCOMPARE(first.accepted, filingsPerFault);
            QCOMPARE(first.confirmed, filingsPerFault);
        } else {
            // Every filing's first send failed, and the user was told it is not filed yet. A cut-off
            // answer is not a forged receipt: waiting, not an alarm.
            QCOMPARE(first.accepted, 0);
            QCOMPARE(first.waiting, filingsPerFault);
            QCOMPARE(first.alarm, 0);
            QVERIFY(attempts >= filingsPerFault);
        }
    }

    void clientKilled_data()
    {
        QTest::addColumn<bool>("sending");
        // Killed right after the filing is in the outbox: nothing was sent.
        QTest::newRow("between outbox and send") << false;
        // Killed a random 0–40 ms into sending: before, during or after the exchange, or after
        // the receipt was kept.
        QTest::newRow("while sending") << true;
    }

    void clientKilled()
    {
        QFETCH(bool, sending);
        QVERIFY(restartBureau());
        const QList<Queued> enrolled = enrolTaxpayers(filingsPerFault, false);
        QCOMPARE(enrolled.size(), filingsPerFault);

        SeededRandom random;
        QList<Queued> filings;
        for (const Queued& taxpayer : enrolled) {
            QProcess filer;
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), QString::fromLatin1(taxpayerPassphrase()));
            filer.setProcessEnvironment(environment);
            filer.start(QStringLiteral(HUISUAN_FILING_CRASH_FILER_PATH),
                        {taxpayer.directory,
                         QString::number(taxYear),
                         QStringLiteral("150000.00"),
                         QStringLiteral("6000.00"),
                         sending ? QStringLiteral("drain") : QStringLiteral("wait")});
            QVERIFY(filer.waitForStarted(5000));
            QDeadlineTimer deadline(20000);
            while (!filer.canReadLine() && !deadline.hasExpired() && filer.state() == QProcess::Running) {
                filer.waitForReadyRead(100);
            }
            const QByteArray line = filer.readLine().trimmed();
            QVERIFY2(line.startsWith("queued "), filer.readAllStandardError().constData());
            if (sending) {
                QThread::usleep(static_cast<unsigned long>(random.between(0, 40000)));
            }
            ::kill(pid_t(filer.processId()), SIGKILL);
            QVERIFY(filer.waitForFinished(5000));
            QCOMPARE(filer.exitStatus(), QProcess::CrashExit);
            filings.append({taxpayer.directory, taxpayer.identityNumber, QString::fromLatin1(line.mid(7))});
        }

        // After the kill the filing is in the vault, in the outbox unless it was answered; what the
        // kill cut short, by the state it left.
        QMap<FilingRecord::Status, int> left;
        int acceptedNotAcknowledged = 0;
        for (const Queued& filing : filings) {
            std::unique_ptr<Vault> vault = openTaxpayerVault(filing.directory);
            QVERIFY(vault);
            VaultResult<FilingRecord> record = FilingStore(*vault).bySubmissionId(filing.submissionId);
            QVERIFY(record.ok());
            ++left[record.value.status];
            VaultResult<OutboxEntry> entry = Outbox(*vault).entry(filing.submissionId);
            QVERIFY(entry.ok());
            if (record.value.status == FilingRecord::Status::Accepted && entry.value.isPending()) {
                ++acceptedNotAcknowledged;
            }
            if (!sending) {
                // Never sent, and the bureau never heard of it.
                QCOMPARE(record.value.status, FilingRecord::Status::Signed);
                QCOMPARE(entry.value.attempts, 0);
                FilingService service(*vault, quickOptions());
                BureauResult<FilingState> state = service.status(filing.submissionId);
                QVERIFY2(state.ok(), qPrintable(state.status.toString()));
                QCOMPARE(state.value.state, FilingStatusAnswer::State::Unknown);
            }
        }

        // The next start drains the outbox by itself.
        const Outcomes recovered = drainEach(filings, std::chrono::seconds(5), std::chrono::seconds(30));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(recovered.accepted, filingsPerFault);
        const int attempts = verifyFiledOnceLocally(filings);
        QVERIFY(!QTest::currentTestFailed());
        const int accepted = verifyFiledOnceAtBureau(filings);
        QVERIFY(!QTest::currentTestFailed());
        qInfo("fault client-killed %s: %d filings, %d clients killed, leaving %d signed (unsent), %d submitted "
              "(sent, no receipt kept), %d accepted (%d of them still in the outbox); %d failed attempts recorded, %d "
              "accepted at the bureau",
              sending ? "while sending" : "between outbox and send",
              int(filings.size()),
              int(filings.size()),
              left.value(FilingRecord::Status::Signed),
              left.value(FilingRecord::Status::Submitted),
              left.value(FilingRecord::Status::Accepted),
              acceptedNotAcknowledged,
              attempts,
              accepted);
        if (!sending) {
            QCOMPARE(left.value(FilingRecord::Status::Signed), filingsPerFault);
        }
    }

    void receiptKeptButNotAcknowledgedIsAskedForNotResent()
    {
        // The state a crash leaves between recording the receipt and acknowledging the outbox.
        QVERIFY(restartBureau());
        const QList<Queued> filings = enrolTaxpayers(1, true);
        QCOMPARE(filings.size(), 1);
        const Queued& filing = filings.first();
        {
            std::unique_ptr<Vault> vault = openTaxpayerVault(filing.directory);
            QVERIFY(vault);
            VaultResult<BureauEnrolment> enrolment = EnrolmentStore(*vault).current();
            QVERIFY(enrolment.ok());
            huisuan::BureauClient client(endpointOf(m_bureau),
                                         huisuan::BureauClient::Options {std::chrono::seconds(5), "zh-CN", {}});
            FilingResult<Sm2KeyPair> key = Sm2KeyPair::fromPrivateKeyDer(enrolment.value.privateKeyDer);
            QVERIFY(key.ok());
            client.setIdentity(std::move(key.value), enrolment.value.certificateDer);
            FilingStore store(*vault);
            VaultResult<FilingRecord> record = store.bySubmissionId(filing.submissionId);
            QVERIFY(record.ok());
            QVERIFY(store.setStatus(record.value.id, FilingRecord::Status::Submitted).ok());
            BureauResult<VerifiedReceipt> receipt = client.file(record.value.signedEnvelope, filing.submissionId);
            QVERIFY2(receipt.ok(), qPrintable(receipt.status.toString()));
            QVERIFY(store.addReceipt(record.value.id, receipt.value.signedReceipt).ok());
            QVERIFY(
                store.setStatus(record.value.id, FilingRecord::Status::Accepted, receipt.value.receipt.receiptId).ok());
            VaultResult<OutboxEntry> entry = Outbox(*vault).entry(filing.submissionId);
            QVERIFY(entry.ok());
            QVERIFY(entry.value.isPending());
        }

        // A bureau that fails every filing sent: only a status query can finish this one.
        QVERIFY(restartBureau({QStringLiteral("--fault"), QStringLiteral("http500:1")}, false));
        const int faultsBefore = faultsLogged(m_bureau.log(), QStringLiteral("http500"));
        const Outcomes drained = drainEach(filings, std::chrono::seconds(5), std::chrono::milliseconds(0));
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(drained.accepted, 1);
        QCOMPARE(verifyFiledOnceLocally(filings), 0);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(verifyFiledOnceAtBureau(filings), 1);
        QCOMPARE(faultsLogged(m_bureau.log(), QStringLiteral("http500")) - faultsBefore, 0); // nothing resent
    }

    void receiptFailingVerificationIsAnAlarm()
    {
        QVERIFY(restartBureau());
        const QList<Queued> filings = enrolTaxpayers(1, true);
        QCOMPARE(filings.size(), 1);
        const Queued& filing = filings.first();
        std::unique_ptr<Vault> vault = openTaxpayerVault(filing.directory);
        QVERIFY(vault);

        // A client whose SM2 pin is another CA's: the real bureau's receipts cannot verify against
        // it, as a receipt forged or altered in flight would not.
        VaultResult<BureauEnrolment> enrolment = EnrolmentStore(*vault).current();
        QVERIFY(enrolment.ok());
        FilingResult<Sm2CertificateAuthority> stranger =
            Sm2CertificateAuthority::create(Sm2KeyPair::generate().value,
                                            QStringLiteral("Huisuan sandbox bureau SM2 CA"),
                                            QDateTime::currentDateTimeUtc().addDays(-1),
                                            QDateTime::currentDateTimeUtc().addYears(1));
        QVERIFY(stranger.ok());
        BureauEndpoint wrongPin = endpointOf(m_bureau);
        wrongPin.sm2CaDer = stranger.value.certificateDer();
        huisuan::BureauClient client(wrongPin, huisuan::BureauClient::Options {std::chrono::seconds(5), "zh-CN", {}});
        FilingResult<Sm2KeyPair> key = Sm2KeyPair::fromPrivateKeyDer(enrolment.value.privateKeyDer);
        QVERIFY(key.ok());
        client.setIdentity(std::move(key.value), enrolment.value.certificateDer);
        OutboxDrainer drainer(
            *vault,
            client,
            RetryPolicy(RetryPolicy::Settings {std::chrono::milliseconds(1), std::chrono::milliseconds(1)}));

        // The send and, next time, the status query: both answers fail verification.
        for (int pass = 0; pass < 2; ++pass) {
            if (pass > 0) {
                QTest::qWait(5);
            }
            VaultResult<QList<DrainedFiling>> drained = drainer.drainDue();
            QVERIFY(drained.ok());
            QCOMPARE(drained.value.size(), 1);
            QCOMPARE(drained.value.first().outcome, DrainedFiling::Outcome::Alarm);
            QVERIFY(!drained.value.first().receipt);
            VaultResult<FilingRecord> record = FilingStore(*vault).bySubmissionId(filing.submissionId);
            QVERIFY(record.ok());
            QCOMPARE(record.value.status, FilingRecord::Status::Submitted);
            QVERIFY(record.value.receipts.isEmpty());
            VaultResult<OutboxEntry> entry = Outbox(*vault).entry(filing.submissionId);
            QVERIFY(entry.ok());
            QVERIFY(entry.value.isPending());
            QCOMPARE(entry.value.attempts, pass + 1);
        }

        // With the right pin the same filing is accepted, once.
        FilingService service(*vault, quickOptions());
        BureauResult<QList<DrainedFiling>> drained = service.drain(std::chrono::seconds(30));
        QVERIFY2(drained.ok(), qPrintable(drained.status.toString()));
        QCOMPARE(drained.value.size(), 1);
        QCOMPARE(drained.value.first().outcome, DrainedFiling::Outcome::Accepted);
        vault.reset();
        QCOMPARE(verifyFiledOnceLocally(filings), 2);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(verifyFiledOnceAtBureau(filings), 1);
    }
};

HUISUAN_REGISTER_TEST(TestOutboxDrainer)
#include "TestOutboxDrainer.moc"
