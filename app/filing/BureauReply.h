// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <optional>

namespace huisuan {

/** What one HTTPS exchange with the bureau gave: an answer, or why there was none. */
struct BureauReply
{
    enum class Outcome {
        Answered, // an HTTP status and a body arrived
        ConnectionRefused, // nothing listens: the request certainly did not arrive
        TlsFailure, // the server is not the pinned bureau: the request was not sent
        TimedOut, // no complete answer in time: the outcome is unknown
        ConnectionLost, // reset or closed mid-exchange: the outcome is unknown
        TooLarge, // the answer exceeded the limit: the outcome is unknown
    };

    Outcome outcome = Outcome::ConnectionLost;
    int httpStatus = 0;
    QByteArray body;
    QByteArray contentType;
    std::optional<int> retryAfterSeconds;
    QString detail; // technical, for the log

    bool answered() const { return outcome == Outcome::Answered; }
    /** Whether the bureau may have acted on the request although we have no answer. */
    bool outcomeUnknown() const
    {
        return outcome == Outcome::TimedOut || outcome == Outcome::ConnectionLost || outcome == Outcome::TooLarge;
    }
};

} // namespace huisuan
