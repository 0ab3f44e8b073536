// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace huisuan {

/** What the bureau does wrong on purpose, for the client's fault tests (docs/bureau-api.md §11). */
enum class FaultMode {
    ResetBeforeCommit, // abort the connection before reading the request: nothing happens
    ResetAfterCommit, // commit, then abort the connection without a reply
    DelayAfterCommit, // commit, then reply only after --fault-delay-ms
    Http500, // 500 internal, nothing committed
    Http503, // 503 unavailable with Retry-After, nothing committed
    DuplicateResponse, // commit, then write the response twice on the connection
    MalformedBody, // commit, then answer 200 with the first half of the body
};

/** One `--fault MODE[:EVERY]`: acts on every EVERY-th eligible request (the first when EVERY is 1). */
struct FaultRule
{
    FaultMode mode = FaultMode::Http500;
    int every = 1;
    qint64 seen = 0;
    qint64 fired = 0;
};

/**
 * The faults a test asked for, off unless `--fault` is given. Each rule counts the eligible
 * requests (filings and withdrawals; every write with `--fault-all-writes`) by itself; when several
 * rules fall on the same request, the first one given wins and the others still count it.
 */
class FaultPlan
{
public:
    static std::optional<FaultRule> parseRule(const QString& text);
    static QString modeName(FaultMode mode);
    static QStringList modeNames();

    void add(const FaultRule& rule) { m_rules.append(rule); }
    bool isEmpty() const { return m_rules.isEmpty(); }

    /** Counts one eligible request and says which fault, if any, to inject into it. */
    std::optional<FaultMode> next();
    /** "mode fired/seen, ..." for the log. */
    QString counters() const;

private:
    QList<FaultRule> m_rules;
};

} // namespace huisuan
