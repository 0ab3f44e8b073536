// SPDX-License-Identifier: GPL-3.0-or-later
#include "rules/RulePackLoader.h"

#include "rules/PackVersion.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <QCryptographicHash>
#include <QMap>

namespace huisuan {

namespace {

const QString packFormat = QStringLiteral("huisuan-rule-pack/1");
const QStringList confidenceLevels = {
    QStringLiteral("V-law"), QStringLiteral("V-text"), QStringLiteral("V-sec"), QStringLiteral("M")};

class PackReader
{
public:
    PackReader(const JsonValue& root, Problems& problems)
        : m_root(root, QString(), problems)
        , m_problems(problems)
    {
    }

    std::optional<RulePack> read()
    {
        RulePack pack;
        const auto format = m_root.string(QStringLiteral("format"), true);
        if (format && *format != packFormat) {
            m_root.addProblem(QStringLiteral("format"), QStringLiteral("expected \"%1\"").arg(packFormat));
        }
        constexpr int firstYear = 2019;
        constexpr int lastYear = 2100;
        pack.taxYear = m_root.integer(QStringLiteral("tax_year"), firstYear, lastYear, true).value_or(0);
        const auto version = m_root.string(QStringLiteral("version"), true);
        pack.version = version.value_or(QString());
        if (version && !PackVersion::parse(*version)) {
            m_root.addProblem(QStringLiteral("version"), QStringLiteral("must be a version MAJOR.MINOR.PATCH"));
        }
        m_root.string(QStringLiteral("title"), true);
        readSources(pack);
        readChangelog(pack);

        const JsonValue* policies = m_root.object(QStringLiteral("policies"), true);
        const JsonValue* parameters = m_root.object(QStringLiteral("parameters"), true);
        const JsonValue* tables = m_root.object(QStringLiteral("tables"), true);
        const JsonValue* choices = m_root.object(QStringLiteral("choices"), true);
        m_root.finish();
        if (!policies || !parameters || !tables || !choices || pack.taxYear == 0) {
            return std::nullopt;
        }
        readPolicies(*policies, pack);
        readParameters(*parameters, pack);
        readTables(*tables, pack);
        readChoices(*choices, pack);
        if (!m_problems.empty()) {
            return std::nullopt;
        }
        return pack;
    }

private:
    void readSources(RulePack& pack)
    {
        const JsonValue* sources = m_root.object(QStringLiteral("sources"), true);
        if (!sources) {
            return;
        }
        for (const auto& [id, value] : sources->members()) {
            ObjectReader source(value, childPath(QStringLiteral("sources"), id), m_problems);
            Citation citation;
            citation.title = source.string(QStringLiteral("title"), true).value_or(QString());
            citation.issuer = source.string(QStringLiteral("issuer"), true).value_or(QString());
            citation.date = source.string(QStringLiteral("date"), true).value_or(QString());
            citation.confidence = confidence(source, true);
            source.finish();
            m_citations.insert(id, citation);
            pack.sources.emplace_back(id, citation);
        }
    }

    // Entries in release order, the last ones releasing this version; each names the periods it
    // affects, which must reach into this pack's year (ADR 0004).
    void readChangelog(RulePack& pack)
    {
        const JsonValue* changelog = m_root.array(QStringLiteral("changelog"), true);
        if (!changelog) {
            return;
        }
        if (changelog->items().empty()) {
            m_problems.push_back({QStringLiteral("changelog"), QStringLiteral("needs at least the first release")});
            return;
        }
        std::optional<PackVersion> previous;
        for (size_t i = 0; i < changelog->items().size(); ++i) {
            ObjectReader entry(changelog->items()[i], indexPath(QStringLiteral("changelog"), i), m_problems);
            RulePackChange change;
            const auto versionText = entry.string(QStringLiteral("version"), true);
            change.version = versionText.value_or(QString());
            change.date = entry.date(QStringLiteral("date"), true, false).value_or(QDate()).toString(Qt::ISODate);
            const auto periods = entry.string(QStringLiteral("periods"), true);
            change.periods = periods.value_or(QString());
            change.change = entry.string(QStringLiteral("change"), true).value_or(QString());
            change.kind = entry.string(QStringLiteral("kind"), false).value_or(QStringLiteral("data"));
            entry.finish();
            const auto version = PackVersion::parse(change.version);
            if (!version && versionText) {
                entry.addProblem(QStringLiteral("version"), QStringLiteral("must be a version MAJOR.MINOR.PATCH"));
            } else if (previous && *version < *previous) {
                entry.addProblem(QStringLiteral("version"), QStringLiteral("entries must be in release order"));
            }
            previous = version ? version : previous;
            if (periods && !RulePackChange::parsePeriods(*periods)) {
                entry.addProblem(QStringLiteral("periods"),
                                 QStringLiteral("must be an interval \"YYYY-MM-DD/YYYY-MM-DD\""));
            } else if (periods && pack.taxYear != 0 && !change.affects(pack.taxYear)) {
                entry.addProblem(QStringLiteral("periods"),
                                 QStringLiteral("does not reach into tax year %1").arg(pack.taxYear));
            }
            if (change.kind != QStringLiteral("data") && change.kind != QStringLiteral("formula")) {
                entry.addProblem(QStringLiteral("kind"), QStringLiteral("must be \"data\" or \"formula\""));
            }
            pack.changelog.push_back(change);
        }
        if (!pack.version.isEmpty() && pack.changelog.back().version != pack.version) {
            m_problems.push_back(
                {QStringLiteral("changelog"),
                 QStringLiteral("the last entry must release this pack's version %1").arg(pack.version)});
        }
    }

