// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/FilingService.h"

#include "EngineVersion.h"
#include "compute/ComputeService.h"
#include "filing/FilingEnvelope.h"
#include "filing/Receipt.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2CertificateRequest.h"
#include "filing/WireFormat.h"
#include "vault/EnrolmentStore.h"
#include "vault/FilingStore.h"
#include "vault/IncomeRecordStore.h"
#include "vault/Outbox.h"

#include "json/CanonicalJsonWriter.h"
#include <QThread>
#include <QUuid>
#include <algorithm>
#include <utility>

namespace huisuan {

namespace {

/** Attempts at an enrolment within one call; the same bytes each time, so a repeat is harmless. */
constexpr int enrolmentAttempts = 4;

BureauStatus localFailure(const QString& message, const QString& detail = QString())
{
    return BureauStatus::failure(BureauStatus::Kind::Local, message, detail);
}

BureauStatus fromVault(const VaultStatus& status)
{
    return localFailure(status.message, status.detail);
}

BureauStatus fromFiling(const FilingStatus& status)
{
    return localFailure(status.message, status.detail);
}

QString newId(const char* prefix)
{
    return QString::fromLatin1(prefix) + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString memberText(const JsonValue& object, const char* key)
{
    const JsonValue* value = object.find(QString::fromLatin1(key));
    return value != nullptr && value->isString() ? value->text() : QString();
}

/** The result without its trace: the trace is stored on its own. */
JsonValue withoutTrace(const JsonValue& result)
{
    JsonValue stripped = JsonValue::object();
    for (const JsonValue::Member& member : result.members()) {
        if (member.first != QLatin1String("trace")) {
            stripped.insert(member.first, member.second);
        }
    }
    return stripped;
}

} // namespace

FilingService::FilingService(Vault& vault, Options options)
    : m_vault(vault)
    , m_options(std::move(options))
{
    if (!m_options.clock) {
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
    }
}

FilingService::~FilingService() = default;

VaultResult<qint64> FilingService::profileFor(const QString& identityNumber, const QString& name)
{
    // Found once per person: Vault::profiles() reads every profile with its family and cards.
    if (const auto known = m_profileIds.constFind(identityNumber); known != m_profileIds.cend()) {
        return *known;
    }
    VaultResult<QList<TaxpayerProfile>> profiles = m_vault.profiles();
    if (!profiles.ok()) {
        return profiles.status;
    }
    for (const TaxpayerProfile& profile : profiles.value) {
        if (profile.identifier == identityNumber) {
            m_profileIds.insert(identityNumber, profile.id);
            return profile.id;
        }
    }
    TaxpayerProfile profile;
    profile.identifierType = QStringLiteral("resident_id");
    profile.identifier = identityNumber;
    profile.name = name;
    VaultResult<qint64> saved = m_vault.saveProfile(profile);
    if (saved.ok()) {
        m_profileIds.insert(identityNumber, saved.value);
    }
    return saved;
}

BureauClient::Options FilingService::clientOptions() const
{
    return {m_options.timeout, m_options.acceptLanguage, m_options.clock};
}

QDateTime FilingService::now() const
{
    return m_options.clock();
}

BureauResult<BureauClient*> FilingService::client()
{
    if (m_client) {
        return m_client.get();
    }
    VaultResult<BureauEnrolment> enrolment = EnrolmentStore(m_vault).current();
    if (!enrolment.ok()) {
        return fromVault(enrolment.status);
    }
    FilingResult<Sm2KeyPair> key = Sm2KeyPair::fromPrivateKeyDer(enrolment.value.privateKeyDer);
    if (!key.ok()) {
        return fromFiling(key.status);
    }
    BureauEndpoint endpoint {
        QUrl(enrolment.value.endpointUrl), enrolment.value.tlsCaCertificatePem, enrolment.value.sm2CaCertificateDer};
    m_client = std::make_unique<BureauClient>(std::move(endpoint), clientOptions());
    m_client->setIdentity(std::move(key.value), enrolment.value.certificateDer);
    return m_client.get();
}

BureauResult<EnrolmentAnswer>
FilingService::enrol(const BureauEndpoint& endpoint, const QString& name, const QString& identityNumber)
{
    if (FilingStatus checked = endpoint.check(); !checked.ok()) {
        return fromFiling(checked);
    }
    FilingResult<Sm2KeyPair> key = Sm2KeyPair::generate();
    if (!key.ok()) {
        return fromFiling(key.status);
    }
    FilingResult<QByteArray> request = Sm2CertificateRequest::create(key.value, name, identityNumber);
    if (!request.ok()) {
        return fromFiling(request.status);
    }
    BureauClient enrolling(endpoint, clientOptions());
    const QString enrolmentId = newId("enr-");
    const RetryPolicy policy(m_options.retry);
    BureauResult<EnrolmentAnswer> answer = enrolling.enrol(request.value, enrolmentId);
    for (int retry = 1; retry < enrolmentAttempts && !answer.ok() && answer.status.worthRetrying(); ++retry) {
        QThread::msleep(static_cast<unsigned long>(policy.delayBefore(retry, answer.status.retryAfterSeconds).count()));
        answer = enrolling.enrol(request.value, enrolmentId);
    }
    if (!answer.ok()) {
        return answer.status;
    }
    // The certificate must be ours: issued by the pinned CA, for our key, valid now.
    FilingResult<Sm2KeyPair> certified =
        Sm2CertificateAuthority::verifyCertificate(endpoint.sm2CaDer, answer.value.certificateDer, now());
    if (!certified.ok() || certified.value.publicKeyDer() != key.value.publicKeyDer()) {
        return BureauStatus::failure(BureauStatus::Kind::Alarm,
                                     tr("The certificate the tax bureau returned is not for this key; the enrolment "
                                        "is not used."),
                                     certified.status.detail);
    }
    FilingResult<SecureBuffer> privateKey = key.value.privateKeyDer();
    if (!privateKey.ok()) {
        return fromFiling(privateKey.status);
    }
    BureauEnrolment enrolment;
    enrolment.identityNumber = identityNumber;
    enrolment.name = name;
    enrolment.endpointUrl = endpoint.url.toString();
    enrolment.tlsCaCertificatePem = endpoint.tlsCaPem;
    enrolment.sm2CaCertificateDer = endpoint.sm2CaDer;
    enrolment.privateKeyDer = std::move(privateKey.value);
    enrolment.certificateDer = answer.value.certificateDer;
    enrolment.notBefore = WireFormat::formatTime(answer.value.notBefore);
    enrolment.notAfter = WireFormat::formatTime(answer.value.notAfter);
    if (VaultResult<qint64> saved = EnrolmentStore(m_vault).save(enrolment); !saved.ok()) {
        return fromVault(saved.status);
    }
    if (VaultResult<qint64> profile = profileFor(identityNumber, name); !profile.ok()) {
        return fromVault(profile.status);
    }
    m_client.reset();
    return answer;
}

BureauResult<PrefillAnswer> FilingService::downloadPrefill(int taxYear)
{
    BureauResult<BureauClient*> bureau = client();
    if (!bureau.ok()) {
        return bureau.status;
    }
    BureauResult<PrefillAnswer> prefill = bureau.value->prefill(taxYear);
    if (!prefill.ok()) {
        return prefill;
    }
    VaultResult<BureauEnrolment> enrolment = EnrolmentStore(m_vault).current();
    if (!enrolment.ok()) {
        return fromVault(enrolment.status);
    }
    VaultResult<qint64> profile = profileFor(enrolment.value.identityNumber, enrolment.value.name);
    if (!profile.ok()) {
        return fromVault(profile.status);
    }
    QList<IncomeRecord> records;
    for (const PrefillRecord& prefilled : prefill.value.records) {
        IncomeRecord record;
        record.profileId = profile.value;
        record.taxYear = taxYear;
        record.category = prefilled.incomeType;
        record.payer = prefilled.employerName;
        record.payerCreditCode = prefilled.employerCreditCode;
        record.month = prefilled.month;
        record.amount = prefilled.income.toString();
        record.withheld = prefilled.taxWithheld.toString();
        record.origin = IncomeRecord::Origin::Prefill;
        record.bureauRecordId = prefilled.recordId;
        record.disputeState =
            prefilled.disputed ? IncomeRecord::DisputeState::Disputed : IncomeRecord::DisputeState::None;
        records.append(record);
    }
    IncomeRecordStore incomes(m_vault);
    if (VaultStatus stored = incomes.replacePrefill(profile.value, taxYear, records); !stored.ok()) {
        return fromVault(stored);
    }
    // replacePrefill keeps a stored record's dispute state, so a dispute the bureau knows of (made
    // with disputeIncome, here or on another device) reaches a record the vault already has here.
    VaultResult<QList<IncomeRecord>> kept = incomes.forYear(profile.value, taxYear);
    if (!kept.ok()) {
        return fromVault(kept.status);
    }
    for (const IncomeRecord& record : kept.value) {
        const bool disputedAtBureau = std::any_of(records.begin(), records.end(), [&](const IncomeRecord& sent) {
            return sent.bureauRecordId == record.bureauRecordId &&
                sent.disputeState == IncomeRecord::DisputeState::Disputed;
        });
        if (disputedAtBureau && record.origin == IncomeRecord::Origin::Prefill &&
            record.disputeState == IncomeRecord::DisputeState::None) {
            if (VaultStatus marked = incomes.setDisputeState(record.id, IncomeRecord::DisputeState::Disputed);
                !marked.ok()) {
                return fromVault(marked);
            }
        }
    }
    return prefill;
}

BureauResult<PreparedFiling> FilingService::prepare(const JsonValue& returnInput, const QString& replaces)
{
    VaultResult<BureauEnrolment> enrolment = EnrolmentStore(m_vault).current();
    if (!enrolment.ok()) {
        return fromVault(enrolment.status);
    }
    const ComputeService::Outcome computed = ComputeService::compute(ComputeKind::AnnualReturn, returnInput);
    if (computed.status == ComputeService::Status::Refused) {
        QStringList lines;
        for (const Problem& problem : computed.problems) {
            lines.append(problem.toString());
        }
        return localFailure(tr("The return cannot be filed as it is:\n%1").arg(lines.join(QLatin1Char('\n'))));
    }
    if (computed.status != ComputeService::Status::Computed) {
        return localFailure(tr("The return could not be computed."), computed.failure);
    }
    const JsonValue* yearValue = returnInput.find(QStringLiteral("tax_year"));
    const int taxYear = yearValue != nullptr ? static_cast<int>(yearValue->toInteger().value_or(0)) : 0;
    const QString rulePack = memberText(computed.result, "rule_pack");
    const JsonValue* trace = computed.result.find(QStringLiteral("trace"));

    VaultResult<qint64> profile = profileFor(enrolment.value.identityNumber, enrolment.value.name);
    if (!profile.ok()) {
        return fromVault(profile.status);
    }
    AnnualReturnRecord record;
    record.profileId = profile.value;
    record.taxYear = taxYear;
    record.inputJson = CanonicalJsonWriter::write(returnInput).bytes;
    record.resultJson = CanonicalJsonWriter::write(withoutTrace(computed.result)).bytes;
    record.traceJson = trace != nullptr ? CanonicalJsonWriter::write(*trace).bytes : QByteArrayLiteral("[]");
    record.rulePackId = rulePack;
    record.engineVersion = QStringLiteral(HUISUAN_ENGINE_VERSION);
    VaultResult<qint64> annualReturnId = m_vault.saveAnnualReturn(record);
    if (!annualReturnId.ok()) {
        return fromVault(annualReturnId.status);
    }

    FilingResult<Sm2KeyPair> key = Sm2KeyPair::fromPrivateKeyDer(enrolment.value.privateKeyDer);
    if (!key.ok()) {
        return fromFiling(key.status);
    }
    const QString submissionId = newId("sub-");
    const FilingEnvelope envelope(submissionId, taxYear, rulePack, record.engineVersion, returnInput, now(), replaces);
    FilingResult<QByteArray> signedFiling = envelope.sign(key.value, enrolment.value.certificateDer);
    if (!signedFiling.ok()) {
        return fromFiling(signedFiling.status);
    }
    VaultResult<qint64> filingId = FilingStore(m_vault).createQueued(
        annualReturnId.value,
        submissionId,
        signedFiling.value,
        replaces.isEmpty() ? FilingRecord::Kind::Filing : FilingRecord::Kind::Correction,
        replaces);
    if (!filingId.ok()) {
        return fromVault(filingId.status);
    }
    return PreparedFiling {submissionId, filingId.value, annualReturnId.value, computed.result, replaces};
}

BureauResult<QList<DrainedFiling>> FilingService::drain(std::chrono::milliseconds patience)
{
    BureauResult<BureauClient*> bureau = client();
    if (!bureau.ok()) {
        return bureau.status;
    }
    OutboxDrainer drainer(m_vault, *bureau.value, RetryPolicy(m_options.retry), m_options.clock);
    VaultResult<QList<DrainedFiling>> drained = drainer.drainFor(patience);
    if (!drained.ok()) {
        return fromVault(drained.status);
    }
    return drained.value;
}

BureauResult<FilingState> FilingService::status(const QString& submissionId)
{
    VaultResult<FilingRecord> record = FilingStore(m_vault).bySubmissionId(submissionId);
    if (!record.ok()) {
        return fromVault(record.status);
    }
    BureauResult<BureauClient*> bureau = client();
    if (!bureau.ok()) {
        return bureau.status;
    }
    BureauResult<FilingState> state = bureau.value->filingStatus(submissionId, record.value.signedEnvelope);
    if (!state.ok()) {
        return state;
    }
    // The bureau may know of a withdrawal or a correction this vault missed (another device).
    FilingStore filings(m_vault);
    const auto follow = [&](FilingRecord::Status status) -> VaultStatus {
        return record.value.status == FilingRecord::Status::Accepted
            ? filings.setStatus(record.value.id, status, QStringLiteral("status query"))
            : VaultStatus::success();
    };
    if (state.value.state == FilingStatusAnswer::State::Withdrawn) {
        if (VaultStatus moved = follow(FilingRecord::Status::Withdrawn); !moved.ok()) {
            return fromVault(moved);
        }
    } else if (state.value.state == FilingStatusAnswer::State::Replaced) {
        if (VaultStatus moved = follow(FilingRecord::Status::Replaced); !moved.ok()) {
            return fromVault(moved);
        }
    }
    return state;
}

BureauResult<SettlementAnswer> FilingService::settlement(const QString& submissionId)
{
    BureauResult<BureauClient*> bureau = client();
    if (!bureau.ok()) {
        return bureau.status;
    }
    return bureau.value->settlement(submissionId);
}

BureauResult<VerifiedReceipt> FilingService::withdraw(const QString& submissionId)
{
    FilingStore filings(m_vault);
    VaultResult<FilingRecord> record = filings.bySubmissionId(submissionId);
    if (!record.ok()) {
        return fromVault(record.status);
    }
    BureauResult<BureauClient*> bureau = client();
    if (!bureau.ok()) {
        return bureau.status;
    }
    // Withdrawn already: the receipt that says so is in the vault. Asking again would sign a new
    // request under the same withdrawal id, which the bureau rightly refuses as a conflict.
    if (record.value.status == FilingRecord::Status::Withdrawn) {
        for (const FilingRecord::Receipt& kept : record.value.receipts) {
            FilingResult<Receipt> receipt = Receipt::verify(kept.bytes, bureau.value->endpoint().sm2CaDer);
            if (receipt.ok() && receipt.value.kind == Receipt::Kind::Withdrawal && receipt.value.isAccepted()) {
                return VerifiedReceipt {std::move(receipt.value), kept.bytes};
            }
        }
    }
    BureauResult<VerifiedReceipt> receipt = bureau.value->withdraw(submissionId);
    if (receipt.status.code == QLatin1String("submission_conflict")) {
        // An earlier withdrawal request was signed at another time, and its answer was lost. The
        // filing's status says whether it took effect.
        BureauResult<FilingState> state = status(submissionId);
        if (state.ok() && state.value.state == FilingStatusAnswer::State::Withdrawn) {
            receipt.status.message = tr("The tax bureau had already withdrawn this filing; the answer to the "
                                        "earlier request was lost on the way. The filing is marked withdrawn.");
        }
        return receipt;
    }
    if (!receipt.ok()) {
        return receipt;
    }
    if (VaultStatus added = filings.addReceipt(record.value.id, receipt.value.signedReceipt); !added.ok()) {
        return fromVault(added);
    }
    if (receipt.value.receipt.isAccepted() && record.value.status == FilingRecord::Status::Accepted) {
        if (VaultStatus moved =
                filings.setStatus(record.value.id, FilingRecord::Status::Withdrawn, receipt.value.receipt.receiptId);
            !moved.ok()) {
            return fromVault(moved);
        }
    }
    return receipt;
}

BureauResult<DisputeAnswer>
FilingService::disputeIncome(const QString& recordId, const QString& reason, const QString& note)
{
    BureauResult<BureauClient*> bureau = client();
    if (!bureau.ok()) {
        return bureau.status;
    }
    BureauResult<DisputeAnswer> disputed = bureau.value->disputeIncome(recordId, newId("dsp-"), reason, note);
    if (!disputed.ok()) {
        return disputed;
    }
    BureauResult<qint64> profile = enrolledProfile();
    if (!profile.ok()) {
        return profile.status;
    }
    // A record not downloaded yet has nothing to mark here; the next prefill brings it disputed.
    IncomeRecordStore incomes(m_vault);
    VaultResult<qint64> stored = incomes.idOfBureauRecord(profile.value, recordId);
    if (!stored.ok()) {
        return fromVault(stored.status);
    }
    if (stored.value != 0) {
        if (VaultStatus marked = incomes.setDisputeState(stored.value, IncomeRecord::DisputeState::Disputed);
            !marked.ok()) {
            return fromVault(marked);
        }
    }
    return disputed;
}

BureauResult<ElectionPushAnswer> FilingService::pushDeductions(DeductionElection election)
{
    BureauResult<BureauClient*> bureau = client();
    if (!bureau.ok()) {
        return bureau.status;
    }
    election.electionId = newId("elc-");
    return bureau.value->pushDeductions(election);
}

BureauResult<qint64> FilingService::enrolledProfile()
{
    VaultResult<BureauEnrolment> enrolment = EnrolmentStore(m_vault).current();
    if (!enrolment.ok()) {
        return fromVault(enrolment.status);
    }
    VaultResult<qint64> profile = profileFor(enrolment.value.identityNumber, enrolment.value.name);
    if (!profile.ok()) {
        return fromVault(profile.status);
    }
    return profile.value;
}

BureauResult<QList<IncomeRecord>> FilingService::incomeRecords(int taxYear)
{
    // Before enrolling there is no taxpayer profile yet, so no records: an empty year.
    if (!EnrolmentStore(m_vault).current().ok()) {
        return QList<IncomeRecord>();
    }
    BureauResult<qint64> profile = enrolledProfile();
    if (!profile.ok()) {
        return profile.status;
    }
    VaultResult<QList<IncomeRecord>> records = IncomeRecordStore(m_vault).forYear(profile.value, taxYear);
    if (!records.ok()) {
        return fromVault(records.status);
    }
    return records.value;
}

BureauResult<QList<FilingRecord>> FilingService::filings()
{
    VaultResult<QList<AnnualReturnRecord>> returns = m_vault.annualReturnSummaries();
    if (!returns.ok()) {
        return fromVault(returns.status);
    }
    QList<int> years;
    for (const AnnualReturnRecord& record : returns.value) {
        if (!years.contains(record.taxYear)) {
            years.append(record.taxYear);
        }
    }
    std::sort(years.begin(), years.end());
    QList<FilingRecord> all;
    for (int year : years) {
        VaultResult<QList<FilingRecord>> ofYear = FilingStore(m_vault).forYear(year);
        if (!ofYear.ok()) {
            return fromVault(ofYear.status);
        }
        all.append(ofYear.value);
    }
    return all;
}

BureauResult<QString> FilingService::acceptedSubmission(int taxYear)
{
    VaultResult<QList<FilingRecord>> filings = FilingStore(m_vault).forYear(taxYear);
    if (!filings.ok()) {
        return fromVault(filings.status);
    }
    QString accepted;
    for (const FilingRecord& filing : filings.value) {
        if (filing.status == FilingRecord::Status::Accepted) {
            accepted = filing.submissionId;
        }
    }
    return accepted;
}

} // namespace huisuan
