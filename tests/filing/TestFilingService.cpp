// SPDX-License-Identifier: GPL-3.0-or-later
// The taxpayer's dealings with the bureau through FilingService (issue 4), against the real
// huisuan-bureau over pinned HTTPS on 127.0.0.1, with real vaults and SM2 keys: one bureau for the
// class, each test its own taxpayer. Employers declare, the taxpayer enrols, downloads the prefill,
// files, corrects, withdraws and disputes; tampered filings go to the bureau too. At the end the
// bureau's own count says every acceptance happened exactly once.

#include "SeededRandom.h"
#include "TestRegistry.h"
#include "filing/BureauFilingSupport.h"
#include "filing/PrefillReturn.h"
#include "filing/Receipt.h"
#include "vault/FilingStore.h"
#include "vault/IncomeRecordStore.h"
#include "vault/Outbox.h"

#include "json/JsonReader.h"
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace huisuan;
using namespace huisuan::test;

namespace {

constexpr int taxYear = 2025;
const QString employerA = QStringLiteral("91110108551385082Q");
const QString employerB = QStringLiteral("91110000600037341L");
/** Simulated days after acceptance: treasury on day 2, paid (or failed) on day 5. */
constexpr int daysToTreasury = 2;
constexpr int daysToPaid = 5;

/** One taxpayer with their vault and the service over it. */
struct Person
{
    QString identityNumber;
    QString name;
    std::unique_ptr<Vault> vault;
    std::unique_ptr<FilingService> service;
};

JsonValue declaration(const QString& id,
                      const QString& creditCode,
                      const QString& period,
                      const Person& person,
                      const char* income,
                      const char* withheld)
{
    return JsonValue::object(
        {{QStringLiteral("declaration_id"), JsonValue::string(id)},
         {QStringLiteral("employer"),
          JsonValue::object(
              {{QStringLiteral("credit_code"), JsonValue::string(creditCode)},
               {QStringLiteral("name"), JsonValue::string(QStringLiteral("示例公司") + creditCode.right(4))}})},
         {QStringLiteral("period"), JsonValue::string(period)},
         {QStringLiteral("records"),
          JsonValue::array({JsonValue::object(
              {{QStringLiteral("identity_number"), JsonValue::string(person.identityNumber)},
               {QStringLiteral("income"), JsonValue::string(QString::fromLatin1(income))},
               {QStringLiteral("income_type"), JsonValue::string(QStringLiteral("wages"))},
               {QStringLiteral("name"), JsonValue::string(person.name)},
               {QStringLiteral("tax_withheld"), JsonValue::string(QString::fromLatin1(withheld))}})})}});
}

QString text(const JsonValue& value, const char* key)
{
    const JsonValue* member = value.find(QString::fromLatin1(key));
    return member != nullptr ? member->text() : QString();
}

qint64 profileOf(Vault& vault, const QString& identityNumber)
{
    VaultResult<QList<TaxpayerProfile>> profiles = vault.profiles();
    for (const TaxpayerProfile& profile : profiles.value) {
        if (profile.identifier == identityNumber) {
            return profile.id;
        }
    }
    return 0;
}

} // namespace

