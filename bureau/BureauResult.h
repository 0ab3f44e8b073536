// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauError.h"

#include <optional>
#include <utility>

namespace huisuan {

/** A value, or the error the bureau answers instead. */
template <typename T>
struct [[nodiscard]] BureauResult
{
    std::optional<BureauError> error;
    T value {};

    BureauResult(T result) // NOLINT(google-explicit-constructor): a value is a success
        : value(std::move(result))
    {
    }

    BureauResult(BureauError failure) // NOLINT(google-explicit-constructor): an error is a failure
        : error(std::move(failure))
    {
    }

    bool ok() const { return !error.has_value(); }
};

} // namespace huisuan
