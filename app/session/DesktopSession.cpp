// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DesktopSession.h"

#include "filing/BureauEndpoint.h"
#include "filing/FilingService.h"
#include "filing/PrefillReturn.h"
#include "filing/Receipt.h"
#include "report/AuditReportPdf.h"
#include "report/FilingReportPdf.h"
#include "session/FilingAuditReader.h"
#include "session/FilingRowReader.h"
#include "session/ReturnDraftStore.h"
#include "vault/EnrolmentStore.h"
#include "vault/FilingStore.h"
#include "vault/IncomeRecordStore.h"
#include "vault/SettlementStore.h"
#include "vault/TaxpayerProfile.h"
#include "vault/Vault.h"

#include "json/JsonReader.h"
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QMetaObject>
#include <algorithm>

namespace huisuan {

namespace {

SessionOutcome outcomeOf(const VaultStatus& status)
{
    switch (status.code) {
    case VaultErrorCode::None:
        return {};
    case VaultErrorCode::WrongPassphrase:
        return {SessionOutcome::Kind::WrongPassphrase, status.message};
    case VaultErrorCode::VaultInUse:
        return {SessionOutcome::Kind::VaultInUse, status.message};
    default:
        return {SessionOutcome::Kind::Failed, status.message};
    }
}

/** Filed, or what the bureau last said of the filing's refund or payment (kept by refreshSettlement). */
VaultResult<TaxYearOverview::State> settledState(Vault& vault, qint64 filingId)
{
    using State = TaxYearOverview::State;
    VaultResult<std::optional<SettlementRecord>> kept = SettlementStore(vault).forFiling(filingId);
    if (!kept.ok()) {
        return kept.status;
    }
    if (!kept.value) {
        return State::Filed;
    }
    switch (FilingRowReader::settlementRow(*kept.value, QString()).state) {
    case SettlementRow::State::UnderReview:
    case SettlementRow::State::Treasury:
        return State::RefundInProgress;
    case SettlementRow::State::Failed:
        return State::RefundFailed;
    case SettlementRow::State::Due:
        return State::PaymentDue;
    case SettlementRow::State::Overdue:
        return State::PaymentOverdue;
    case SettlementRow::State::Paid:
        return State::Paid;
    case SettlementRow::State::Unknown:
        break;
    }
    return State::Filed;
}

/** The state of one year from its returns (oldest first) and its filings, and the return it refers to. */
VaultResult<TaxYearOverview>
overviewOf(Vault& vault, int taxYear, const QList<AnnualReturnRecord>& returns, const QList<FilingRecord>& filings)
{
    TaxYearOverview overview;
    overview.taxYear = taxYear;
    overview.hasFilings = !filings.isEmpty();
    overview.hasReturn = !returns.isEmpty();
    qint64 shownReturn = returns.isEmpty() ? 0 : returns.constLast().id;
    const auto accepted = std::find_if(filings.crbegin(), filings.crend(), [](const FilingRecord& filing) {
        return filing.status == FilingRecord::Status::Accepted;
    });
    const auto pending = std::find_if(filings.crbegin(), filings.crend(), [](const FilingRecord& filing) {
        return filing.status == FilingRecord::Status::Signed || filing.status == FilingRecord::Status::Submitted;
    });
    if (accepted != filings.crend()) {
        VaultResult<TaxYearOverview::State> settled = settledState(vault, accepted->id);
        if (!settled.ok()) {
            return settled.status;
        }
        overview.state = settled.value;
        shownReturn = accepted->annualReturnId;
    } else if (pending != filings.crend()) {
        overview.state = TaxYearOverview::State::AwaitingReceipt;
        shownReturn = pending->annualReturnId;
    } else if (shownReturn != 0) {
        overview.state = TaxYearOverview::State::Draft;
    }
    if (shownReturn != 0) {
        VaultResult<AnnualReturnRecord> record = vault.annualReturn(shownReturn);
        if (!record.ok()) {
            return record.status;
        }
        readBalance(record.value.resultJson, overview);
    }
    return overview;
}

const QString residentId = QStringLiteral("resident_id");

} // namespace

DesktopSession::DesktopSession(QObject* parent)
    : QObject(parent)
    , m_workerContext(new QObject)
    , m_lastEndedTaxYear(QDate::currentDate().year() - 1)
{
    m_thread.setObjectName(QStringLiteral("huisuan-vault"));
    m_workerContext->moveToThread(&m_thread);
    m_thread.start();
}

DesktopSession::~DesktopSession()
{
    // Close the vault (and release its lock file) on the thread that owns it, then stop the thread.
    QMetaObject::invokeMethod(
        m_workerContext,
        [this] {
            m_filing.reset();
            if (m_vault) {
                m_vault->close();
                m_vault.reset();
            }
        },
        Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
    delete m_workerContext;
}

QString DesktopSession::defaultVaultDirectory()
{
    return Vault::defaultDirectory();
}

bool DesktopSession::vaultExists(const QString& directory)
{
    // The key file is what Vault::open reads first (Vault.h): without it there is nothing to unlock.
    return QFileInfo::exists(QDir(directory).filePath(QStringLiteral("vault.key")));
}

template <typename Work>
void DesktopSession::onWorker(Work work)
{
    QMetaObject::invokeMethod(m_workerContext, std::move(work), Qt::QueuedConnection);
}

template <typename Emitter>
void DesktopSession::answer(Emitter emitter)
{
    QMetaObject::invokeMethod(this, std::move(emitter), Qt::QueuedConnection);
}

void DesktopSession::runWithVault(std::function<void(Vault*)> work)
{
    onWorker([this, work = std::move(work)] { work(m_vault && !m_vault->isLocked() ? m_vault.get() : nullptr); });
}

void DesktopSession::waitForWorker()
{
    QMetaObject::invokeMethod(
        m_workerContext, [] {}, Qt::BlockingQueuedConnection);
}

void DesktopSession::createVault(const QString& directory, SecureBuffer passphrase)
{
    // A shared_ptr because queued functors must be copyable; the buffer itself is never copied.
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    const std::optional<ScryptCost> cost = m_creationCost;
    onWorker([this, directory, secret, cost] {
        auto created = Vault::create(directory, *secret, cost.value_or(Vault::calibratedCost()));
        secret->clear();
        if (created.ok()) {
            m_vault = std::move(created.value);
        }
        answer([this, outcome = outcomeOf(created.status)] { emit vaultCreated(outcome); });
    });
}

void DesktopSession::unlock(const QString& directory, SecureBuffer passphrase)
{
    auto secret = std::make_shared<SecureBuffer>(std::move(passphrase));
    onWorker([this, directory, secret] {
        VaultStatus status;
        if (m_vault) {
            // Locked by the session (auto-lock), still holding its single-writer lock.
            status = m_vault->unlock(*secret);
        } else {
            auto opened = Vault::open(directory, *secret);
            status = opened.status;
            if (opened.ok()) {
                m_vault = std::move(opened.value);
            }
        }
        secret->clear();
        answer([this, outcome = outcomeOf(status)] { emit unlockFinished(outcome); });
    });
}

void DesktopSession::lock()
{
    onWorker([this] {
        m_filing.reset(); // its client holds the signing key
        if (m_vault) {
            m_vault->lock();
        }
        answer([this] { emit locked(); });
    });
}

void DesktopSession::requestOverview()
{
    const int lastEndedTaxYear = m_lastEndedTaxYear;
    onWorker([this, lastEndedTaxYear] {
        if (!m_vault || m_vault->isLocked()) {
            answer([this] { emit overviewFailed(tr("The vault is locked. Unlock it to see your tax years.")); });
            return;
        }
        VaultResult<QList<AnnualReturnRecord>> summaries = m_vault->annualReturnSummaries();
        if (!summaries.ok()) {
            answer([this, message = summaries.status.message] { emit overviewFailed(message); });
            return;
        }
        QMap<int, QList<AnnualReturnRecord>> returnsByYear; // each in id order: oldest first
        returnsByYear.insert(lastEndedTaxYear, {});
        for (const AnnualReturnRecord& record : summaries.value) {
            returnsByYear[record.taxYear].append(record);
        }
        FilingStore filings(*m_vault);
        QList<TaxYearOverview> years;
        for (auto year = returnsByYear.constKeyValueBegin(); year != returnsByYear.constKeyValueEnd(); ++year) {
            VaultResult<QList<FilingRecord>> filed = filings.forYear(year->first);
            VaultResult<TaxYearOverview> overview = filed.ok()
                ? overviewOf(*m_vault, year->first, year->second, filed.value)
                : VaultResult<TaxYearOverview>(filed.status);
            if (overview.ok() && overview.value.state == TaxYearOverview::State::NotStarted) {
                VaultResult<bool> drafted = hasDraft(year->first);
                if (drafted.ok() && drafted.value) {
                    overview.value.state = TaxYearOverview::State::Draft;
                }
                overview.status = drafted.status;
            }
            if (!overview.ok()) {
                answer([this, message = overview.status.message] { emit overviewFailed(message); });
                return;
            }
            years.prepend(overview.value);
        }
        answer([this, years] { emit overviewReady(years); });
    });
}

VaultResult<bool> DesktopSession::hasDraft(int taxYear)
{
    // Drafts belong to the enrolled person; before enrolment there are none.
    if (!EnrolmentStore(*m_vault).current().ok()) {
        return false;
    }
    BureauResult<qint64> profile = filing()->enrolledProfile();
    if (!profile.ok()) {
        return VaultStatus::failure(VaultErrorCode::Internal, profile.status.message);
    }
    VaultResult<ReturnDraft> draft = ReturnDraftStore(*m_vault).load(profile.value, taxYear);
    if (!draft.ok()) {
        return draft.status;
    }
    return draft.value.taxpayerPart != ReturnDraft::emptyFor(taxYear).taxpayerPart;
}

FilingService* DesktopSession::filing()
{
    if (!m_filing) {
        FilingService::Options options;
        options.acceptLanguage = m_acceptLanguage;
        // Someone is watching a busy bar: a bureau that does not answer is said within seconds,
        // not after the back-off a background outbox drain can afford.
        options.timeout = std::chrono::seconds(10);
        options.retry = RetryPolicy::Settings {std::chrono::milliseconds(200), std::chrono::seconds(2)};
        m_filing = std::make_unique<FilingService>(*m_vault, options);
    }
    return m_filing.get();
}

QString DesktopSession::lockedMessage() const
{
    return !m_vault || m_vault->isLocked() ? tr("The vault is locked. Unlock it first.") : QString();
}

void DesktopSession::setBureauLanguage(const QString& language)
{
    // As the command line says it: the bureau knows zh-CN, en and ja (docs/bureau-api.md).
    QByteArray acceptLanguage =
        language.isEmpty() || language == QLatin1String("zh_CN") ? QByteArrayLiteral("zh-CN") : language.toLatin1();
    onWorker([this, acceptLanguage] {
        if (acceptLanguage != m_acceptLanguage) {
            m_acceptLanguage = acceptLanguage;
            m_filing.reset(); // the next call makes one that asks in the new language
        }
    });
}

void DesktopSession::requestEnrolment()
{
    onWorker([this] {
        const bool enrolled = lockedMessage().isEmpty() && EnrolmentStore(*m_vault).current().ok();
        answer([this, enrolled] { emit enrolmentKnown(enrolled); });
    });
}

void DesktopSession::enrol(const QUrl& bureauUrl,
                           const QString& certificateFolder,
                           const QString& name,
                           const QString& identityNumber)
{
    onWorker([this, bureauUrl, certificateFolder, name, identityNumber] {
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            answer([this, locked] { emit enrolFinished({SessionOutcome::Kind::Failed, locked}); });
            return;
        }
        const QDir folder(certificateFolder);
        FilingResult<BureauEndpoint> endpoint = BureauEndpoint::fromFiles(
            bureauUrl, folder.filePath(QStringLiteral("tls-ca.pem")), folder.filePath(QStringLiteral("sm2-ca.der")));
        SessionOutcome outcome;
        if (!endpoint.ok()) {
            outcome = {SessionOutcome::Kind::Failed, endpoint.status.message};
        } else if (BureauResult<EnrolmentAnswer> enrolled = filing()->enrol(endpoint.value, name, identityNumber);
                   !enrolled.ok()) {
            outcome = {SessionOutcome::Kind::Failed, enrolled.status.message};
        }
        answer([this, outcome] { emit enrolFinished(outcome); });
    });
}

void DesktopSession::downloadPrefill(int taxYear)
{
    onWorker([this, taxYear] {
        SessionOutcome outcome;
        int records = 0;
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed, locked};
        } else if (BureauResult<PrefillAnswer> prefill = filing()->downloadPrefill(taxYear); !prefill.ok()) {
            outcome = {SessionOutcome::Kind::Failed, prefill.status.message};
        } else {
            records = static_cast<int>(prefill.value.records.size());
        }
        answer([this, taxYear, records, outcome] { emit prefillDownloaded(taxYear, records, outcome); });
    });
}

