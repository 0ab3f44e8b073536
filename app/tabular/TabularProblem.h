// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** Something in a spreadsheet the reader will not pass on silently, where the user can find it. */
struct TabularProblem
{
    QString file;
    int row = 0; // 1-based as Excel shows it; 0 when the problem is the whole file
    int column = 0; // 1-based; 0 when the problem is a whole row or the whole file
    QString reason; // a sentence for the user, saying what to do
};

} // namespace huisuan
