// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huisuan {

/** Why the taxpayer disputes (申诉) a prefilled income record: the reasons the bureau takes (docs/bureau-api.md §8.5).
 */
enum class DisputeReason {
    NotMyEmployer, // the payer never paid this person
    WrongAmount, // the payer did, but not this amount
    Other, // explained in the note
};

} // namespace huisuan