void DesktopSession::requestIncome(int taxYear)
{
    onWorker([this, taxYear] {
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            answer([this, locked] { emit incomeFailed(locked); });
            return;
        }
        BureauResult<QList<IncomeRecord>> records = filing()->incomeRecords(taxYear);
        if (!records.ok()) {
            answer([this, message = records.status.message] { emit incomeFailed(message); });
            return;
        }
        QList<IncomeRow> rows;
        for (const IncomeRecord& record : records.value) {
            IncomeRow row;
            row.id = record.id;
            row.month = record.month;
            row.payer = record.payer;
            row.payerCreditCode = record.payerCreditCode;
            row.category = record.category;
            row.amount = record.amount;
            row.withheld = record.withheld;
            row.origin = record.origin == IncomeRecord::Origin::Prefill ? IncomeRow::Origin::Prefill
                : record.origin == IncomeRecord::Origin::Imported       ? IncomeRow::Origin::Imported
                                                                        : IncomeRow::Origin::Typed;
            row.disputed = record.disputeState == IncomeRecord::DisputeState::Disputed;
            row.countsInReturn = record.countsInReturn();
            rows.append(row);
        }
        answer([this, taxYear, rows] { emit incomeReady(taxYear, rows); });
    });
}

void DesktopSession::requestFamily()
{
    onWorker([this] {
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            answer([this, locked] { emit familyFailed(locked); });
            return;
        }
        const VaultResult<TaxpayerProfile> profile = enrolledProfile();
        if (!profile.ok()) {
            answer([this, message = profile.status.message] { emit familyFailed(message); });
            return;
        }
        QList<FamilyMemberRow> members;
        for (const TaxpayerProfile::FamilyMember& member : profile.value.familyMembers) {
            members.append({member.relation, member.name, member.identifier, member.birthDate});
        }
        answer([this, members] { emit familyReady(members); });
    });
}

