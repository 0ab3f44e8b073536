// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the bureau's reading of untrusted request bodies (BureauRequestParser): every reader must
// answer any bytes with a typed request or an error of the §9 table, never crash; what it accepts
// must be canonical JSON, and a body it accepts must keep being accepted when read again.

#include "FuzzCheck.h"
#include "bureau/BureauRequestParser.h"

#include <cstdint>

namespace {

using huisuan::BureauError;
using huisuan::BureauRequestParser;
using huisuan::JsonValue;
using huisuan::fuzz::require;

void requireAnswer(const std::optional<BureauError>& error)
{
    if (error) {
        require(error->status == 400 || error->status == 422, "a request body was answered outside 400 and 422");
        require(!error->code.isEmpty(), "an error without a code");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto enrolment = BureauRequestParser::enrolment(bytes);
    requireAnswer(enrolment.error);
    const auto declaration = BureauRequestParser::declaration(bytes);
    requireAnswer(declaration.error);
    if (declaration.ok()) {
        require(!declaration.value.records.isEmpty(), "a declaration without records was accepted");
    }
    requireAnswer(BureauRequestParser::advance(bytes).error);
    const auto electionQuery = BureauRequestParser::electionQuery(bytes);
    requireAnswer(electionQuery.error);
    const auto json = BureauRequestParser::canonicalJson(bytes);
    requireAnswer(json.error);
    if (!json.ok()) {
        require(!enrolment.ok() && !declaration.ok() && !electionQuery.ok(), "a non-canonical body was accepted");
        return 0;
    }
    // The inner objects of signed requests, read from the same value.
    requireAnswer(BureauRequestParser::prefillQuery(json.value).error);
    requireAnswer(BureauRequestParser::submissionQuery(json.value).error);
    requireAnswer(BureauRequestParser::withdrawal(json.value).error);
    const auto dispute = BureauRequestParser::dispute(json.value);
    requireAnswer(dispute.error);
    if (dispute.ok()) {
        require(BureauRequestParser::isValidId(dispute.value.disputeId), "a dispute with an invalid id was accepted");
    }
    const auto election = BureauRequestParser::election(json.value);
    requireAnswer(election.error);
    if (election.ok()) {
        for (const auto& [category, amount] : election.value.monthly) {
            require(huisuan::DeductionElection::categories().contains(category),
                    "an election with an unknown category was accepted");
            require(!amount.isNegative(), "an election with a negative amount was accepted");
        }
    }
    require(BureauRequestParser::enrolment(bytes).ok() == enrolment.ok(), "reading the same bytes twice differs");
    return 0;
}
