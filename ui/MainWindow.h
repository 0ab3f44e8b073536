// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/AutoLock.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QStackedWidget;

namespace huisuan {

class AuditPage;
class BatchSession;
class CompaniesPage;
class DesktopSession;
class DeductionsPage;
class DesktopSettings;
class EnrolPage;
class FilingsPage;
class FirstRunPage;
class HomePage;
class IncomePage;
class ReconciliationWizard;
class LanguageSwitcher;
class ReturnPage;
class SettingsDialog;
class UnlockPage;

/**
 * The window: first run, unlock, home, enrolment, income, deductions, the reconciliation wizard, a
 * return, filings, the accountant's client companies or the audit view (which needs no vault), one at a time;
 * locks itself after the idle time. A new vault leads to the enrolment page, which the user may leave for later.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum class Page { FirstRun, Unlock, Home, Enrol, Income, Deductions, Reconcile, Return, Filings, Companies, Audit };

    MainWindow(DesktopSession& session,
               DesktopSettings& settings,
               LanguageSwitcher& language,
               const QString& vaultDirectory,
               QWidget* parent = nullptr);

    Page currentPage() const;
    AutoLock& autoLock() { return m_autoLock; }
    /** Opens the settings window-modally without blocking, so that a test can fill it in. */
    SettingsDialog* openSettings();

signals:
    void pageChanged(huisuan::MainWindow::Page page);
    /** The home page shows the tax years: the moment the app becomes usable after unlocking. */
    void homeReady();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void showPage(Page page);
    void showHome();
    void showEnrol();
    void showIncome(int taxYear);
    void showReconciliation(int taxYear, const QString& replaces = QString());
    /** Back from a page the wizard sent the user to: to the wizard if it did, home otherwise. */
    void returnFromDetail();
    void showReturn(int taxYear);
    void showFilings(int taxYear);
    void showDeductions(int taxYear);
    void showCompanies();
    /** The audit view, from any page; its Back returns to the page it was opened from. */
    void showAudit();
    void returnFromAudit();
    void lockNow();
    void onLocked();
    void applyAutoLockMinutes();

    DesktopSession& m_session;
    DesktopSettings& m_settings;
    LanguageSwitcher& m_language;
    AutoLock m_autoLock;
    QStackedWidget* m_pages;
    FirstRunPage* m_firstRunPage;
    UnlockPage* m_unlockPage;
    HomePage* m_homePage;
    EnrolPage* m_enrolPage;
    IncomePage* m_incomePage;
    ReconciliationWizard* m_wizard;
    bool m_detailFromWizard = false; // the income or deductions page was opened from the wizard
    ReturnPage* m_returnPage;
    FilingsPage* m_filingsPage;
    DeductionsPage* m_deductionsPage;
    BatchSession* m_batch; // the accountant's batch work over the same vault and worker
    CompaniesPage* m_companiesPage;
    QAction* m_companiesAction;
    AuditPage* m_auditPage;
    Page m_pageBeforeAudit = Page::FirstRun;
    QAction* m_settingsAction;
    QAction* m_lockAction;
    QAction* m_auditAction;
    QPointer<SettingsDialog> m_settingsDialog;
    bool m_lockedByIdle = false;
};

} // namespace huisuan
