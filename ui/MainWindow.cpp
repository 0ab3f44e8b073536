// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MainWindow.h"

#include "session/BatchSession.h"
#include "session/DesktopSession.h"
#include "session/DesktopSettings.h"
#include "session/LanguageSwitcher.h"
#include "ui/AuditPage.h"
#include "ui/CompaniesPage.h"
#include "ui/DeductionsPage.h"
#include "ui/EnrolPage.h"
#include "ui/FilingsPage.h"
#include "ui/FirstRunPage.h"
#include "ui/HomePage.h"
#include "ui/IncomePage.h"
#include "ui/ReturnPage.h"
#include "ui/SettingsDialog.h"
#include "ui/UnlockPage.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QAction>
#include <QEvent>
#include <QStackedWidget>
#include <QToolBar>

namespace huisuan {

MainWindow::MainWindow(DesktopSession& session,
                       DesktopSettings& settings,
                       LanguageSwitcher& language,
                       const QString& vaultDirectory,
                       QWidget* parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_settings(settings)
    , m_language(language)
    , m_pages(new QStackedWidget)
    , m_firstRunPage(new FirstRunPage(session, vaultDirectory))
    , m_unlockPage(new UnlockPage(session, vaultDirectory))
    , m_homePage(new HomePage(session))
    , m_enrolPage(new EnrolPage(session, settings))
    , m_incomePage(new IncomePage(session))
    , m_wizard(new ReconciliationWizard(session))
    , m_returnPage(new ReturnPage(session))
    , m_filingsPage(new FilingsPage(session))
    , m_deductionsPage(new DeductionsPage(session))
    , m_batch(new BatchSession(session, this))
    , m_companiesPage(new CompaniesPage(*m_batch))
    , m_companiesAction(new QAction(this))
    , m_auditPage(new AuditPage(session))
    , m_settingsAction(new QAction(this))
    , m_lockAction(new QAction(this))
    , m_auditAction(new QAction(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_firstRunPage->setObjectName(QStringLiteral("firstRunPage"));
    m_unlockPage->setObjectName(QStringLiteral("unlockPage"));
    m_homePage->setObjectName(QStringLiteral("homePage"));
    m_enrolPage->setObjectName(QStringLiteral("enrolPage"));
    m_incomePage->setObjectName(QStringLiteral("incomePage"));
    m_returnPage->setObjectName(QStringLiteral("returnPage"));
    m_filingsPage->setObjectName(QStringLiteral("filingsPage"));
    m_deductionsPage->setObjectName(QStringLiteral("deductionsPage"));
    m_companiesPage->setObjectName(QStringLiteral("companiesPage"));
    m_auditPage->setObjectName(QStringLiteral("auditPage"));
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->addWidget(m_firstRunPage);
    m_pages->addWidget(m_unlockPage);
    m_pages->addWidget(m_homePage);
    m_pages->addWidget(m_enrolPage);
    m_pages->addWidget(m_incomePage);
    m_pages->addWidget(m_wizard);
    m_pages->addWidget(m_returnPage);
    m_pages->addWidget(m_filingsPage);
    m_pages->addWidget(m_deductionsPage);
    m_pages->addWidget(m_companiesPage);
    m_pages->addWidget(m_auditPage);
    setCentralWidget(m_pages);

    m_companiesAction->setObjectName(QStringLiteral("companiesAction"));
    m_companiesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_companiesAction, &QAction::triggered, this, &MainWindow::showCompanies);
    m_settingsAction->setObjectName(QStringLiteral("settingsAction"));
    m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    m_lockAction->setObjectName(QStringLiteral("lockAction"));
    m_lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_lockAction, &QAction::triggered, this, &MainWindow::lockNow);
    m_auditAction->setObjectName(QStringLiteral("auditAction"));
    m_auditAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    connect(m_auditAction, &QAction::triggered, this, &MainWindow::showAudit);
    auto* toolBar = addToolBar(QString());
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setMovable(false);
    toolBar->addAction(m_companiesAction);
    toolBar->addAction(m_settingsAction);
    toolBar->addAction(m_lockAction);
    toolBar->addAction(m_auditAction);

    connect(m_firstRunPage, &FirstRunPage::vaultCreated, this, [this] {
        m_autoLock.arm();
        showEnrol();
    });
    connect(m_homePage, &HomePage::enrolRequested, this, &MainWindow::showEnrol);
    connect(m_homePage, &HomePage::incomeRequested, this, &MainWindow::showIncome);
    connect(m_homePage, &HomePage::returnRequested, this, &MainWindow::showReturn);
    connect(m_enrolPage, &EnrolPage::enrolled, this, &MainWindow::showHome);
    connect(m_enrolPage, &EnrolPage::skipped, this, &MainWindow::showHome);
    connect(m_incomePage, &IncomePage::backRequested, this, &MainWindow::returnFromDetail);
    connect(m_homePage, &HomePage::reconcileRequested, this, [this](int taxYear) { showReconciliation(taxYear); });
    connect(m_wizard, &ReconciliationWizard::closed, this, &MainWindow::showHome);
    connect(m_wizard, &ReconciliationWizard::incomeRequested, this, [this](int taxYear) {
        showIncome(taxYear);
        m_detailFromWizard = true;
    });
    connect(m_returnPage, &ReturnPage::backRequested, this, &MainWindow::showHome);
    connect(m_homePage, &HomePage::filingsRequested, this, &MainWindow::showFilings);
    connect(m_filingsPage, &FilingsPage::backRequested, this, &MainWindow::showHome);
    connect(m_filingsPage, &FilingsPage::correctionRequested, this, &MainWindow::showReconciliation);
    connect(m_homePage, &HomePage::deductionsRequested, this, &MainWindow::showDeductions);
    connect(m_deductionsPage, &DeductionsPage::backRequested, this, &MainWindow::returnFromDetail);
    connect(m_wizard, &ReconciliationWizard::deductionsRequested, this, [this](int taxYear) {
        showDeductions(taxYear);
        m_detailFromWizard = true;
    });
    connect(m_companiesPage, &CompaniesPage::backRequested, this, &MainWindow::showHome);
    connect(m_unlockPage, &UnlockPage::unlocked, this, &MainWindow::showHome);
    connect(m_unlockPage, &UnlockPage::auditRequested, this, &MainWindow::showAudit);
    connect(m_firstRunPage, &FirstRunPage::auditRequested, this, &MainWindow::showAudit);
    connect(m_auditPage, &AuditPage::backRequested, this, &MainWindow::returnFromAudit);
    connect(m_homePage, &HomePage::yearsShown, this, &MainWindow::homeReady);
    connect(&m_autoLock, &AutoLock::idle, this, [this] {
        m_lockedByIdle = true;
        lockNow();
    });
    connect(&m_session, &DesktopSession::locked, this, &MainWindow::onLocked);

    applyAutoLockMinutes();
    retranslateUi();
    resize(760, 520);
    showPage(DesktopSession::vaultExists(vaultDirectory) ? Page::Unlock : Page::FirstRun);
}

MainWindow::Page MainWindow::currentPage() const
{
    if (m_pages->currentWidget() == m_homePage) {
        return Page::Home;
    }
    if (m_pages->currentWidget() == m_enrolPage) {
        return Page::Enrol;
    }
    if (m_pages->currentWidget() == m_incomePage) {
        return Page::Income;
    }
    if (m_pages->currentWidget() == m_wizard) {
        return Page::Reconcile;
    }
    if (m_pages->currentWidget() == m_returnPage) {
        return Page::Return;
    }
    if (m_pages->currentWidget() == m_filingsPage) {
        return Page::Filings;
    }
    if (m_pages->currentWidget() == m_deductionsPage) {
        return Page::Deductions;
    }
    if (m_pages->currentWidget() == m_companiesPage) {
        return Page::Companies;
    }
    if (m_pages->currentWidget() == m_auditPage) {
        return Page::Audit;
    }
    return m_pages->currentWidget() == m_unlockPage ? Page::Unlock : Page::FirstRun;
}

SettingsDialog* MainWindow::openSettings()
{
    if (!m_settingsDialog) {
        m_settingsDialog = new SettingsDialog(m_settings, m_language, this);
        m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_settingsDialog, &SettingsDialog::settingsSaved, this, &MainWindow::applyAutoLockMinutes);
    }
    m_settingsDialog->open();
    return m_settingsDialog;
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Huisuan: individual income tax"));
    m_session.setBureauLanguage(m_language.current());
    m_companiesAction->setText(tr("&Companies"));
    m_companiesAction->setToolTip(tr("Withholding for the employees of your client companies"));
    m_settingsAction->setText(tr("&Settings…"));
    m_settingsAction->setToolTip(tr("Language, auto-lock time and tax bureau address"));
    m_lockAction->setText(tr("&Lock"));
    m_lockAction->setToolTip(tr("Lock the vault now"));
    m_auditAction->setText(tr("&Audit a filing…"));
    m_auditAction->setToolTip(tr("Verify a signed filing and replay its computation; no vault needed"));
}

