// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1String>
#include <QString>
#include <cstddef>

namespace huisuan {

/**
 * Enums stored as the texts the schema's CHECK constraints and readers of a vault file understand,
 * never as numbers that change meaning when an enumerator is added. `names` is indexed by value.
 * Internal to app/vault.
 */
class VaultEnumText
{
public:
    template <typename Enum, std::size_t count>
    static QString nameOf(Enum value, const char* const (&names)[count])
    {
        return QString::fromLatin1(names[std::size_t(value)]);
    }

    /** The enumerator named `name`; `fallback` for a text this build does not know. */
    template <typename Enum, std::size_t count>
    static Enum valueOf(const QString& name, const char* const (&names)[count], Enum fallback)
    {
        for (std::size_t i = 0; i < count; ++i) {
            if (name == QLatin1String(names[i])) {
                return Enum(i);
            }
        }
        return fallback;
    }
};

} // namespace huisuan