void DesktopSession::saveFamily(const QList<FamilyMemberRow>& members)
{
    onWorker([this, members] {
        SessionOutcome outcome;
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed, locked};
        } else if (VaultResult<TaxpayerProfile> profile = enrolledProfile(); !profile.ok()) {
            outcome = {SessionOutcome::Kind::Failed, profile.status.message};
        } else {
            profile.value.familyMembers.clear();
            for (const FamilyMemberRow& member : members) {
                profile.value.familyMembers.append(
                    {member.relation, residentId, member.identityNumber, member.name, member.birthDate});
            }
            if (VaultResult<qint64> saved = m_vault->saveProfile(profile.value); !saved.ok()) {
                outcome = outcomeOf(saved.status);
            }
        }
        answer([this, outcome] { emit familySaved(outcome); });
    });
}

void DesktopSession::requestDraft(int taxYear)
{
    onWorker([this, taxYear] {
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            answer([this, taxYear, locked] { emit draftFailed(taxYear, locked); });
            return;
        }
        BureauResult<qint64> profile = filing()->enrolledProfile();
        if (!profile.ok()) {
            answer([this, taxYear, message = profile.status.message] { emit draftFailed(taxYear, message); });
            return;
        }
        VaultResult<ReturnDraft> draft = ReturnDraftStore(*m_vault).load(profile.value, taxYear);
        if (!draft.ok()) {
            answer([this, taxYear, message = draft.status.message] { emit draftFailed(taxYear, message); });
            return;
        }
        answer([this, draft = draft.value] { emit draftReady(draft); });
    });
}

