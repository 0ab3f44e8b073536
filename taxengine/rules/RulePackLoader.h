// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RulePack.h"

#include "json/Problems.h"
#include <QByteArray>
#include <optional>

namespace huisuan {

/**
 * Reads and validates a rule pack (docs/rule-pack-format.md). Every number must be present,
 * typed, cited by a known source, and consistent: brackets ascend, the open bracket is last,
 * tax is continuous at every edge, dated policies overlap the year they claim. A pack that
 * fails any check is refused whole, with one problem per defect.
 */
class RulePackLoader
{
public:
    struct Result
    {
        std::optional<RulePack> pack;
        Problems problems;
    };

    [[nodiscard]] static Result load(const QByteArray& json);
};

} // namespace huisuan
