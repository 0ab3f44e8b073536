// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/FaultPlan.h"

#include <array>
#include <utility>

namespace huisuan {

namespace {

constexpr std::array<std::pair<FaultMode, const char*>, 7> modes {{
    {FaultMode::ResetBeforeCommit, "reset-before-commit"},
    {FaultMode::ResetAfterCommit, "reset-after-commit"},
    {FaultMode::DelayAfterCommit, "delay-after-commit"},
    {FaultMode::Http500, "http500"},
    {FaultMode::Http503, "http503"},
    {FaultMode::DuplicateResponse, "duplicate-response"},
    {FaultMode::MalformedBody, "malformed-body"},
}};

} // namespace

QString FaultPlan::modeName(FaultMode mode)
{
    for (const auto& [value, name] : modes) {
        if (value == mode) {
            return QString::fromLatin1(name);
        }
    }
    return QString();
}

QStringList FaultPlan::modeNames()
{
    QStringList names;
    for (const auto& entry : modes) {
        names << QString::fromLatin1(entry.second);
    }
    return names;
}

std::optional<FaultRule> FaultPlan::parseRule(const QString& text)
{
    const QStringList parts = text.split(QLatin1Char(':'));
    if (parts.size() > 2) {
        return std::nullopt;
    }
    FaultRule rule;
    bool known = false;
    for (const auto& [value, name] : modes) {
        if (parts.first() == QLatin1String(name)) {
            rule.mode = value;
            known = true;
        }
    }
    if (!known) {
        return std::nullopt;
    }
    if (parts.size() == 2) {
        bool ok = false;
        rule.every = parts[1].toInt(&ok);
        if (!ok || rule.every < 1) {
            return std::nullopt;
        }
    }
    return rule;
}

std::optional<FaultMode> FaultPlan::next()
{
    std::optional<FaultMode> chosen;
    for (FaultRule& rule : m_rules) {
        ++rule.seen;
        if (rule.seen % rule.every == 0 && !chosen) {
            ++rule.fired;
            chosen = rule.mode;
        }
    }
    return chosen;
}

QString FaultPlan::counters() const
{
    QStringList parts;
    for (const FaultRule& rule : m_rules) {
        parts << QStringLiteral("%1 %2/%3").arg(modeName(rule.mode)).arg(rule.fired).arg(rule.seen);
    }
    return parts.join(QStringLiteral(", "));
}

} // namespace huisuan
