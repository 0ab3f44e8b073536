// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/LanguageSwitcher.h"

#include <QCoreApplication>
#include <QLocale>

namespace huisuan {

LanguageSwitcher::LanguageSwitcher() = default;

LanguageSwitcher::~LanguageSwitcher()
{
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
}

QStringList LanguageSwitcher::languages()
{
    return {QStringLiteral("zh_CN"), QStringLiteral("en"), QStringLiteral("ja")};
}

QString LanguageSwitcher::defaultLanguage()
{
    return languages().constFirst();
}

bool LanguageSwitcher::switchTo(const QString& language)
{
    if (!languages().contains(language)) {
        return false;
    }
    auto next = std::make_unique<QTranslator>();
    if (!next->load(QStringLiteral(":/i18n/huisuan_%1.qm").arg(language))) {
        return false;
    }
    // Install the new one before removing the old: each call sends LanguageChange, and the
    // widgets must never retranslate against no translation at all.
    QCoreApplication::installTranslator(next.get());
    if (m_translator) {
        QCoreApplication::removeTranslator(m_translator.get());
    }
    m_translator = std::move(next);
    m_current = language;
    QLocale::setDefault(QLocale(language));
    return true;
}

} // namespace huisuan