class TestFilingService : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    BureauProcess m_bureau;
    std::unique_ptr<huisuan::BureauClient> m_desk; // employers and the sandbox clock: no identity
    int m_nextSerial = 0;
    QString m_failingRefund;
    /** Who filed what in this class: identity number, acceptances ever, acceptances in force. */
    QList<std::tuple<QString, int, int>> m_expectedAtBureau;

    /** A new taxpayer, enrolled in a vault of their own; null service when it failed. */
    Person enrol(const QString& identityNumber = QString())
    {
        Person person;
        const int serial = m_nextSerial++;
        person.identityNumber = identityNumber.isEmpty() ? residentIdNumber(serial) : identityNumber;
        person.name = QStringLiteral("纳税人%1").arg(serial);
        person.vault = createTaxpayerVault(m_root.filePath(QStringLiteral("taxpayer-%1").arg(serial)));
        if (!person.vault) {
            return person;
        }
        auto service = std::make_unique<FilingService>(*person.vault, quickOptions());
        BureauResult<EnrolmentAnswer> enrolled =
            service->enrol(endpointOf(m_bureau), person.name, person.identityNumber);
        if (!enrolled.ok()) {
            qWarning("enrolment failed: %s", qPrintable(enrolled.status.toString()));
            return person;
        }
        person.service = std::move(service);
        return person;
    }

    /** Prepares and drains one filing; its last word, or a Waiting one with the reason. */
    DrainedFiling file(Person& person, const JsonValue& input, const QString& replaces = QString())
    {
        DrainedFiling failed;
        BureauResult<PreparedFiling> prepared = person.service->prepare(input, replaces);
        if (!prepared.ok()) {
            failed.message = prepared.status.toString();
            return failed;
        }
        BureauResult<QList<DrainedFiling>> drained = person.service->drain(std::chrono::seconds(30));
        if (!drained.ok()) {
            failed.message = drained.status.toString();
            return failed;
        }
        const auto it = std::find_if(drained.value.begin(), drained.value.end(), [&](const DrainedFiling& filing) {
            return filing.submissionId == prepared.value.submissionId;
        });
        if (it == drained.value.end()) {
            failed.message = QStringLiteral("not drained");
            return failed;
        }
        return *it;
    }

    FilingRecord::Status localStatus(Person& person, const QString& submissionId)
    {
        VaultResult<FilingRecord> record = FilingStore(*person.vault).bySubmissionId(submissionId);
        return record.ok() ? record.value.status : FilingRecord::Status::Signed;
    }

    QString settlementState(Person& person, const QString& submissionId)
    {
        BureauResult<SettlementAnswer> settlement = person.service->settlement(submissionId);
        return settlement.ok() ? settlement.value.state : settlement.status.toString();
    }

    bool advanceDays(int days)
    {
        BureauResult<int> advanced = m_desk->advanceSandboxClock(days);
        return advanced.ok();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        m_failingRefund = residentIdNumber(900000);
        // Simulated days pass only when a test moves the clock.
        QVERIFY(m_bureau.start({QStringLiteral("--sandbox-controls"),
                                QStringLiteral("--day-seconds"),
                                QStringLiteral("1000000"),
                                QStringLiteral("--refund-failure"),
                                m_failingRefund}));
        m_desk = std::make_unique<huisuan::BureauClient>(
            endpointOf(m_bureau), huisuan::BureauClient::Options {std::chrono::seconds(10), "zh-CN", {}});
    }

    void cleanupTestCase()
    {
        m_desk.reset();
        static_cast<void>(m_bureau.stop());
    }

    void journeyFromDeclarationsToRefundPaid()
    {
        Person person;
        person.identityNumber = residentIdNumber(m_nextSerial);
        person.name = QStringLiteral("纳税人%1").arg(m_nextSerial);
        // Employers declare first: 3 months at A, 1 at B; 70 000.00 wages, 2 100.00 withheld.
        const QList<JsonValue> declarations {
            declaration(QStringLiteral("j-a-01"), employerA, QStringLiteral("2025-01"), person, "20000.00", "600.00"),
            declaration(QStringLiteral("j-a-02"), employerA, QStringLiteral("2025-02"), person, "20000.00", "600.00"),
            declaration(QStringLiteral("j-a-03"), employerA, QStringLiteral("2025-03"), person, "20000.00", "600.00"),
            declaration(QStringLiteral("j-b-04"), employerB, QStringLiteral("2025-04"), person, "10000.00", "300.00"),
        };
        for (const JsonValue& declared : declarations) {
            BureauResult<VerifiedReceipt> answer = m_desk->declareWithholding(declared);
            QVERIFY2(answer.ok(), qPrintable(answer.status.toString()));
            QCOMPARE(answer.value.receipt.kind, Receipt::Kind::Declaration);
            QCOMPARE(answer.value.receipt.requestId, declared.find(QStringLiteral("declaration_id"))->text());
        }

        person = enrol(person.identityNumber);
        QVERIFY(person.service);
        BureauResult<PrefillAnswer> prefill = person.service->downloadPrefill(taxYear);
        QVERIFY2(prefill.ok(), qPrintable(prefill.status.toString()));
        QCOMPARE(prefill.value.records.size(), 4);
        VaultResult<QList<IncomeRecord>> kept =
            IncomeRecordStore(*person.vault).forYear(profileOf(*person.vault, person.identityNumber), taxYear);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value.size(), 4);
        for (const IncomeRecord& record : kept.value) {
            QCOMPARE(record.origin, IncomeRecord::Origin::Prefill);
            QVERIFY(!record.bureauRecordId.isEmpty());
            QVERIFY(record.payerCreditCode == employerA || record.payerCreditCode == employerB);
        }

        const PrefillReturn::Result merged = PrefillReturn::merge(
            JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(taxYear)}}), prefill.value);
        QVERIFY2(merged.problem.isEmpty(), qPrintable(merged.problem));
        QCOMPARE(text(merged.input, "prepaid"), QStringLiteral("2100.00"));

        const DrainedFiling filed = file(person, merged.input);
        QCOMPARE(filed.outcome, DrainedFiling::Outcome::Accepted);
        QVERIFY(filed.receipt);
        const Receipt& receipt = filed.receipt->receipt;
        QCOMPARE(receipt.kind, Receipt::Kind::Filing);
        QCOMPARE(receipt.taxYear, taxYear);
        QVERIFY(receipt.problems.isEmpty()); // the return matches the prefill: no alert
        QVERIFY(receipt.result);
        QCOMPARE(receipt.result->balance.toString(), QStringLiteral("-1800.00")); // 300.00 due, 2 100.00 withheld

        // The vault keeps the verified receipt, the filing is accepted, the outbox acknowledged.
        VaultResult<FilingRecord> record = FilingStore(*person.vault).bySubmissionId(filed.submissionId);
        QVERIFY(record.ok());
        QCOMPARE(record.value.status, FilingRecord::Status::Accepted);
        QCOMPARE(record.value.receipts.size(), 1);
        QCOMPARE(record.value.receipts.first().bytes, filed.receipt->signedReceipt);
        QVERIFY(Receipt::verify(record.value.receipts.first().bytes, m_bureau.sm2CaDer()).ok());
        VaultResult<OutboxEntry> entry = Outbox(*person.vault).entry(filed.submissionId);
        QVERIFY(entry.ok());
        QVERIFY(!entry.value.isPending());
        QCOMPARE(person.service->acceptedSubmission(taxYear).value, filed.submissionId);

        // The refund: under review, then at the treasury, then paid.
        BureauResult<SettlementAnswer> settlement = person.service->settlement(filed.submissionId);
        QVERIFY2(settlement.ok(), qPrintable(settlement.status.toString()));
        QCOMPARE(settlement.value.direction, QStringLiteral("refund"));
        QCOMPARE(settlement.value.amount.toString(), QStringLiteral("1800.00"));
        QCOMPARE(settlement.value.state, QStringLiteral("under_review"));
        QVERIFY(advanceDays(daysToTreasury));
        QCOMPARE(settlementState(person, filed.submissionId), QStringLiteral("treasury"));
        QVERIFY(advanceDays(daysToPaid - daysToTreasury));
        settlement = person.service->settlement(filed.submissionId);
        QVERIFY(settlement.ok());
        QCOMPARE(settlement.value.state, QStringLiteral("paid"));
        QCOMPARE(settlement.value.history.size(), 3);
        m_expectedAtBureau.append({person.identityNumber, 1, 1});
    }

    void correctionReplacesTheAcceptedFiling()
    {
        Person person = enrol();
        QVERIFY(person.service);
        const DrainedFiling first = file(person, wageReturn(taxYear, "120000.00", "4000.00"));
        QCOMPARE(first.outcome, DrainedFiling::Outcome::Accepted);
        QCOMPARE(person.service->acceptedSubmission(taxYear).value, first.submissionId);

        const DrainedFiling correction = file(
            person, wageReturn(taxYear, "120000.00", "4500.00"), person.service->acceptedSubmission(taxYear).value);
        QCOMPARE(correction.outcome, DrainedFiling::Outcome::Accepted);
        QVERIFY(correction.receipt);
        QCOMPARE(correction.receipt->receipt.kind, Receipt::Kind::Correction);
        QCOMPARE(correction.receipt->receipt.replaces, first.submissionId);
        QCOMPARE(correction.receipt->receipt.result->balance.toString(), QStringLiteral("-1020.00"));

        QCOMPARE(localStatus(person, first.submissionId), FilingRecord::Status::Replaced);
        QCOMPARE(localStatus(person, correction.submissionId), FilingRecord::Status::Accepted);
        QCOMPARE(person.service->acceptedSubmission(taxYear).value, correction.submissionId);
        BureauResult<FilingState> replaced = person.service->status(first.submissionId);
        QVERIFY2(replaced.ok(), qPrintable(replaced.status.toString()));
        QCOMPARE(replaced.value.state, FilingStatusAnswer::State::Replaced);
        BureauResult<FilingState> current = person.service->status(correction.submissionId);
        QVERIFY(current.ok());
        QCOMPARE(current.value.state, FilingStatusAnswer::State::Accepted);
        m_expectedAtBureau.append({person.identityNumber, 2, 1});
    }

    void withdrawalBeforeTheRefundIsPaid()
    {
        Person person = enrol();
        QVERIFY(person.service);
        const DrainedFiling filed = file(person, wageReturn(taxYear, "120000.00", "4000.00"));
        QCOMPARE(filed.outcome, DrainedFiling::Outcome::Accepted);
        QCOMPARE(settlementState(person, filed.submissionId), QStringLiteral("under_review"));

        BureauResult<VerifiedReceipt> withdrawn = person.service->withdraw(filed.submissionId);
        QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.status.toString()));
        QCOMPARE(withdrawn.value.receipt.kind, Receipt::Kind::Withdrawal);
        QVERIFY(withdrawn.value.receipt.isAccepted());
        QCOMPARE(localStatus(person, filed.submissionId), FilingRecord::Status::Withdrawn);
        QVERIFY(person.service->acceptedSubmission(taxYear).value.isEmpty());
        VaultResult<FilingRecord> record = FilingStore(*person.vault).bySubmissionId(filed.submissionId);
        QCOMPARE(record.value.receipts.size(), 2); // the filing's and the withdrawal's

        BureauResult<FilingState> state = person.service->status(filed.submissionId);
        QVERIFY(state.ok());
        QCOMPARE(state.value.state, FilingStatusAnswer::State::Withdrawn);
        // A withdrawn return has no refund any more.
        QVERIFY(!person.service->settlement(filed.submissionId).ok());
        m_expectedAtBureau.append({person.identityNumber, 1, 0});
    }

    void withdrawalAfterTheRefundIsPaidIsRejected()
    {
        Person person = enrol();
        QVERIFY(person.service);
        const DrainedFiling filed = file(person, wageReturn(taxYear, "120000.00", "4000.00"));
        QCOMPARE(filed.outcome, DrainedFiling::Outcome::Accepted);
        QVERIFY(advanceDays(daysToPaid));
        QCOMPARE(settlementState(person, filed.submissionId), QStringLiteral("paid"));

        BureauResult<VerifiedReceipt> refused = person.service->withdraw(filed.submissionId);
        QVERIFY2(refused.ok(), qPrintable(refused.status.toString()));
        QCOMPARE(refused.value.receipt.kind, Receipt::Kind::Withdrawal);
        QVERIFY(!refused.value.receipt.isAccepted());
        QVERIFY(!refused.value.receipt.problems.isEmpty());
        QCOMPARE(refused.value.receipt.problems.first().rule, QStringLiteral("filing.not_withdrawable"));
        QCOMPARE(localStatus(person, filed.submissionId), FilingRecord::Status::Accepted);
        BureauResult<FilingState> state = person.service->status(filed.submissionId);
        QVERIFY(state.ok());
        QCOMPARE(state.value.state, FilingStatusAnswer::State::Accepted);
        m_expectedAtBureau.append({person.identityNumber, 1, 1});
    }

    void withdrawalWhoseAnswerIsLostIsFoundByStatus()
    {
        // A bureau of its own that commits every filing and withdrawal, then resets the connection.
        BureauProcess lossy;
        QVERIFY(lossy.start({QStringLiteral("--fault"), QStringLiteral("reset-after-commit")}));
        Person person;
        person.identityNumber = residentIdNumber(m_nextSerial++);
        person.name = QStringLiteral("纳税人");
        person.vault = createTaxpayerVault(m_root.filePath(QStringLiteral("lossy")));
        QVERIFY(person.vault);
        person.service = std::make_unique<FilingService>(*person.vault, quickOptions());
        QVERIFY(person.service->enrol(endpointOf(lossy), person.name, person.identityNumber).ok());
        const DrainedFiling filed = file(person, wageReturn(taxYear, "120000.00", "4000.00"));
        QCOMPARE(filed.outcome, DrainedFiling::Outcome::Accepted); // found by the status query

        BureauResult<VerifiedReceipt> withdrawn = person.service->withdraw(filed.submissionId);
        QVERIFY(!withdrawn.ok());
        QCOMPARE(withdrawn.status.kind, BureauStatus::Kind::UnknownOutcome);
        QCOMPARE(localStatus(person, filed.submissionId), FilingRecord::Status::Accepted);

        // The bureau did withdraw it: the next status query says so, and the vault follows.
        BureauResult<FilingState> state = person.service->status(filed.submissionId);
        QVERIFY2(state.ok(), qPrintable(state.status.toString()));
        QCOMPARE(state.value.state, FilingStatusAnswer::State::Withdrawn);
        QCOMPARE(localStatus(person, filed.submissionId), FilingRecord::Status::Withdrawn);
        person.service.reset();
        QVERIFY(lossy.stop());
        QVERIFY(lossy.log().contains("fault reset-after-commit on /v1/withdrawals"));
        const AcceptedCount count = acceptedIn(lossy.report(), person.identityNumber, taxYear);
        QCOMPARE(count.accepted, 1);
        QCOMPARE(count.current, 0);
    }

    void secondFirstFilingOfTheYearIsRejected()
    {
        Person person = enrol();
        QVERIFY(person.service);
        const DrainedFiling first = file(person, wageReturn(taxYear, "120000.00", "4000.00"));
        QCOMPARE(first.outcome, DrainedFiling::Outcome::Accepted);

        const DrainedFiling second = file(person, wageReturn(taxYear, "130000.00", "4000.00"));
        QCOMPARE(second.outcome, DrainedFiling::Outcome::Rejected);
        QVERIFY(second.receipt);
        const QList<Receipt::Problem>& problems = second.receipt->receipt.problems;
        const auto alreadyFiled = std::find_if(problems.begin(), problems.end(), [](const Receipt::Problem& problem) {
            return problem.rule == QLatin1String("filing.already_filed");
        });
        QVERIFY(alreadyFiled != problems.end());
        QVERIFY2(alreadyFiled->message.contains(first.submissionId), qPrintable(alreadyFiled->message));
        QCOMPARE(localStatus(person, second.submissionId), FilingRecord::Status::Rejected);
        QCOMPARE(localStatus(person, first.submissionId), FilingRecord::Status::Accepted);
        QCOMPARE(person.service->acceptedSubmission(taxYear).value, first.submissionId);
        m_expectedAtBureau.append({person.identityNumber, 1, 1});
    }

    void disputedRecordIsMarkedAtOnceAndInTheNextPrefill()
    {
        Person person;
        person.identityNumber = residentIdNumber(m_nextSerial);
        person.name = QStringLiteral("纳税人%1").arg(m_nextSerial);
        for (const JsonValue& declared :
             {declaration(QStringLiteral("d-a-05"), employerA, QStringLiteral("2025-05"), person, "30000.00", "900.00"),
              declaration(
                  QStringLiteral("d-b-06"), employerB, QStringLiteral("2025-06"), person, "8000.00", "240.00")}) {
            QVERIFY(m_desk->declareWithholding(declared).ok());
        }
        person = enrol(person.identityNumber);
        QVERIFY(person.service);
        BureauResult<PrefillAnswer> prefill = person.service->downloadPrefill(taxYear);
        QVERIFY(prefill.ok());
        QCOMPARE(prefill.value.records.size(), 2);
        const auto unknown =
            std::find_if(prefill.value.records.begin(), prefill.value.records.end(), [](const PrefillRecord& record) {
                return record.employerCreditCode == employerB;
            });
        QVERIFY(unknown != prefill.value.records.end());
        QVERIFY(!unknown->disputed);
        const QString recordId = unknown->recordId;

        BureauResult<DisputeAnswer> dispute =
            person.service->disputeIncome(recordId, QStringLiteral("not_my_employer"), QStringLiteral("从未任职"));
        QVERIFY2(dispute.ok(), qPrintable(dispute.status.toString()));
        QCOMPARE(dispute.value.recordId, recordId);
        QCOMPARE(dispute.value.state, QStringLiteral("open"));
        // Marked in the vault once the bureau accepted it, before any new download.
        const qint64 profile = profileOf(*person.vault, person.identityNumber);
        QCOMPARE(person.service->enrolledProfile().value, profile);
        for (const IncomeRecord& record : IncomeRecordStore(*person.vault).forYear(profile, taxYear).value) {
            QCOMPARE(record.disputeState == IncomeRecord::DisputeState::Disputed, record.bureauRecordId == recordId);
        }

        prefill = person.service->downloadPrefill(taxYear);
        QVERIFY(prefill.ok());
        QCOMPARE(prefill.value.records.size(), 2);
        for (const PrefillRecord& record : prefill.value.records) {
            QCOMPARE(record.disputed, record.recordId == recordId);
        }
        VaultResult<QList<IncomeRecord>> kept =
            IncomeRecordStore(*person.vault).forYear(profileOf(*person.vault, person.identityNumber), taxYear);
        QVERIFY(kept.ok());
        QCOMPARE(kept.value.size(), 2);
        for (const IncomeRecord& record : kept.value) {
            QCOMPARE(record.disputeState == IncomeRecord::DisputeState::Disputed, record.bureauRecordId == recordId);
        }
        // The return made from the prefill leaves the disputed income out.
        const PrefillReturn::Result merged = PrefillReturn::merge(
            JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(taxYear)}}), prefill.value);
        QVERIFY(merged.problem.isEmpty());
        QCOMPARE(text(merged.input, "prepaid"), QStringLiteral("900.00"));
    }

    void refundFailureShowsItsReason()
    {
        Person person = enrol(m_failingRefund);
        QVERIFY(person.service);
        const DrainedFiling filed = file(person, wageReturn(taxYear, "120000.00", "4000.00"));
        QCOMPARE(filed.outcome, DrainedFiling::Outcome::Accepted);
        QCOMPARE(settlementState(person, filed.submissionId), QStringLiteral("under_review"));
        QVERIFY(advanceDays(daysToPaid));
        BureauResult<SettlementAnswer> settlement = person.service->settlement(filed.submissionId);
        QVERIFY(settlement.ok());
        QCOMPARE(settlement.value.state, QStringLiteral("failed"));
        QCOMPARE(settlement.value.reason, QStringLiteral("bank_account_closed"));
        m_expectedAtBureau.append({person.identityNumber, 1, 1});
    }

    void tamperedFilingsAreNeverAccepted()
    {
        Person person = enrol();
        QVERIFY(person.service);
        BureauResult<PreparedFiling> prepared = person.service->prepare(wageReturn(taxYear, "120000.00", "4000.00"));
        QVERIFY(prepared.ok());
        VaultResult<FilingRecord> record = FilingStore(*person.vault).bySubmissionId(prepared.value.submissionId);
        QVERIFY(record.ok());
        const QByteArray signedFiling = record.value.signedEnvelope;

        // A sample of single-byte changes, each sent to the bureau over HTTPS as it is.
        constexpr int samples = 50;
        SeededRandom random;
        huisuan::test::BureauClient raw(m_bureau.url(), m_bureau.tlsCaPem());
        QMap<int, int> byStatus;
        int rejectedReceipts = 0;
        for (int i = 0; i < samples; ++i) {
            QByteArray tampered = signedFiling;
            const int at = random.between(0, int(tampered.size()) - 1);
            tampered[at] = char(tampered.at(at) ^ char(random.between(1, 255)));
            const huisuan::test::BureauReply reply = raw.post(QStringLiteral("/v1/filings"), tampered);
            ++byStatus[reply.status];
            QVERIFY2(
                reply.status >= 400 && reply.status < 500 ? true : reply.status == 200,
                qPrintable(
                    QStringLiteral("byte %1: %2 %3").arg(at).arg(reply.status).arg(QString::fromUtf8(reply.body))));
            if (reply.status == 200) {
                QCOMPARE(text(receiptOf(reply.body), "outcome"), QStringLiteral("rejected"));
                ++rejectedReceipts;
            }
        }
        QStringList counts;
        for (auto it = byStatus.cbegin(); it != byStatus.cend(); ++it) {
            counts.append(QStringLiteral("%1×%2").arg(it.value()).arg(it.key()));
        }
        qInfo("%d tampered filings sent: %s (%d rejected receipts), none accepted",
              samples,
              qPrintable(counts.join(QStringLiteral(", "))),
              rejectedReceipts);

        // Nothing was filed for this person: the untouched filing is still the first, and accepted.
        BureauResult<QList<DrainedFiling>> drained = person.service->drain(std::chrono::seconds(30));
        QVERIFY(drained.ok());
        QCOMPARE(drained.value.size(), 1);
        QCOMPARE(drained.value.first().outcome, DrainedFiling::Outcome::Accepted);
        m_expectedAtBureau.append({person.identityNumber, 1, 1});
    }

    /** Last: the bureau's own count of what it accepted, per taxpayer and year. */
    void bureauCountedEveryAcceptanceOnce()
    {
        QVERIFY(!m_expectedAtBureau.isEmpty());
        m_desk.reset();
        QVERIFY(m_bureau.stop());
        const JsonValue report = m_bureau.report();
        const JsonValue* lines = report.find(QStringLiteral("accepted"));
        QVERIFY(lines != nullptr);
        QCOMPARE(int(lines->items().size()), int(m_expectedAtBureau.size()));
        for (const auto& [identityNumber, accepted, current] : m_expectedAtBureau) {
            const AcceptedCount count = acceptedIn(report, identityNumber, taxYear);
            QCOMPARE(count.accepted, accepted);
            QCOMPARE(count.current, current);
        }
    }
};

HUISUAN_REGISTER_TEST(TestFilingService)
#include "TestFilingService.moc"
