// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauService.h"

#include "bureau/BureauRequestParser.h"
#include "bureau/SettlementSchedule.h"
#include "filing/BureauApiPaths.h"
#include "filing/FilingEnvelope.h"
#include "filing/Sm3Digest.h"
#include "filing/WireFormat.h"
#include "identifiers/ResidentIdNumber.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QtGlobal>

namespace huisuan {

namespace {

/** Taxpayer certificates are valid for a year from enrolment, from 5 minutes back for clock skew. */
constexpr qint64 certificateSkewSeconds = 5 * 60;
constexpr int certificateYears = 1;

BureauResponse json(int status, const JsonValue& value)
{
    // The bureau builds its answers from strings, booleans and small integers: always writable.
    return BureauResponse {status, CanonicalJsonWriter::write(value).bytes, 0};
}

JsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? JsonValue::null() : JsonValue::string(text);
}

/** The verifier's refusal as the §9 answer; `malformedCode` names the kind of document. */
BureauError refusal(const FilingStatus& status, const QString& malformedCode)
{
    BureauError error;
    const QList<BureauProblem> problems {{QString(), status.message, QStringLiteral("protocol.signed_document")}};
    switch (status.code) {
    case FilingErrorCode::MalformedFiling:
    case FilingErrorCode::MalformedRequest:
        error = BureauError::malformedRequest(problems);
        error.code = malformedCode;
        return error;
    case FilingErrorCode::UntrustedCertificate:
        return {403,
                QStringLiteral("untrusted_certificate"),
                BureauService::tr("The certificate is not one the bureau issued, or it has expired. Enrol again."),
                problems};
    case FilingErrorCode::BadSignature:
        return {403,
                QStringLiteral("bad_signature"),
                BureauService::tr("The signature does not match the request. Sign it again with your enrolled key."),
                problems};
    default:
        qWarning("huisuan-bureau: verification failed inside: %s", qPrintable(status.toString()));
        return BureauError::internal();
    }
}

BureauError notATaxpayer()
{
    return {403,
            QStringLiteral("untrusted_certificate"),
            BureauService::tr("The certificate is not a taxpayer's. Sign with the certificate you got on enrolment."),
            {}};
}

} // namespace

BureauService::BureauService(BureauStore& store,
                             const BureauIdentity& identity,
                             BureauClock& clock,
                             BureauLanguage& languages,
                             Settings settings)
    : m_store(store)
    , m_identity(identity)
    , m_clock(clock)
    , m_settings(std::move(settings))
    , m_desk(identity, languages, m_settings.refundFailures, m_settings.unpaidPayments)
{
}

bool BureauService::isEndpoint(const QString& path) const
{
    static const QStringList paths {BureauApiPaths::enrolments,
                                    BureauApiPaths::withholdingDeclarations,
                                    BureauApiPaths::prefill,
                                    BureauApiPaths::filings,
                                    BureauApiPaths::filingStatus,
                                    BureauApiPaths::withdrawals,
                                    BureauApiPaths::settlementStatus,
                                    BureauApiPaths::incomeDisputes,
                                    BureauApiPaths::deductionElections,
                                    BureauApiPaths::deductionElectionDownload};
    return paths.contains(path) || (m_settings.sandboxControls && path == BureauApiPaths::sandboxAdvance);
}

bool BureauService::isWrite(const QString& path)
{
    return path == BureauApiPaths::enrolments || path == BureauApiPaths::withholdingDeclarations ||
        path == BureauApiPaths::filings || path == BureauApiPaths::withdrawals ||
        path == BureauApiPaths::incomeDisputes || path == BureauApiPaths::deductionElections;
}

bool BureauService::isFilingOrWithdrawal(const QString& path)
{
    return path == BureauApiPaths::filings || path == BureauApiPaths::withdrawals;
}

