// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditReportJson.h"

#include "filing/WireFormat.h"

#include "json/CanonicalJsonWriter.h"

namespace huisuan {

namespace {

QString caSourceName(VerifyReport::CaSource source)
{
    switch (source) {
    case VerifyReport::CaSource::Pinned:
        return QStringLiteral("pinned");
    case VerifyReport::CaSource::AuditFile:
        return QStringLiteral("audit_file");
    case VerifyReport::CaSource::None:
        break;
    }
    return QStringLiteral("none");
}

QString outcomeName(ReplayReport::Outcome outcome)
{
    switch (outcome) {
    case ReplayReport::Outcome::Clean:
        return QStringLiteral("clean");
    case ReplayReport::Outcome::Differs:
        return QStringLiteral("differs");
    case ReplayReport::Outcome::CannotCompare:
        return QStringLiteral("cannot_compare");
    case ReplayReport::Outcome::Refused:
        return QStringLiteral("refused");
    case ReplayReport::Outcome::Failed:
        break;
    }
    return QStringLiteral("failed");
}

QString basisName(ReplayReport::Basis basis)
{
    switch (basis) {
    case ReplayReport::Basis::FiledResult:
        return QStringLiteral("filed_result");
    case ReplayReport::Basis::Receipt:
        return QStringLiteral("receipt");
    case ReplayReport::Basis::Nothing:
        break;
    }
    return QStringLiteral("nothing");
}

JsonValue textOrNull(const QString& text)
{
    return text.isEmpty() ? JsonValue::null() : JsonValue::string(text);
}

JsonValue strings(const QStringList& texts)
{
    JsonValue array = JsonValue::array();
    for (const QString& text : texts) {
        array.append(JsonValue::string(text));
    }
    return array;
}

} // namespace

QByteArray AuditReportJson::verify(const VerifyReport& report)
{
    JsonValue checks = JsonValue::array();
    for (const AuditCheck& check : report.checks) {
        checks.append(JsonValue::object({
            {QStringLiteral("id"), JsonValue::string(check.id)},
            {QStringLiteral("name"), JsonValue::string(check.name)},
            {QStringLiteral("passed"), JsonValue::boolean(check.passed)},
            {QStringLiteral("sentence"), JsonValue::string(check.sentence)},
        }));
    }
    return CanonicalJsonWriter::write(
               JsonValue::object({
                   {QStringLiteral("passed"), JsonValue::boolean(report.passed())},
                   {QStringLiteral("submission_id"), textOrNull(report.submissionId)},
                   {QStringLiteral("tax_year"), JsonValue::integer(report.taxYear)},
                   {QStringLiteral("rule_pack"), textOrNull(report.rulePack)},
                   {QStringLiteral("engine_version"), textOrNull(report.engineVersion)},
                   {QStringLiteral("replaces"), textOrNull(report.replaces)},
                   {QStringLiteral("created_at"),
                    report.createdAt.isValid() ? JsonValue::string(WireFormat::formatTime(report.createdAt))
                                               : JsonValue::null()},
                   {QStringLiteral("signer"), textOrNull(report.signerName)},
                   {QStringLiteral("signer_identity_number"), textOrNull(report.signerIdentityNumber)},
                   {QStringLiteral("ca"), JsonValue::string(caSourceName(report.caSource))},
                   {QStringLiteral("has_receipt"), JsonValue::boolean(report.hasReceipt)},
                   {QStringLiteral("checks"), checks},
               }))
        .bytes;
}

QByteArray AuditReportJson::replay(const ReplayReport& report)
{
    JsonValue lines = JsonValue::array();
    for (const ReplayLine& line : report.lines) {
        lines.append(JsonValue::object({
            {QStringLiteral("id"), JsonValue::string(line.id)},
            {QStringLiteral("label"), JsonValue::string(line.label)},
            {QStringLiteral("filed"), textOrNull(line.filedValue)},
            {QStringLiteral("replayed"), textOrNull(line.replayedValue)},
            {QStringLiteral("formula"), textOrNull(line.formula)},
            {QStringLiteral("citations"), strings(line.citations)},
            {QStringLiteral("differs"), JsonValue::boolean(line.differs)},
        }));
    }
    JsonValue fixes = JsonValue::array();
    for (const FormulaFix& fix : report.formulaFixes) {
        fixes.append(JsonValue::object({
            {QStringLiteral("version"), JsonValue::string(fix.version)},
            {QStringLiteral("date"), JsonValue::string(fix.date)},
            {QStringLiteral("periods"), JsonValue::string(fix.periods)},
            {QStringLiteral("change"), JsonValue::string(fix.change)},
        }));
    }
    return CanonicalJsonWriter::write(JsonValue::object({
                                          {QStringLiteral("outcome"), JsonValue::string(outcomeName(report.outcome))},
                                          {QStringLiteral("basis"), JsonValue::string(basisName(report.basis))},
                                          {QStringLiteral("message"), JsonValue::string(report.message)},
                                          {QStringLiteral("submission_id"), textOrNull(report.submissionId)},
                                          {QStringLiteral("tax_year"), JsonValue::integer(report.taxYear)},
                                          {QStringLiteral("rule_pack"), textOrNull(report.rulePack)},
                                          {QStringLiteral("differences"), JsonValue::integer(report.differenceCount())},
                                          {QStringLiteral("lines"), lines},
                                          {QStringLiteral("formula_fixes"), fixes},
                                      }))
        .bytes;
}

} // namespace huisuan
