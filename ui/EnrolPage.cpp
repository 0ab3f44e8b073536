// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/EnrolPage.h"

#include "session/DesktopSettings.h"
#include "session/IdentityNumberCheck.h"
#include "ui/PageStyle.h"

#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

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

EnrolPage::EnrolPage(DesktopSession& session, DesktopSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_settings(settings)
    , m_title(wrappedLabel(QStringLiteral("enrolTitle")))
    , m_intro(wrappedLabel(QStringLiteral("enrolIntro")))
    , m_nameLabel(new QLabel)
    , m_name(new QLineEdit)
    , m_identityLabel(new QLabel)
    , m_identityNumber(new QLineEdit)
    , m_identityError(wrappedLabel(QStringLiteral("identityNumberError")))
    , m_urlLabel(new QLabel)
    , m_url(new QLineEdit)
    , m_folderLabel(new QLabel)
    , m_folder(new QLineEdit)
    , m_chooseFolder(new QPushButton)
    , m_enrolButton(new QPushButton)
    , m_laterButton(new QPushButton)
    , m_busyIndicator(new QProgressBar)
    , m_status(wrappedLabel(QStringLiteral("enrolStatus")))
{
    styleAsPageTitle(m_title);

    m_name->setObjectName(QStringLiteral("enrolNameEdit"));
    m_name->setMaxLength(64); // what a certificate's common name holds, and what the bureau takes
    m_identityNumber->setObjectName(QStringLiteral("identityNumberEdit"));
    m_identityNumber->setMaxLength(18);
    m_identityError->setStyleSheet(QStringLiteral("color: #b00020"));
    m_url->setObjectName(QStringLiteral("bureauUrlEdit"));
    m_folder->setObjectName(QStringLiteral("certificateFolderEdit"));
    m_chooseFolder->setObjectName(QStringLiteral("chooseCertificateFolderButton"));
    m_enrolButton->setObjectName(QStringLiteral("enrolButton"));
    m_enrolButton->setDefault(true);
    m_enrolButton->setAutoDefault(true);
    m_laterButton->setObjectName(QStringLiteral("enrolLaterButton"));
    m_nameLabel->setBuddy(m_name);
    m_identityLabel->setBuddy(m_identityNumber);
    m_urlLabel->setBuddy(m_url);
    m_folderLabel->setBuddy(m_folder);

    for (QLineEdit* edit : {m_name, m_identityNumber, m_url, m_folder}) {
        connect(edit, &QLineEdit::textChanged, this, &EnrolPage::updateValidity);
        connect(edit, &QLineEdit::returnPressed, this, &EnrolPage::enrol);
    }
    connect(m_chooseFolder, &QPushButton::clicked, this, &EnrolPage::chooseFolder);
    connect(m_enrolButton, &QPushButton::clicked, this, &EnrolPage::enrol);
    connect(m_laterButton, &QPushButton::clicked, this, &EnrolPage::skipped);

    m_busyIndicator->setObjectName(QStringLiteral("enrolBusy"));
    m_busyIndicator->setRange(0, 0); // the bureau reports no progress: an indeterminate bar
    m_busyIndicator->setVisible(false);

    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(m_chooseFolder);
    auto* form = new QFormLayout;
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_identityLabel, m_identityNumber);
    form->addRow(QString(), m_identityError);
    form->addRow(m_urlLabel, m_url);
    form->addRow(m_folderLabel, folderRow);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_laterButton);
    buttons->addWidget(m_enrolButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_busyIndicator);
    layout->addWidget(m_status);
    layout->addStretch();

    setTabOrder(m_name, m_identityNumber);
    setTabOrder(m_identityNumber, m_url);
    setTabOrder(m_url, m_folder);
    setTabOrder(m_folder, m_chooseFolder);
    setTabOrder(m_chooseFolder, m_laterButton);
    setTabOrder(m_laterButton, m_enrolButton);
    setFocusProxy(m_name);

    connect(&m_session, &DesktopSession::enrolFinished, this, &EnrolPage::onEnrolled);
    retranslateUi();
    reset();
}

void EnrolPage::reset()
{
    const QUrl url = m_settings.bureauUrl();
    m_url->setText((url.isEmpty() ? DesktopSettings::sandboxBureauUrl() : url).toString());
    m_folder->setText(m_settings.bureauCertificateFolder());
    m_status->clear();
    updateValidity();
}

void EnrolPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void EnrolPage::retranslateUi()
{
    m_title->setText(tr("Enrol with the tax bureau"));
    m_intro->setText(tr("To download your prefilled income and to file, Huisuan makes a signing key in your vault and "
                        "has the bureau certify it for you. Enter your name and identity number as on your resident "
                        "identity card."));
    m_nameLabel->setText(tr("&Name:"));
    m_name->setAccessibleName(tr("Name"));
    m_identityLabel->setText(tr("&Identity number:"));
    m_identityNumber->setAccessibleName(tr("Resident identity number"));
    m_identityError->setAccessibleName(tr("Identity number check"));
    m_urlLabel->setText(tr("&Bureau address:"));
    m_url->setAccessibleName(tr("Bureau address"));
    m_folderLabel->setText(tr("&Certificates folder:"));
    m_folder->setAccessibleName(tr("Folder with the bureau's certificates"));
    m_folder->setToolTip(tr("The folder where the bureau publishes tls-ca.pem and sm2-ca.der"));
    m_chooseFolder->setText(tr("C&hoose…"));
    m_chooseFolder->setAccessibleName(tr("Choose the certificates folder"));
    m_enrolButton->setText(tr("&Enrol"));
    m_enrolButton->setAccessibleName(tr("Enrol with the bureau"));
    m_laterButton->setText(tr("&Later"));
    m_laterButton->setAccessibleName(tr("Enrol later"));
    m_busyIndicator->setAccessibleName(tr("Enrolling with the bureau"));
    m_status->setAccessibleName(tr("Enrolment status"));
    updateValidity();
}

bool EnrolPage::inputValid() const
{
    return !m_name->text().trimmed().isEmpty() &&
        IdentityNumberCheck::check(m_identityNumber->text()) == IdentityNumberCheck::Verdict::Valid &&
        !m_url->text().trimmed().isEmpty() && !m_folder->text().trimmed().isEmpty();
}

void EnrolPage::updateValidity()
{
    switch (IdentityNumberCheck::check(m_identityNumber->text())) {
    case IdentityNumberCheck::Verdict::Invalid:
        m_identityError->setText(tr("This is not a valid resident identity number: check the 18 characters, "
                                    "the birth date in them and the last character."));
        break;
    case IdentityNumberCheck::Verdict::Empty:
    case IdentityNumberCheck::Verdict::Incomplete:
    case IdentityNumberCheck::Verdict::Valid:
        m_identityError->clear();
        break;
    }
    m_identityError->setVisible(!m_identityError->text().isEmpty());
    m_enrolButton->setEnabled(!m_busy && inputValid());
}

void EnrolPage::chooseFolder()
{
    const QString folder =
        QFileDialog::getExistingDirectory(this, tr("The bureau's certificates folder"), m_folder->text());
    if (!folder.isEmpty()) {
        m_folder->setText(folder);
    }
}

void EnrolPage::enrol()
{
    if (m_busy || !inputValid()) {
        return;
    }
    const QUrl url(m_url->text().trimmed());
    const QString folder = m_folder->text().trimmed();
    m_settings.setBureauUrl(url);
    m_settings.setBureauCertificateFolder(folder);
    setBusy(true);
    m_status->setText(tr("Asking the bureau for your certificate…"));
    m_session.enrol(url, folder, m_name->text().trimmed(), m_identityNumber->text().trimmed().toUpper());
}

void EnrolPage::onEnrolled(const SessionOutcome& outcome)
{
    if (!m_busy) {
        return;
    }
    setBusy(false);
    if (!outcome.ok()) {
        m_status->setText(outcome.message);
        return;
    }
    m_status->clear();
    m_identityNumber->clear();
    m_name->clear();
    emit enrolled();
}

void EnrolPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy);
    for (QWidget* widget : {static_cast<QWidget*>(m_name),
                            static_cast<QWidget*>(m_identityNumber),
                            static_cast<QWidget*>(m_url),
                            static_cast<QWidget*>(m_folder),
                            static_cast<QWidget*>(m_chooseFolder),
                            static_cast<QWidget*>(m_laterButton)}) {
        widget->setEnabled(!busy);
    }
    updateValidity();
}

} // namespace huisuan
