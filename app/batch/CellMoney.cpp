// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/CellMoney.h"

#include "json/ObjectReader.h"

namespace huisuan {

std::optional<QString> CellMoney::read(const TabularCell& cell, QString* reason)
{
    if (const auto money = ObjectReader::parseInputMoney(cell.text.trimmed())) {
        return money->toString();
    }
    if (reason != nullptr) {
        *reason = tr("\"%1\" is not an amount of yuan. Write it like 12000 or 12000.50: digits, at most two "
                     "decimals, no sign and no separators.")
                      .arg(cell.text);
    }
    return std::nullopt;
}

} // namespace huisuan
