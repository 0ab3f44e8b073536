// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** "1480.00" as the user's locale writes money; the text stays exact, only its separators change. */
QString displayAmount(const QString& canonical);

} // namespace huisuan
