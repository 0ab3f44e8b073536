// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/PackVersion.h"

#include <QRegularExpression>

namespace huisuan {

std::optional<PackVersion> PackVersion::parse(const QString& text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})\\.(0|[1-9][0-9]{0,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    return PackVersion {match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt()};
}

} // namespace huisuan
