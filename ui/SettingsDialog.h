// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace huisuan {

class AboutDialog;
class DesktopSettings;
class LanguageSwitcher;

/**
 * Language, auto-lock time and bureau URL. Save stores them and switches the language at once.
 * Also the way to the About dialog.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    SettingsDialog(DesktopSettings& settings, LanguageSwitcher& language, QWidget* parent = nullptr);

    /** Opens the About dialog (version, build, rule packs) window-modally without blocking. */
    AboutDialog* openAbout();

signals:
    void settingsSaved();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void save();

    DesktopSettings& m_settings;
    LanguageSwitcher& m_language;
    QLabel* m_languageLabel;
    QComboBox* m_languageCombo;
    QLabel* m_autoLockLabel;
    QSpinBox* m_autoLockMinutes;
    QLabel* m_bureauUrlLabel;
    QLineEdit* m_bureauUrl;
    QLabel* m_bureauUrlHint;
    QPushButton* m_aboutButton;
    QPushButton* m_saveButton;
    QPushButton* m_cancelButton;
};

} // namespace huisuan
