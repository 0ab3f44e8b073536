// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/ReturnPreview.h"

#include "compute/ComputeService.h"
#include "filing/PrefillReturn.h"
#include "rules/RulePackRegistry.h"
#include "vault/IncomeRecord.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"

namespace huisuan {

namespace {

QString memberText(const JsonValue& object, const char* key)
{
    const JsonValue* member = object.find(QLatin1String(key));
    return member != nullptr ? member->text() : QString();
}

QList<IncomeRecord> recordsOf(int taxYear, const QList<IncomeRow>& income)
{
    QList<IncomeRecord> records;
    for (const IncomeRow& row : income) {
        IncomeRecord record;
        record.taxYear = taxYear;
        record.category = row.category;
        record.payer = row.payer;
        record.amount = row.amount;
        record.withheld = row.withheld;
        // The row says whether the return counts it; a record that does not is carried as resolved.
        record.disputeState =
            row.countsInReturn ? IncomeRecord::DisputeState::None : IncomeRecord::DisputeState::Resolved;
        records.append(record);
    }
    return records;
}

ReturnPreview::Outcome failed(const QString& message)
{
    ReturnPreview::Outcome outcome;
    outcome.status = ReturnPreview::Status::Failed;
    outcome.problems.append({QString(), message});
    return outcome;
}

/** The engine's comparison of the two bonus methods: the trace line it writes when asked for the optimal one. */
std::optional<BonusComparison> comparisonIn(const JsonValue& result)
{
    const JsonValue* trace = result.find(QStringLiteral("trace"));
    if (trace == nullptr) {
        return std::nullopt;
    }
    for (const JsonValue& line : trace->items()) {
        if (memberText(line, "id") != QLatin1String("annual_return.bonus_method")) {
            continue;
        }
        BonusComparison comparison;
        if (const JsonValue* inputs = line.find(QStringLiteral("inputs"))) {
            for (const JsonValue& input : inputs->items()) {
                const QString name = memberText(input, "name");
                if (name == QLatin1String("tax_payable_separate")) {
                    comparison.taxPayableSeparate = memberText(input, "value");
                } else if (name == QLatin1String("tax_payable_combined")) {
                    comparison.taxPayableCombined = memberText(input, "value");
                }
            }
        }
        comparison.recommended = memberText(line, "value");
        const std::optional<Money> separate = Money::parse(comparison.taxPayableSeparate);
        const std::optional<Money> combined = Money::parse(comparison.taxPayableCombined);
        if (!separate || !combined) {
            return std::nullopt;
        }
        comparison.saving = (*separate < *combined ? *combined - *separate : *separate - *combined).toString();
        return comparison;
    }
    return std::nullopt;
}

/** The engine's problem as the taxpayer reads it: a sentence of the GUI's own where one reads better. */
QString sentenceFor(const Problem& problem)
{
    const QByteArray text(problem.text != nullptr ? problem.text : "");
    const QStringList& arguments = problem.arguments;
    if (text == "cannot be claimed in the same tax year as housing loan interest (%1)") {
        return ReturnPreview::tr("Housing rent cannot be claimed in a year with housing loan interest: claim one of "
                                 "the two.");
    }
    if (text == "%1 is not allowed: a claim is shared %2 percent (%3)" && arguments.size() == 3) {
        return ReturnPreview::tr("A share of %1% is not allowed: choose %2 percent.")
            .arg(arguments.at(0), arguments.at(1).split(QStringLiteral(" or ")).join(ReturnPreview::tr(" or ")));
    }
    if (text == "%1 a month is above the cap of %2 a month for one sibling in %3 (%4)" && arguments.size() == 4) {
        return ReturnPreview::tr("%1 yuan a month is more than one sibling may claim in %3: enter at most %2 yuan.")
            .arg(arguments.at(0), arguments.at(1), arguments.at(2));
    }
    if (text == "is required when the taxpayer is not an only child: the siblings share the amount") {
        return ReturnPreview::tr("Enter your monthly share: the siblings share the amount between them.");
    }
    if (text == "%1 is not in force in tax year %2 (in force %3 to %4, %5)" && arguments.size() == 5) {
        return ReturnPreview::tr("%1 cannot be claimed for %2: it applies from %3.")
            .arg(QCoreApplication::translate("Problem", arguments.at(0).toUtf8().constData()),
                 arguments.at(1),
                 arguments.at(2));
    }
    return problem.translated();
}

} // namespace

ReturnPreview::Outcome ReturnPreview::compute(const ReturnDraft& draft, const QList<IncomeRow>& income)
{
    const JsonReader::Result part = JsonReader::parse(draft.taxpayerPart);
    if (!part.ok) {
        return failed(tr("The saved deductions cannot be read (%1).").arg(part.error));
    }
    const QList<IncomeRecord> records = recordsOf(draft.taxYear, income);
    const PrefillReturn::Result merged =
        PrefillReturn::fromIncomeRecords(part.value, draft.taxYear, records, draft.bonusMethod);
    if (!merged.problem.isEmpty()) {
        return failed(merged.problem);
    }
    const ComputeService::Outcome computed = ComputeService::compute(ComputeKind::AnnualReturn, merged.input);
    Outcome outcome;
    outcome.inputJson = CanonicalJsonWriter::write(merged.input).bytes;
    if (computed.status == ComputeService::Status::Refused) {
        outcome.status = Status::Refused;
        for (const Problem& problem : computed.problems) {
            outcome.problems.append({problem.path, sentenceFor(problem)});
        }
        return outcome;
    }
    if (computed.status != ComputeService::Status::Computed) {
        return failed(tr("The return could not be computed: %1").arg(computed.failure));
    }
    outcome.status = Status::Computed;
    JsonValue result = JsonValue::object();
    for (const JsonValue::Member& member : computed.result.members()) {
        if (member.first == QLatin1String("trace")) {
            outcome.traceJson = CanonicalJsonWriter::write(member.second).bytes;
        } else {
            if (member.second.isString()) {
                outcome.figures.insert(member.first, member.second.text());
            }
            result.insert(member.first, member.second);
        }
    }
    outcome.resultJson = CanonicalJsonWriter::write(result).bytes;
    outcome.grossIncome = memberText(result, "gross_comprehensive_income");
    Money recorded;
    for (const IncomeRecord& record : records) {
        if (record.countsInReturn()) {
            recorded += *Money::parse(record.amount); // fromIncomeRecords has read every amount
        }
    }
    outcome.recordedIncome = recorded.toString();
    outcome.taxPayable = memberText(result, "tax_payable");
    outcome.prepaid = memberText(result, "prepaid");
    outcome.refund = memberText(result, "refund");
    outcome.amountDue = memberText(result, "amount_due");
    const JsonValue* exempt = result.find(QStringLiteral("exempt_from_payment"));
    outcome.exemptFromPayment = exempt != nullptr && exempt->toBool();
    outcome.bonusMethodUsed = memberText(result, "bonus_method");
    if (!outcome.bonusMethodUsed.isEmpty()) {
        outcome.bonus = comparisonIn(computed.result);
        if (!outcome.bonus) {
            // Only the optimal method traces both totals: ask for it to compare them.
            const PrefillReturn::Result asOptimal =
                PrefillReturn::fromIncomeRecords(part.value, draft.taxYear, records, QStringLiteral("optimal"));
            const ComputeService::Outcome compared =
                ComputeService::compute(ComputeKind::AnnualReturn, asOptimal.input);
            if (compared.status == ComputeService::Status::Computed) {
                outcome.bonus = comparisonIn(compared.result);
            }
        }
    }
    return outcome;
}

YearDeductions ReturnPreview::deductionsOf(int taxYear)
{
    YearDeductions year;
    const RulePackRegistry& registry = RulePackRegistry::builtIn();
    const RulePack* pack =
        taxYear >= registry.firstYear() && taxYear <= registry.lastYear() ? registry.forYear(taxYear) : nullptr;
    if (pack == nullptr) {
        return year;
    }
    year.known = true;
    year.infantCare = pack->infantCare.inForce;
    year.individualPension = pack->individualPension.inForce;
    for (int share : pack->sharePercentages.integers) {
        year.sharePercentages.append(share);
    }
    for (const Money& standard : pack->housingRentMonthlyStandards.amounts) {
        year.housingRentStandards.append(standard.toString());
    }
    year.elderlySupportSiblingCapMonthly = pack->elderlySupportSiblingCapMonthly.value.toString();
    return year;
}

} // namespace huisuan
