// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/FilingReplayer.h"

#include "EngineVersion.h"
#include "audit/RulePackChangelog.h"
#include "compute/InputReaders.h"
#include "compute/ResultJson.h"
#include "explain/TraceStepReader.h"
#include "filing/SignedDocument.h"
#include "rules/RulePackRegistry.h"
#include "trace/Trace.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QHash>
#include <QSet>
#include <stdexcept>

namespace huisuan {

namespace {

const QString traceKey = QStringLiteral("trace");
// The engine that replays is not the engine that filed: its version is reported, never a difference.
const QString engineVersionKey = QStringLiteral("engine_version");

QByteArray canonical(const JsonValue& value)
{
    return CanonicalJsonWriter::write(value).bytes;
}

JsonValue parsed(const QByteArray& bytes)
{
    const JsonReader::Result read = JsonReader::parse(bytes);
    return read.ok ? read.value : JsonValue::null();
}

QString memberText(const JsonValue& object, const char* key)
{
    const JsonValue* value = object.find(QString::fromLatin1(key));
    return value != nullptr && value->isString() ? value->text() : QString();
}

QStringList citationsOf(const TraceStep& step)
{
    QStringList citations;
    for (const TraceStep::Rule& rule : step.rules) {
        if (!rule.citation.isEmpty() && !citations.contains(rule.citation)) {
            citations.append(rule.citation);
        }
    }
    return citations;
}

/** A trace line's key for matching: its id and which occurrence of that id it is. */
QList<QPair<QString, int>> lineKeys(const JsonValue& trace)
{
    QList<QPair<QString, int>> keys;
    QHash<QString, int> seen;
    for (const JsonValue& line : trace.items()) {
        const QString id = memberText(line, "id");
        keys.append({id, seen[id]++});
    }
    return keys;
}

ReplayLine lineFrom(const JsonValue* filed, const JsonValue* replayed)
{
    const TraceStep step = TraceStepReader::read(replayed != nullptr ? *replayed : *filed);
    ReplayLine line;
    line.id = step.id;
    line.label = step.label;
    line.formula = step.formula;
    line.citations = citationsOf(step);
    line.filedValue = filed != nullptr ? TraceStepReader::read(*filed).value : QString();
    line.replayedValue = replayed != nullptr ? step.value : QString();
    line.differs = filed == nullptr || replayed == nullptr || canonical(*filed) != canonical(*replayed);
    return line;
}

/** The recomputation's lines alone, with nothing filed beside them and so no difference. */
QList<ReplayLine> traceOnly(const JsonValue& replayedTrace)
{
    QList<ReplayLine> lines;
    for (const JsonValue& replayed : replayedTrace.items()) {
        ReplayLine line = lineFrom(nullptr, &replayed);
        line.differs = false;
        lines.append(line);
    }
    return lines;
}

/** The trace lines side by side, in the recomputation's order, then lines only the filed trace has. */
QList<ReplayLine> compareTraces(const JsonValue& filedTrace, const JsonValue& replayedTrace)
{
    const QList<QPair<QString, int>> filedKeys = lineKeys(filedTrace);
    const QList<QPair<QString, int>> replayedKeys = lineKeys(replayedTrace);
    QList<ReplayLine> lines;
    QSet<qsizetype> matched;
    for (qsizetype i = 0; i < replayedKeys.size(); ++i) {
        const qsizetype j = filedKeys.indexOf(replayedKeys.at(i));
        if (j >= 0) {
            matched.insert(j);
        }
        lines.append(
            lineFrom(j >= 0 ? &filedTrace.items().at(size_t(j)) : nullptr, &replayedTrace.items().at(size_t(i))));
    }
    for (qsizetype j = 0; j < filedKeys.size(); ++j) {
        if (!matched.contains(j)) {
            lines.append(lineFrom(&filedTrace.items().at(size_t(j)), nullptr));
        }
    }
    return lines;
}

QString valueText(const JsonValue* value)
{
    if (value == nullptr) {
        return QString();
    }
    return value->isString() ? value->text() : QString::fromUtf8(canonical(*value));
}

/** The result members that differ, named "result.<key>": what the trace does not show (rule_pack, flags). */
QList<ReplayLine> compareResults(const JsonValue& filed, const JsonValue& replayed)
{
    QStringList keys;
    for (const JsonValue* side : {&filed, &replayed}) {
        for (const JsonValue::Member& member : side->members()) {
            if (!keys.contains(member.first) && member.first != engineVersionKey && member.first != traceKey) {
                keys.append(member.first);
            }
        }
    }
    QList<ReplayLine> lines;
    for (const QString& key : keys) {
        const JsonValue* before = filed.find(key);
        const JsonValue* after = replayed.find(key);
        if (before != nullptr && after != nullptr && *before == *after) {
            continue;
        }
        ReplayLine line;
        line.id = QStringLiteral("result.") + key;
        line.label = key;
        line.filedValue = valueText(before);
        line.replayedValue = valueText(after);
        line.differs = true;
        lines.append(line);
    }
    return lines;
}

/** The receipt's three figures against the recomputation's. */
QList<ReplayLine> compareWithReceipt(const JsonValue& receiptResult, const JsonValue& replayed)
{
    const QList<std::pair<const char*, const char*>> figures = {
        {"balance", "balance"}, {"tax_payable", "tax_payable"}, {"tax_withheld", "prepaid"}};
    QList<ReplayLine> lines;
    for (const auto& [receiptKey, resultKey] : figures) {
        ReplayLine line;
        line.id = QStringLiteral("receipt.") + QLatin1String(receiptKey);
        line.label = QLatin1String(receiptKey);
        line.filedValue = memberText(receiptResult, receiptKey);
        line.replayedValue = memberText(replayed, resultKey);
        line.differs = line.filedValue != line.replayedValue;
        lines.append(line);
    }
    return lines;
}

/** The accepted result the receipt states, read without judging its signature (FilingVerifier does). */
JsonValue receiptResult(const QByteArray& signedReceipt)
{
    const FilingResult<SignedDocument::Parsed> receipt =
        SignedDocument::parse(signedReceipt, QStringLiteral("receipt"), FilingErrorCode::MalformedReceipt, QString());
    if (!receipt.ok()) {
        return JsonValue::null();
    }
    const JsonValue* result = receipt.value.content.find(QStringLiteral("result"));
    return result != nullptr && result->isObject() ? *result : JsonValue::null();
}

ReplayReport refused(ReplayReport report, ReplayReport::Outcome outcome, const QString& message)
{
    report.outcome = outcome;
    report.message = message;
    return report;
}

/** Compares what was recomputed with what the file holds, and says what came of it. */
void compare(const AuditFile& file, const JsonValue& replayed, const JsonValue& replayedTrace, ReplayReport& report)
{
    if (!file.isBareFiling()) {
        report.basis = ReplayReport::Basis::FiledResult;
        report.filedResultBytes = file.filedResult;
        report.lines = compareTraces(parsed(file.filedTrace), replayedTrace);
        report.lines += compareResults(parsed(file.filedResult), replayed);
        return;
    }
    report.lines = traceOnly(replayedTrace);
    const JsonValue fromReceipt = file.signedReceipt.isEmpty() ? JsonValue::null() : receiptResult(file.signedReceipt);
    if (fromReceipt.isObject()) {
        report.basis = ReplayReport::Basis::Receipt;
        report.lines += compareWithReceipt(fromReceipt, replayed);
    }
}

void conclude(ReplayReport& report, const FilingReplayer::FixLookup& formulaFixes)
{
    const int differences = report.differenceCount();
    if (differences > 0) {
        report.outcome = ReplayReport::Outcome::Differs;
        report.formulaFixes = formulaFixes ? formulaFixes(report.taxYear) : QList<FormulaFix>();
        QStringList entries;
        for (const FormulaFix& fix : report.formulaFixes) {
            entries.append(
                FilingReplayer::tr("%1 (%2, periods %3): %4").arg(fix.version, fix.date, fix.periods, fix.change));
        }
        report.message = entries.isEmpty()
            ? FilingReplayer::tr("%n line(s) differ from what was filed, and no formula fix in the rule-pack changelog "
                                 "covers tax year %1: the filing was not computed as this rule pack computes it.",
                                 nullptr,
                                 differences)
                  .arg(report.taxYear)
            : FilingReplayer::tr("%n line(s) differ from what was filed; the rule-pack changelog records a formula "
                                 "fix for tax year %1: %2",
                                 nullptr,
                                 differences)
                  .arg(report.taxYear)
                  .arg(entries.join(QStringLiteral("; ")));
    } else if (report.basis == ReplayReport::Basis::Nothing) {
        report.outcome = ReplayReport::Outcome::CannotCompare;
        report.message = FilingReplayer::tr("Recomputed, but there is nothing to compare with: the file holds neither "
                                            "the filed result nor a receipt with the bureau's figures. Ask for the "
                                            "audit file exported from the taxpayer's vault.");
    } else {
        report.outcome = ReplayReport::Outcome::Clean;
        report.message = report.basis == ReplayReport::Basis::FiledResult
            ? FilingReplayer::tr("Every line recomputes exactly as filed, with the filing's own rule pack.")
            : FilingReplayer::tr("The recomputation gives the receipt's balance, tax payable and tax withheld; the "
                                 "file holds no filed trace to compare line by line.");
    }
}

} // namespace

ReplayReport FilingReplayer::replay(const AuditFile& file)
{
    return replay(file, &RulePackChangelog::formulaFixesFor);
}

ReplayReport FilingReplayer::replay(const AuditFile& file, const FixLookup& formulaFixes)
{
    ReplayReport report;
    const FilingResult<SignedDocument::Parsed> filing = SignedDocument::parse(
        file.signedFiling, QStringLiteral("envelope"), FilingErrorCode::MalformedFiling, QString());
    if (!filing.ok()) {
        return refused(
            report,
            ReplayReport::Outcome::Refused,
            tr("The signed filing cannot be read, so there is nothing to replay (%1).").arg(filing.status.detail));
    }
    const JsonValue& envelope = filing.value.content;
    report.submissionId = memberText(envelope, "submission_id");
    report.rulePack = memberText(envelope, "rule_pack");
    const JsonValue* year = envelope.find(QStringLiteral("tax_year"));
    report.taxYear = year != nullptr ? int(year->toInteger().value_or(0)) : 0;
    const JsonValue* returnInput = envelope.find(QStringLiteral("return"));

    // Only the pack the filing names: recomputing under any other rules would answer another question.
    const RulePack* pack = RulePackRegistry::builtIn().byId(report.rulePack);
    if (pack == nullptr || pack->taxYear != report.taxYear) {
        return refused(report,
                       ReplayReport::Outcome::Refused,
                       tr("Not replayed: the filing names rule pack %1 for tax year %2, which this version of "
                          "Huisuan does not hold. Replay it with the version that made it, or a newer one.")
                           .arg(report.rulePack.isEmpty() ? tr("(none)") : report.rulePack)
                           .arg(report.taxYear));
    }
    // The input is read (validated) against the tax year's current pack, as every return is; it is
    // then computed with the filing's own pack only.
    Problems problems;
    const ReadInput<AnnualReturnInput> read =
        returnInput != nullptr ? readAnnualReturnInput(*returnInput, problems) : ReadInput<AnnualReturnInput>();
    if (!read.input || read.input->taxYear != pack->taxYear) {
        QStringList lines;
        for (const Problem& problem : problems) {
            lines.append(problem.toString());
        }
        return refused(
            report,
            ReplayReport::Outcome::Failed,
            tr("The engine refuses the filed return, so it cannot be replayed: %1")
                .arg(lines.isEmpty() ? tr("its tax year is not the rule pack's") : lines.join(QStringLiteral("; "))));
    }
    Trace trace;
    AnnualReturnResult result;
    try {
        result = AnnualReturn::compute(*pack, *read.input, &trace);
    } catch (const std::exception& error) {
        return refused(report,
                       ReplayReport::Outcome::Failed,
                       tr("The engine failed on the filed return (%1); report this as a bug.")
                           .arg(QString::fromUtf8(error.what())));
    }
    // The result as ComputeService builds it, so that its bytes are comparable with the filed ones.
    JsonValue replayed = annualReturnJson(result);
    replayed.insert(QStringLiteral("rule_pack"), JsonValue::string(pack->id));
    replayed.insert(engineVersionKey, JsonValue::string(QStringLiteral(HUISUAN_ENGINE_VERSION)));
    report.replayedResultBytes = canonical(replayed);
    compare(file, replayed, traceJson(trace), report);
    conclude(report, formulaFixes);
    return report;
}

} // namespace huisuan