BureauResponse BureauService::handle(const QString& path, const QByteArray& body)
{
    if (path == BureauApiPaths::enrolments) {
        return enrol(body);
    }
    if (path == BureauApiPaths::withholdingDeclarations) {
        return declare(body);
    }
    if (path == BureauApiPaths::prefill) {
        return prefill(body);
    }
    if (path == BureauApiPaths::filings) {
        return file(body);
    }
    if (path == BureauApiPaths::filingStatus) {
        return filingStatus(body);
    }
    if (path == BureauApiPaths::withdrawals) {
        return withdraw(body);
    }
    if (path == BureauApiPaths::settlementStatus) {
        return settlement(body);
    }
    if (path == BureauApiPaths::incomeDisputes) {
        return dispute(body);
    }
    if (path == BureauApiPaths::deductionElections) {
        return pushElection(body);
    }
    if (path == BureauApiPaths::deductionElectionDownload) {
        return downloadElections(body);
    }
    if (path == BureauApiPaths::sandboxAdvance && m_settings.sandboxControls) {
        return advance(body);
    }
    return BureauError::notFound(QString(), tr("There is no endpoint at this path.")).toResponse();
}

BureauResponse
BureauService::exactlyOnce(const QString& scope, const QString& clientId, const QByteArray& body, const Effect& effect)
{
    const QString digest = Sm3Digest::tagged(body);
    std::optional<BureauResponse> answer;
    std::optional<BureauError> refused;
    const VaultStatus status = m_store.write([&](BureauTables& tables) -> VaultStatus {
        auto stored = tables.answer(scope, clientId);
        if (!stored.ok()) {
            return stored.status;
        }
        if (stored.value) {
            if (stored.value->requestDigest == digest) {
                // §3: a repeated creation is answered 200 with the very bytes of the first answer.
                const int repeatStatus = stored.value->status == 201 ? 200 : stored.value->status;
                answer = BureauResponse {repeatStatus, stored.value->response, 0};
            } else {
                refused = BureauError::conflict(stored.value->requestDigest);
            }
            return VaultStatus::success();
        }
        BureauResult<BureauResponse> result = effect(tables);
        if (!result.ok()) {
            refused = *result.error;
            // Rolls back whatever the effect wrote before it refused.
            return VaultStatus::failure(VaultErrorCode::InvalidArgument, QString(), QStringLiteral("refused"));
        }
        if (auto saved = tables.storeAnswer(scope, clientId, {digest, result.value.status, result.value.body});
            !saved.ok()) {
            return saved;
        }
        answer = result.value;
        return VaultStatus::success();
    });
    if (refused) {
        return refused->toResponse();
    }
    if (!status.ok() || !answer) {
        qWarning("huisuan-bureau: a write failed: %s", qPrintable(status.toString()));
        return BureauError::internal().toResponse();
    }
    return *answer;
}

BureauResponse BureauService::reading(const std::function<BureauResult<BureauResponse>(BureauTables&)>& body)
{
    std::optional<BureauResult<BureauResponse>> result;
    const VaultStatus status = m_store.read([&](BureauTables& tables) {
        result = body(tables);
        return VaultStatus::success();
    });
    if (!status.ok() || !result) {
        qWarning("huisuan-bureau: a read failed: %s", qPrintable(status.toString()));
        return BureauError::internal().toResponse();
    }
    return result->ok() ? result->value : result->error->toResponse();
}

BureauResult<VerifiedRequest> BureauService::verifySigned(const QByteArray& body)
{
    const QDateTime now = m_clock.now();
    FilingResult<VerifiedRequest> verified = SignedRequest::verify(body, m_identity.sm2CaCertificateDer(), now);
    if (!verified.ok()) {
        return refusal(verified.status, QStringLiteral("malformed_request"));
    }
    if (verified.value.signer.serialNumber.isEmpty()) {
        return notATaxpayer();
    }
    if (qAbs(verified.value.requestedAt.secsTo(now)) > freshnessSeconds) {
        return BureauError::staleRequest();
    }
    return verified.value;
}

