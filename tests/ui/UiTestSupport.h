// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"
#include "session/DesktopSettings.h"
#include "session/LanguageSwitcher.h"
#include "ui/MainWindow.h"
#include "vault/VaultTestSupport.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace huisuan::test {

/**
 * One app as main() builds it, over a temporary vault directory and a temporary settings file,
 * with the cheapest scrypt cost: the tests exercise the flow, not the KDF.
 */
struct DesktopApp
{
    explicit DesktopApp(const QString& vaultDirectory, const QString& language = QStringLiteral("en"))
        : storedSettings(settingsDirectory.filePath(QStringLiteral("huisuan.ini")), QSettings::IniFormat)
        , settings(storedSettings)
    {
        settings.setLanguage(language);
        languageSwitcher.switchTo(language);
        session.setCreationCost(cheapCost());
        session.setLastEndedTaxYear(2025);
        window = std::make_unique<MainWindow>(session, settings, languageSwitcher, vaultDirectory);
        window->show();
        QApplication::setActiveWindow(window.get());
    }

    template <typename T>
    T* find(const char* objectName) const
    {
        return window->findChild<T*>(QString::fromLatin1(objectName));
    }

    QTemporaryDir settingsDirectory;
    QSettings storedSettings;
    DesktopSettings settings;
    LanguageSwitcher languageSwitcher;
    DesktopSession session;
    std::unique_ptr<MainWindow> window;
};

/** VmRSS of this process, for reports; "" where /proc is missing. */
inline QByteArray residentMemory()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return {};
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed();
        }
    }
    return {};
}

/** Types `text` into the line edit as a user would, key by key. */
inline void typeInto(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    QTest::keyClicks(edit, text);
}

/** A vault in `directory` with passphrase `passphrase`, closed again so the app can open it. */
inline bool createClosedVault(const QString& directory, const char* passphrase)
{
    auto vault = Vault::create(directory, secret(passphrase), cheapCost());
    if (!vault.ok()) {
        return false;
    }
    vault.value->close();
    return true;
}

} // namespace huisuan::test
