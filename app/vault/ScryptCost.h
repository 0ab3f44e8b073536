// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace huisuan {

/**
 * The cost of scrypt (RFC 7914): N (a power of two), r and p. Stored in each vault's key file so
 * that it can rise with hardware, and so that tests can use a cheap one.
 */
struct ScryptCost
{
    quint64 n = 1u << 17;
    quint32 r = 8;
    quint32 p = 1;

    // Bounds checked on every cost read from a file, before any memory is committed to it: a key
    // file must not be able to make us allocate gigabytes or spin for hours.
    static constexpr quint64 minimumN = 1u << 10;
    static constexpr quint64 maximumN = 1u << 22;
    static constexpr quint32 maximumR = 32;
    static constexpr quint32 maximumP = 16;

    bool isValid() const
    {
        const bool powerOfTwo = n != 0 && (n & (n - 1)) == 0;
        return powerOfTwo && n >= minimumN && n <= maximumN && r >= 1 && r <= maximumR && p >= 1 && p <= maximumP;
    }

    /** Bytes scrypt needs: 128·r·N for V plus 128·r·p for B, and slack for OpenSSL's own use. */
    quint64 memoryBytes() const { return 128ull * r * (n + p + 2) + (1u << 20); }

    bool operator==(const ScryptCost& other) const { return n == other.n && r == other.r && p == other.p; }
};

} // namespace huisuan
