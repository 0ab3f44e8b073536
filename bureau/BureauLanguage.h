// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QTranslator>
#include <map>
#include <memory>

namespace huisuan {

/**
 * The languages the bureau answers in (docs/bureau-api.md §2): zh-CN by default, en and ja by
 * Accept-Language. The server handles one request at a time on one thread, so it installs the
 * request's translator for the duration of that request (Scope) and every message is an ordinary
 * tr() call. Receipts are always Chinese: a receipt is one byte string whatever the client reads.
 */
class BureauLanguage
{
public:
    static const QString chinese;
    static const QString english;
    static const QString japanese;

    /** Loads the embedded translations (:/i18n/huisuan_*.qm); a missing one falls back to the source text. */
    BureauLanguage();

    /** The first supported language of an Accept-Language header, by quality; Chinese when none. */
    static QString choose(const QByteArray& acceptLanguage);

    /** Installs the translator of `language` until destroyed, restoring the one before. */
    class Scope
    {
    public:
        Scope(BureauLanguage& languages, const QString& language);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;

    private:
        QTranslator* m_installed = nullptr;
    };

private:
    std::map<QString, std::unique_ptr<QTranslator>> m_translators;
};

} // namespace huisuan