BureauResponse BureauService::enrol(const QByteArray& body)
{
    BureauResult<EnrolmentRequest> request = BureauRequestParser::enrolment(body);
    if (!request.ok()) {
        return request.error->toResponse();
    }
    return exactlyOnce(
        QStringLiteral("enrolment"),
        request.value.enrolmentId,
        body,
        [&](BureauTables& tables) -> BureauResult<BureauResponse> {
            const QDateTime now = m_clock.now();
            const QDateTime notBefore = now.addSecs(-certificateSkewSeconds);
            const QDateTime notAfter = now.addYears(certificateYears);
            FilingResult<QByteArray> certificate =
                m_identity.sm2Authority().issue(request.value.csrDer, notBefore, notAfter);
            if (!certificate.ok()) {
                return BureauError::invalidField(
                    {{QStringLiteral("csr"), certificate.status.message, QStringLiteral("protocol.csr")}});
            }
            FilingResult<CertificateSubject> subject = Sm2CertificateAuthority::subject(certificate.value);
            if (!subject.ok()) {
                return BureauError::invalidField(
                    {{QStringLiteral("csr"), subject.status.message, QStringLiteral("protocol.csr")}});
            }
            QList<BureauProblem> problems;
            // Exactly CN and serialNumber: a taxpayer certificate must never be mistaken for the bureau's
            // receipt certificate (CN alone) or carry names the bureau did not check.
            if (subject.value.attributeCount != 2 || subject.value.serialNumber.isEmpty()) {
                problems.append({QStringLiteral("csr.subject"),
                                 tr("The subject must hold exactly a common name (the name) and a serialNumber (the "
                                    "identity number)."),
                                 QStringLiteral("protocol.csr_subject")});
            }
            if (!subject.value.serialNumber.isEmpty() &&
                (!ResidentIdNumber::isValid(subject.value.serialNumber) ||
                 subject.value.serialNumber.endsWith(QLatin1Char('x')))) {
                problems.append({QStringLiteral("csr.subject.serialNumber"),
                                 tr("The identity number is not valid (its form, birth date or check character is "
                                    "wrong)."),
                                 QStringLiteral("identifier.resident_id")});
            }
            const QString name = subject.value.commonName;
            if (name.trimmed().isEmpty() || name.size() > BureauRequestParser::maxNameLength) {
                problems.append({QStringLiteral("csr.subject.commonName"),
                                 tr("The name must be 1 to 64 characters."),
                                 QStringLiteral("protocol.name")});
            }
            if (!problems.isEmpty()) {
                return BureauError::invalidField(problems);
            }
            if (!tables.addCertificate(subject.value.serialNumber, request.value.enrolmentId, certificate.value).ok()) {
                return BureauError::internal();
            }
            return json(
                201,
                JsonValue::object(
                    {{QStringLiteral("ca_certificate"),
                      JsonValue::string(WireFormat::encodeBase64(m_identity.sm2CaCertificateDer()))},
                     {QStringLiteral("certificate"), JsonValue::string(WireFormat::encodeBase64(certificate.value))},
                     {QStringLiteral("enrolment_id"), JsonValue::string(request.value.enrolmentId)},
                     {QStringLiteral("not_after"), JsonValue::string(WireFormat::formatTime(notAfter))},
                     {QStringLiteral("not_before"), JsonValue::string(WireFormat::formatTime(notBefore))}}));
        });
}

BureauResponse BureauService::declare(const QByteArray& body)
{
    BureauResult<DeclarationRequest> request = BureauRequestParser::declaration(body);
    if (!request.ok()) {
        return request.error->toResponse();
    }
    const DeclarationRequest& declaration = request.value;
    return exactlyOnce(
        QStringLiteral("declaration"),
        declaration.declarationId,
        body,
        [&](BureauTables& tables) -> BureauResult<BureauResponse> {
            auto current = tables.currentDeclaration(declaration.creditCode, declaration.period);
            if (!current.ok()) {
                return BureauError::internal();
            }
            const QString inForce = current.value.value_or(QString());
            if (inForce != declaration.replaces) {
                return BureauError::invalidField(
                    {{QStringLiteral("replaces"),
                      inForce.isEmpty()
                          ? tr("There is no declaration of this employer and month to replace.")
                          : tr("Declaration %1 of this employer and month is in force; a new one must name it in "
                               "replaces.")
                                .arg(inForce),
                      QStringLiteral("declaration.replaces")}});
            }
            if (!inForce.isEmpty() && !tables.replaceDeclaration(inForce, declaration.declarationId).ok()) {
                return BureauError::internal();
            }
            if (!tables
                     .addDeclaration(declaration.declarationId,
                                     declaration.creditCode,
                                     declaration.employerName,
                                     declaration.period)
                     .ok()) {
                return BureauError::internal();
            }
            for (int i = 0; i < declaration.records.size(); ++i) {
                const DeclaredIncome& income = declaration.records[i];
                PrefillRecord record;
                // Unique because declaration ids are: the index after the last dot cannot hold a dot.
                record.recordId = QStringLiteral("%1.%2").arg(declaration.declarationId).arg(i + 1);
                record.month = declaration.period;
                record.incomeType = income.incomeType;
                record.income = income.income.toString();
                record.taxWithheld = income.taxWithheld.toString();
                if (!tables.addPrefillRecord(declaration.declarationId, income.identityNumber, record).ok()) {
                    return BureauError::internal();
                }
            }
            // The bureau's signed word, like a filing's: the employer keeps it as proof of what was declared.
            Receipt receipt;
            receipt.kind = Receipt::Kind::Declaration;
            receipt.requestId = declaration.declarationId;
            receipt.submissionId = declaration.declarationId;
            receipt.filingDigest = Sm3Digest::tagged(body);
            receipt.issuedAt = m_clock.now();
            receipt.taxYear = declaration.period.left(4).toInt();
            receipt.replaces = declaration.replaces;
            BureauResult<BureauResponse> issued = m_desk.issue(tables, receipt, declaration.creditCode);
            if (issued.ok()) {
                issued.value.status = 201;
            }
            return issued;
        });
}

