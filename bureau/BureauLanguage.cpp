// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauLanguage.h"

#include <QCoreApplication>
#include <QList>
#include <algorithm>

namespace huisuan {

const QString BureauLanguage::chinese = QStringLiteral("zh_CN");
const QString BureauLanguage::english = QStringLiteral("en");
const QString BureauLanguage::japanese = QStringLiteral("ja");

BureauLanguage::BureauLanguage()
{
    for (const QString& language : {chinese, english, japanese}) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/huisuan_%1.qm").arg(language))) {
            m_translators[language] = std::move(translator);
        }
    }
}

QString BureauLanguage::choose(const QByteArray& acceptLanguage)
{
    struct Candidate
    {
        QString language;
        int quality; // thousandths, as RFC 9110 §12.4.2 allows at most three decimals
        int position;
    };
    QList<Candidate> candidates;
    const QList<QByteArray> ranges = acceptLanguage.split(',');
    for (int position = 0; position < ranges.size(); ++position) {
        const QList<QByteArray> parts = ranges[position].split(';');
        const QString tag = QString::fromLatin1(parts.first().trimmed()).toLower();
        int quality = 1000;
        for (int i = 1; i < parts.size(); ++i) {
            const QByteArray parameter = parts[i].trimmed();
            if (parameter.startsWith("q=")) {
                bool ok = false;
                const QByteArray value = parameter.mid(2);
                const int dot = value.indexOf('.');
                const QByteArray whole = dot < 0 ? value : value.left(dot);
                const QByteArray fraction = dot < 0 ? QByteArray() : value.mid(dot + 1).left(3).leftJustified(3, '0');
                quality = whole.toInt(&ok) * 1000 + (fraction.isEmpty() ? 0 : fraction.toInt());
                if (!ok) {
                    quality = 0;
                }
            }
        }
        QString language;
        if (tag == QLatin1String("zh") || tag.startsWith(QLatin1String("zh-"))) {
            language = chinese;
        } else if (tag == QLatin1String("en") || tag.startsWith(QLatin1String("en-"))) {
            language = english;
        } else if (tag == QLatin1String("ja") || tag.startsWith(QLatin1String("ja-"))) {
            language = japanese;
        }
        if (!language.isEmpty() && quality > 0) {
            candidates.append({language, quality, position});
        }
    }
    if (candidates.isEmpty()) {
        return chinese;
    }
    std::stable_sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return a.quality > b.quality;
    });
    return candidates.first().language;
}

BureauLanguage::Scope::Scope(BureauLanguage& languages, const QString& language)
{
    const auto found = languages.m_translators.find(language);
    if (found != languages.m_translators.end()) {
        m_installed = found->second.get();
        QCoreApplication::installTranslator(m_installed);
    }
}

BureauLanguage::Scope::~Scope()
{
    if (m_installed != nullptr) {
        QCoreApplication::removeTranslator(m_installed);
    }
}

} // namespace huisuan
