// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauRequestParser.h"

#include "filing/WireFormat.h"
#include "identifiers/ResidentIdNumber.h"
#include "identifiers/SocialCreditCode.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <QDate>
#include <QRegularExpression>

namespace huisuan {

namespace {

const QString strictJsonRule = QStringLiteral("protocol.strict_json");
const QString membersRule = QStringLiteral("protocol.members");

/** Structural problems (types, missing and unknown members) as a 400 answer. */
BureauError structural(const Problems& problems)
{
    QList<BureauProblem> list;
    for (const Problem& problem : problems) {
        list.append({problem.path, problem.message, membersRule});
    }
    return BureauError::malformedRequest(list);
}

/** Collects the invalid fields of a well-formed request; 422 when there are any. */
class FieldCheck
{
public:
    explicit FieldCheck(Problems& structural)
        : m_structural(structural)
    {
    }

    /** Where nested ObjectReaders record their structural problems. */
    Problems& structuralProblems() { return m_structural; }

    void fail(const QString& field, const QString& rule, const QString& message)
    {
        m_problems.append({field, message, rule});
    }
    bool failed() const { return !m_problems.isEmpty(); }
    BureauError error() const { return BureauError::invalidField(m_problems); }

    void id(const QString& field, const QString& value)
    {
        if (!BureauRequestParser::isValidId(value)) {
            fail(field,
                 QStringLiteral("protocol.id"),
                 BureauRequestParser::tr("An id must be 1 to 64 letters, digits or the characters . _ - :."));
        }
    }

private:
    Problems& m_structural;
    QList<BureauProblem> m_problems;
};

/** Reads an object with ObjectReader; nullopt (and the 400) when its structure is wrong. */
template <typename Read>
auto readObject(const JsonValue& json, const QString& path, Read read)
    -> BureauResult<decltype(read(std::declval<ObjectReader&>(), std::declval<FieldCheck&>()))>
{
    using Value = decltype(read(std::declval<ObjectReader&>(), std::declval<FieldCheck&>()));
    Problems problems;
    ObjectReader reader(json, path, problems);
    if (!reader.isObject()) {
        return structural(problems);
    }
    FieldCheck check(problems);
    Value value = read(reader, check);
    reader.finish();
    if (!problems.empty()) {
        return structural(problems);
    }
    if (check.failed()) {
        return check.error();
    }
    return value;
}

const QString requestPath = QStringLiteral("request");

/** Signed requests carry `requested_at`; SignedRequest::verify has read it, here it only counts as known. */
void acceptRequestedAt(ObjectReader& reader)
{
    static_cast<void>(reader.string(QStringLiteral("requested_at"), true));
}

} // namespace

bool BureauRequestParser::isValidId(const QString& id)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9._:-]{1,64}$"));
    return pattern.match(id).hasMatch();
}

bool BureauRequestParser::isIncomeType(const QString& type)
{
    static const QStringList types {QStringLiteral("wages"),
                                    QStringLiteral("labor"),
                                    QStringLiteral("author"),
                                    QStringLiteral("royalties"),
                                    QStringLiteral("annual_bonus")};
    return types.contains(type);
}

BureauResult<JsonValue> BureauRequestParser::canonicalJson(const QByteArray& bytes)
{
    const JsonReader::Result parsed = JsonReader::parse(bytes);
    if (!parsed.ok) {
        return BureauError::malformedRequest({{QString(), parsed.error, strictJsonRule}});
    }
    const CanonicalJsonWriter::Result canonical = CanonicalJsonWriter::write(parsed.value);
    if (!canonical.ok || canonical.bytes != bytes) {
        return BureauError::malformedRequest(
            {{QString(), tr("The body is not in its RFC 8785 canonical form."), QStringLiteral("protocol.canonical")}});
    }
    return parsed.value;
}

BureauResult<EnrolmentRequest> BureauRequestParser::enrolment(const QByteArray& bytes)
{
    auto json = canonicalJson(bytes);
    if (!json.ok()) {
        return *json.error;
    }
    return readObject(json.value, QString(), [](ObjectReader& reader, FieldCheck& check) {
        EnrolmentRequest request;
        const auto csr = reader.string(QStringLiteral("csr"), true);
        request.enrolmentId = reader.string(QStringLiteral("enrolment_id"), true).value_or(QString());
        if (csr) {
            const auto der = WireFormat::decodeBase64(*csr);
            if (der) {
                request.csrDer = *der;
            } else {
                check.fail(QStringLiteral("csr"),
                           QStringLiteral("protocol.base64"),
                           tr("The certificate request must be canonical, non-empty base64."));
            }
        }
        check.id(QStringLiteral("enrolment_id"), request.enrolmentId);
        return request;
    });
}

