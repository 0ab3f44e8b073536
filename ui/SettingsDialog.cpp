// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include "session/DesktopSettings.h"
#include "session/LanguageSwitcher.h"
#include "ui/AboutDialog.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace huisuan {

namespace {

/** Each language named in itself, so that a user who cannot read the current one finds their own. */
QString endonym(const QString& language)
{
    if (language == QLatin1String("zh_CN")) {
        return QStringLiteral("简体中文");
    }
    if (language == QLatin1String("ja")) {
        return QStringLiteral("日本語");
    }
    return QStringLiteral("English");
}

} // namespace

SettingsDialog::SettingsDialog(DesktopSettings& settings, LanguageSwitcher& language, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(language)
    , m_languageLabel(new QLabel)
    , m_languageCombo(new QComboBox)
    , m_autoLockLabel(new QLabel)
    , m_autoLockMinutes(new QSpinBox)
    , m_bureauUrlLabel(new QLabel)
    , m_bureauUrl(new QLineEdit)
    , m_bureauUrlHint(new QLabel)
    , m_aboutButton(new QPushButton)
    , m_saveButton(new QPushButton)
    , m_cancelButton(new QPushButton)
{
    setObjectName(QStringLiteral("settingsDialog"));
    m_languageCombo->setObjectName(QStringLiteral("languageCombo"));
    for (const QString& code : LanguageSwitcher::languages()) {
        m_languageCombo->addItem(endonym(code), code);
    }
    m_languageCombo->setCurrentIndex(m_languageCombo->findData(m_settings.language()));

    m_autoLockMinutes->setObjectName(QStringLiteral("autoLockMinutesSpin"));
    m_autoLockMinutes->setRange(DesktopSettings::minimumAutoLockMinutes, DesktopSettings::maximumAutoLockMinutes);
    m_autoLockMinutes->setValue(m_settings.autoLockMinutes());

    m_bureauUrl->setObjectName(QStringLiteral("bureauUrlEdit"));
    m_bureauUrl->setText(m_settings.bureauUrl().toString());
    m_bureauUrlHint->setObjectName(QStringLiteral("bureauUrlHint"));
    m_bureauUrlHint->setWordWrap(true);

    m_languageLabel->setBuddy(m_languageCombo);
    m_autoLockLabel->setBuddy(m_autoLockMinutes);
    m_bureauUrlLabel->setBuddy(m_bureauUrl);

    m_aboutButton->setObjectName(QStringLiteral("aboutButton"));
    m_aboutButton->setAutoDefault(false);
    connect(m_aboutButton, &QPushButton::clicked, this, &SettingsDialog::openAbout);
    m_saveButton->setObjectName(QStringLiteral("saveSettingsButton"));
    m_saveButton->setDefault(true);
    m_cancelButton->setObjectName(QStringLiteral("cancelSettingsButton"));
    connect(m_saveButton, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);

    auto* form = new QFormLayout;
    form->addRow(m_languageLabel, m_languageCombo);
    form->addRow(m_autoLockLabel, m_autoLockMinutes);
    form->addRow(m_bureauUrlLabel, m_bureauUrl);
    form->addRow(QString(), m_bureauUrlHint);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_aboutButton);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addLayout(buttons);

    setTabOrder(m_languageCombo, m_autoLockMinutes);
    setTabOrder(m_autoLockMinutes, m_bureauUrl);
    setTabOrder(m_bureauUrl, m_saveButton);
    setTabOrder(m_saveButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_aboutButton);
    retranslateUi();
}

void SettingsDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void SettingsDialog::retranslateUi()
{
    setWindowTitle(tr("Settings"));
    m_languageLabel->setText(tr("&Language:"));
    m_languageCombo->setAccessibleName(tr("Language"));
    m_autoLockLabel->setText(tr("Lock &after:"));
    m_autoLockMinutes->setSuffix(tr(" minutes idle"));
    m_autoLockMinutes->setAccessibleName(tr("Minutes of inactivity before the vault locks"));
    m_bureauUrlLabel->setText(tr("Tax &bureau address:"));
    m_bureauUrl->setAccessibleName(tr("Tax bureau address"));
    m_bureauUrl->setPlaceholderText(tr("the sandbox bureau that comes with Huisuan"));
    m_bureauUrlHint->setText(tr("Leave empty to use the sandbox bureau. Only change it if your tax bureau gave you "
                                "an address starting with https://."));
    m_aboutButton->setText(tr("About &Huisuan…"));
    m_aboutButton->setAccessibleName(tr("About Huisuan: version and rule packs"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setAccessibleName(tr("Save settings"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel"));
}

AboutDialog* SettingsDialog::openAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
    return about;
}

void SettingsDialog::save()
{
    const QUrl url = QUrl::fromUserInput(m_bureauUrl->text().trimmed());
    if (!m_bureauUrl->text().trimmed().isEmpty() && (!url.isValid() || url.scheme() != QLatin1String("https"))) {
        m_bureauUrlHint->setText(tr("The tax bureau address must start with https://, for example "
                                    "https://bureau.example.cn/."));
        m_bureauUrl->setFocus();
        m_bureauUrl->selectAll();
        return;
    }
    m_settings.setBureauUrl(m_bureauUrl->text().trimmed().isEmpty() ? QUrl() : url);
    m_settings.setAutoLockMinutes(m_autoLockMinutes->value());
    const QString language = m_languageCombo->currentData().toString();
    m_settings.setLanguage(language);
    if (language != m_language.current()) {
        m_language.switchTo(language);
    }
    emit settingsSaved();
    accept();
}

} // namespace huisuan