void DesktopSession::saveDraft(const ReturnDraft& draft)
{
    onWorker([this, draft] {
        SessionOutcome outcome;
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed, locked};
        } else if (BureauResult<qint64> profile = filing()->enrolledProfile(); !profile.ok()) {
            outcome = {SessionOutcome::Kind::Failed, profile.status.message};
        } else if (VaultStatus saved = ReturnDraftStore(*m_vault).save(profile.value, draft); !saved.ok()) {
            outcome = {SessionOutcome::Kind::Failed, saved.message};
        }
        answer([this, outcome] { emit draftSaved(outcome); });
    });
}

namespace {

/** How long the desktop waits for the bureau's receipt before saying the filing is queued. */
constexpr std::chrono::seconds submissionPatience {15};

SubmissionResult notFiled(const QString& message)
{
    SubmissionResult result;
    result.message = message;
    return result;
}

SubmissionResult submissionOf(const DrainedFiling& drained)
{
    SubmissionResult result;
    result.submissionId = drained.submissionId;
    result.message = drained.message;
    switch (drained.outcome) {
    case DrainedFiling::Outcome::Accepted:
        result.state = SubmissionResult::State::Accepted;
        break;
    case DrainedFiling::Outcome::Rejected:
        result.state = SubmissionResult::State::Rejected;
        break;
    case DrainedFiling::Outcome::Waiting:
        result.state = SubmissionResult::State::Queued;
        break;
    case DrainedFiling::Outcome::Alarm:
        result.state = SubmissionResult::State::Alarm;
        break;
    }
    if (drained.receipt) {
        const Receipt& receipt = drained.receipt->receipt;
        result.receiptId = receipt.receiptId;
        result.receiptIssuedAt = receipt.issuedAt;
        result.filingDigest = receipt.filingDigest;
        if (receipt.result) {
            result.taxPayable = receipt.result->taxPayable.toString();
            result.taxWithheld = receipt.result->taxWithheld.toString();
            result.balance = receipt.result->balance.toString();
        }
        for (const Receipt::Problem& problem : receipt.problems) {
            result.problems.append(problem.message);
        }
    }
    return result;
}

} // namespace