BureauResult<DeclarationRequest> BureauRequestParser::declaration(const QByteArray& bytes)
{
    auto json = canonicalJson(bytes);
    if (!json.ok()) {
        return *json.error;
    }
    return readObject(json.value, QString(), [](ObjectReader& reader, FieldCheck& check) {
        DeclarationRequest request;
        request.declarationId = reader.string(QStringLiteral("declaration_id"), true).value_or(QString());
        check.id(QStringLiteral("declaration_id"), request.declarationId);
        if (reader.has(QStringLiteral("replaces"))) {
            request.replaces = reader.string(QStringLiteral("replaces"), true).value_or(QString());
            check.id(QStringLiteral("replaces"), request.replaces);
        }
        if (const JsonValue* employer = reader.object(QStringLiteral("employer"), true)) {
            ObjectReader employerReader(
                *employer, reader.pathOf(QStringLiteral("employer")), check.structuralProblems());
            request.creditCode = employerReader.string(QStringLiteral("credit_code"), true).value_or(QString());
            request.employerName = employerReader.string(QStringLiteral("name"), true).value_or(QString());
            employerReader.finish();
            if (!SocialCreditCode::isValid(request.creditCode)) {
                check.fail(QStringLiteral("employer.credit_code"),
                           QStringLiteral("identifier.credit_code"),
                           tr("The unified social credit code is not valid (its form or check character is wrong)."));
            }
            if (request.employerName.trimmed().isEmpty() || request.employerName.size() > maxNameLength) {
                check.fail(QStringLiteral("employer.name"),
                           QStringLiteral("protocol.name"),
                           tr("The name must be 1 to 64 characters."));
            }
        }
        request.period = reader.string(QStringLiteral("period"), true).value_or(QString());
        const QDate period = QDate::fromString(request.period + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        if (!period.isValid() || request.period.size() != 7) {
            check.fail(QStringLiteral("period"),
                       QStringLiteral("protocol.period"),
                       tr("The period must be a month, yyyy-MM."));
        }
        if (const JsonValue* records = reader.array(QStringLiteral("records"), true)) {
            const QString recordsPath = reader.pathOf(QStringLiteral("records"));
            if (records->items().empty()) {
                check.fail(QStringLiteral("records"),
                           QStringLiteral("protocol.records"),
                           tr("A declaration must hold at least one record."));
            }
            for (size_t i = 0; i < records->items().size(); ++i) {
                const QString path = indexPath(recordsPath, i);
                ObjectReader recordReader(records->items()[i], path, check.structuralProblems());
                if (!recordReader.isObject()) {
                    continue;
                }
                DeclaredIncome income;
                income.identityNumber =
                    recordReader.string(QStringLiteral("identity_number"), true).value_or(QString());
                income.name = recordReader.string(QStringLiteral("name"), true).value_or(QString());
                income.incomeType = recordReader.string(QStringLiteral("income_type"), true).value_or(QString());
                income.income = recordReader.money(QStringLiteral("income"), true).value_or(Money());
                income.taxWithheld = recordReader.money(QStringLiteral("tax_withheld"), true).value_or(Money());
                recordReader.finish();
                if (!ResidentIdNumber::isValid(income.identityNumber) ||
                    income.identityNumber.endsWith(QLatin1Char('x'))) {
                    check.fail(childPath(path, QStringLiteral("identity_number")),
                               QStringLiteral("identifier.resident_id"),
                               tr("The identity number is not valid (its form, birth date or check character is "
                                  "wrong)."));
                }
                if (income.name.trimmed().isEmpty() || income.name.size() > maxNameLength) {
                    check.fail(childPath(path, QStringLiteral("name")),
                               QStringLiteral("protocol.name"),
                               tr("The name must be 1 to 64 characters."));
                }
                if (!isIncomeType(income.incomeType)) {
                    check.fail(childPath(path, QStringLiteral("income_type")),
                               QStringLiteral("protocol.income_type"),
                               tr("The income type must be wages, labor, author, royalties or annual_bonus."));
                }
                request.records.append(income);
            }
        }
        return request;
    });
}

BureauResult<AdvanceRequest> BureauRequestParser::advance(const QByteArray& bytes)
{
    auto json = canonicalJson(bytes);
    if (!json.ok()) {
        return *json.error;
    }
    return readObject(json.value, QString(), [](ObjectReader& reader, FieldCheck&) {
        AdvanceRequest request;
        request.days = reader.integer(QStringLiteral("days"), 1, maxAdvanceDays, true).value_or(0);
        return request;
    });
}

BureauResult<PrefillQuery> BureauRequestParser::prefillQuery(const JsonValue& request)
{
    return readObject(request, requestPath, [](ObjectReader& reader, FieldCheck&) {
        acceptRequestedAt(reader);
        PrefillQuery query;
        query.taxYear = reader.integer(QStringLiteral("tax_year"), 1, 9999, true).value_or(0);
        return query;
    });
}

BureauResult<SubmissionQuery> BureauRequestParser::submissionQuery(const JsonValue& request)
{
    return readObject(request, requestPath, [](ObjectReader& reader, FieldCheck& check) {
        acceptRequestedAt(reader);
        SubmissionQuery query;
        query.submissionId = reader.string(QStringLiteral("submission_id"), true).value_or(QString());
        check.id(QStringLiteral("request.submission_id"), query.submissionId);
        return query;
    });
}

BureauResult<WithdrawalRequest> BureauRequestParser::withdrawal(const JsonValue& request)
{
    return readObject(request, requestPath, [](ObjectReader& reader, FieldCheck& check) {
        acceptRequestedAt(reader);
        WithdrawalRequest withdrawal;
        withdrawal.submissionId = reader.string(QStringLiteral("submission_id"), true).value_or(QString());
        withdrawal.withdrawalId = reader.string(QStringLiteral("withdrawal_id"), true).value_or(QString());
        check.id(QStringLiteral("request.submission_id"), withdrawal.submissionId);
        check.id(QStringLiteral("request.withdrawal_id"), withdrawal.withdrawalId);
        return withdrawal;
    });
}

BureauResult<DisputeRequest> BureauRequestParser::dispute(const JsonValue& request)
{
    return readObject(request, requestPath, [](ObjectReader& reader, FieldCheck& check) {
        acceptRequestedAt(reader);
        DisputeRequest dispute;
        dispute.disputeId = reader.string(QStringLiteral("dispute_id"), true).value_or(QString());
        dispute.recordId = reader.string(QStringLiteral("record_id"), true).value_or(QString());
        dispute.reason = reader.string(QStringLiteral("reason"), true).value_or(QString());
        if (reader.has(QStringLiteral("note"))) {
            dispute.note = reader.string(QStringLiteral("note"), true).value_or(QString());
        }
        check.id(QStringLiteral("request.dispute_id"), dispute.disputeId);
        check.id(QStringLiteral("request.record_id"), dispute.recordId);
        static const QStringList reasons {
            QStringLiteral("not_my_employer"), QStringLiteral("wrong_amount"), QStringLiteral("other")};
        if (!reasons.contains(dispute.reason)) {
            check.fail(QStringLiteral("request.reason"),
                       QStringLiteral("protocol.dispute_reason"),
                       tr("The reason must be not_my_employer, wrong_amount or other."));
        }
        if (dispute.note.size() > maxNoteLength) {
            check.fail(QStringLiteral("request.note"),
                       QStringLiteral("protocol.note"),
                       tr("The note must be at most 500 characters."));
        }
        return dispute;
    });
}

BureauResult<DeductionElection> BureauRequestParser::election(const JsonValue& request)
{
    return readObject(request, requestPath, [](ObjectReader& reader, FieldCheck& check) {
        acceptRequestedAt(reader);
        DeductionElection election;
        election.electionId = reader.string(QStringLiteral("election_id"), true).value_or(QString());
        check.id(QStringLiteral("request.election_id"), election.electionId);
        election.employerCreditCode = reader.string(QStringLiteral("employer"), true).value_or(QString());
        if (!SocialCreditCode::isValid(election.employerCreditCode)) {
            check.fail(QStringLiteral("request.employer"),
                       QStringLiteral("identifier.credit_code"),
                       tr("The unified social credit code is not valid (its form or check character is wrong)."));
        }
        election.taxYear = reader.integer(QStringLiteral("tax_year"), 1, 9999, true).value_or(0);
        if (const JsonValue* monthly = reader.object(QStringLiteral("monthly"), true)) {
            const QString monthlyPath = reader.pathOf(QStringLiteral("monthly"));
            ObjectReader amounts(*monthly, monthlyPath, check.structuralProblems());
            for (const auto& member : monthly->members()) {
                const QString& category = member.first;
                const std::optional<Money> amount = amounts.money(category, true);
                if (!DeductionElection::categories().contains(category)) {
                    check.fail(childPath(monthlyPath, category),
                               QStringLiteral("protocol.deduction_category"),
                               tr("Not a category an employer deducts monthly; use one of %1.")
                                   .arg(DeductionElection::categories().join(QStringLiteral(", "))));
                } else if (amount) {
                    election.monthly.append({category, *amount});
                }
            }
            amounts.finish();
        }
        return election;
    });
}

BureauResult<ElectionQuery> BureauRequestParser::electionQuery(const QByteArray& bytes)
{
    auto json = canonicalJson(bytes);
    if (!json.ok()) {
        return *json.error;
    }
    return readObject(json.value, QString(), [](ObjectReader& reader, FieldCheck& check) {
        ElectionQuery query;
        query.creditCode = reader.string(QStringLiteral("credit_code"), true).value_or(QString());
        query.taxYear = reader.integer(QStringLiteral("tax_year"), 1, 9999, true).value_or(0);
        if (!SocialCreditCode::isValid(query.creditCode)) {
            check.fail(QStringLiteral("credit_code"),
                       QStringLiteral("identifier.credit_code"),
                       tr("The unified social credit code is not valid (its form or check character is wrong)."));
        }
        return query;
    });
}

} // namespace huisuan