BureauResponse BureauService::prefill(const QByteArray& body)
{
    return withSignedRequest<PrefillQuery>(
        body, &BureauRequestParser::prefillQuery, [&](const VerifiedRequest& verified, const PrefillQuery& query) {
            const QString identity = verified.signer.serialNumber;
            return reading([&](BureauTables& tables) -> BureauResult<BureauResponse> {
                auto records = tables.prefill(identity, query.taxYear);
                if (!records.ok()) {
                    return BureauError::internal();
                }
                JsonValue list = JsonValue::array();
                for (const PrefillRecord& record : records.value) {
                    JsonValue item = JsonValue::object(
                        {{QStringLiteral("employer"),
                          JsonValue::object({{QStringLiteral("credit_code"), JsonValue::string(record.creditCode)},
                                             {QStringLiteral("name"), JsonValue::string(record.employerName)}})},
                         {QStringLiteral("income"), JsonValue::string(record.income)},
                         {QStringLiteral("income_type"), JsonValue::string(record.incomeType)},
                         {QStringLiteral("month"), JsonValue::string(record.month)},
                         {QStringLiteral("record_id"), JsonValue::string(record.recordId)},
                         {QStringLiteral("tax_withheld"), JsonValue::string(record.taxWithheld)}});
                    if (record.disputed) {
                        item.insert(QStringLiteral("disputed"), JsonValue::boolean(true));
                    }
                    list.append(std::move(item));
                }
                return json(200,
                            JsonValue::object({{QStringLiteral("records"), std::move(list)},
                                               {QStringLiteral("tax_year"), JsonValue::integer(query.taxYear)}}));
            });
        });
}

BureauResponse BureauService::file(const QByteArray& body)
{
    const QDateTime now = m_clock.now();
    FilingResult<FilingEnvelope> envelope = FilingEnvelope::verify(body, m_identity.sm2CaCertificateDer(), now);
    if (!envelope.ok()) {
        return refusal(envelope.status, QStringLiteral("malformed_filing")).toResponse();
    }
    const CertificateSubject& signer = envelope.value.signer();
    if (signer.serialNumber.isEmpty()) {
        return notATaxpayer().toResponse();
    }
    const DeskContext context {signer.serialNumber, Sm3Digest::tagged(body), now, m_clock.day()};
    return exactlyOnce(QStringLiteral("filing:%1").arg(context.identityNumber),
                       envelope.value.submissionId(),
                       body,
                       [&](BureauTables& tables) { return m_desk.file(tables, envelope.value, context); });
}

