// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace huisuan {

/**
 * First run: choose the passphrase that protects the new vault. Create is enabled only when the
 * passphrase and its confirmation match and the estimate says at least "fair"; the vault is then
 * created on the session's worker thread while the page shows that it is working.
 */
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    FirstRunPage(DesktopSession& session, QString vaultDirectory, QWidget* parent = nullptr);

signals:
    void vaultCreated();
    /** The user would audit a filing, which needs no vault (issue 7). */
    void auditRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateStrength();
    void create();
    void onCreated(const SessionOutcome& outcome);
    void setBusy(bool busy);

    DesktopSession& m_session;
    QString m_vaultDirectory;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QLabel* m_confirmationLabel;
    QLineEdit* m_confirmation;
    QProgressBar* m_strengthMeter;
    QLabel* m_strengthVerdict;
    QLabel* m_strengthExplanation;
    QLabel* m_lossWarning;
    QPushButton* m_createButton;
    QPushButton* m_auditButton;
    QProgressBar* m_busyIndicator;
    QLabel* m_status;
    bool m_busy = false;
};

} // namespace huisuan
