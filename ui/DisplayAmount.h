// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** "1480.00" as the user's locale writes money; the text stays exact, only its separators change. */
QString displayAmount(const QString& canonical);

/** A canonical rate ("0.10", "0.035") as a percentage in the user's locale ("10%", "3.5%"), exactly. */
QString displayRate(const QString& canonical);

} // namespace huisuan
