// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/Receipt.h"

#include "filing/SignedDocument.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/WireFormat.h"

#include "json/ObjectReader.h"
#include <algorithm>
#include <array>
#include <climits>
#include <utility>

namespace huisuan {

namespace {

const QString receiptMember = QStringLiteral("receipt");

const std::array<std::pair<Receipt::Kind, const char*>, 4> kindNames {{
    {Receipt::Kind::Filing, "filing"},
    {Receipt::Kind::Correction, "correction"},
    {Receipt::Kind::Withdrawal, "withdrawal"},
    {Receipt::Kind::Declaration, "declaration"},
}};
const std::array<std::pair<Receipt::Outcome, const char*>, 2> outcomeNames {{
    {Receipt::Outcome::Accepted, "accepted"},
    {Receipt::Outcome::Rejected, "rejected"},
}};
const std::array<std::pair<Receipt::Problem::Severity, const char*>, 2> severityNames {{
    {Receipt::Problem::Severity::Error, "error"},
    {Receipt::Problem::Severity::Alert, "alert"},
}};

template <typename Enum, size_t Size>
QString nameOf(const std::array<std::pair<Enum, const char*>, Size>& names, Enum value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value) {
            return QString::fromLatin1(name);
        }
    }
    return QString();
}

template <typename Enum, size_t Size>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, const char*>, Size>& names, const QString& text)
{
    for (const auto& [value, name] : names) {
        if (text == QLatin1String(name)) {
            return value;
        }
    }
    return std::nullopt;
}

JsonValue stringOrNull(const QString& text)
{
    return text.isEmpty() ? JsonValue::null() : JsonValue::string(text);
}

JsonValue toJson(const Receipt& receipt)
{
    JsonValue problems = JsonValue::array();
    for (const Receipt::Problem& problem : receipt.problems) {
        problems.append(JsonValue::object({
            {QStringLiteral("field"), JsonValue::string(problem.field)},
            {QStringLiteral("message"), JsonValue::string(problem.message)},
            {QStringLiteral("rule"), JsonValue::string(problem.rule)},
            {QStringLiteral("severity"), JsonValue::string(nameOf(severityNames, problem.severity))},
        }));
    }
    JsonValue result;
    if (receipt.result) {
        result = JsonValue::object({
            {QStringLiteral("balance"), JsonValue::string(receipt.result->balance.toString())},
            {QStringLiteral("tax_payable"), JsonValue::string(receipt.result->taxPayable.toString())},
            {QStringLiteral("tax_withheld"), JsonValue::string(receipt.result->taxWithheld.toString())},
        });
    }
    return JsonValue::object({
        {QStringLiteral("engine_version"), JsonValue::string(receipt.engineVersion)},
        {QStringLiteral("filing_digest"), JsonValue::string(receipt.filingDigest)},
        {QStringLiteral("issued_at"), JsonValue::string(WireFormat::formatTime(receipt.issuedAt))},
        {QStringLiteral("kind"), JsonValue::string(Receipt::kindName(receipt.kind))},
        {QStringLiteral("outcome"), JsonValue::string(Receipt::outcomeName(receipt.outcome))},
        {QStringLiteral("problems"), problems},
        {QStringLiteral("receipt_id"), JsonValue::string(receipt.receiptId)},
        {QStringLiteral("replaces"), stringOrNull(receipt.replaces)},
        {QStringLiteral("request_id"), JsonValue::string(receipt.requestId)},
        {QStringLiteral("result"), result},
        {QStringLiteral("rule_pack"), JsonValue::string(receipt.rulePack)},
        {QStringLiteral("sequence"), JsonValue::integer(receipt.sequence)},
        {QStringLiteral("submission_id"), JsonValue::string(receipt.submissionId)},
        {QStringLiteral("tax_year"), JsonValue::integer(receipt.taxYear)},
    });
}

/** Money in its one spelling ("-1234.50"), as the bureau writes it. */
std::optional<Money> canonicalMoney(ObjectReader& reader, const QString& key)
{
    const std::optional<Money> amount = reader.signedMoney(key, true);
    const JsonValue* value = reader.member(key, true);
    if (amount && value != nullptr && amount->toString() != value->text()) {
        reader.addProblem(key, QStringLiteral("not written as %1").arg(amount->toString()));
        return std::nullopt;
    }
    return amount;
}