    QString confidence(ObjectReader& reader, bool required)
    {
        const auto level = reader.string(QStringLiteral("confidence"), required);
        if (level && !confidenceLevels.contains(*level)) {
            reader.addProblem(QStringLiteral("confidence"),
                              QStringLiteral("must be one of %1").arg(confidenceLevels.join(QStringLiteral(", "))));
        }
        return level.value_or(QString());
    }

    // Reads "source", "provision" and an optional "confidence" that overrides the source's own.
    ParameterSource citation(ObjectReader& reader, const QString& id)
    {
        ParameterSource source;
        source.id = id;
        source.sourceId = reader.string(QStringLiteral("source"), true).value_or(QString());
        const QString provision = reader.string(QStringLiteral("provision"), true).value_or(QString());
        const QString override = confidence(reader, false);
        reader.string(QStringLiteral("note"), false);
        if (!source.sourceId.isEmpty() && !m_citations.contains(source.sourceId)) {
            reader.addProblem(QStringLiteral("source"),
                              QStringLiteral("\"%1\" is not one of the pack's sources").arg(source.sourceId));
            return source;
        }
        const Citation& cited = m_citations.value(source.sourceId);
        source.citation = cited.title + QLatin1Char(' ') + provision;
        source.confidence = override.isEmpty() ? cited.confidence : override;
        return source;
    }

    void readPolicies(const JsonValue& policies, RulePack& pack)
    {
        ObjectReader reader(policies, QStringLiteral("policies"), m_problems);
        const auto policy = [&](const char* id, Policy& target) {
            const QString key = QLatin1String(id);
            const JsonValue* value = reader.object(key, true);
            if (!value) {
                return;
            }
            ObjectReader entry(*value, reader.pathOf(key), m_problems);
            target.inForce = entry.boolean(QStringLiteral("in_force"), false).value_or(false);
            target.validFrom = entry.date(QStringLiteral("valid_from"), true, false).value_or(QDate());
            target.validTo = entry.date(QStringLiteral("valid_to"), true, true).value_or(QDate());
            target.source = citation(entry, key);
            entry.finish();
            const QDate yearStart(pack.taxYear, 1, 1);
            const QDate yearEnd(pack.taxYear, 12, 31);
            const bool overlaps = target.validFrom.isValid() && target.validFrom <= yearEnd &&
                (target.validTo.isNull() || target.validTo >= yearStart);
            if (target.validFrom.isValid() && target.inForce != overlaps) {
                entry.addProblem(QStringLiteral("in_force"),
                                 QStringLiteral("contradicts the validity dates for tax year %1").arg(pack.taxYear));
            }
        };
        policy("first_job_in_year", pack.firstJobInYear);
        policy("basic_deduction_from_january", pack.basicDeductionFromJanuaryPolicy);
        policy("annual_bonus_separate", pack.annualBonusSeparate);
        policy("reconciliation_exemption", pack.reconciliationExemption);
        policy("infant_care", pack.infantCare);
        policy("individual_pension", pack.individualPension);
        policy("housing_loan_rent_exclusion", pack.housingLoanRentExclusion);
        reader.finish();
    }