BureauResponse BureauService::filingStatus(const QByteArray& body)
{
    return withSignedRequest<SubmissionQuery>(
        body,
        &BureauRequestParser::submissionQuery,
        [&](const VerifiedRequest& verified, const SubmissionQuery& query) {
            const QString identity = verified.signer.serialNumber;
            return reading([&](BureauTables& tables) -> BureauResult<BureauResponse> {
                auto filing = tables.filing(identity, query.submissionId);
                if (!filing.ok()) {
                    return BureauError::internal();
                }
                JsonValue receipt;
                QString state = QStringLiteral("unknown");
                if (filing.value) {
                    state = filing.value->state;
                    auto bytes = tables.receipt(filing.value->receiptSequence);
                    const JsonReader::Result read = bytes.ok() ? JsonReader::parse(bytes.value) : JsonReader::Result();
                    if (!read.ok) {
                        return BureauError::internal();
                    }
                    receipt = read.value;
                }
                return json(
                    200,
                    JsonValue::object({{QStringLiteral("receipt"), std::move(receipt)},
                                       {QStringLiteral("state"), JsonValue::string(state)},
                                       {QStringLiteral("submission_id"), JsonValue::string(query.submissionId)}}));
            });
        });
}

BureauResponse BureauService::withdraw(const QByteArray& body)
{
    return withSignedRequest<WithdrawalRequest>(
        body, &BureauRequestParser::withdrawal, [&](const VerifiedRequest& verified, const WithdrawalRequest& request) {
            const DeskContext context {
                verified.signer.serialNumber, Sm3Digest::tagged(body), m_clock.now(), m_clock.day()};
            return exactlyOnce(QStringLiteral("withdrawal:%1").arg(context.identityNumber),
                               request.withdrawalId,
                               body,
                               [&](BureauTables& tables) { return m_desk.withdraw(tables, request, context); });
        });
}

BureauResponse BureauService::settlement(const QByteArray& body)
{
    return withSignedRequest<SubmissionQuery>(
        body,
        &BureauRequestParser::submissionQuery,
        [&](const VerifiedRequest& verified, const SubmissionQuery& query) {
            const QString identity = verified.signer.serialNumber;
            const qint64 today = m_clock.day();
            return reading([&](BureauTables& tables) -> BureauResult<BureauResponse> {
                auto filing = tables.filing(identity, query.submissionId);
                if (!filing.ok()) {
                    return BureauError::internal();
                }
                const std::optional<Money> balance =
                    filing.value ? Money::parse(filing.value->balance) : std::optional<Money>();
                if (!filing.value || filing.value->state != QLatin1String("accepted") || !balance ||
                    balance->isZero()) {
                    return BureauError::notFound(
                        QStringLiteral("request.submission_id"),
                        tr("There is no refund or payment for this submission: it is not an accepted "
                           "return in force, or its balance is zero."));
                }
                const Settlement settlement = SettlementSchedule::at(*balance,
                                                                     filing.value->acceptedDay,
                                                                     today,
                                                                     m_desk.refundFails(identity),
                                                                     m_desk.leavesUnpaid(identity));
                JsonValue history = JsonValue::array();
                for (const SettlementEvent& event : settlement.history) {
                    history.append(JsonValue::object(
                        {{QStringLiteral("at"), JsonValue::string(WireFormat::formatTime(m_clock.dayStart(event.day)))},
                         {QStringLiteral("state"), JsonValue::string(event.state)}}));
                }
                JsonValue answer =
                    JsonValue::object({{QStringLiteral("amount"), JsonValue::string(settlement.amount.toString())},
                                       {QStringLiteral("direction"), JsonValue::string(settlement.direction)},
                                       {QStringLiteral("history"), std::move(history)},
                                       {QStringLiteral("reason"), stringOrNull(settlement.reason)},
                                       {QStringLiteral("state"), JsonValue::string(settlement.state)},
                                       {QStringLiteral("submission_id"), JsonValue::string(query.submissionId)}});
                if (settlement.dueDay >= 0) {
                    answer.insert(QStringLiteral("due"),
                                  JsonValue::string(m_clock.dayStart(settlement.dueDay).date().toString(Qt::ISODate)));
                }
                return json(200, answer);
            });
        });
}

