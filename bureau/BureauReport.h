// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauStore.h"

#include "json/JsonValue.h"

namespace huisuan {

/**
 * What the bureau holds, counted: `huisuan-bureau report --data-dir DIR` prints it as canonical
 * JSON after the server has stopped (the vault has a single writer), so that fault tests can check
 * at the bureau that every filing was accepted exactly once, none lost and none duplicated:
 *
 * {"accepted":[{"accepted":N,"current":N,"identity_number":"…","tax_year":Y}],"answers":N,
 *  "certificates":N,"declarations":N,"disputes":N,"filings":N,"prefill_records":N,"receipts":N}
 *
 * `accepted` counts per taxpayer and year the filings and corrections ever accepted, and `current`
 * those still in force (at most 1 unless the bureau is broken). The sandbox holds synthetic people
 * only, so the report names them by identity number.
 */
class BureauReport
{
public:
    static VaultResult<JsonValue> collect(BureauStore& store);
};

} // namespace huisuan
