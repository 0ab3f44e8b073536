// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/VaultStatus.h"

#include <utility>

namespace huisuan {

/** A value, or the status that explains why there is none. */
template <typename T>
struct [[nodiscard]] VaultResult
{
    VaultStatus status;
    T value {};

    VaultResult(T result) // NOLINT(google-explicit-constructor): a value is a success
        : value(std::move(result))
    {
    }

    VaultResult(VaultStatus failure) // NOLINT(google-explicit-constructor): a status is a failure
        : status(std::move(failure))
    {
    }

    bool ok() const { return status.ok(); }
};

} // namespace huisuan
