// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/BureauAnswerReader.h"

#include "filing/WireFormat.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <functional>
#include <optional>

namespace huisuan {

namespace {

/**
 * Parses `body` strictly and in canonical form, then lets `read` take the members it knows; any
 * problem, including members nobody asked for, makes the whole answer malformed.
 */
template <typename Answer>
FilingResult<Answer> readAnswer(const QByteArray& body, const std::function<Answer(ObjectReader&, Problems&)>& read)
{
    const auto malformed = [](const QString& detail) {
        return FilingStatus::failure(FilingErrorCode::MalformedAnswer,
                                     BureauAnswerReader::tr("The tax bureau's answer could not be read."),
                                     detail);
    };
    const JsonReader::Result parsed = JsonReader::parse(body);
    if (!parsed.ok) {
        return malformed(parsed.error);
    }
    const CanonicalJsonWriter::Result canonical = CanonicalJsonWriter::write(parsed.value);
    if (!canonical.ok || canonical.bytes != body) {
        return malformed(QStringLiteral("not in RFC 8785 canonical form"));
    }
    Problems problems;
    ObjectReader reader(parsed.value, QString(), problems);
    Answer answer = read(reader, problems);
    reader.finish();
    if (!problems.empty()) {
        return malformed(problems.front().toString());
    }
    return answer;
}

QString requiredString(ObjectReader& reader, const QString& key)
{
    const std::optional<QString> text = reader.string(key, true);
    if (text && text->isEmpty()) {
        reader.addProblem(key, QStringLiteral("empty"));
    }
    return text.value_or(QString());
}

/** A string member that may be null; empty when null. */
QString nullableString(ObjectReader& reader, const QString& key, bool required)
{
    const JsonValue* value = reader.member(key, required);
    if (value == nullptr || value->isNull()) {
        return QString();
    }
    if (!value->isString() || value->text().isEmpty()) {
        reader.addProblem(key, QStringLiteral("neither a non-empty string nor null"));
        return QString();
    }
    return value->text();
}

QDateTime requiredTime(ObjectReader& reader, const QString& key)
{
    const std::optional<QString> text = reader.string(key, true);
    const std::optional<QDateTime> time = text ? WireFormat::parseTime(*text) : std::nullopt;
    if (text && !time) {
        reader.addProblem(key, QStringLiteral("not a UTC time yyyy-MM-ddTHH:mm:ssZ"));
    }
    return time.value_or(QDateTime());
}

QByteArray requiredBase64(ObjectReader& reader, const QString& key)
{
    const std::optional<QString> text = reader.string(key, true);
    const std::optional<QByteArray> bytes = text ? WireFormat::decodeBase64(*text) : std::nullopt;
    if (text && !bytes) {
        reader.addProblem(key, QStringLiteral("not canonical base64"));
    }
    return bytes.value_or(QByteArray());
}

/** Money in its one spelling, as the bureau writes it ("1234.50"). */
Money requiredMoney(ObjectReader& reader, const QString& key)
{
    const std::optional<Money> amount = reader.money(key, true);
    const JsonValue* value = reader.member(key, true);
    if (amount && value != nullptr && amount->toString() != value->text()) {
        reader.addProblem(key, QStringLiteral("not written as %1").arg(amount->toString()));
    }
    return amount.value_or(Money());
}

template <typename Item>
QList<Item>
readArray(ObjectReader& reader, const QString& key, Problems& problems, const std::function<Item(ObjectReader&)>& read)
{
    QList<Item> items;
    const JsonValue* array = reader.array(key, true);
    if (array == nullptr) {
        return items;
    }
    size_t index = 0;
    for (const JsonValue& value : array->items()) {
        ObjectReader itemReader(value, indexPath(reader.pathOf(key), index++), problems);
        if (!itemReader.isObject()) {
            itemReader.addProblem(QString(), QStringLiteral("not an object"));
            continue;
        }
        items.append(read(itemReader));
        itemReader.finish();
    }
    return items;
}

} // namespace

FilingResult<BureauError> BureauAnswerReader::error(const QByteArray& body)
{
    return readAnswer<BureauError>(body, [](ObjectReader& outer, Problems& problems) {
        BureauError error;
        const JsonValue* inner = outer.object(QStringLiteral("error"), true);
        if (inner == nullptr) {
            return error;
        }
        ObjectReader reader(*inner, QStringLiteral("error"), problems);
        error.code = requiredString(reader, QStringLiteral("code"));
        error.message = requiredString(reader, QStringLiteral("message"));
        error.problems = readArray<BureauProblem>(reader, QStringLiteral("problems"), problems, [](ObjectReader& item) {
            BureauProblem problem;
            problem.field = item.string(QStringLiteral("field"), true).value_or(QString());
            problem.message = requiredString(item, QStringLiteral("message"));
            problem.rule = requiredString(item, QStringLiteral("rule"));
            return problem;
        });
        const std::optional<bool> retryable = reader.boolean(QStringLiteral("retryable"), false);
        if (!reader.has(QStringLiteral("retryable"))) {
            reader.addProblem(QStringLiteral("retryable"), QStringLiteral("missing"));
        }
        error.retryable = retryable.value_or(false);
        reader.finish();
        return error;
    });
}

FilingResult<EnrolmentAnswer> BureauAnswerReader::enrolment(const QByteArray& body)
{
    return readAnswer<EnrolmentAnswer>(body, [](ObjectReader& reader, Problems& /*problems*/) {
        EnrolmentAnswer answer;
        answer.caCertificateDer = requiredBase64(reader, QStringLiteral("ca_certificate"));
        answer.certificateDer = requiredBase64(reader, QStringLiteral("certificate"));
        answer.enrolmentId = requiredString(reader, QStringLiteral("enrolment_id"));
        answer.notAfter = requiredTime(reader, QStringLiteral("not_after"));
        answer.notBefore = requiredTime(reader, QStringLiteral("not_before"));
        if (answer.notBefore.isValid() && answer.notAfter.isValid() && answer.notAfter <= answer.notBefore) {
            reader.addProblem(QStringLiteral("not_after"), QStringLiteral("not after not_before"));
        }
        return answer;
    });
}

FilingResult<PrefillAnswer> BureauAnswerReader::prefill(const QByteArray& body)
{
    return readAnswer<PrefillAnswer>(body, [](ObjectReader& reader, Problems& problems) {
        PrefillAnswer answer;
        answer.records = readArray<PrefillRecord>(reader, QStringLiteral("records"), problems, [&](ObjectReader& item) {
            PrefillRecord record;
            if (const JsonValue* employer = item.object(QStringLiteral("employer"), true)) {
                ObjectReader employerReader(*employer, item.pathOf(QStringLiteral("employer")), problems);
                record.employerCreditCode = requiredString(employerReader, QStringLiteral("credit_code"));
                record.employerName = requiredString(employerReader, QStringLiteral("name"));
                employerReader.finish();
            }
            record.income = requiredMoney(item, QStringLiteral("income"));
            record.incomeType = requiredString(item, QStringLiteral("income_type"));
            record.month = requiredString(item, QStringLiteral("month"));
            record.recordId = requiredString(item, QStringLiteral("record_id"));
            record.taxWithheld = requiredMoney(item, QStringLiteral("tax_withheld"));
            record.disputed = item.boolean(QStringLiteral("disputed"), false).value_or(false);
            return record;
        });
        answer.taxYear = reader.integer(QStringLiteral("tax_year"), 1, 9999, true).value_or(0);
        for (const PrefillRecord& record : answer.records) {
            if (!record.month.startsWith(QString::number(answer.taxYear) + QLatin1Char('-')) ||
                record.month.size() != 7) {
                reader.addProblem(
                    QStringLiteral("records"),
                    QStringLiteral("month %1 is not in tax year %2").arg(record.month).arg(answer.taxYear));
            }
        }
        return answer;
    });
}

FilingResult<FilingStatusAnswer> BureauAnswerReader::filingStatus(const QByteArray& body)
{
    return readAnswer<FilingStatusAnswer>(body, [](ObjectReader& reader, Problems& /*problems*/) {
        FilingStatusAnswer answer;
        const JsonValue* receipt = reader.member(QStringLiteral("receipt"), true);
        const std::optional<QString> state = reader.string(QStringLiteral("state"), true);
        answer.submissionId = requiredString(reader, QStringLiteral("submission_id"));
        static const QList<std::pair<QString, FilingStatusAnswer::State>> states {
            {QStringLiteral("unknown"), FilingStatusAnswer::State::Unknown},
            {QStringLiteral("accepted"), FilingStatusAnswer::State::Accepted},
            {QStringLiteral("rejected"), FilingStatusAnswer::State::Rejected},
            {QStringLiteral("replaced"), FilingStatusAnswer::State::Replaced},
            {QStringLiteral("withdrawn"), FilingStatusAnswer::State::Withdrawn},
        };
        bool known = false;
        for (const auto& [name, value] : states) {
            if (state && *state == name) {
                answer.state = value;
                known = true;
            }
        }
        if (state && !known) {
            reader.addProblem(QStringLiteral("state"), QStringLiteral("unknown state %1").arg(*state));
        }
        if (receipt != nullptr && receipt->isObject()) {
            // The answer was checked to be canonical, so its member is exactly the signed receipt's bytes.
            answer.signedReceipt = CanonicalJsonWriter::write(*receipt).bytes;
        } else if (receipt != nullptr && !receipt->isNull()) {
            reader.addProblem(QStringLiteral("receipt"), QStringLiteral("neither a signed receipt nor null"));
        }
        const bool needsReceipt = answer.state != FilingStatusAnswer::State::Unknown;
        if (known && receipt != nullptr && needsReceipt == answer.signedReceipt.isEmpty()) {
            reader.addProblem(QStringLiteral("receipt"), QStringLiteral("does not agree with the state"));
        }
        return answer;
    });
}

FilingResult<SettlementAnswer> BureauAnswerReader::settlement(const QByteArray& body)
{
    return readAnswer<SettlementAnswer>(body, [](ObjectReader& reader, Problems& problems) {
        SettlementAnswer answer;
        answer.amount = requiredMoney(reader, QStringLiteral("amount"));
        answer.direction = requiredString(reader, QStringLiteral("direction"));
        if (reader.has(QStringLiteral("due"))) {
            answer.due = reader.date(QStringLiteral("due"), false, true).value_or(QDate());
        }
        answer.history =
            readArray<SettlementAnswer::Step>(reader, QStringLiteral("history"), problems, [](ObjectReader& item) {
                return SettlementAnswer::Step {requiredTime(item, QStringLiteral("at")),
                                               requiredString(item, QStringLiteral("state"))};
            });
        answer.reason = nullableString(reader, QStringLiteral("reason"), true);
        answer.state = requiredString(reader, QStringLiteral("state"));
        answer.submissionId = requiredString(reader, QStringLiteral("submission_id"));
        const bool refund = answer.direction == QLatin1String("refund");
        const QStringList states = refund
            ? QStringList {QStringLiteral("under_review"),
                           QStringLiteral("treasury"),
                           QStringLiteral("paid"),
                           QStringLiteral("failed")}
            : QStringList {QStringLiteral("due"), QStringLiteral("paid"), QStringLiteral("overdue")};
        if (!refund && answer.direction != QLatin1String("payment")) {
            reader.addProblem(QStringLiteral("direction"), QStringLiteral("neither refund nor payment"));
        } else if (!answer.state.isEmpty() && !states.contains(answer.state)) {
            reader.addProblem(QStringLiteral("state"),
                              QStringLiteral("%1 is not a %2 state").arg(answer.state, answer.direction));
        }
        return answer;
    });
}

FilingResult<DisputeAnswer> BureauAnswerReader::dispute(const QByteArray& body)
{
    return readAnswer<DisputeAnswer>(body, [](ObjectReader& reader, Problems& /*problems*/) {
        DisputeAnswer answer;
        answer.disputeId = requiredString(reader, QStringLiteral("dispute_id"));
        answer.recordId = requiredString(reader, QStringLiteral("record_id"));
        answer.state = requiredString(reader, QStringLiteral("state"));
        return answer;
    });
}

FilingResult<ElectionPushAnswer> BureauAnswerReader::electionPushed(const QByteArray& body)
{
    return readAnswer<ElectionPushAnswer>(body, [](ObjectReader& reader, Problems& /*problems*/) {
        ElectionPushAnswer answer;
        answer.electionId = requiredString(reader, QStringLiteral("election_id"));
        answer.employerCreditCode = requiredString(reader, QStringLiteral("employer"));
        answer.taxYear = reader.integer(QStringLiteral("tax_year"), 1, 9999, true).value_or(0);
        return answer;
    });
}

FilingResult<ElectionsAnswer> BureauAnswerReader::elections(const QByteArray& body)
{
    return readAnswer<ElectionsAnswer>(body, [](ObjectReader& reader, Problems& problems) {
        ElectionsAnswer answer;
        answer.employerCreditCode = requiredString(reader, QStringLiteral("employer"));
        answer.taxYear = reader.integer(QStringLiteral("tax_year"), 1, 9999, true).value_or(0);
        answer.elections =
            readArray<DeductionElection>(reader, QStringLiteral("elections"), problems, [&](ObjectReader& item) {
                DeductionElection election;
                election.electionId = requiredString(item, QStringLiteral("election_id"));
                election.identityNumber = requiredString(item, QStringLiteral("identity_number"));
                election.employerCreditCode = answer.employerCreditCode;
                election.taxYear = answer.taxYear;
                static_cast<void>(requiredTime(item, QStringLiteral("pushed_at")));
                if (const JsonValue* monthly = item.object(QStringLiteral("monthly"), true)) {
                    ObjectReader amounts(*monthly, item.pathOf(QStringLiteral("monthly")), problems);
                    for (const auto& member : monthly->members()) {
                        if (!DeductionElection::categories().contains(member.first)) {
                            amounts.addProblem(member.first, QStringLiteral("not a monthly deduction category"));
                        }
                        election.monthly.append({member.first, requiredMoney(amounts, member.first)});
                    }
                    amounts.finish();
                }
                return election;
            });
        return answer;
    });
}

} // namespace huisuan
