// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FirstRunPage.h"

#include "session/PassphraseStrength.h"
#include "ui/PageStyle.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <algorithm>

namespace huisuan {

namespace {

QLabel* wrappedLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    return label;
}

} // namespace

FirstRunPage::FirstRunPage(DesktopSession& session, QString vaultDirectory, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_vaultDirectory(std::move(vaultDirectory))
    , m_title(wrappedLabel(QStringLiteral("firstRunTitle")))
    , m_intro(wrappedLabel(QStringLiteral("firstRunIntro")))
    , m_passphraseLabel(new QLabel)
    , m_passphrase(new QLineEdit)
    , m_confirmationLabel(new QLabel)
    , m_confirmation(new QLineEdit)
    , m_strengthMeter(new QProgressBar)
    , m_strengthVerdict(wrappedLabel(QStringLiteral("strengthVerdict")))
    , m_strengthExplanation(wrappedLabel(QStringLiteral("strengthExplanation")))
    , m_lossWarning(wrappedLabel(QStringLiteral("lossWarning")))
    , m_createButton(new QPushButton)
    , m_auditButton(new QPushButton)
    , m_busyIndicator(new QProgressBar)
    , m_status(wrappedLabel(QStringLiteral("firstRunStatus")))
{
    styleAsPageTitle(m_title);

    m_passphrase->setObjectName(QStringLiteral("passphraseEdit"));
    m_confirmation->setObjectName(QStringLiteral("confirmationEdit"));
    for (QLineEdit* edit : {m_passphrase, m_confirmation}) {
        edit->setEchoMode(QLineEdit::Password);
        connect(edit, &QLineEdit::textChanged, this, &FirstRunPage::updateStrength);
    }
    m_passphraseLabel->setBuddy(m_passphrase);
    m_confirmationLabel->setBuddy(m_confirmation);

    m_strengthMeter->setObjectName(QStringLiteral("strengthMeter"));
    m_strengthMeter->setRange(0, static_cast<int>(PassphraseStrength::strongBits));
    m_strengthMeter->setTextVisible(false);
    m_lossWarning->setStyleSheet(QStringLiteral("font-weight: bold"));

    m_createButton->setObjectName(QStringLiteral("createButton"));
    m_createButton->setDefault(true);
    m_createButton->setAutoDefault(true);
    connect(m_createButton, &QPushButton::clicked, this, &FirstRunPage::create);
    m_auditButton->setObjectName(QStringLiteral("firstRunAuditButton"));
    m_auditButton->setFlat(true);
    connect(m_auditButton, &QPushButton::clicked, this, &FirstRunPage::auditRequested);
    // Enter in either field creates, as the default button would in a dialog.
    connect(m_passphrase, &QLineEdit::returnPressed, this, &FirstRunPage::create);
    connect(m_confirmation, &QLineEdit::returnPressed, this, &FirstRunPage::create);

    m_busyIndicator->setObjectName(QStringLiteral("firstRunBusy"));
    m_busyIndicator->setRange(0, 0); // scrypt reports no progress: an indeterminate bar
    m_busyIndicator->setVisible(false);

    auto* form = new QFormLayout;
    form->addRow(m_passphraseLabel, m_passphrase);
    form->addRow(m_confirmationLabel, m_confirmation);
    form->addRow(QString(), m_strengthMeter);
    form->addRow(QString(), m_strengthVerdict);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_strengthExplanation);
    layout->addWidget(m_lossWarning);
    layout->addWidget(m_createButton, 0, Qt::AlignRight);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_auditButton, 0, Qt::AlignLeft);

    setTabOrder(m_passphrase, m_confirmation);
    setTabOrder(m_confirmation, m_createButton);
    setTabOrder(m_createButton, m_auditButton);
    setFocusProxy(m_passphrase);

    connect(&m_session, &DesktopSession::vaultCreated, this, &FirstRunPage::onCreated);
    retranslateUi();
    updateStrength();
}

void FirstRunPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FirstRunPage::retranslateUi()
{
    m_title->setText(tr("Create your vault"));
    m_intro->setText(tr("Huisuan keeps your income, deductions and filings in an encrypted vault on this computer. "
                        "Choose a passphrase to protect it."));
    m_passphraseLabel->setText(tr("&Passphrase:"));
    m_passphrase->setAccessibleName(tr("Passphrase"));
    m_confirmationLabel->setText(tr("&Repeat passphrase:"));
    m_confirmation->setAccessibleName(tr("Repeat passphrase"));
    m_strengthMeter->setAccessibleName(tr("Passphrase strength"));
    m_strengthExplanation->setText(
        tr("The strength is estimated from the length and the kinds of characters (lower case, upper case, digits, "
           "symbols, Chinese characters) as if each were chosen at random. Words, names and dates are much easier to "
           "guess than the meter shows: a few unrelated words make a good passphrase."));
    m_lossWarning->setText(tr("If you lose this passphrase, nobody can open the vault again: not Huisuan, not the tax "
                              "bureau, not anyone else. Write it down and keep it somewhere safe."));
    m_createButton->setText(tr("&Create vault"));
    m_createButton->setAccessibleName(tr("Create vault"));
    m_auditButton->setText(tr("Open a filing to &audit…"));
    m_auditButton->setAccessibleName(tr("Open a filing to audit, without a vault"));
    m_busyIndicator->setAccessibleName(tr("Creating the vault"));
    updateStrength();
}

void FirstRunPage::updateStrength()
{
    const QString passphrase = m_passphrase->text();
    const double bits = PassphraseStrength::entropyBits(passphrase);
    m_strengthMeter->setValue(std::min(static_cast<int>(bits), m_strengthMeter->maximum()));
    const PassphraseStrength::Level level = PassphraseStrength::level(passphrase);
    QString verdict;
    switch (level) {
    case PassphraseStrength::Level::Empty:
        verdict = tr("Type a passphrase.");
        break;
    case PassphraseStrength::Level::Weak:
        verdict = tr("Weak (about %1 bits): too easy to guess; make it longer.").arg(static_cast<int>(bits));
        break;
    case PassphraseStrength::Level::Fair:
        verdict = tr("Fair (about %1 bits).").arg(static_cast<int>(bits));
        break;
    case PassphraseStrength::Level::Strong:
        verdict = tr("Strong (about %1 bits).").arg(static_cast<int>(bits));
        break;
    }
    const bool matches = !passphrase.isEmpty() && passphrase == m_confirmation->text();
    if (!m_confirmation->text().isEmpty() && !matches) {
        verdict += QLatin1Char(' ') + tr("The two passphrases differ.");
    }
    m_strengthVerdict->setText(verdict);
    m_createButton->setEnabled(!m_busy && matches && level >= PassphraseStrength::Level::Fair);
}

void FirstRunPage::create()
{
    if (!m_createButton->isEnabled()) {
        return;
    }
    QByteArray bytes = m_passphrase->text().toUtf8();
    // The passphrase leaves the widgets now: only the SecureBuffer holds it from here.
    m_passphrase->clear();
    m_confirmation->clear();
    setBusy(true);
    m_status->setText(tr("Creating the vault. Protecting it with your passphrase takes a moment…"));
    m_session.createVault(m_vaultDirectory, SecureBuffer::takeFrom(bytes));
}

void FirstRunPage::onCreated(const SessionOutcome& outcome)
{
    if (!m_busy) {
        return; // another page's request
    }
    setBusy(false);
    if (outcome.ok()) {
        m_status->clear();
        emit vaultCreated();
        return;
    }
    m_status->setText(tr("The vault could not be created: %1").arg(outcome.message));
    m_passphrase->setFocus();
}

void FirstRunPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    m_passphrase->setEnabled(!busy);
    m_confirmation->setEnabled(!busy);
    updateStrength();
}

} // namespace huisuan
