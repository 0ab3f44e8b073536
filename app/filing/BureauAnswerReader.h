// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauAnswers.h"
#include "filing/FilingResult.h"

#include <QByteArray>
#include <QCoreApplication>

namespace huisuan {

/**
 * Reads the bureau's answers (docs/bureau-api.md §2–§8) as strictly as the bureau reads requests:
 * strict JSON in its exact canonical form, exactly the members of the answer, each in its one
 * spelling. Anything else is MalformedAnswer, never a half-read answer. Pure and fuzzed
 * (fuzz/bureau_answer_reader).
 */
class BureauAnswerReader
{
    Q_DECLARE_TR_FUNCTIONS(BureauAnswerReader)

public:
    static FilingResult<BureauError> error(const QByteArray& body);
    static FilingResult<EnrolmentAnswer> enrolment(const QByteArray& body);
    static FilingResult<PrefillAnswer> prefill(const QByteArray& body);
    static FilingResult<FilingStatusAnswer> filingStatus(const QByteArray& body);
    static FilingResult<SettlementAnswer> settlement(const QByteArray& body);
    static FilingResult<DisputeAnswer> dispute(const QByteArray& body);
    static FilingResult<ElectionPushAnswer> electionPushed(const QByteArray& body);
    static FilingResult<ElectionsAnswer> elections(const QByteArray& body);
};

} // namespace huisuan
