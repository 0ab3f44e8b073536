// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DesktopSession.h"

#include "vault/FilingStore.h"
#include "vault/Vault.h"

#include <QDate>
#include <QDir>
#include <QFileInfo>
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

/** The state of one year from its returns (oldest first) and its filings, and the return it refers to. */
VaultResult<TaxYearOverview>
overviewOf(Vault& vault, int taxYear, const QList<AnnualReturnRecord>& returns, const QList<FilingRecord>& filings)
{
    TaxYearOverview overview;
    overview.taxYear = taxYear;
    qint64 shownReturn = returns.isEmpty() ? 0 : returns.constLast().id;
    const auto accepted = std::find_if(filings.crbegin(), filings.crend(), [](const FilingRecord& filing) {
        return filing.status == FilingRecord::Status::Accepted;
    });
    const auto pending = std::find_if(filings.crbegin(), filings.crend(), [](const FilingRecord& filing) {
        return filing.status == FilingRecord::Status::Signed || filing.status == FilingRecord::Status::Submitted;
    });
    if (accepted != filings.crend()) {
        overview.state = TaxYearOverview::State::Filed;
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
            if (!overview.ok()) {
                answer([this, message = overview.status.message] { emit overviewFailed(message); });
                return;
            }
            years.prepend(overview.value);
        }
        answer([this, years] { emit overviewReady(years); });
    });
}

} // namespace huisuan
