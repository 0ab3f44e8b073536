// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RulePackRegistry.h"

#include "rules/PackVersion.h"
#include "rules/RulePackLoader.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <algorithm>

namespace huisuan {

namespace {

const QString builtInFolder = QStringLiteral(":/huisuan/rules");
const QString releasedFolder = QStringLiteral("released");

QString builtInPath(int taxYear)
{
    return builtInFolder + QStringLiteral("/cn-iit-%1.json").arg(taxYear);
}

QString releasedFile(const RulePack& pack)
{
    return releasedFolder + QStringLiteral("/cn-iit-%1-%2.json").arg(pack.taxYear).arg(pack.version);
}

// The files of a rules folder and of its released/ folder, by path relative to the rules folder.
std::map<QString, QByteArray> packFiles(const QString& folder)
{
    std::map<QString, QByteArray> files;
    for (const QString& subfolder : {QString(), releasedFolder}) {
        const QDir dir(subfolder.isEmpty() ? folder : folder + QLatin1Char('/') + subfolder);
        for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
            QFile file(dir.filePath(name));
            const QString path = subfolder.isEmpty() ? name : subfolder + QLatin1Char('/') + name;
            files[path] = file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        }
    }
    return files;
}

// Versions were checked by the loader; a version it refused cannot reach here.
PackVersion versionOf(const QString& text)
{
    return PackVersion::parse(text).value_or(PackVersion());
}

} // namespace

const RulePackRegistry& RulePackRegistry::builtIn()
{
    static const RulePackRegistry registry(builtInFolder);
    return registry;
}

RulePackRegistry::RulePackRegistry(const QString& folder)
{
    const QRegularExpression currentName(QStringLiteral("^cn-iit-(\\d{4})\\.json$"));
    const QRegularExpression releasedName(QStringLiteral("^released/cn-iit-(\\d{4})-([^/]+)\\.json$"));
    const auto files = packFiles(folder);
    for (const auto& [file, bytes] : files) {
        const auto current = currentName.match(file);
        const auto released = releasedName.match(file);
        if (!current.hasMatch() && !released.hasMatch()) {
            m_problems.push_back({file, QStringLiteral("not a rule pack name")});
            continue;
        }
        auto result = RulePackLoader::load(bytes);
        for (const Problem& problem : result.problems) {
            m_problems.push_back({file + QStringLiteral(": ") + problem.path, problem.message});
        }
        if (!result.pack) {
            continue;
        }
        const int year = (current.hasMatch() ? current : released).captured(1).toInt();
        if (result.pack->taxYear != year) {
            m_problems.push_back({file, QStringLiteral("holds tax year %1").arg(result.pack->taxYear)});
        } else if (released.hasMatch() && result.pack->version != released.captured(2)) {
            m_problems.push_back({file, QStringLiteral("holds version %1").arg(result.pack->version)});
        } else if (current.hasMatch()) {
            m_packs.emplace(year, std::move(*result.pack));
        } else {
            m_superseded.push_back(std::move(*result.pack));
        }
    }
    if (files.empty()) {
        m_problems.push_back({folder, QStringLiteral("no rule packs are built in")});
    }
    // New computations use cn-iit-YYYY.json, so it must be the newest version of its year.
    for (const RulePack& old : m_superseded) {
        const RulePack* now = forYear(old.taxYear);
        if (!now) {
            m_problems.push_back(
                {releasedFile(old),
                 QStringLiteral("cn-iit-%1.json, the current pack of its year, is missing").arg(old.taxYear)});
        } else if (!(versionOf(old.version) < versionOf(now->version))) {
            m_problems.push_back({QStringLiteral("cn-iit-%1.json").arg(old.taxYear),
                                  QStringLiteral("version %1 must be newer than the released %2 it supersedes")
                                      .arg(now->version, releasedFile(old))});
        }
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
    for (const RulePack& pack : m_superseded) {
        if (pack.id == id) {
            return &pack;
        }
    }
    return nullptr;
}

const RulePack* RulePackRegistry::byVersion(int taxYear, const QString& version) const
{
    const RulePack* current = forYear(taxYear);
    if (current && current->version == version) {
        return current;
    }
    for (const RulePack& pack : m_superseded) {
        if (pack.taxYear == taxYear && pack.version == version) {
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

QList<RulePackChange> RulePackRegistry::formulaFixesFor(int taxYear) const
{
    QList<RulePackChange> fixes;
    const auto collect = [&](const RulePack& pack) {
        for (const RulePackChange& change : pack.changelog) {
            // A changelog keeps the entries of earlier versions: each fix once.
            if (change.kind == QStringLiteral("formula") && !fixes.contains(change)) {
                fixes.push_back(change);
            }
        }
    };
    for (const RulePack& pack : m_superseded) {
        if (pack.taxYear == taxYear) {
            collect(pack);
        }
    }
    if (const RulePack* current = forYear(taxYear)) {
        collect(*current);
    }
    std::stable_sort(fixes.begin(), fixes.end(), [](const RulePackChange& a, const RulePackChange& b) {
        return versionOf(a.version) < versionOf(b.version);
    });
    return fixes;
}

QList<RulePackChange>
RulePackRegistry::changesBetween(int taxYear, const QString& fromVersion, const QString& toVersion) const
{
    const RulePack* to = byVersion(taxYear, toVersion);
    const auto from = PackVersion::parse(fromVersion);
    if (!to || !from) {
        return {};
    }
    QList<RulePackChange> changes;
    for (const RulePackChange& change : to->changelog) {
        if (*from < versionOf(change.version)) {
            changes.push_back(change);
        }
    }
    return changes;
}

QByteArray RulePackRegistry::builtInBytes(int taxYear)
{
    QFile file(builtInPath(taxYear));
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return file.readAll();
}

std::map<QString, QByteArray> RulePackRegistry::builtInFiles()
{
    return packFiles(builtInFolder);
}

} // namespace huisuan
