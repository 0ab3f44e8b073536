// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "tabular/Tabular.h"

#include <QCoreApplication>
#include <optional>

namespace huisuan {

/**
 * The one place batch import reads an amount from a cell. For now the engine's money grammar
 * ("12000", "12000.5"; no separators, no sign): TODO(#6) swap in CellText::money from app/tabular
 * when the readers merge, which also accepts unambiguous thousands separators and full-width digits.
 */
class CellMoney
{
    Q_DECLARE_TR_FUNCTIONS(CellMoney)

public:
    /** The canonical amount ("1234.50"), or nothing with `reason` saying why. */
    static std::optional<QString> read(const TabularCell& cell, QString* reason);
};

} // namespace huisuan
