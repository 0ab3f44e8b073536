// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RulePack.h"

#include "json/Problems.h"
#include <QByteArray>
#include <QList>
#include <QString>
#include <map>
#include <vector>

namespace huisuan {

/**
 * The rule packs built into the binary, loaded and validated once. Every released version of
 * every year's pack stays here (ADR 0004): `cn-iit-YYYY.json` is the year's current version, the
 * one new computations use; `released/cn-iit-YYYY-VERSION.json` keeps each superseded version
 * byte for byte, so that a return filed with it can be replayed with it, found by its id.
 */
class RulePackRegistry
{
public:
    /** The process-wide registry of built-in packs. Thread-safe initialisation. */
    static const RulePackRegistry& builtIn();
    /** The packs in a folder laid out as the built-in one (`:/huisuan/rules`). */
    explicit RulePackRegistry(const QString& folder);

    /** The current pack for a tax year, or nullptr when there is none. */
    const RulePack* forYear(int taxYear) const;
    /** The pack with this id ("sha256:…"), current or superseded, or nullptr. */
    const RulePack* byId(const QString& id) const;
    int firstYear() const;
    int lastYear() const;
    /**
     * Every "formula" changelog entry of any version of the year's packs, oldest first, each once:
     * what may make a newer build's result differ from a filing. The loader has checked that the
     * periods of every entry in a pack reach into the pack's year.
     */
    QList<RulePackChange> formulaFixesFor(int taxYear) const;
    /**
     * The changelog entries released after `fromVersion` up to and including `toVersion` of the
     * year's pack, oldest first; empty when `toVersion` of that year is not built in.
     */
    QList<RulePackChange> changesBetween(int taxYear, const QString& fromVersion, const QString& toVersion) const;
    /** Problems found while loading the packs; empty in any released build. */
    const Problems& loadProblems() const { return m_problems; }
    /** The bytes of a year's current built-in pack as shipped, for auditors and the `rules` command. */
    static QByteArray builtInBytes(int taxYear);
    /** Every built-in pack file by its path in the rules folder ("released/cn-iit-2024-1.0.0.json"). */
    static std::map<QString, QByteArray> builtInFiles();

private:
    const RulePack* byVersion(int taxYear, const QString& version) const;

    std::map<int, RulePack> m_packs;
    std::vector<RulePack> m_superseded;
    Problems m_problems;
};

} // namespace huisuan
