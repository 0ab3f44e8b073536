// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>
#include <tuple>

namespace huisuan {

/**
 * A rule pack's version, "MAJOR.MINOR.PATCH" with no pre-release or build suffix: the versions
 * of one tax year's packs must be ordered so that the newest is the one new computations use.
 */
struct PackVersion
{
    int major = 0;
    int minor = 0;
    int patch = 0;

    /** The version in "1.0.0", or none for anything else (leading zeros, suffixes, signs). */
    static std::optional<PackVersion> parse(const QString& text);
    friend bool operator<(const PackVersion& a, const PackVersion& b)
    {
        return std::tie(a.major, a.minor, a.patch) < std::tie(b.major, b.minor, b.patch);
    }
};

} // namespace huisuan
