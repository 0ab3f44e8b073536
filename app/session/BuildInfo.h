// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace huisuan {

/** One rule pack built into the binary: its tax year and its id ("sha256:…"). */
struct RulePackSummary
{
    int taxYear = 0;
    QString id;
};

/**
 * What this build is, for `huisuan --version`, `huisuan-cli --version` and the About dialog: the
 * version from git, how it was built, and the rule packs it computes with (an auditor matches a
 * filing's pack id against these).
 */
struct BuildInfo
{
    QString version; // "0.1.0", or "0.1.0-dev.412+g37a17bf" between releases (cmake/HuisuanVersion.cmake)
    QString engineVersion; // recorded in every result and filing
    QString commit; // abbreviated hash, empty when built outside git
    QString commitDate; // ISO date of that commit
    QString buildType; // CMake build type
    QString compiler;
    QString qtBuildVersion;
    QString qtRuntimeVersion;
    std::vector<RulePackSummary> rulePacks; // oldest tax year first

    static BuildInfo current();

    /** The build in one line: "commit 37a17bf (2025-06-01), RelWithDebInfo, GNU 12.2.0, Qt 6.4.2". */
    QString buildSummary() const;
    /** The answer to `PROGRAM --version`: the version, the build and the rule packs, one per line. */
    QString versionReport(const QString& program) const;
};

} // namespace huisuan
