// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DesktopSettings.h"

#include "session/LanguageSwitcher.h"

#include <QDir>
#include <QStandardPaths>
#include <algorithm>

namespace huisuan {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString autoLockKey = QStringLiteral("ui/autoLockMinutes");
const QString bureauUrlKey = QStringLiteral("bureau/url");
const QString bureauCertificateFolderKey = QStringLiteral("bureau/certificateFolder");
} // namespace

DesktopSettings::DesktopSettings(QSettings& settings)
    : m_settings(settings)
{
}

QString DesktopSettings::language() const
{
    const QString stored = m_settings.value(languageKey).toString();
    return LanguageSwitcher::languages().contains(stored) ? stored : LanguageSwitcher::defaultLanguage();
}

void DesktopSettings::setLanguage(const QString& language)
{
    m_settings.setValue(languageKey, language);
}

int DesktopSettings::autoLockMinutes() const
{
    bool ok = false;
    const int stored = m_settings.value(autoLockKey).toInt(&ok);
    return ok ? std::clamp(stored, minimumAutoLockMinutes, maximumAutoLockMinutes) : defaultAutoLockMinutes;
}

void DesktopSettings::setAutoLockMinutes(int minutes)
{
    m_settings.setValue(autoLockKey, std::clamp(minutes, minimumAutoLockMinutes, maximumAutoLockMinutes));
}

QUrl DesktopSettings::bureauUrl() const
{
    return QUrl(m_settings.value(bureauUrlKey).toString());
}

void DesktopSettings::setBureauUrl(const QUrl& url)
{
    m_settings.setValue(bureauUrlKey, url.toString());
}

QUrl DesktopSettings::sandboxBureauUrl()
{
    return QUrl(QStringLiteral("https://127.0.0.1:8443"));
}

QString DesktopSettings::bureauCertificateFolder() const
{
    const QString stored = m_settings.value(bureauCertificateFolderKey).toString();
    if (!stored.isEmpty()) {
        return stored;
    }
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("huisuan-bureau"));
}

void DesktopSettings::setBureauCertificateFolder(const QString& folder)
{
    m_settings.setValue(bureauCertificateFolderKey, folder);
}

} // namespace huisuan
