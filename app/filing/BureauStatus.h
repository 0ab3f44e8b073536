// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauAnswers.h"

#include <QList>
#include <QString>
#include <optional>
#include <utility>

namespace huisuan {

/**
 * How a call to the bureau ended, sorted by what the caller must do next. The distinction that
 * matters for exactly-once filing is whether the bureau may have acted: NotSent certainly did not,
 * UnknownOutcome may have (ask for the status before sending again), Busy did not act and asks to
 * be asked again later.
 */
struct [[nodiscard]] BureauStatus
{
    enum class Kind {
        None,
        NotSent, // connection refused: nothing reached the bureau
        UnknownOutcome, // timed out, connection lost or an unreadable answer: it may have acted
        Busy, // 429, 500 or 503: it did not act; try the same bytes again later
        Refused, // a definite no (4xx): sending the same bytes again cannot help
        Alarm, // the answer is not the bureau's: a receipt failed verification, or the TLS pin failed
        Local, // nothing was sent because something here failed (signing, an unusable argument)
    };

    Kind kind = Kind::None;
    QString code; // the bureau's error code, or empty
    int httpStatus = 0;
    QString message; // for the user
    QString detail; // technical
    QList<BureauProblem> problems;
    std::optional<int> retryAfterSeconds;

    bool ok() const { return kind == Kind::None; }
    /** Whether the same request may succeed later: the outbox keeps it and tries again. */
    bool worthRetrying() const { return kind == Kind::NotSent || kind == Kind::UnknownOutcome || kind == Kind::Busy; }

    static BureauStatus failure(Kind kind, QString message, QString detail = QString())
    {
        BureauStatus status;
        status.kind = kind;
        status.message = std::move(message);
        status.detail = std::move(detail);
        return status;
    }

    /** "message (detail)" for the command line and the log. */
    QString toString() const { return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail); }
};

/** A value, or the status that explains why there is none. */
template <typename T>
struct [[nodiscard]] BureauResult
{
    BureauStatus status;
    T value {};

    BureauResult(T result) // NOLINT(google-explicit-constructor): a value is a success
        : value(std::move(result))
    {
    }

    BureauResult(BureauStatus failure) // NOLINT(google-explicit-constructor): a status is a failure
        : status(std::move(failure))
    {
    }

    bool ok() const { return status.ok(); }
};

} // namespace huisuan
