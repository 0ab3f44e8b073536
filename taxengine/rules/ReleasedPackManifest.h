// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/Problems.h"
#include <QByteArray>
#include <QString>
#include <map>

namespace huisuan {

/**
 * The release check of rule packs (ADR 0004, docs/rule-pack-changelog.md). The committed manifest
 * `taxengine/rules/released-packs.json` lists every pack version ever released with its file and
 * id; the engine tests hold the packs a build ships against it, so that a released pack cannot
 * change, vanish or lose changelog entries unnoticed, and a new version cannot ship unlisted.
 */
class ReleasedPackManifest
{
public:
    /**
     * Every way the shipped pack files (path in the rules folder → bytes, as
     * RulePackRegistry::builtInFiles()) break the manifest, each problem naming the file and
     * saying what to do; empty when they keep it.
     */
    [[nodiscard]] static Problems check(const QByteArray& manifest, const std::map<QString, QByteArray>& shippedFiles);
};

} // namespace huisuan