// Typed income and disputes (issue 5): the income page's changes to the year's records.

namespace {

/** The enrolled taxpayer's record `id` of `taxYear`, or the sentence that says why there is none. */
BureauResult<IncomeRecord> storedIncome(FilingService& filing, int taxYear, qint64 id)
{
    BureauResult<QList<IncomeRecord>> records = filing.incomeRecords(taxYear);
    if (!records.ok()) {
        return records.status;
    }
    for (const IncomeRecord& record : records.value) {
        if (record.id == id) {
            return record;
        }
    }
    return BureauStatus::failure(
        BureauStatus::Kind::Local,
        DesktopSession::tr("This income record is no longer in your vault; the list is shown again as it is now."));
}

/** The bureau's sentence, with what it says of each field it refused: "no such resource" alone names no record. */
QString bureauSentence(const BureauStatus& status)
{
    QStringList sentences {status.message};
    for (const BureauProblem& problem : status.problems) {
        if (!problem.message.isEmpty() && !sentences.contains(problem.message)) {
            sentences.append(problem.message);
        }
    }
    return sentences.join(QLatin1Char(' '));
}

QString reasonName(DisputeReason reason)
{
    switch (reason) {
    case DisputeReason::NotMyEmployer:
        return QStringLiteral("not_my_employer");
    case DisputeReason::WrongAmount:
        return QStringLiteral("wrong_amount");
    case DisputeReason::Other:
        break;
    }
    return QStringLiteral("other");
}

} // namespace

void DesktopSession::submitReturn(const ReturnDraft& draft, const QString& replaces)
{
    onWorker([this, draft, replaces] {
        const auto finish = [this](const SubmissionResult& result) {
            answer([this, result] { emit submitFinished(result); });
        };
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            finish(notFiled(locked));
            return;
        }
        FilingService* service = filing();
        BureauResult<qint64> profile = service->enrolledProfile();
        if (!profile.ok()) {
            finish(notFiled(profile.status.message));
            return;
        }
        if (VaultStatus saved = ReturnDraftStore(*m_vault).save(profile.value, draft); !saved.ok()) {
            finish(notFiled(saved.message));
            return;
        }
        BureauResult<QList<IncomeRecord>> records = service->incomeRecords(draft.taxYear);
        if (!records.ok()) {
            finish(notFiled(records.status.message));
            return;
        }
        const PrefillReturn::Result input = PrefillReturn::fromIncomeRecords(
            JsonReader::parse(draft.taxpayerPart).value, draft.taxYear, records.value, draft.bonusMethod);
        if (!input.problem.isEmpty()) {
            finish(notFiled(input.problem));
            return;
        }
        BureauResult<PreparedFiling> prepared = service->prepare(input.input, replaces);
        if (!prepared.ok()) {
            finish(notFiled(prepared.status.message));
            return;
        }
        BureauResult<QList<DrainedFiling>> drained = service->drain(submissionPatience);
        SubmissionResult result;
        result.state = SubmissionResult::State::Queued;
        result.submissionId = prepared.value.submissionId;
        result.message = drained.ok() ? tr("The bureau has not answered yet. The signed return is kept in the "
                                           "vault and will be sent again; nothing is filed twice.")
                                      : drained.status.message;
        if (drained.ok()) {
            for (const DrainedFiling& filing : drained.value) {
                if (filing.submissionId == prepared.value.submissionId) {
                    result = submissionOf(filing);
                }
            }
        }
        finish(result);
    });
}

VaultResult<TaxpayerProfile> DesktopSession::enrolledProfile()
{
    BureauResult<qint64> id = filing()->enrolledProfile();
    if (!id.ok()) {
        return VaultStatus::failure(VaultErrorCode::InvalidArgument, id.status.message);
    }
    VaultResult<QList<TaxpayerProfile>> profiles = m_vault->profiles();
    if (!profiles.ok()) {
        return profiles.status;
    }
    for (const TaxpayerProfile& profile : profiles.value) {
        if (profile.id == id.value) {
            return profile;
        }
    }
    return VaultStatus::failure(VaultErrorCode::Internal,
                                tr("Your taxpayer profile is missing from the vault. Enrol again."));
}

void DesktopSession::requestTaxpayer()
{
    onWorker([this] {
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            answer([this, locked] { emit taxpayerFailed(locked); });
            return;
        }
        VaultResult<TaxpayerProfile> profile = enrolledProfile();
        if (!profile.ok()) {
            answer([this, message = profile.status.message] { emit taxpayerFailed(message); });
            return;
        }
        TaxpayerIdentity taxpayer {profile.value.name, profile.value.identifier, QString(), QString()};
        for (const TaxpayerProfile::BankCard& card : profile.value.bankCards) {
            if (card.forRefunds) {
                taxpayer.refundBank = card.bank;
                taxpayer.refundCard = card.cardNumber;
            }
        }
        answer([this, taxpayer] { emit taxpayerKnown(taxpayer); });
    });
}

