// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/BureauClient.h"

#include "filing/BureauAnswerReader.h"
#include "filing/BureauApiPaths.h"
#include "filing/SignedRequest.h"
#include "filing/Sm3Digest.h"
#include "filing/WireFormat.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <utility>

namespace huisuan {

namespace {

BureauStatus fromFilingStatus(BureauStatus::Kind kind, const FilingStatus& status)
{
    return BureauStatus::failure(kind, status.message, status.detail);
}

QByteArray canonical(const JsonValue& value)
{
    return CanonicalJsonWriter::write(value).bytes;
}

} // namespace

BureauClient::BureauClient(BureauEndpoint endpoint, Options options)
    : m_transport(std::move(endpoint), options.timeout, options.acceptLanguage)
    , m_options(std::move(options))
{
    if (!m_options.clock) {
        m_options.clock = [] { return QDateTime::currentDateTimeUtc(); };
    }
}

void BureauClient::setIdentity(Sm2KeyPair key, QByteArray certificateDer)
{
    m_key = std::move(key);
    m_certificateDer = std::move(certificateDer);
}

BureauReply BureauClient::post(const QString& path, const QByteArray& body)
{
    return m_transport.post(path, body);
}

BureauStatus BureauClient::failureOf(const BureauReply& reply) const
{
    switch (reply.outcome) {
    case BureauReply::Outcome::ConnectionRefused:
        return BureauStatus::failure(BureauStatus::Kind::NotSent,
                                     tr("The tax bureau at %1 cannot be reached.").arg(endpoint().url.toString()),
                                     reply.detail);
    case BureauReply::Outcome::TlsFailure:
        return BureauStatus::failure(BureauStatus::Kind::Alarm,
                                     tr("The server at %1 is not the tax bureau this app trusts: its certificate "
                                        "does not match. Nothing was sent.")
                                         .arg(endpoint().url.toString()),
                                     reply.detail);
    case BureauReply::Outcome::TimedOut:
    case BureauReply::Outcome::ConnectionLost:
    case BureauReply::Outcome::TooLarge:
        return BureauStatus::failure(BureauStatus::Kind::UnknownOutcome,
                                     tr("The connection to the tax bureau broke before its answer arrived."),
                                     reply.detail);
    case BureauReply::Outcome::Answered:
        break;
    }
    FilingResult<BureauError> error = BureauAnswerReader::error(reply.body);
    BureauStatus status;
    status.httpStatus = reply.httpStatus;
    status.retryAfterSeconds = reply.retryAfterSeconds;
    const bool busy = reply.httpStatus == 429 || reply.httpStatus == 500 || reply.httpStatus == 503;
    status.kind = busy ? BureauStatus::Kind::Busy : BureauStatus::Kind::Refused;
    if (error.ok()) {
        status.code = error.value.code;
        status.message = error.value.message;
        status.problems = error.value.problems;
        status.detail = QStringLiteral("HTTP %1 %2").arg(reply.httpStatus).arg(error.value.code);
    } else if (busy) {
        status.message = tr("The tax bureau is busy. The filing stays queued and will be sent again.");
        status.detail = QStringLiteral("HTTP %1").arg(reply.httpStatus);
    } else {
        // An answer we cannot read might still mean the bureau acted: treat it as unknown.
        status.kind = BureauStatus::Kind::UnknownOutcome;
        status.message = tr("The tax bureau's answer could not be read.");
        status.detail = QStringLiteral("HTTP %1: %2").arg(reply.httpStatus).arg(error.status.detail);
    }
    return status;
}

template <typename Answer>
BureauResult<Answer> BureauClient::readAnswer(const BureauReply& reply,
                                              FilingResult<Answer> (*read)(const QByteArray&)) const
{
    if (!reply.answered() || reply.httpStatus < 200 || reply.httpStatus > 299) {
        return failureOf(reply);
    }
    FilingResult<Answer> answer = read(reply.body);
    if (!answer.ok()) {
        return fromFilingStatus(BureauStatus::Kind::UnknownOutcome, answer.status);
    }
    return std::move(answer.value);
}

BureauResult<QByteArray> BureauClient::signRequest(JsonValue request) const
{
    if (m_key.isNull() || m_certificateDer.isEmpty()) {
        return BureauStatus::failure(BureauStatus::Kind::Local,
                                     tr("This vault is not enrolled with the tax bureau yet: enrol first."));
    }
    request.insert(QStringLiteral("requested_at"), JsonValue::string(WireFormat::formatTime(m_options.clock())));
    FilingResult<QByteArray> signedRequest = SignedRequest::sign(request, m_key, m_certificateDer);
    if (!signedRequest.ok()) {
        return fromFilingStatus(BureauStatus::Kind::Local, signedRequest.status);
    }
    return std::move(signedRequest.value);
}

BureauResult<VerifiedReceipt> BureauClient::verifiedReceipt(const QByteArray& signedReceipt,
                                                            const QByteArray& answeredBytes,
                                                            const QString& requestId) const
{
    FilingResult<Receipt> receipt = Receipt::verify(signedReceipt, endpoint().sm2CaDer);
    if (receipt.status.code == FilingErrorCode::MalformedReceipt) {
        // Bytes that are not a receipt at all (a cut-off or garbled answer) say nothing either way:
        // the outcome is unknown, and the next drain asks for the status. The alarm is for
        // receipts whose signature or certificate is not the bureau's.
        return BureauStatus::failure(BureauStatus::Kind::UnknownOutcome,
                                     tr("The tax bureau's answer could not be read."),
                                     receipt.status.detail);
    }
    if (!receipt.ok()) {
        BureauStatus alarm = fromFilingStatus(BureauStatus::Kind::Alarm, receipt.status);
        alarm.message = tr("The tax bureau's receipt failed verification: do not treat this filing as filed. %1")
                            .arg(receipt.status.message);
        return alarm;
    }
    if (receipt.value.filingDigest != Sm3Digest::tagged(answeredBytes) || receipt.value.requestId != requestId) {
        return BureauStatus::failure(
            BureauStatus::Kind::Alarm,
            tr("The tax bureau's receipt is for another request than the one sent: do not treat this filing as "
               "filed."),
            QStringLiteral("receipt %1 answers %2 %3")
                .arg(receipt.value.receiptId, receipt.value.requestId, receipt.value.filingDigest));
    }
    return VerifiedReceipt {std::move(receipt.value), signedReceipt};
}

BureauResult<EnrolmentAnswer> BureauClient::enrol(const QByteArray& requestDer, const QString& enrolmentId)
{
    const QByteArray body = canonical(JsonValue::object({
        {QStringLiteral("csr"), JsonValue::string(WireFormat::encodeBase64(requestDer))},
        {QStringLiteral("enrolment_id"), JsonValue::string(enrolmentId)},
    }));
    BureauResult<EnrolmentAnswer> answer =
        readAnswer(post(QString(BureauApiPaths::enrolments), body), &BureauAnswerReader::enrolment);
    if (answer.ok() && answer.value.caCertificateDer != endpoint().sm2CaDer) {
        return BureauStatus::failure(BureauStatus::Kind::Alarm,
                                     tr("The tax bureau answered with another certificate authority than the one "
                                        "this app trusts; the enrolment is not used."));
    }
    return answer;
}

BureauResult<VerifiedReceipt> BureauClient::declareWithholding(const QByteArray& declaration,
                                                               const QString& declarationId)
{
    const BureauReply reply = post(QString(BureauApiPaths::withholdingDeclarations), declaration);
    // 201 the first time, 200 with the same bytes for a repeat (§7).
    if (!reply.answered() || (reply.httpStatus != 200 && reply.httpStatus != 201)) {
        return failureOf(reply);
    }
    BureauResult<VerifiedReceipt> receipt = verifiedReceipt(reply.body, declaration, declarationId);
    if (receipt.ok() && receipt.value.receipt.kind != Receipt::Kind::Declaration) {
        return BureauStatus::failure(
            BureauStatus::Kind::Alarm,
            tr("The tax bureau answered the declaration with a receipt for something else: do not treat it as "
               "declared."),
            receipt.value.receipt.receiptId);
    }
    return receipt;
}

BureauResult<VerifiedReceipt> BureauClient::declareWithholding(const JsonValue& declaration)
{
    const JsonValue* id = declaration.find(QStringLiteral("declaration_id"));
    return declareWithholding(canonical(declaration), id != nullptr ? id->text() : QString());
}

BureauResult<PrefillAnswer> BureauClient::prefill(int taxYear)
{
    BureauResult<QByteArray> request =
        signRequest(JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(taxYear)}}));
    if (!request.ok()) {
        return request.status;
    }
    BureauResult<PrefillAnswer> answer =
        readAnswer(post(QString(BureauApiPaths::prefill), request.value), &BureauAnswerReader::prefill);
    if (answer.ok() && answer.value.taxYear != taxYear) {
        return BureauStatus::failure(BureauStatus::Kind::UnknownOutcome,
                                     tr("The tax bureau answered for another tax year than the one asked for."));
    }
    return answer;
}

