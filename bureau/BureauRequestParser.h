// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauRequests.h"
#include "bureau/BureauResult.h"
#include "filing/DeductionElection.h"

#include "json/JsonValue.h"
#include <QByteArray>
#include <QCoreApplication>

namespace huisuan {

/**
 * Bytes in, a typed request or the error to answer out: the bureau's reading of untrusted request
 * bodies (docs/bureau-api.md §2–§8), with no I/O, no keys and no state, so that a fuzz target can
 * drive it (fuzz/bureau_request.cpp).
 *
 * Every body must be strict JSON (JsonReader) and exactly its own RFC 8785 canonical form: a request
 * has one byte string, which is what lets the bureau compare a repeated request byte for byte.
 * Members of the wrong type, missing or unknown members are 400 malformed_request; well-formed
 * values that are invalid (an identity number's check digit, an unknown income kind) are 422
 * invalid_field. The inner `request` objects of signed requests are read from the JSON value that
 * SignedRequest::verify returns, with the field paths prefixed by `request.`.
 */
class BureauRequestParser
{
    Q_DECLARE_TR_FUNCTIONS(BureauRequestParser)

public:
    static constexpr int maxIdLength = 64;
    static constexpr int maxNameLength = 64;
    static constexpr int maxNoteLength = 500;
    static constexpr int maxAdvanceDays = 3650;

    /** Strict and canonical JSON, or 400 malformed_request. */
    static BureauResult<JsonValue> canonicalJson(const QByteArray& bytes);

    static BureauResult<EnrolmentRequest> enrolment(const QByteArray& bytes);
    static BureauResult<DeclarationRequest> declaration(const QByteArray& bytes);
    static BureauResult<AdvanceRequest> advance(const QByteArray& bytes);
    static BureauResult<ElectionQuery> electionQuery(const QByteArray& bytes);

    static BureauResult<PrefillQuery> prefillQuery(const JsonValue& request);
    static BureauResult<SubmissionQuery> submissionQuery(const JsonValue& request);
    static BureauResult<WithdrawalRequest> withdrawal(const JsonValue& request);
    static BureauResult<DisputeRequest> dispute(const JsonValue& request);
    /** §4.3: the election without the taxpayer, whom the signing certificate names. */
    static BureauResult<DeductionElection> election(const JsonValue& request);

    /** A client-made id: 1–64 characters of A–Z, a–z, 0–9, `.`, `_`, `-` and `:`. */
    static bool isValidId(const QString& id);
    /** The income kinds of the case format that employers declare. */
    static bool isIncomeType(const QString& type);
};

} // namespace huisuan