std::optional<Receipt::Problem> readProblem(const JsonValue& value, const QString& path, Problems& problems)
{
    ObjectReader reader(value, path, problems);
    const std::optional<QString> field = reader.string(QStringLiteral("field"), true);
    const std::optional<QString> message = reader.string(QStringLiteral("message"), true);
    const std::optional<QString> rule = reader.string(QStringLiteral("rule"), true);
    const std::optional<QString> severityText = reader.string(QStringLiteral("severity"), true);
    reader.finish();
    const auto severity = severityText ? valueOf(severityNames, *severityText) : std::nullopt;
    if (severityText && !severity) {
        reader.addProblem(QStringLiteral("severity"), QStringLiteral("not error or alert"));
    }
    if (!field || !message || !rule || !severity || rule->isEmpty()) {
        return std::nullopt;
    }
    return Receipt::Problem {*rule, *field, *message, *severity};
}

/** The receipt's members with their types and their one spelling; problems say what is wrong. */
Receipt readReceipt(const JsonValue& content, Problems& problems)
{
    Receipt receipt;
    ObjectReader reader(content, receiptMember, problems);
    receipt.engineVersion = reader.string(QStringLiteral("engine_version"), true).value_or(QString());
    receipt.filingDigest = reader.string(QStringLiteral("filing_digest"), true).value_or(QString());
    const std::optional<QString> issuedAt = reader.string(QStringLiteral("issued_at"), true);
    const std::optional<QString> kind = reader.string(QStringLiteral("kind"), true);
    const std::optional<QString> outcome = reader.string(QStringLiteral("outcome"), true);
    const JsonValue* problemList = reader.array(QStringLiteral("problems"), true);
    receipt.receiptId = reader.string(QStringLiteral("receipt_id"), true).value_or(QString());
    const JsonValue* replaces = reader.member(QStringLiteral("replaces"), true);
    receipt.requestId = reader.string(QStringLiteral("request_id"), true).value_or(QString());
    const JsonValue* result = reader.member(QStringLiteral("result"), true);
    receipt.rulePack = reader.string(QStringLiteral("rule_pack"), true).value_or(QString());
    const std::optional<int> sequence = reader.integer(QStringLiteral("sequence"), 1, INT_MAX, true);
    receipt.submissionId = reader.string(QStringLiteral("submission_id"), true).value_or(QString());
    receipt.taxYear = reader.integer(QStringLiteral("tax_year"), 1, 9999, true).value_or(0);
    reader.finish();

    const std::optional<QDateTime> issued = issuedAt ? WireFormat::parseTime(*issuedAt) : std::nullopt;
    if (issuedAt && !issued) {
        reader.addProblem(QStringLiteral("issued_at"), QStringLiteral("not a UTC time yyyy-MM-ddTHH:mm:ssZ"));
    }
    receipt.issuedAt = issued.value_or(QDateTime());
    const auto kindValue = kind ? valueOf(kindNames, *kind) : std::nullopt;
    if (kind && !kindValue) {
        reader.addProblem(QStringLiteral("kind"), QStringLiteral("not filing, correction, withdrawal or declaration"));
    }
    receipt.kind = kindValue.value_or(Receipt::Kind::Filing);
    const auto outcomeValue = outcome ? valueOf(outcomeNames, *outcome) : std::nullopt;
    if (outcome && !outcomeValue) {
        reader.addProblem(QStringLiteral("outcome"), QStringLiteral("not accepted or rejected"));
    }
    receipt.outcome = outcomeValue.value_or(Receipt::Outcome::Rejected);
    receipt.sequence = sequence.value_or(0);
    if (!receipt.filingDigest.startsWith(QLatin1String("sm3:")) || receipt.filingDigest.size() != 4 + 64) {
        reader.addProblem(QStringLiteral("filing_digest"), QStringLiteral("not sm3: and 64 hex digits"));
    }
    if (replaces != nullptr) {
        if (replaces->isString() && !replaces->text().isEmpty()) {
            receipt.replaces = replaces->text();
        } else if (!replaces->isNull()) {
            reader.addProblem(QStringLiteral("replaces"), QStringLiteral("neither a submission id nor null"));
        }
    }
    if (problemList != nullptr) {
        size_t index = 0;
        for (const JsonValue& item : problemList->items()) {
            if (auto problem =
                    readProblem(item, indexPath(reader.pathOf(QStringLiteral("problems")), index++), problems)) {
                receipt.problems.append(*problem);
            }
        }
    }
    if (result != nullptr && !result->isNull()) {
        ObjectReader resultReader(*result, reader.pathOf(QStringLiteral("result")), problems);
        const auto balance = canonicalMoney(resultReader, QStringLiteral("balance"));
        const auto payable = canonicalMoney(resultReader, QStringLiteral("tax_payable"));
        const auto withheld = canonicalMoney(resultReader, QStringLiteral("tax_withheld"));
        resultReader.finish();
        if (balance && payable && withheld) {
            receipt.result = Receipt::Result {*balance, *payable, *withheld};
        }
    }
    // What the members mean together: an accepted return has a result, a rejection says why.
    const bool rejectedWithoutError =
        !receipt.isAccepted() && std::none_of(receipt.problems.begin(), receipt.problems.end(), [](const auto& p) {
            return p.severity == Receipt::Problem::Severity::Error;
        });
    // Only a return is recomputed: a withdrawal and an employer's declaration have no result.
    const bool needsResult =
        receipt.isAccepted() && (receipt.kind == Receipt::Kind::Filing || receipt.kind == Receipt::Kind::Correction);
    if (rejectedWithoutError || (result != nullptr && needsResult != !result->isNull())) {
        reader.addProblem(QStringLiteral("outcome"), QStringLiteral("does not agree with result and problems"));
    }
    return receipt;
}

} // namespace