BureauResult<VerifiedReceipt> BureauClient::file(const QByteArray& signedFiling, const QString& submissionId)
{
    const BureauReply reply = post(QString(BureauApiPaths::filings), signedFiling);
    if (!reply.answered() || reply.httpStatus != 200) {
        return failureOf(reply);
    }
    return verifiedReceipt(reply.body, signedFiling, submissionId);
}

BureauResult<FilingState> BureauClient::filingStatus(const QString& submissionId, const QByteArray& signedFiling)
{
    BureauResult<QByteArray> request =
        signRequest(JsonValue::object({{QStringLiteral("submission_id"), JsonValue::string(submissionId)}}));
    if (!request.ok()) {
        return request.status;
    }
    BureauResult<FilingStatusAnswer> answer =
        readAnswer(post(QString(BureauApiPaths::filingStatus), request.value), &BureauAnswerReader::filingStatus);
    if (!answer.ok()) {
        return answer.status;
    }
    if (answer.value.submissionId != submissionId) {
        return BureauStatus::failure(BureauStatus::Kind::UnknownOutcome,
                                     tr("The tax bureau answered about another submission than the one asked for."));
    }
    FilingState state;
    state.state = answer.value.state;
    if (!answer.value.signedReceipt.isEmpty()) {
        BureauResult<VerifiedReceipt> receipt = verifiedReceipt(answer.value.signedReceipt, signedFiling, submissionId);
        if (!receipt.ok()) {
            return receipt.status;
        }
        state.receipt = std::move(receipt.value);
    }
    return state;
}

