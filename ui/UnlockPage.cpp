// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/UnlockPage.h"

#include "ui/PageStyle.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace huisuan {

UnlockPage::UnlockPage(DesktopSession& session, QString vaultDirectory, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_vaultDirectory(std::move(vaultDirectory))
    , m_title(new QLabel)
    , m_passphraseLabel(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_unlockButton(new QPushButton)
    , m_auditButton(new QPushButton)
    , m_busyIndicator(new QProgressBar)
    , m_message(new QLabel)
{
    m_title->setObjectName(QStringLiteral("unlockTitle"));
    styleAsPageTitle(m_title);

    m_passphrase->setObjectName(QStringLiteral("unlockPassphraseEdit"));
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_passphraseLabel->setBuddy(m_passphrase);
    connect(m_passphrase, &QLineEdit::returnPressed, this, &UnlockPage::unlock);

    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    m_unlockButton->setDefault(true);
    m_unlockButton->setAutoDefault(true);
    connect(m_unlockButton, &QPushButton::clicked, this, &UnlockPage::unlock);
    m_auditButton->setObjectName(QStringLiteral("unlockAuditButton"));
    m_auditButton->setFlat(true);
    connect(m_auditButton, &QPushButton::clicked, this, &UnlockPage::auditRequested);

    m_busyIndicator->setObjectName(QStringLiteral("unlockBusy"));
    m_busyIndicator->setRange(0, 0); // scrypt reports no progress: an indeterminate bar
    m_busyIndicator->setVisible(false);

    m_message->setObjectName(QStringLiteral("unlockMessage"));
    m_message->setWordWrap(true);

    auto* row = new QHBoxLayout;
    row->addWidget(m_passphraseLabel);
    row->addWidget(m_passphrase, 1);
    row->addWidget(m_unlockButton);

    auto* layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_message);
    layout->addStretch();
    layout->addWidget(m_auditButton, 0, Qt::AlignLeft);

    setTabOrder(m_passphrase, m_unlockButton);
    setTabOrder(m_unlockButton, m_auditButton);
    setFocusProxy(m_passphrase);

    connect(&m_session, &DesktopSession::unlockFinished, this, &UnlockPage::onUnlockFinished);
    retranslateUi();
}

void UnlockPage::setReason(const QString& reason)
{
    m_message->setText(reason);
}

void UnlockPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void UnlockPage::retranslateUi()
{
    m_title->setText(tr("Unlock your vault"));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_unlockButton->setText(tr("&Unlock"));
    m_unlockButton->setAccessibleName(tr("Unlock"));
    m_auditButton->setText(tr("Open a filing to &audit…"));
    m_auditButton->setAccessibleName(tr("Open a filing to audit, without unlocking the vault"));
    m_busyIndicator->setAccessibleName(tr("Unlocking the vault"));
}

void UnlockPage::unlock()
{
    if (m_busy || m_passphrase->text().isEmpty()) {
        return;
    }
    QByteArray bytes = m_passphrase->text().toUtf8();
    m_passphrase->clear(); // only the SecureBuffer holds the passphrase from here
    setBusy(true);
    m_message->setText(tr("Unlocking…"));
    m_session.unlock(m_vaultDirectory, SecureBuffer::takeFrom(bytes));
}

void UnlockPage::onUnlockFinished(const SessionOutcome& outcome)
{
    if (!m_busy) {
        return;
    }
    setBusy(false);
    switch (outcome.kind) {
    case SessionOutcome::Kind::Done:
        m_message->clear();
        emit unlocked();
        return;
    case SessionOutcome::Kind::WrongPassphrase:
        m_message->setText(tr("That passphrase does not open this vault. Check Caps Lock and the keyboard layout, "
                              "then type it again."));
        break;
    case SessionOutcome::Kind::VaultInUse:
    case SessionOutcome::Kind::Failed:
        m_message->setText(outcome.message);
        break;
    }
    // The field was cleared when the passphrase left it; focus it so the next try is just typing.
    m_passphrase->setFocus();
    m_passphrase->selectAll();
}

void UnlockPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_unlockButton->setEnabled(!busy);
}

} // namespace huisuan