BureauResponse BureauService::dispute(const QByteArray& body)
{
    return withSignedRequest<DisputeRequest>(
        body, &BureauRequestParser::dispute, [&](const VerifiedRequest& verified, const DisputeRequest& request) {
            const QString identity = verified.signer.serialNumber;
            return exactlyOnce(
                QStringLiteral("dispute:%1").arg(identity),
                request.disputeId,
                body,
                [&](BureauTables& tables) -> BureauResult<BureauResponse> {
                    auto owned = tables.hasRecord(identity, request.recordId);
                    if (!owned.ok()) {
                        return BureauError::internal();
                    }
                    if (!owned.value) {
                        return BureauError::notFound(QStringLiteral("request.record_id"),
                                                     tr("You have no income record with this id."));
                    }
                    if (!tables.addDispute(identity, request.disputeId, request.recordId, request.reason, request.note)
                             .ok()) {
                        return BureauError::internal();
                    }
                    return json(
                        201,
                        JsonValue::object({{QStringLiteral("dispute_id"), JsonValue::string(request.disputeId)},
                                           {QStringLiteral("record_id"), JsonValue::string(request.recordId)},
                                           {QStringLiteral("state"), JsonValue::string(QStringLiteral("open"))}}));
                });
        });
}

BureauResponse BureauService::pushElection(const QByteArray& body)
{
    return withSignedRequest<DeductionElection>(
        body, &BureauRequestParser::election, [&](const VerifiedRequest& verified, const DeductionElection& election) {
            const QString identity = verified.signer.serialNumber;
            return exactlyOnce(
                QStringLiteral("election:%1").arg(identity),
                election.electionId,
                body,
                [&](BureauTables& tables) -> BureauResult<BureauResponse> {
                    const ElectionRow row {identity,
                                           election.employerCreditCode,
                                           election.taxYear,
                                           election.electionId,
                                           CanonicalJsonWriter::write(election.monthlyJson()).bytes,
                                           WireFormat::formatTime(m_clock.now())};
                    if (!tables.setElection(row).ok()) {
                        return BureauError::internal();
                    }
                    return json(
                        201,
                        JsonValue::object({{QStringLiteral("election_id"), JsonValue::string(election.electionId)},
                                           {QStringLiteral("employer"), JsonValue::string(election.employerCreditCode)},
                                           {QStringLiteral("tax_year"), JsonValue::integer(election.taxYear)}}));
                });
        });
}

BureauResponse BureauService::downloadElections(const QByteArray& body)
{
    BureauResult<ElectionQuery> query = BureauRequestParser::electionQuery(body);
    if (!query.ok()) {
        return query.error->toResponse();
    }
    return reading([&](BureauTables& tables) -> BureauResult<BureauResponse> {
        auto elections = tables.elections(query.value.creditCode, query.value.taxYear);
        if (!elections.ok()) {
            return BureauError::internal();
        }
        JsonValue list = JsonValue::array();
        for (const ElectionRow& election : elections.value) {
            const JsonReader::Result monthly = JsonReader::parse(election.monthlyJson);
            if (!monthly.ok) {
                return BureauError::internal();
            }
            list.append(
                JsonValue::object({{QStringLiteral("election_id"), JsonValue::string(election.electionId)},
                                   {QStringLiteral("identity_number"), JsonValue::string(election.identityNumber)},
                                   {QStringLiteral("monthly"), monthly.value},
                                   {QStringLiteral("pushed_at"), JsonValue::string(election.pushedAt)}}));
        }
        return json(200,
                    JsonValue::object({{QStringLiteral("elections"), std::move(list)},
                                       {QStringLiteral("employer"), JsonValue::string(query.value.creditCode)},
                                       {QStringLiteral("tax_year"), JsonValue::integer(query.value.taxYear)}}));
    });
}

BureauResponse BureauService::advance(const QByteArray& body)
{
    BureauResult<AdvanceRequest> request = BureauRequestParser::advance(body);
    if (!request.ok()) {
        return request.error->toResponse();
    }
    const qint64 advanced = m_clock.advancedDays() + request.value.days;
    const VaultStatus status = m_store.write([&](BureauTables& tables) {
        return tables.setMeta(BureauClock::advancedDaysMetaName(), QByteArray::number(advanced));
    });
    if (!status.ok()) {
        qWarning("huisuan-bureau: the clock could not be advanced: %s", qPrintable(status.toString()));
        return BureauError::internal().toResponse();
    }
    m_clock.advance(request.value.days);
    return json(200, JsonValue::object({{QStringLiteral("day"), JsonValue::integer(m_clock.day())}}));
}

} // namespace huisuan