void DesktopSession::saveRefundCard(const QString& bank, const QString& cardDigits)
{
    onWorker([this, bank, cardDigits] {
        SessionOutcome outcome;
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed, locked};
        } else if (VaultResult<TaxpayerProfile> profile = enrolledProfile(); !profile.ok()) {
            outcome = {SessionOutcome::Kind::Failed, profile.status.message};
        } else {
            // One card for refunds: an earlier one stays on file as an ordinary card.
            for (TaxpayerProfile::BankCard& card : profile.value.bankCards) {
                card.forRefunds = false;
            }
            const auto same = std::find_if(profile.value.bankCards.begin(),
                                           profile.value.bankCards.end(),
                                           [&](const TaxpayerProfile::BankCard& card) {
                                               return card.cardNumber == cardDigits && card.bank == bank;
                                           });
            if (same != profile.value.bankCards.end()) {
                same->forRefunds = true;
            } else {
                profile.value.bankCards.append({bank, cardDigits, true});
            }
            if (VaultResult<qint64> saved = m_vault->saveProfile(profile.value); !saved.ok()) {
                outcome = {SessionOutcome::Kind::Failed, saved.status.message};
            }
        }
        answer([this, outcome] { emit refundCardSaved(outcome); });
    });
}

SessionOutcome DesktopSession::saveTypedIncome(int taxYear, const IncomeRow& row, bool adding)
{
    if (const QString locked = lockedMessage(); !locked.isEmpty()) {
        return {SessionOutcome::Kind::Failed, locked};
    }
    BureauResult<qint64> profile = filing()->enrolledProfile();
    if (!profile.ok()) {
        return {SessionOutcome::Kind::Failed,
                tr("Enrol with the tax bureau first: your income is kept under the identity number you enrol "
                   "with.")};
    }
    IncomeRecord record;
    if (!adding) {
        BureauResult<IncomeRecord> stored = storedIncome(*filing(), taxYear, row.id);
        if (!stored.ok()) {
            return {SessionOutcome::Kind::Failed, stored.status.message};
        }
        if (stored.value.origin != IncomeRecord::Origin::Typed) {
            return {SessionOutcome::Kind::Failed,
                    tr("Only income you typed in can be changed. Dispute a prefilled record you do not "
                       "recognise instead.")};
        }
        record.id = row.id;
    }
    record.profileId = profile.value;
    record.taxYear = taxYear;
    record.category = row.category;
    record.payer = row.payer.trimmed();
    record.payerCreditCode = row.payerCreditCode.trimmed().toUpper();
    record.month = row.month;
    record.amount = row.amount;
    record.withheld = row.withheld;
    record.origin = IncomeRecord::Origin::Typed;
    VaultResult<qint64> saved = IncomeRecordStore(*m_vault).save(record);
    if (!saved.ok()) {
        return {SessionOutcome::Kind::Failed, saved.status.message};
    }
    return {};
}

void DesktopSession::addIncome(int taxYear, const IncomeRow& row)
{
    onWorker([this, taxYear, row] {
        const SessionOutcome outcome = saveTypedIncome(taxYear, row, true);
        answer([this, taxYear, outcome] { emit incomeChanged(taxYear, outcome); });
    });
}

void DesktopSession::updateIncome(int taxYear, const IncomeRow& row)
{
    onWorker([this, taxYear, row] {
        const SessionOutcome outcome = saveTypedIncome(taxYear, row, false);
        answer([this, taxYear, outcome] { emit incomeChanged(taxYear, outcome); });
    });
}

void DesktopSession::removeIncome(int taxYear, qint64 id)
{
    onWorker([this, taxYear, id] {
        SessionOutcome outcome;
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed, locked};
        } else if (BureauResult<IncomeRecord> stored = storedIncome(*filing(), taxYear, id); !stored.ok()) {
            outcome = {SessionOutcome::Kind::Failed, stored.status.message};
        } else if (stored.value.origin != IncomeRecord::Origin::Typed) {
            outcome = {SessionOutcome::Kind::Failed,
                       tr("Only income you typed in can be deleted. Dispute a prefilled record you do not "
                          "recognise instead.")};
        } else if (VaultStatus removed = IncomeRecordStore(*m_vault).remove(id); !removed.ok()) {
            outcome = {SessionOutcome::Kind::Failed, removed.message};
        }
        answer([this, taxYear, outcome] { emit incomeChanged(taxYear, outcome); });
    });
}

