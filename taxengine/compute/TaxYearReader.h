// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rules/RulePack.h"

#include "json/ObjectReader.h"

namespace huisuan {

/** Reads the required "tax_year" and finds its built-in rule pack, or records why not. */
const RulePack* readTaxYear(ObjectReader& reader);

/** Records a problem when a dated policy is not in force in the pack's year. */
bool requirePolicy(ObjectReader& reader, const QString& key, const Policy& policy, const char* what, int taxYear);

} // namespace huisuan
