// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauError.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonValue.h"

namespace huisuan {

namespace {

constexpr int retryAfterUnavailableDefault = 1;

} // namespace

BureauResponse BureauError::toResponse() const
{
    JsonValue problemList = JsonValue::array();
    for (const BureauProblem& problem : problems) {
        problemList.append(JsonValue::object({{QStringLiteral("field"), JsonValue::string(problem.field)},
                                              {QStringLiteral("message"), JsonValue::string(problem.message)},
                                              {QStringLiteral("rule"), JsonValue::string(problem.rule)}}));
    }
    const JsonValue error = JsonValue::object({{QStringLiteral("code"), JsonValue::string(code)},
                                               {QStringLiteral("message"), JsonValue::string(message)},
                                               {QStringLiteral("problems"), std::move(problemList)},
                                               {QStringLiteral("retryable"), JsonValue::boolean(retryable())}});
    // Only strings, booleans and arrays: the canonical writer cannot refuse this value.
    const auto written = CanonicalJsonWriter::write(JsonValue::object({{QStringLiteral("error"), error}}));
    return BureauResponse {status, written.bytes, retryAfterSeconds};
}

BureauError BureauError::malformedRequest(QList<BureauProblem> problems)
{
    return {400,
            QStringLiteral("malformed_request"),
            tr("The request is not in the form the bureau API requires. Update Huisuan or report the problem."),
            std::move(problems)};
}

BureauError BureauError::invalidField(QList<BureauProblem> problems)
{
    return {422,
            QStringLiteral("invalid_field"),
            tr("A field of the request is invalid. Correct the fields named in the problems and send it again."),
            std::move(problems)};
}

BureauError BureauError::notFound(const QString& field, const QString& message)
{
    return {404,
            QStringLiteral("not_found"),
            tr("The bureau has no such resource. Check the address and the identifiers you sent."),
            {BureauProblem {field, message, QStringLiteral("protocol.not_found")}}};
}

BureauError BureauError::conflict(const QString& storedDigest)
{
    return {409,
            QStringLiteral("submission_conflict"),
            tr("This id was already used for a different request. Make a new id for a new request."),
            {BureauProblem {QString(), storedDigest, QStringLiteral("protocol.exactly_once")}}};
}

BureauError BureauError::staleRequest()
{
    return {403,
            QStringLiteral("stale_request"),
            tr("The request's time is more than 5 minutes away from the bureau's clock. Check your computer's "
               "clock and make a new request."),
            {BureauProblem {QStringLiteral("request.requested_at"),
                            tr("The time is not within 5 minutes of the bureau's clock."),
                            QStringLiteral("protocol.freshness")}}};
}

BureauError BureauError::tooLarge()
{
    return {413, QStringLiteral("too_large"), tr("The request is larger than 1 MiB. Send a smaller request."), {}};
}

BureauError BureauError::unsupportedMediaType()
{
    return {415, QStringLiteral("unsupported_media_type"), tr("The request must be sent as application/json."), {}};
}

BureauError BureauError::internal()
{
    return {500,
            QStringLiteral("internal"),
            tr("The bureau had an internal error; nothing was changed. Send the same request again later."),
            {}};
}

BureauError BureauError::unavailable(int retryAfterSeconds)
{
    return {503,
            QStringLiteral("unavailable"),
            tr("The bureau is busy or shutting down; nothing was changed. Send the same request again later."),
            {},
            retryAfterSeconds > 0 ? retryAfterSeconds : retryAfterUnavailableDefault};
}

} // namespace huisuan
