// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Later versions of a built-in pack, made the way a release makes them: the same pack with a new
// "version" and a changelog that grew. Shared by the registry's and the manifest check's tests.

#include "rules/RulePackChange.h"
#include "rules/RulePackLoader.h"
#include "rules/RulePackRegistry.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QList>
#include <QtGlobal>

namespace huisuan::test {

inline RulePackChange
packChange(const QString& version, const QString& periods, const QString& change, const QString& kind)
{
    return {version, QStringLiteral("2027-03-01"), periods, change, kind};
}

/** The pack in `bytes` with `version` and exactly `changelog`, written canonically. */
inline QByteArray withChangelog(const QByteArray& bytes, const QString& version, const QList<RulePackChange>& changelog)
{
    const auto parsed = JsonReader::parse(bytes);
    if (!parsed.ok) {
        qFatal("not a rule pack: %s", qPrintable(parsed.error));
    }
    JsonValue entries = JsonValue::array();
    for (const RulePackChange& change : changelog) {
        JsonValue entry = JsonValue::object();
        entry.insert(QStringLiteral("version"), JsonValue::string(change.version));
        entry.insert(QStringLiteral("date"), JsonValue::string(change.date));
        entry.insert(QStringLiteral("periods"), JsonValue::string(change.periods));
        entry.insert(QStringLiteral("change"), JsonValue::string(change.change));
        entry.insert(QStringLiteral("kind"), JsonValue::string(change.kind));
        entries.append(entry);
    }
    JsonValue pack = JsonValue::object();
    for (const auto& [key, value] : parsed.value.members()) {
        if (key == QStringLiteral("version")) {
            pack.insert(key, JsonValue::string(version));
        } else if (key == QStringLiteral("changelog")) {
            pack.insert(key, entries);
        } else {
            pack.insert(key, value);
        }
    }
    return CanonicalJsonWriter::write(pack).bytes;
}

/** The pack in `bytes` released again as `version` with `added` appended to its changelog. */
inline QByteArray revised(const QByteArray& bytes, const QString& version, const QList<RulePackChange>& added)
{
    const auto loaded = RulePackLoader::load(bytes);
    if (!loaded.pack) {
        qFatal("the pack to revise does not load");
    }
    return withChangelog(bytes, version, loaded.pack->changelog + added);
}

inline QString idOf(const QByteArray& bytes)
{
    const auto loaded = RulePackLoader::load(bytes);
    return loaded.pack ? loaded.pack->id : QString();
}

} // namespace huisuan::test