    void readParameters(const JsonValue& parameters, RulePack& pack)
    {
        ObjectReader reader(parameters, QStringLiteral("parameters"), m_problems);
        const auto entryFor = [&](const char* id, bool present) -> std::optional<ObjectReader> {
            const QString key = QLatin1String(id);
            const JsonValue* value = reader.object(key, present);
            if (!present) {
                if (value) {
                    reader.addProblem(key, QStringLiteral("must be absent: its policy is not in force this year"));
                }
                return std::nullopt;
            }
            if (!value) {
                return std::nullopt;
            }
            return ObjectReader(*value, reader.pathOf(key), m_problems);
        };
        const auto money = [&](const char* id, CitedMoney& target, bool present = true) {
            auto entry = entryFor(id, present);
            if (!entry) {
                return;
            }
            const auto value = entry->money(QStringLiteral("value"), true);
            target.value = value.value_or(Money());
            target.source = citation(*entry, QLatin1String(id));
            entry->finish();
        };
        const auto rate = [&](const char* id, CitedRate& target) {
            auto entry = entryFor(id, true);
            if (!entry) {
                return;
            }
            const auto value = entry->rate(QStringLiteral("value"), true);
            target.value = value.value_or(Rate());
            target.source = citation(*entry, QLatin1String(id));
            entry->finish();
        };
        money("basic_deduction.annual", pack.basicDeductionAnnual);
        money("basic_deduction.monthly", pack.basicDeductionMonthly);
        money("basic_deduction.from_january",
              pack.basicDeductionFromJanuary,
              pack.basicDeductionFromJanuaryPolicy.inForce);
        rate("expense.rate", pack.expenseRate);
        rate("author.income_share", pack.authorIncomeShare);
        money("prepayment.fixed_expense", pack.prepaymentFixedExpense);
        money("prepayment.fixed_expense_ceiling", pack.prepaymentFixedExpenseCeiling);
        rate("prepayment.author_royalty_rate", pack.authorRoyaltyPrepaymentRate);
        money("children_education.monthly", pack.childrenEducationMonthly);
        money("infant_care.monthly", pack.infantCareMonthly, pack.infantCare.inForce);
        money("continuing_education.degree_monthly", pack.continuingEducationDegreeMonthly);
        money("continuing_education.certificate", pack.continuingEducationCertificate);
        money("serious_illness.threshold", pack.seriousIllnessThreshold);
        money("serious_illness.cap", pack.seriousIllnessCap);
        money("housing_loan_interest.monthly", pack.housingLoanInterestMonthly);
        money("elderly_support.only_child_monthly", pack.elderlySupportOnlyChildMonthly);
        money("elderly_support.sibling_cap_monthly", pack.elderlySupportSiblingCapMonthly);
        money("commercial_health_insurance.cap", pack.commercialHealthInsuranceCap);
        money("tax_deferred_pension.cap", pack.taxDeferredPensionCap);
        money("individual_pension.cap", pack.individualPensionCap, pack.individualPension.inForce);
        rate("donation.limit_rate", pack.donationLimitRate);
        money("exemption.income_ceiling", pack.exemptionIncomeCeiling, pack.reconciliationExemption.inForce);
        money("exemption.balance_ceiling", pack.exemptionBalanceCeiling, pack.reconciliationExemption.inForce);
        reader.finish();
    }

    void readTables(const JsonValue& tables, RulePack& pack)
    {
        ObjectReader reader(tables, QStringLiteral("tables"), m_problems);
        const auto table = [&](const char* id, RateTable& target) {
            const QString key = QLatin1String(id);
            const JsonValue* value = reader.object(key, true);
            if (!value) {
                return;
            }
            ObjectReader entry(*value, reader.pathOf(key), m_problems);
            target.source = citation(entry, key);
            const JsonValue* brackets = entry.array(QStringLiteral("brackets"), true);
            entry.finish();
            if (brackets) {
                readBrackets(*brackets, entry.pathOf(QStringLiteral("brackets")), target);
            }
        };
        table("comprehensive.annual", pack.comprehensiveAnnual);
        table("comprehensive.monthly", pack.comprehensiveMonthly);
        table("prepayment.labor", pack.laborPrepayment);
        reader.finish();
    }

    void readBrackets(const JsonValue& brackets, const QString& path, RateTable& table)
    {
        const size_t count = brackets.items().size();
        if (count == 0) {
            m_problems.push_back({path, QStringLiteral("needs at least one bracket")});
            return;
        }
        for (size_t i = 0; i < count; ++i) {
            ObjectReader entry(brackets.items()[i], indexPath(path, i), m_problems);
            Bracket bracket;
            const JsonValue* upTo = entry.member(QStringLiteral("up_to"), true);
            const bool last = i + 1 == count;
            if (upTo && upTo->isNull() != last) {
                entry.addProblem(QStringLiteral("up_to"),
                                 last ? QStringLiteral("the last bracket must be open (null)")
                                      : QStringLiteral("only the last bracket may be open"));
            } else if (upTo && !last) {
                bracket.upTo = entry.money(QStringLiteral("up_to"), true);
            }
            bracket.rate = entry.rate(QStringLiteral("rate"), true).value_or(Rate());
            bracket.quickDeduction = entry.money(QStringLiteral("quick_deduction"), true).value_or(Money());
            entry.finish();
            table.brackets.push_back(bracket);
        }
        checkBrackets(path, table);
    }

