// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RulePack.h"

#include "json/Problems.h"
#include <QByteArray>
#include <QString>
#include <map>

namespace huisuan {

/**
 * The rule packs built into the binary, one per tax year, loaded and validated once.
 * Every past year's pack stays here so that a return can be replayed with the pack it was
 * filed with.
 */
class RulePackRegistry
{
public:
    /** The process-wide registry of built-in packs. Thread-safe initialisation. */
    static const RulePackRegistry& builtIn();

    /** The pack for a tax year, or nullptr when there is none. */
    const RulePack* forYear(int taxYear) const;
    /** The pack with this id ("sha256:…"), or nullptr. */
    const RulePack* byId(const QString& id) const;
    int firstYear() const;
    int lastYear() const;
    /** Problems found while loading the built-in packs; empty in any released build. */
    const Problems& loadProblems() const { return m_problems; }
    /** The bytes of a built-in pack as shipped, for auditors and the `rules` command. */
    static QByteArray builtInBytes(int taxYear);

private:
    RulePackRegistry();

    std::map<int, RulePack> m_packs;
    Problems m_problems;
};

} // namespace huisuan
