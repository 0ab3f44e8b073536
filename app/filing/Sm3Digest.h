// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/** SM3 (GM/T 0004) digests, for naming exact bytes in receipts and the bureau's records. */
class Sm3Digest
{
public:
    /** The 32-byte digest of `bytes`. */
    static QByteArray of(const QByteArray& bytes);
    /** `sm3:` and the lower-case hex digest, as receipts write `filing_digest`. */
    static QString tagged(const QByteArray& bytes);
};

} // namespace huisuan