    // Ascending edges and rates, a zero first quick deduction, and no jump in the tax at any edge:
    // the quick deductions must be exactly the ones the brackets imply.
    void checkBrackets(const QString& path, const RateTable& table)
    {
        const auto& brackets = table.brackets;
        if (!brackets.front().quickDeduction.isZero()) {
            m_problems.push_back({indexPath(path, 0) + QStringLiteral(".quick_deduction"),
                                  QStringLiteral("the first bracket's quick deduction must be zero")});
        }
        for (size_t i = 0; i + 1 < brackets.size(); ++i) {
            const auto& lower = brackets[i];
            const auto& upper = brackets[i + 1];
            if (!lower.upTo) {
                return;
            }
            if (upper.upTo && !(*lower.upTo < *upper.upTo)) {
                m_problems.push_back(
                    {indexPath(path, i + 1) + QStringLiteral(".up_to"), QStringLiteral("edges must ascend")});
            }
            if (!(lower.rate < upper.rate)) {
                m_problems.push_back(
                    {indexPath(path, i + 1) + QStringLiteral(".rate"), QStringLiteral("rates must ascend")});
            }
            const Money below = (*lower.upTo * lower.rate - lower.quickDeduction).round(Rounding::HalfUpToFen);
            const Money above = (*lower.upTo * upper.rate - upper.quickDeduction).round(Rounding::HalfUpToFen);
            if (below != above) {
                m_problems.push_back({indexPath(path, i + 1) + QStringLiteral(".quick_deduction"),
                                      QStringLiteral("tax jumps at %1: %2 below the edge, %3 above")
                                          .arg(lower.upTo->toString(), below.toString(), above.toString())});
            }
        }
    }

    void readChoices(const JsonValue& choices, RulePack& pack)
    {
        ObjectReader reader(choices, QStringLiteral("choices"), m_problems);
        const auto choice = [&](const char* id, CitedChoices& target, bool amounts) {
            const QString key = QLatin1String(id);
            const JsonValue* value = reader.object(key, true);
            if (!value) {
                return;
            }
            ObjectReader entry(*value, reader.pathOf(key), m_problems);
            target.source = citation(entry, key);
            const JsonValue* values = entry.array(QStringLiteral("values"), true);
            entry.finish();
            if (!values || values->items().empty()) {
                if (values) {
                    entry.addProblem(QStringLiteral("values"), QStringLiteral("needs at least one value"));
                }
                return;
            }
            const QString path = entry.pathOf(QStringLiteral("values"));
            for (size_t i = 0; i < values->items().size(); ++i) {
                const JsonValue& item = values->items()[i];
                const auto money = item.isString() ? ObjectReader::parseInputMoney(item.text()) : std::nullopt;
                const auto integer = item.toInteger();
                if (amounts && money) {
                    target.amounts.push_back(*money);
                } else if (!amounts && integer && *integer >= 0 && *integer <= 100) {
                    target.integers.push_back(int(*integer));
                } else {
                    m_problems.push_back({indexPath(path, i),
                                          amounts ? QStringLiteral("must be an amount string")
                                                  : QStringLiteral("must be an integer percentage 0–100")});
                }
            }
        };
        choice("housing_rent.monthly_standards", pack.housingRentMonthlyStandards, true);
        choice("share_percentages", pack.sharePercentages, false);
        reader.finish();
    }

    ObjectReader m_root;
    Problems& m_problems;
    QMap<QString, Citation> m_citations;
};

} // namespace

RulePackLoader::Result RulePackLoader::load(const QByteArray& json)
{
    Result result;
    const auto parsed = JsonReader::parse(json);
    if (!parsed.ok) {
        result.problems.push_back({QStringLiteral("(rule pack)"), parsed.error});
        return result;
    }
    const auto canonical = CanonicalJsonWriter::write(parsed.value);
    if (!canonical.ok) {
        result.problems.push_back({QStringLiteral("(rule pack)"), canonical.error});
        return result;
    }
    try {
        PackReader reader(parsed.value, result.problems);
        result.pack = reader.read();
    } catch (const std::exception& error) {
        result.pack.reset();
        result.problems.push_back({QStringLiteral("(rule pack)"), QString::fromUtf8(error.what())});
    }
    if (result.pack) {
        result.pack->id = QStringLiteral("sha256:") +
            QString::fromLatin1(QCryptographicHash::hash(canonical.bytes, QCryptographicHash::Sha256).toHex());
    }
    return result;
}

} // namespace huisuan
