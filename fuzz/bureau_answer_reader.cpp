// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the client's reading of the bureau's answers (issue 4): the first byte picks the answer
// kind, the rest is the body. Whatever a reader accepts must have been its exact canonical form,
// and a receipt is never accepted by the verifier without a certificate authority to check it by.

#include "FuzzCheck.h"
#include "filing/BureauAnswerReader.h"
#include "filing/Receipt.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <cstdint>

namespace {

using namespace huisuan;
using huisuan::fuzz::require;

bool isCanonical(const QByteArray& body)
{
    const JsonReader::Result parsed = JsonReader::parse(body);
    return parsed.ok && CanonicalJsonWriter::write(parsed.value).bytes == body;
}

template <typename Answer>
void check(const FilingResult<Answer>& answer, const QByteArray& body)
{
    if (answer.ok()) {
        require(isCanonical(body), "a bureau answer was accepted in a form other than its canonical one");
    } else {
        require(answer.status.code == FilingErrorCode::MalformedAnswer, "a bad answer failed as something else");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray body(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    switch (data[0] % 8) {
    case 0:
        check(BureauAnswerReader::error(body), body);
        break;
    case 1:
        check(BureauAnswerReader::enrolment(body), body);
        break;
    case 2:
        check(BureauAnswerReader::prefill(body), body);
        break;
    case 3: {
        const FilingResult<FilingStatusAnswer> status = BureauAnswerReader::filingStatus(body);
        check(status, body);
        if (status.ok() && !status.value.signedReceipt.isEmpty()) {
            require(!Receipt::verify(status.value.signedReceipt, QByteArray()).ok(),
                    "a receipt verified against no certificate authority");
        }
        break;
    }
    case 4:
        check(BureauAnswerReader::settlement(body), body);
        break;
    case 5:
        check(BureauAnswerReader::dispute(body), body);
        break;
    default:
        require(!Receipt::verify(body, QByteArray()).ok(), "a receipt verified against no certificate authority");
        break;
    }
    return 0;
}
