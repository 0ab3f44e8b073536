// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QTranslator>
#include <memory>

namespace huisuan {

/**
 * Installs the embedded translation (:/i18n/huisuan_LANG.qm) of one language application-wide and
 * swaps it at runtime; Qt then sends every widget a QEvent::LanguageChange.
 */
class LanguageSwitcher
{
public:
    LanguageSwitcher();
    ~LanguageSwitcher();
    LanguageSwitcher(const LanguageSwitcher&) = delete;
    LanguageSwitcher& operator=(const LanguageSwitcher&) = delete;

    /** zh_CN, en, ja: the languages Huisuan ships, Simplified Chinese first. */
    static QStringList languages();
    static QString defaultLanguage();

    /** False, and the current language kept, if `language` is not one of languages(). */
    bool switchTo(const QString& language);
    QString current() const { return m_current; }

private:
    std::unique_ptr<QTranslator> m_translator;
    QString m_current;
};

} // namespace huisuan
