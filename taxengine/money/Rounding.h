// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace huisuan {

/**
 * The rounding modes the tax forms use. The returns are kept "列至角分" (to the fen, 金额单位：人民币元);
 * half-up is the convention of the official calculators. There is deliberately no default mode:
 * every call site names one.
 */
enum class Rounding {
    HalfUpToFen,
};

const char* roundingName(Rounding mode);

} // namespace huisuan