void DesktopSession::disputeIncome(int taxYear, qint64 id, DisputeReason reason, const QString& note)
{
    onWorker([this, taxYear, id, reason, note] {
        SessionOutcome outcome;
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed, locked};
        } else if (BureauResult<IncomeRecord> stored = storedIncome(*filing(), taxYear, id); !stored.ok()) {
            outcome = {SessionOutcome::Kind::Failed, stored.status.message};
        } else if (stored.value.origin != IncomeRecord::Origin::Prefill || stored.value.bureauRecordId.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed,
                       tr("Only income the bureau prefilled can be disputed. Change or delete income you typed "
                          "in yourself.")};
        } else if (stored.value.disputeState == IncomeRecord::DisputeState::Disputed) {
            outcome = {SessionOutcome::Kind::Failed,
                       tr("You have already disputed this record; the bureau is looking into it.")};
        } else if (BureauResult<DisputeAnswer> disputed =
                       filing()->disputeIncome(stored.value.bureauRecordId, reasonName(reason), note.trimmed());
                   !disputed.ok()) {
            outcome = {SessionOutcome::Kind::Failed, bureauSentence(disputed.status)};
        }
        answer([this, taxYear, outcome] { emit incomeDisputed(taxYear, outcome); });
    });
}

void DesktopSession::requestReturn(int taxYear)
{
    onWorker([this, taxYear] {
        const auto fail = [this, taxYear](const QString& message) {
            answer([this, taxYear, message] { emit returnFailed(taxYear, message); });
        };
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            fail(locked);
            return;
        }
        VaultResult<QList<AnnualReturnRecord>> summaries = m_vault->annualReturnSummaries();
        if (!summaries.ok()) {
            fail(summaries.status.message);
            return;
        }
        qint64 latest = 0; // summaries come in id order: the last of the year is the latest computed
        for (const AnnualReturnRecord& summary : summaries.value) {
            if (summary.taxYear == taxYear) {
                latest = summary.id;
            }
        }
        if (latest == 0) {
            fail(tr("No return has been computed for %1 yet. Prepare the return of the year first.").arg(taxYear));
            return;
        }
        VaultResult<AnnualReturnRecord> record = m_vault->annualReturn(latest);
        if (!record.ok()) {
            fail(record.status.message);
            return;
        }
        StoredReturn stored;
        stored.taxYear = record.value.taxYear;
        stored.resultJson = record.value.resultJson;
        stored.traceJson = record.value.traceJson;
        stored.rulePackId = record.value.rulePackId;
        stored.createdAt = record.value.createdAt;
        answer([this, taxYear, stored] { emit returnReady(taxYear, stored); });
    });
}

// Filings slice (issue 5): the filings page, settlement, withdrawal and the PDF.

QByteArray DesktopSession::pinnedSm2Ca()
{
    VaultResult<BureauEnrolment> enrolment = EnrolmentStore(*m_vault).current();
    return enrolment.ok() ? enrolment.value.sm2CaCertificateDer : QByteArray();
}

void DesktopSession::requestFilings()
{
    onWorker([this] {
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            answer([this, locked] { emit filingsFailed(locked); });
            return;
        }
        BureauResult<QList<FilingRecord>> filings = filing()->filings();
        if (!filings.ok()) {
            answer([this, message = filings.status.message] { emit filingsFailed(message); });
            return;
        }
        VaultResult<QList<FilingRow>> rows = FilingRowReader(*m_vault, pinnedSm2Ca()).rows(filings.value);
        if (!rows.ok()) {
            answer([this, message = rows.status.message] { emit filingsFailed(message); });
            return;
        }
        answer([this, rows = rows.value] { emit filingsReady(rows); });
    });
}

