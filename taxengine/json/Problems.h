// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <vector>

namespace huisuan {

/** One reason an input was refused: the field path ("months[3].wages") and what is wrong with it. */
struct Problem
{
    QString path;
    QString message;

    QString toString() const { return path + QStringLiteral(": ") + message; }
    friend bool operator==(const Problem& a, const Problem& b) { return a.path == b.path && a.message == b.message; }
};

using Problems = std::vector<Problem>;

} // namespace huisuan
