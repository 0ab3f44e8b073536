// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/DesktopSettings.h"

#include "session/LanguageSwitcher.h"

#include <algorithm>

namespace huisuan {

namespace {
const QString languageKey = QStringLiteral("ui/language");
const QString autoLockKey = QStringLiteral("ui/autoLockMinutes");
const QString bureauUrlKey = QStringLiteral("bureau/url");
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

} // namespace huisuan