void MainWindow::showPage(Page page)
{
    QWidget* widget = nullptr;
    switch (page) {
    case Page::FirstRun:
        widget = m_firstRunPage;
        break;
    case Page::Unlock:
        widget = m_unlockPage;
        break;
    case Page::Home:
        widget = m_homePage;
        break;
    case Page::Enrol:
        widget = m_enrolPage;
        break;
    case Page::Income:
        widget = m_incomePage;
        break;
    case Page::Reconcile:
        widget = m_wizard;
        break;
    case Page::Return:
        widget = m_returnPage;
        break;
    case Page::Filings:
        widget = m_filingsPage;
        break;
    case Page::Deductions:
        widget = m_deductionsPage;
        break;
    case Page::Companies:
        widget = m_companiesPage;
        break;
    case Page::Audit:
        widget = m_auditPage;
        break;
    }
    m_pages->setCurrentWidget(widget);
    // Locking needs an unlocked vault, which the audit view may be shown without.
    m_lockAction->setEnabled(
        page != Page::FirstRun && page != Page::Unlock &&
        (page != Page::Audit || (m_pageBeforeAudit != Page::FirstRun && m_pageBeforeAudit != Page::Unlock)));
    m_companiesAction->setEnabled(m_lockAction->isEnabled());
    m_auditAction->setEnabled(page != Page::Audit);
    widget->setFocus();
    emit pageChanged(page);
}

