// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace huisuan {

/** Asks for the passphrase and unlocks the vault on the session's worker thread. */
class UnlockPage : public QWidget
{
    Q_OBJECT
public:
    UnlockPage(DesktopSession& session, QString vaultDirectory, QWidget* parent = nullptr);

    /** Shown after an auto-lock, so that the user knows why the vault asks again. */
    void setReason(const QString& reason);

signals:
    void unlocked();
    /** The user would audit a filing, which needs no vault (issue 7). */
    void auditRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void unlock();
    void onUnlockFinished(const SessionOutcome& outcome);
    void setBusy(bool busy);

    DesktopSession& m_session;
    QString m_vaultDirectory;
    QLabel* m_title;
    QLabel* m_passphraseLabel;
    QLineEdit* m_passphrase;
    QPushButton* m_unlockButton;
    QPushButton* m_auditButton;
    QProgressBar* m_busyIndicator;
    QLabel* m_message;
    bool m_busy = false;
};

} // namespace huisuan
