// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <cstdio>
#include <cstdlib>

namespace huisuan::fuzz {

/**
 * Stops the run when a property of the engine does not hold. abort() is what libFuzzer and the
 * replay runner both report as a crash, with the input that caused it; the message says which
 * property broke, so that the report names the bug and not just the line.
 */
inline void require(bool condition, const char* property, const QString& detail = QString())
{
    if (condition) {
        return;
    }
    std::fprintf(stderr, "fuzz property violated: %s\n", property);
    if (!detail.isEmpty()) {
        std::fprintf(stderr, "%s\n", detail.toUtf8().constData());
    }
    std::abort();
}

} // namespace huisuan::fuzz