void MainWindow::showHome()
{
    m_detailFromWizard = false;
    showPage(Page::Home);
    m_homePage->refresh();
    m_autoLock.arm();
}

void MainWindow::showEnrol()
{
    m_enrolPage->reset();
    showPage(Page::Enrol);
}

void MainWindow::showIncome(int taxYear)
{
    showPage(Page::Income);
    m_incomePage->showYear(taxYear);
}

void MainWindow::showReconciliation(int taxYear, const QString& replaces)
{
    m_detailFromWizard = false;
    m_wizard->start(taxYear, replaces);
    showPage(Page::Reconcile);
    m_wizard->show();
}

void MainWindow::returnFromDetail()
{
    if (!m_detailFromWizard) {
        showHome();
        return;
    }
    m_detailFromWizard = false;
    m_wizard->reload();
    showPage(Page::Reconcile);
}

void MainWindow::showReturn(int taxYear)
{
    showPage(Page::Return);
    m_returnPage->showYear(taxYear);
}

void MainWindow::showFilings(int taxYear)
{
    showPage(Page::Filings);
    m_filingsPage->showYear(taxYear);
}

void MainWindow::showDeductions(int taxYear)
{
    showPage(Page::Deductions);
    m_deductionsPage->showYear(taxYear);
}

void MainWindow::showCompanies()
{
    showPage(Page::Companies);
    m_companiesPage->refresh();
}

void MainWindow::showAudit()
{
    if (currentPage() == Page::Audit) {
        return;
    }
    m_pageBeforeAudit = currentPage();
    showPage(Page::Audit);
    m_auditPage->chooseFile();
}

void MainWindow::returnFromAudit()
{
    if (m_pageBeforeAudit == Page::Home) {
        showHome();
        return;
    }
    showPage(m_pageBeforeAudit);
}

void MainWindow::lockNow()
{
    m_autoLock.disarm();
    m_batch->cancel(); // an import stops before storing anything, a computation between transactions
    m_session.lock();
}

void MainWindow::onLocked()
{
    // The home page's table goes before the unlock page shows: nothing of the vault stays on screen.
    m_homePage->clear();
    m_incomePage->clear();
    m_wizard->clear();
    m_returnPage->clear();
    m_filingsPage->clear();
    m_deductionsPage->clear();
    m_companiesPage->clear();
    m_auditPage->clear();
    m_unlockPage->setReason(m_lockedByIdle ? tr("The vault was locked because you were away.") : QString());
    m_lockedByIdle = false;
    showPage(Page::Unlock);
}

void MainWindow::applyAutoLockMinutes()
{
    m_autoLock.setInterval(std::chrono::minutes(m_settings.autoLockMinutes()));
}

} // namespace huisuan
