// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/ReleasedPackManifest.h"

#include "rules/PackVersion.h"
#include "rules/RulePackLoader.h"

#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <QStringList>
#include <algorithm>
#include <optional>
#include <vector>

namespace huisuan {

namespace {

const QString manifestName = QStringLiteral("released-packs.json");
const QString manifestFormat = QStringLiteral("huisuan-released-packs/1");
const QString howTo = QStringLiteral("(docs/rule-pack-changelog.md)");

struct Entry
{
    QString file;
    QString version;
    QString id;
};

std::optional<std::vector<Entry>> readManifest(const QByteArray& bytes, Problems& problems)
{
    const auto parsed = JsonReader::parse(bytes);
    if (!parsed.ok) {
        problems.push_back({manifestName, parsed.error});
        return std::nullopt;
    }
    Problems read;
    ObjectReader root(parsed.value, QString(), read);
    const auto format = root.string(QStringLiteral("format"), true);
    if (format && *format != manifestFormat) {
        root.addProblem(QStringLiteral("format"), QStringLiteral("expected \"%1\"").arg(manifestFormat));
    }
    const JsonValue* released = root.array(QStringLiteral("released"), true);
    root.finish();
    std::vector<Entry> entries;
    for (size_t i = 0; released && i < released->items().size(); ++i) {
        ObjectReader item(released->items()[i], indexPath(QStringLiteral("released"), i), read);
        Entry entry;
        entry.file = item.string(QStringLiteral("file"), true).value_or(QString());
        entry.version = item.string(QStringLiteral("version"), true).value_or(QString());
        entry.id = item.string(QStringLiteral("id"), true).value_or(QString());
        item.finish();
        entries.push_back(entry);
    }
    for (const Problem& problem : read) {
        problems.push_back({manifestName + QStringLiteral(": ") + problem.path, problem.message});
    }
    return read.empty() ? std::optional(entries) : std::nullopt;
}

QString entryText(const QString& file, const QString& version, const QString& id)
{
    return QStringLiteral("{\"file\": \"%1\", \"version\": \"%2\", \"id\": \"%3\"}").arg(file, version, id);
}

QString changeText(const RulePackChange& change)
{
    return QStringLiteral("%1 %2 %3 (%4): %5")
        .arg(change.version, change.date, change.periods, change.kind, change.change);
}

struct Shipped
{
    QString file;
    RulePack pack;
};

// Each version of a year keeps every changelog entry of the versions before it.
void checkChangelogsGrow(std::vector<Shipped> packs, Problems& problems)
{
    std::stable_sort(packs.begin(), packs.end(), [](const Shipped& a, const Shipped& b) {
        const auto left = PackVersion::parse(a.pack.version);
        const auto right = PackVersion::parse(b.pack.version);
        return a.pack.taxYear != b.pack.taxYear ? a.pack.taxYear < b.pack.taxYear : *left < *right;
    });
    for (size_t i = 1; i < packs.size(); ++i) {
        const Shipped& older = packs[i - 1];
        const Shipped& newer = packs[i];
        if (older.pack.taxYear != newer.pack.taxYear) {
            continue;
        }
        if (older.pack.version == newer.pack.version) {
            problems.push_back({newer.file,
                                QStringLiteral("holds version %1 of tax year %2, as %3 does: a changed pack needs a "
                                               "new version and a changelog entry for it %4")
                                    .arg(newer.pack.version)
                                    .arg(newer.pack.taxYear)
                                    .arg(older.file, howTo)});
            continue;
        }
        for (const RulePackChange& change : older.pack.changelog) {
            if (!newer.pack.changelog.contains(change)) {
                problems.push_back(
                    {newer.file,
                     QStringLiteral("version %1 lost the changelog entry \"%2\" of version %3 (%4): a "
                                    "changelog only grows; copy the entry back unchanged %5")
                         .arg(newer.pack.version, changeText(change), older.pack.version, older.file, howTo)});
            }
        }
    }
}

} // namespace

Problems ReleasedPackManifest::check(const QByteArray& manifest, const std::map<QString, QByteArray>& shippedFiles)
{
    Problems problems;
    const auto entries = readManifest(manifest, problems);
    if (!entries) {
        return problems;
    }
    std::vector<Shipped> shipped;
    for (const auto& [file, bytes] : shippedFiles) {
        auto result = RulePackLoader::load(bytes);
        for (const Problem& problem : result.problems) {
            problems.push_back({file,
                                QStringLiteral("does not load: %1: %2; a shipped pack must load, and a released "
                                               "one must load unchanged forever %3")
                                    .arg(problem.path, problem.message, howTo)});
        }
        if (result.pack) {
            shipped.push_back({file, std::move(*result.pack)});
        }
    }
    const auto shippedAs = [&](const QString& file) -> const Shipped* {
        const auto found =
            std::find_if(shipped.begin(), shipped.end(), [&](const Shipped& s) { return s.file == file; });
        return found == shipped.end() ? nullptr : &*found;
    };

    QStringList ids;
    for (const Entry& entry : *entries) {
        if (ids.contains(entry.id)) {
            problems.push_back({manifestName, QStringLiteral("lists %1 twice: each released pack once").arg(entry.id)});
        }
        ids << entry.id;
        const bool filePresent = shippedFiles.count(entry.file) != 0;
        const Shipped* now = shippedAs(entry.file);
        if (!filePresent) {
            problems.push_back(
                {entry.file,
                 QStringLiteral("released version %1 (%2) is gone: a filing may name it, so it must stay built in. "
                                "Restore the file byte for byte from git, or if it was moved to released/, "
                                "point this manifest entry's \"file\" there %3")
                     .arg(entry.version, entry.id, howTo)});
        } else if (now && now->pack.id != entry.id && entry.file.startsWith(QStringLiteral("released/"))) {
            problems.push_back({entry.file,
                                QStringLiteral("superseded version %1 changed: its id was %2 and is now %3. A "
                                               "superseded pack is never edited: restore it from git (git checkout "
                                               "-- taxengine/rules/%4) %5")
                                    .arg(entry.version, entry.id, now->pack.id, entry.file, howTo)});
        } else if (now && now->pack.id != entry.id && now->pack.version == entry.version) {
            problems.push_back(
                {entry.file,
                 QStringLiteral("released version %1 changed: its id was %2 and is now %3. Released packs are "
                                "immutable: restore the file from git (git checkout -- taxengine/rules/%4), then "
                                "release the change as a new version: keep %1 as released/cn-iit-%5-%1.json, bump "
                                "\"version\", add a changelog entry with its \"periods\" and \"kind\", and add the "
                                "new version to %6 %7")
                     .arg(entry.version, entry.id, now->pack.id, entry.file)
                     .arg(now->pack.taxYear)
                     .arg(manifestName, howTo)});
        } else if (now && now->pack.id != entry.id) {
            problems.push_back(
                {entry.file,
                 QStringLiteral("now holds version %1, but released version %2 (%3) must stay loadable: put it back "
                                "byte for byte as released/cn-iit-%4-%2.json (git show HEAD:taxengine/rules/%5 > "
                                "taxengine/rules/released/cn-iit-%4-%2.json) and point this manifest entry's "
                                "\"file\" there %6")
                     .arg(now->pack.version, entry.version, entry.id)
                     .arg(now->pack.taxYear)
                     .arg(entry.file, howTo)});
        } else if (now && now->pack.version != entry.version) {
            problems.push_back({manifestName,
                                QStringLiteral("says %1 is version %2, but it holds version %3: correct the entry")
                                    .arg(entry.file, entry.version, now->pack.version)});
        }
    }
    for (const Shipped& pack : shipped) {
        // A listed version that changed has been reported above, with the right advice.
        const bool listed = std::any_of(entries->begin(), entries->end(), [&](const Entry& entry) {
            return entry.file == pack.file && (entry.id == pack.pack.id || entry.version == pack.pack.version);
        });
        if (!listed) {
            problems.push_back({pack.file,
                                QStringLiteral("version %1 is not in %2. If it is a new release, add %3 to it %4")
                                    .arg(pack.pack.version,
                                         manifestName,
                                         entryText(pack.file, pack.pack.version, pack.pack.id),
                                         howTo)});
        }
    }
    checkChangelogsGrow(shipped, problems);
    return problems;
}

} // namespace huisuan