QString Receipt::kindName(Kind kind)
{
    return nameOf(kindNames, kind);
}

QString Receipt::outcomeName(Outcome outcome)
{
    return nameOf(outcomeNames, outcome);
}

bool Receipt::operator==(const Receipt& other) const
{
    return toJson(*this) == toJson(other);
}

FilingResult<QByteArray> Receipt::sign(const Sm2KeyPair& key, const QByteArray& certificateDer) const
{
    if (receiptId.isEmpty() || requestId.isEmpty() || submissionId.isEmpty() || !issuedAt.isValid() || sequence < 1) {
        return FilingStatus::failure(
            FilingErrorCode::InvalidArgument,
            tr("A receipt needs an id, the request it answers, a time and a sequence number."));
    }
    return SignedDocument::sign(receiptMember, toJson(*this), key, certificateDer);
}

FilingResult<Receipt> Receipt::verify(const QByteArray& signedReceipt, const QByteArray& sm2CaCertificateDer)
{
    const QString malformedMessage = tr("The bureau's receipt is not a well-formed signed receipt.");
    FilingResult<SignedDocument::Parsed> parsed =
        SignedDocument::parse(signedReceipt, receiptMember, FilingErrorCode::MalformedReceipt, malformedMessage);
    if (!parsed.ok()) {
        return parsed.status;
    }
    Problems problems;
    Receipt receipt = readReceipt(parsed.value.content, problems);
    if (!problems.empty()) {
        return FilingStatus::failure(FilingErrorCode::MalformedReceipt, malformedMessage, problems.front().toString());
    }
    // Taxpayer certificates come from the same CA: only the bureau's own receipt certificate
    // (its common name and no identity number) may sign a receipt.
    FilingResult<CertificateSubject> subject = Sm2CertificateAuthority::subject(parsed.value.certificateDer);
    if (!subject.ok()) {
        return subject.status;
    }
    if (subject.value.commonName != signerCommonName() || !subject.value.serialNumber.isEmpty() ||
        subject.value.attributeCount != 1) {
        return FilingStatus::failure(FilingErrorCode::UntrustedCertificate,
                                     tr("The receipt was not signed by the tax bureau's receipt certificate."),
                                     subject.value.commonName);
    }
    FilingResult<Sm2KeyPair> signer = SignedDocument::verify(parsed.value, sm2CaCertificateDer, receipt.issuedAt);
    if (!signer.ok()) {
        return signer.status;
    }
    return receipt;
}

} // namespace huisuan
