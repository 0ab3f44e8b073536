// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingStatus.h"

#include <utility>

namespace huisuan {

/** A value, or the status that explains why there is none. */
template <typename T>
struct [[nodiscard]] FilingResult
{
    FilingStatus status;
    T value {};

    FilingResult(T result) // NOLINT(google-explicit-constructor): a value is a success
        : value(std::move(result))
    {
    }

    FilingResult(FilingStatus failure) // NOLINT(google-explicit-constructor): a status is a failure
        : status(std::move(failure))
    {
    }

    bool ok() const { return status.ok(); }
};

} // namespace huisuan
