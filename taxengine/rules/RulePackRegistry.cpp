// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RulePackRegistry.h"

#include "rules/RulePackLoader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>

namespace huisuan {

namespace {

const QString builtInFolder = QStringLiteral(":/huisuan/rules");

QString builtInPath(int taxYear)
{
    return builtInFolder + QStringLiteral("/cn-iit-%1.json").arg(taxYear);
}

} // namespace

const RulePackRegistry& RulePackRegistry::builtIn()
{
    static const RulePackRegistry registry;
    return registry;
}

RulePackRegistry::RulePackRegistry()
{
    const QRegularExpression packName(QStringLiteral("^cn-iit-(\\d{4})\\.json$"));
    const QStringList files = QDir(builtInFolder).entryList(QDir::Files, QDir::Name);
    for (const QString& file : files) {
        const auto match = packName.match(file);
        if (!match.hasMatch()) {
            m_problems.push_back({file, QStringLiteral("not a rule pack name")});
            continue;
        }
        const int year = match.captured(1).toInt();
        auto result = RulePackLoader::load(builtInBytes(year));
        for (const Problem& problem : result.problems) {
            m_problems.push_back({file + QStringLiteral(": ") + problem.path, problem.message});
        }
        if (result.pack && result.pack->taxYear != year) {
            m_problems.push_back({file, QStringLiteral("holds tax year %1").arg(result.pack->taxYear)});
        } else if (result.pack) {
            m_packs.emplace(year, std::move(*result.pack));
        }
    }
    if (files.isEmpty()) {
        m_problems.push_back({builtInFolder, QStringLiteral("no rule packs are built in")});
    }
}

const RulePack* RulePackRegistry::forYear(int taxYear) const
{
    const auto found = m_packs.find(taxYear);
    return found == m_packs.end() ? nullptr : &found->second;
}

const RulePack* RulePackRegistry::byId(const QString& id) const
{
    for (const auto& [year, pack] : m_packs) {
        if (pack.id == id) {
            return &pack;
        }
    }
    return nullptr;
}

int RulePackRegistry::firstYear() const
{
    return m_packs.empty() ? 0 : m_packs.begin()->first;
}

int RulePackRegistry::lastYear() const
{
    return m_packs.empty() ? 0 : m_packs.rbegin()->first;
}

QByteArray RulePackRegistry::builtInBytes(int taxYear)
{
    QFile file(builtInPath(taxYear));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

} // namespace huisuan
