// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * The 18-character unified social credit code of GB 32100-2015: registration authority, entity
 * type, 6-digit administrative division, 9-character organisation code (GB 11714) and a
 * MOD 31 check character, over the alphabet 0-9 A-H J-N P-R T U W-Y.
 */
class SocialCreditCode
{
public:
    /** True when the code uses the standard's alphabet (upper case only), has digits where the
     *  division code stands, and its check character matches. */
    static bool isValid(const QString& value);
    /** True when the embedded GB 11714 organisation code carries a matching check character. A
     *  mismatch is a warning only: older codes were issued that do not satisfy it. */
    static bool organisationCodeChecks(const QString& value);
};

} // namespace huisuan