void DesktopSession::refreshSettlement(const QString& submissionId)
{
    onWorker([this, submissionId] {
        const auto done = [this, submissionId](const SettlementRow& row, const SessionOutcome& outcome) {
            answer([this, submissionId, row, outcome] { emit settlementRefreshed(submissionId, row, outcome); });
        };
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            done({}, {SessionOutcome::Kind::Failed, locked});
            return;
        }
        BureauResult<FilingState> state = filing()->status(submissionId);
        if (!state.ok()) {
            done({}, {SessionOutcome::Kind::Failed, state.status.message});
            return;
        }
        // Only an accepted filing in force has a refund or payment (bureau-api.md §8.4).
        if (state.value.state != FilingStatusAnswer::State::Accepted) {
            done({}, {});
            return;
        }
        BureauResult<SettlementAnswer> settlement = filing()->settlement(submissionId);
        if (settlement.status.httpStatus == 404) {
            done({}, {}); // accepted with a zero balance: nothing to settle
            return;
        }
        if (!settlement.ok()) {
            done({}, {SessionOutcome::Kind::Failed, settlement.status.message});
            return;
        }
        VaultResult<FilingRecord> record = FilingStore(*m_vault).bySubmissionId(submissionId);
        if (!record.ok()) {
            done({}, {SessionOutcome::Kind::Failed, record.status.message});
            return;
        }
        const SettlementRecord kept = FilingRowReader::settlementRecord(record.value.id, settlement.value);
        if (VaultStatus saved = SettlementStore(*m_vault).save(kept); !saved.ok()) {
            done({}, {SessionOutcome::Kind::Failed, saved.message});
            return;
        }
        VaultResult<std::optional<SettlementRecord>> stored = SettlementStore(*m_vault).forFiling(record.value.id);
        if (!stored.ok() || !stored.value) {
            done({}, {SessionOutcome::Kind::Failed, stored.status.message});
            return;
        }
        done(FilingRowReader::settlementRow(*stored.value, submissionId), {});
    });
}

void DesktopSession::withdraw(const QString& submissionId)
{
    onWorker([this, submissionId] {
        SessionOutcome outcome;
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            outcome = {SessionOutcome::Kind::Failed, locked};
        } else if (BureauResult<VerifiedReceipt> receipt = filing()->withdraw(submissionId); !receipt.ok()) {
            outcome = {SessionOutcome::Kind::Failed, receipt.status.message};
        } else if (!receipt.value.receipt.isAccepted()) {
            QStringList sentences;
            for (const Receipt::Problem& problem : receipt.value.receipt.problems) {
                sentences.append(problem.message);
            }
            outcome = {SessionOutcome::Kind::Failed,
                       tr("The tax bureau did not withdraw the filing: %1").arg(sentences.join(QLatin1Char(' ')))};
        }
        answer([this, submissionId, outcome] { emit withdrawFinished(submissionId, outcome); });
    });
}

void DesktopSession::exportFilingPdf(const QString& submissionId, const QString& path)
{
    onWorker([this, submissionId, path] {
        const auto done = [this, path](const QString& failure) {
            const SessionOutcome outcome =
                failure.isEmpty() ? SessionOutcome() : SessionOutcome {SessionOutcome::Kind::Failed, failure};
            answer([this, path, outcome] { emit pdfExported(path, outcome); });
        };
        if (const QString locked = lockedMessage(); !locked.isEmpty()) {
            done(locked);
            return;
        }
        VaultResult<FilingRecord> record = FilingStore(*m_vault).bySubmissionId(submissionId);
        if (!record.ok()) {
            done(record.status.message);
            return;
        }
        VaultResult<AnnualReturnRecord> filed = m_vault->annualReturn(record.value.annualReturnId);
        if (!filed.ok()) {
            done(filed.status.message);
            return;
        }
        BureauResult<QList<IncomeRecord>> income = filing()->incomeRecords(filed.value.taxYear);
        if (!income.ok()) {
            done(income.status.message);
            return;
        }
        VaultResult<BureauEnrolment> enrolment = EnrolmentStore(*m_vault).current();
        const QString name = enrolment.ok() ? enrolment.value.name : QString();
        const QString identityNumber = enrolment.ok() ? enrolment.value.identityNumber : QString();
        VaultResult<FilingReport> report =
            FilingRowReader(*m_vault, pinnedSm2Ca()).report(record.value, income.value, name, identityNumber);
        if (!report.ok()) {
            done(report.status.message);
            return;
        }
        // The default locale is the language the user chose (LanguageSwitcher): its CJK face is embedded.
        report.value.language = QLocale().name();
        done(FilingReportPdf::write(report.value, path));
    });
}

void DesktopSession::openAudit(const QString& path)
{
    onWorker([this, path] {
        FilingAuditReader::Opened opened = FilingAuditReader::open(path);
        if (!opened.ok) {
            answer([this, path, message = opened.message] { emit auditFailed(path, message); });
            return;
        }
        answer([this, audit = std::move(opened.audit)] { emit auditReady(audit); });
    });
}

void DesktopSession::exportAuditPdf(const FilingAudit& audit, const QString& path)
{
    // The default locale is the language the user chose (LanguageSwitcher): its CJK face is embedded.
    const QString language = QLocale().name();
    onWorker([this, audit, path, language] {
        const QString failure = AuditReportPdf::write(FilingAuditReader::report(audit, language), path);
        const SessionOutcome outcome =
            failure.isEmpty() ? SessionOutcome() : SessionOutcome {SessionOutcome::Kind::Failed, failure};
        answer([this, path, outcome] { emit auditPdfExported(path, outcome); });
    });
}

} // namespace huisuan