BureauResult<VerifiedReceipt> BureauClient::withdraw(const QString& submissionId)
{
    const QString withdrawalId = withdrawalIdFor(submissionId);
    BureauResult<QByteArray> request = signRequest(JsonValue::object({
        {QStringLiteral("submission_id"), JsonValue::string(submissionId)},
        {QStringLiteral("withdrawal_id"), JsonValue::string(withdrawalId)},
    }));
    if (!request.ok()) {
        return request.status;
    }
    const BureauReply reply = post(QString(BureauApiPaths::withdrawals), request.value);
    if (!reply.answered() || reply.httpStatus != 200) {
        return failureOf(reply);
    }
    return verifiedReceipt(reply.body, request.value, withdrawalId);
}

BureauResult<SettlementAnswer> BureauClient::settlement(const QString& submissionId)
{
    BureauResult<QByteArray> request =
        signRequest(JsonValue::object({{QStringLiteral("submission_id"), JsonValue::string(submissionId)}}));
    if (!request.ok()) {
        return request.status;
    }
    return readAnswer(post(QString(BureauApiPaths::settlementStatus), request.value), &BureauAnswerReader::settlement);
}

BureauResult<DisputeAnswer> BureauClient::disputeIncome(const QString& recordId,
                                                        const QString& disputeId,
                                                        const QString& reason,
                                                        const QString& note)
{
    JsonValue dispute = JsonValue::object({
        {QStringLiteral("dispute_id"), JsonValue::string(disputeId)},
        {QStringLiteral("reason"), JsonValue::string(reason)},
        {QStringLiteral("record_id"), JsonValue::string(recordId)},
    });
    if (!note.isEmpty()) {
        dispute.insert(QStringLiteral("note"), JsonValue::string(note));
    }
    BureauResult<QByteArray> request = signRequest(std::move(dispute));
    if (!request.ok()) {
        return request.status;
    }
    return readAnswer(post(QString(BureauApiPaths::incomeDisputes), request.value), &BureauAnswerReader::dispute);
}

BureauResult<ElectionPushAnswer> BureauClient::pushDeductions(const DeductionElection& election)
{
    BureauResult<QByteArray> request = signRequest(JsonValue::object({
        {QStringLiteral("election_id"), JsonValue::string(election.electionId)},
        {QStringLiteral("employer"), JsonValue::string(election.employerCreditCode)},
        {QStringLiteral("monthly"), election.monthlyJson()},
        {QStringLiteral("tax_year"), JsonValue::integer(election.taxYear)},
    }));
    if (!request.ok()) {
        return request.status;
    }
    BureauResult<ElectionPushAnswer> answer = readAnswer(
        post(QString(BureauApiPaths::deductionElections), request.value), &BureauAnswerReader::electionPushed);
    if (answer.ok() && answer.value.electionId != election.electionId) {
        return BureauStatus::failure(BureauStatus::Kind::UnknownOutcome,
                                     tr("The tax bureau answered about another election than the one sent."));
    }
    return answer;
}

BureauResult<ElectionsAnswer> BureauClient::downloadDeductions(const QString& creditCode, int taxYear)
{
    const QByteArray body = canonical(JsonValue::object({
        {QStringLiteral("credit_code"), JsonValue::string(creditCode)},
        {QStringLiteral("tax_year"), JsonValue::integer(taxYear)},
    }));
    BureauResult<ElectionsAnswer> answer =
        readAnswer(post(QString(BureauApiPaths::deductionElectionDownload), body), &BureauAnswerReader::elections);
    if (answer.ok() && (answer.value.employerCreditCode != creditCode || answer.value.taxYear != taxYear)) {
        return BureauStatus::failure(
            BureauStatus::Kind::UnknownOutcome,
            tr("The tax bureau answered for another employer or tax year than the one asked for."));
    }
    return answer;
}

BureauResult<int> BureauClient::advanceSandboxClock(int days)
{
    const BureauReply reply = post(QString(BureauApiPaths::sandboxAdvance),
                                   canonical(JsonValue::object({{QStringLiteral("days"), JsonValue::integer(days)}})));
    if (!reply.answered() || reply.httpStatus != 200) {
        return failureOf(reply);
    }
    const JsonReader::Result answer = JsonReader::parse(reply.body);
    const JsonValue* day = answer.ok ? answer.value.find(QStringLiteral("day")) : nullptr;
    if (day == nullptr || !day->toInteger()) {
        return BureauStatus::failure(BureauStatus::Kind::UnknownOutcome,
                                     tr("The tax bureau's answer could not be read."));
    }
    return static_cast<int>(*day->toInteger());
}

} // namespace huisuan
