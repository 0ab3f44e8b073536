// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/ComputeService.h"

#include "EngineVersion.h"
#include "compute/AnnualBonus.h"
#include "compute/InputReaders.h"
#include "compute/ResultJson.h"
#include "identifiers/ResidentIdNumber.h"
#include "identifiers/SocialCreditCode.h"

#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <stdexcept>

namespace huisuan {

namespace {

struct KindName
{
    ComputeKind kind;
    const char* name;
};

constexpr KindName kindNames[] = {
    {ComputeKind::WageWithholding, "wage-withholding"},
    {ComputeKind::PaymentPrepayment, "payment-prepayment"},
    {ComputeKind::AnnualBonus, "annual-bonus"},
    {ComputeKind::AnnualReturn, "annual-return"},
    {ComputeKind::Identifier, "identifier"},
};

using Outcome = ComputeService::Outcome;
using Status = ComputeService::Status;

Outcome refused(Problems problems)
{
    Outcome outcome;
    outcome.status = Status::Refused;
    outcome.problems = std::move(problems);
    return outcome;
}

/** Adds what every result carries, and the trace when asked for. */
Outcome computed(JsonValue result, const RulePack* pack, const Trace* trace)
{
    result.insert(QStringLiteral("rule_pack"), pack ? JsonValue::string(pack->id) : JsonValue::null());
    result.insert(QStringLiteral("engine_version"), JsonValue::string(QStringLiteral(HUISUAN_ENGINE_VERSION)));
    if (trace) {
        result.insert(QStringLiteral("trace"), traceJson(*trace));
    }
    Outcome outcome;
    outcome.status = Status::Computed;
    outcome.result = std::move(result);
    return outcome;
}

Outcome computeIdentifier(const JsonValue& json)
{
    Problems problems;
    const auto input = readIdentifierInput(json, problems);
    if (!input) {
        return refused(std::move(problems));
    }
    JsonValue result = JsonValue::object();
    if (input->type == IdentifierInput::Type::ResidentId) {
        const QDate birth = ResidentIdNumber::birthDate(input->value);
        result.insert(QStringLiteral("valid"), JsonValue::boolean(birth.isValid()));
        if (birth.isValid()) {
            result.insert(QStringLiteral("birth_date"), JsonValue::string(birth.toString(Qt::ISODate)));
        }
    } else {
        const bool valid = SocialCreditCode::isValid(input->value);
        result.insert(QStringLiteral("valid"), JsonValue::boolean(valid));
        if (valid) {
            result.insert(QStringLiteral("organisation_code_checks"),
                          JsonValue::boolean(SocialCreditCode::organisationCodeChecks(input->value)));
        }
    }
    return computed(std::move(result), nullptr, nullptr);
}

Outcome computeKind(ComputeKind kind, const JsonValue& json, const ComputeService::Options& options)
{
    Trace trace;
    Trace* tracing = options.withTrace ? &trace : nullptr;
    Problems problems;
    switch (kind) {
    case ComputeKind::WageWithholding: {
        const auto read = readWageWithholdingInput(json, problems);
        if (!read.input) {
            return refused(std::move(problems));
        }
        WageWithholdingResult result;
        WageWithholding::compute(*read.pack, *read.input, result, tracing);
        return computed(wageWithholdingJson(result), read.pack, tracing);
    }
    case ComputeKind::PaymentPrepayment: {
        const auto read = readPaymentPrepaymentInput(json, problems);
        if (!read.input) {
            return refused(std::move(problems));
        }
        const auto result = PaymentPrepayment::compute(*read.pack, *read.input, tracing);
        return computed(paymentPrepaymentJson(result), read.pack, tracing);
    }
    case ComputeKind::AnnualBonus: {
        const auto read = readAnnualBonusInput(json, problems);
        if (!read.input) {
            return refused(std::move(problems));
        }
        const auto result = AnnualBonus::compute(*read.pack, *read.input, tracing, QStringLiteral("annual_bonus.tax"));
        return computed(annualBonusJson(*result.bracket, result.tax), read.pack, tracing);
    }
    case ComputeKind::AnnualReturn: {
        const auto read = readAnnualReturnInput(json, problems);
        if (!read.input) {
            return refused(std::move(problems));
        }
        const auto result = AnnualReturn::compute(*read.pack, *read.input, tracing);
        return computed(annualReturnJson(result), read.pack, tracing);
    }
    case ComputeKind::Identifier:
        return computeIdentifier(json);
    }
    throw std::logic_error("unknown computation kind");
}

} // namespace

std::optional<ComputeKind> computeKindFromName(const QString& name)
{
    for (const auto& entry : kindNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.kind;
        }
    }
    return std::nullopt;
}

QString computeKindName(ComputeKind kind)
{
    for (const auto& entry : kindNames) {
        if (entry.kind == kind) {
            return QLatin1String(entry.name);
        }
    }
    return {};
}

QStringList computeKindNames()
{
    QStringList names;
    for (const auto& entry : kindNames) {
        names << QLatin1String(entry.name);
    }
    return names;
}

ComputeService::Outcome ComputeService::compute(ComputeKind kind, const JsonValue& input, const Options& options)
{
    try {
        return computeKind(kind, input, options);
    } catch (const std::exception& error) {
        // Checked arithmetic throws on overflow; no partial result may escape.
        Outcome outcome;
        outcome.status = Status::Failed;
        outcome.failure = QStringLiteral("internal error: %1").arg(QString::fromUtf8(error.what()));
        return outcome;
    }
}

ComputeService::Outcome
ComputeService::computeDocument(ComputeKind kind, const QByteArray& bytes, const Options& options)
{
    const auto parsed = JsonReader::parse(bytes);
    if (!parsed.ok) {
        return refused({{QStringLiteral("(document)"), parsed.error}});
    }
    const JsonValue* input = parsed.value.isObject() ? parsed.value.find(QStringLiteral("input")) : nullptr;
    if (!input) {
        return compute(kind, parsed.value, options);
    }
    // A whole case: its own keys are checked here, its input is checked by the kind's reader.
    Problems problems;
    ObjectReader reader(parsed.value, QString(), problems);
    reader.string(QStringLiteral("id"), false);
    reader.string(QStringLiteral("source"), false);
    const auto caseKind = reader.string(QStringLiteral("kind"), true);
    reader.member(QStringLiteral("input"), true);
    reader.member(QStringLiteral("expect"), false);
    reader.member(QStringLiteral("expect_error"), false);
    reader.finish();
    if (caseKind && *caseKind != computeKindName(kind)) {
        problems.push_back(
            {QStringLiteral("kind"),
             QStringLiteral("the case is of kind \"%1\", not \"%2\"").arg(*caseKind, computeKindName(kind))});
    }
    if (!problems.empty()) {
        return refused(std::move(problems));
    }
    return compute(kind, *input, options);
}

} // namespace huisuan
