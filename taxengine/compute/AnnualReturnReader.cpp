// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/InputReaders.h"
#include "compute/TaxYearReader.h"

#include "json/ObjectReader.h"
#include <algorithm>

namespace huisuan {

namespace {

constexpr int monthsPerYear = 12;

class AnnualReturnReader
{
public:
    AnnualReturnReader(const JsonValue& json, Problems& problems)
        : m_root(json, QString(), problems)
        , m_problems(problems)
    {
    }

    ReadInput<AnnualReturnInput> read()
    {
        const size_t before = m_problems.size();
        ReadInput<AnnualReturnInput> read;
        m_pack = readTaxYear(m_root);
        read.pack = m_pack;
        readIncome();
        m_input.prepaid = m_root.money(QStringLiteral("prepaid")).value_or(Money());
        m_input.taxFreeIncome = m_root.money(QStringLiteral("tax_free_income")).value_or(Money());
        m_input.specialDeductions = m_root.money(QStringLiteral("special_deductions")).value_or(Money());
        m_input.taxRelief = m_root.money(QStringLiteral("tax_relief")).value_or(Money());
        if (const JsonValue* deductions = m_root.object(QStringLiteral("special_additional_deductions"), false)) {
            readSpecialAdditional(*deductions, m_root.pathOf(QStringLiteral("special_additional_deductions")));
        }
        if (const JsonValue* other = m_root.object(QStringLiteral("other_deductions"), false)) {
            readOther(*other, m_root.pathOf(QStringLiteral("other_deductions")));
        }
        if (const JsonValue* donations = m_root.array(QStringLiteral("donations"), false)) {
            readDonations(*donations, m_root.pathOf(QStringLiteral("donations")));
        }
        m_root.finish();
        if (m_problems.size() == before && m_pack) {
            m_input.taxYear = m_pack->taxYear;
            read.input = std::move(m_input);
        }
        return read;
    }

private:
    void readIncome()
    {
        const JsonValue* income = m_root.object(QStringLiteral("income"), true);
        if (!income) {
            return;
        }
        ObjectReader reader(*income, m_root.pathOf(QStringLiteral("income")), m_problems);
        m_input.wages = reader.money(QStringLiteral("wages")).value_or(Money());
        m_input.labor = reader.money(QStringLiteral("labor")).value_or(Money());
        m_input.author = reader.money(QStringLiteral("author")).value_or(Money());
        m_input.royalties = reader.money(QStringLiteral("royalties")).value_or(Money());
        if (const JsonValue* bonus = reader.object(QStringLiteral("annual_bonus"), false)) {
            readBonus(*bonus, reader.pathOf(QStringLiteral("annual_bonus")));
        }
        reader.finish();
    }

    void readBonus(const JsonValue& json, const QString& path)
    {
        ObjectReader reader(json, path, m_problems);
        m_input.bonus = reader.money(QStringLiteral("amount"), true).value_or(Money());
        const auto method = reader.string(QStringLiteral("method"), true);
        if (method == QLatin1String("separate")) {
            m_input.bonusMethod = BonusMethod::Separate;
            if (m_pack) {
                requirePolicy(reader,
                              QStringLiteral("method"),
                              m_pack->annualBonusSeparate,
                              QT_TRANSLATE_NOOP("Problem", "Separate taxation of the annual bonus"),
                              m_pack->taxYear);
            }
        } else if (method == QLatin1String("combined")) {
            m_input.bonusMethod = BonusMethod::Combined;
        } else if (method == QLatin1String("optimal")) {
            m_input.bonusMethod = BonusMethod::Optimal;
        } else if (method) {
            reader.addProblem(QStringLiteral("method"),
                              QT_TRANSLATE_NOOP("Problem", "\"%1\" is not a method: use separate, combined or optimal"),
                              {*method});
        }
        reader.finish();
    }

    int months(ObjectReader& reader, const char* key)
    {
        return reader.integer(QLatin1String(key), 0, monthsPerYear, true).value_or(0);
    }

    int sharePercent(ObjectReader& reader)
    {
        const auto share = reader.integer(QStringLiteral("share_percent"), 0, 100, true);
        if (!share || !m_pack) {
            return share.value_or(0);
        }
        const auto& allowed = m_pack->sharePercentages.integers;
        if (std::find(allowed.begin(), allowed.end(), *share) == allowed.end()) {
            QStringList options;
            for (int value : allowed) {
                options << QString::number(value);
            }
            reader.addProblem(QStringLiteral("share_percent"),
                              QT_TRANSLATE_NOOP("Problem", "%1 is not allowed: a claim is shared %2 percent (%3)"),
                              {QString::number(*share),
                               options.join(QStringLiteral(" or ")),
                               m_pack->sharePercentages.source.citation});
        }
        return *share;
    }

    std::vector<SharedChildClaim> readChildren(const JsonValue& array, const QString& path)
    {
        std::vector<SharedChildClaim> claims;
        for (size_t i = 0; i < array.items().size(); ++i) {
            ObjectReader reader(array.items()[i], indexPath(path, i), m_problems);
            SharedChildClaim claim;
            claim.months = months(reader, "months");
            claim.sharePercent = sharePercent(reader);
            reader.finish();
            claims.push_back(claim);
        }
        return claims;
    }

    void readSpecialAdditional(const JsonValue& json, const QString& path)
    {
        ObjectReader reader(json, path, m_problems);
        if (const JsonValue* children = reader.array(QStringLiteral("children_education"), false)) {
            m_input.childrenEducation = readChildren(*children, reader.pathOf(QStringLiteral("children_education")));
        }
        if (const JsonValue* infants = reader.array(QStringLiteral("infant_care"), false)) {
            m_input.infantCare = readChildren(*infants, reader.pathOf(QStringLiteral("infant_care")));
            if (m_pack && !m_input.infantCare.empty()) {
                requirePolicy(reader,
                              QStringLiteral("infant_care"),
                              m_pack->infantCare,
                              QT_TRANSLATE_NOOP("Problem", "The deduction for the care of infants under three"),
                              m_pack->taxYear);
            }
        }
        if (const JsonValue* education = reader.object(QStringLiteral("continuing_education"), false)) {
            ObjectReader claim(*education, reader.pathOf(QStringLiteral("continuing_education")), m_problems);
            ContinuingEducationClaim value;
            value.degreeMonths = claim.integer(QStringLiteral("degree_months"), 0, monthsPerYear, false).value_or(0);
            value.certificate = claim.boolean(QStringLiteral("certificate"), false).value_or(false);
            claim.finish();
            m_input.continuingEducation = value;
        }
        if (const JsonValue* illness = reader.array(QStringLiteral("serious_illness"), false)) {
            const QString illnessPath = reader.pathOf(QStringLiteral("serious_illness"));
            for (size_t i = 0; i < illness->items().size(); ++i) {
                ObjectReader patient(illness->items()[i], indexPath(illnessPath, i), m_problems);
                m_input.seriousIllness.push_back(
                    patient.money(QStringLiteral("out_of_pocket"), true).value_or(Money()));
                patient.finish();
            }
        }
        if (const JsonValue* loan = reader.object(QStringLiteral("housing_loan_interest"), false)) {
            ObjectReader claim(*loan, reader.pathOf(QStringLiteral("housing_loan_interest")), m_problems);
            HousingLoanClaim value;
            value.months = months(claim, "months");
            value.sharePercent = sharePercent(claim);
            claim.finish();
            m_input.housingLoanInterest = value;
        }
        if (const JsonValue* rent = reader.object(QStringLiteral("housing_rent"), false)) {
            readRent(*rent, reader);
        }
        if (const JsonValue* elderly = reader.object(QStringLiteral("elderly_support"), false)) {
            readElderly(*elderly, reader.pathOf(QStringLiteral("elderly_support")));
        }
        reader.finish();
    }

    void readRent(const JsonValue& json, ObjectReader& parent)
    {
        ObjectReader claim(json, parent.pathOf(QStringLiteral("housing_rent")), m_problems);
        HousingRentClaim value;
        value.months = months(claim, "months");
        const auto standard = claim.money(QStringLiteral("monthly_standard"), true);
        claim.finish();
        if (standard && m_pack) {
            const auto& allowed = m_pack->housingRentMonthlyStandards.amounts;
            if (std::find(allowed.begin(), allowed.end(), *standard) == allowed.end()) {
                QStringList options;
                for (const Money& amount : allowed) {
                    options << amount.toString();
                }
                claim.addProblem(QStringLiteral("monthly_standard"),
                                 QT_TRANSLATE_NOOP("Problem", "%1 is not a city standard: use %2 (%3)"),
                                 {standard->toString(),
                                  options.join(QStringLiteral(", ")),
                                  m_pack->housingRentMonthlyStandards.source.citation});
            }
        }
        value.monthlyStandard = standard.value_or(Money());
        m_input.housingRent = value;
        const bool loanClaimed = m_input.housingLoanInterest && m_input.housingLoanInterest->months > 0;
        if (loanClaimed && value.months > 0 && m_pack && m_pack->housingLoanRentExclusion.inForce) {
            parent.addProblem(
                QStringLiteral("housing_rent"),
                QT_TRANSLATE_NOOP("Problem", "cannot be claimed in the same tax year as housing loan interest (%1)"),
                {m_pack->housingLoanRentExclusion.source.citation});
        }
    }

    void readElderly(const JsonValue& json, const QString& path)
    {
        ObjectReader claim(json, path, m_problems);
        ElderlySupportClaim value;
        value.months = months(claim, "months");
        value.onlyChild = claim.boolean(QStringLiteral("only_child"), false).value_or(false);
        const bool shareGiven = claim.has(QStringLiteral("monthly_share"));
        const auto share = claim.money(QStringLiteral("monthly_share"));
        claim.finish();
        if (value.onlyChild && shareGiven) {
            claim.addProblem(
                QStringLiteral("monthly_share"),
                QT_TRANSLATE_NOOP("Problem", "an only child takes the whole amount and gives no monthly_share"));
        } else if (!value.onlyChild && !shareGiven) {
            claim.addProblem(QStringLiteral("monthly_share"),
                             QT_TRANSLATE_NOOP("Problem",
                                               "is required when the taxpayer is not an only child: the siblings "
                                               "share the amount"));
        } else if (!value.onlyChild && share && m_pack && *share > m_pack->elderlySupportSiblingCapMonthly.value) {
            claim.addProblem(
                QStringLiteral("monthly_share"),
                QT_TRANSLATE_NOOP("Problem", "%1 a month is above the cap of %2 a month for one sibling in %3 (%4)"),
                {share->toString(),
                 m_pack->elderlySupportSiblingCapMonthly.value.toString(),
                 QString::number(m_pack->taxYear),
                 m_pack->elderlySupportSiblingCapMonthly.source.citation});
        }
        value.monthlyShare = share.value_or(Money());
        m_input.elderlySupport = value;
    }

    void readOther(const JsonValue& json, const QString& path)
    {
        ObjectReader reader(json, path, m_problems);
        m_input.annuity = reader.money(QStringLiteral("annuity")).value_or(Money());
        m_input.commercialHealthInsurance =
            reader.money(QStringLiteral("commercial_health_insurance")).value_or(Money());
        m_input.taxDeferredPension = reader.money(QStringLiteral("tax_deferred_pension")).value_or(Money());
        m_input.individualPension = reader.money(QStringLiteral("individual_pension")).value_or(Money());
        if (m_pack && !m_input.individualPension.isZero()) {
            requirePolicy(reader,
                          QStringLiteral("individual_pension"),
                          m_pack->individualPension,
                          QT_TRANSLATE_NOOP("Problem", "The individual pension deduction"),
                          m_pack->taxYear);
        }
        reader.finish();
    }

    void readDonations(const JsonValue& array, const QString& path)
    {
        for (size_t i = 0; i < array.items().size(); ++i) {
            ObjectReader reader(array.items()[i], indexPath(path, i), m_problems);
            Donation donation;
            donation.amount = reader.money(QStringLiteral("amount"), true).value_or(Money());
            const auto limit = reader.string(QStringLiteral("limit"), true);
            if (limit == QLatin1String("full")) {
                donation.limit = DonationLimit::Full;
            } else if (limit && *limit != QLatin1String("30%")) {
                reader.addProblem(
                    QStringLiteral("limit"),
                    QT_TRANSLATE_NOOP("Problem", "\"%1\" is not a donation limit: use \"30%\" or \"full\""),
                    {*limit});
            }
            reader.finish();
            m_input.donations.push_back(donation);
        }
    }

    ObjectReader m_root;
    Problems& m_problems;
    const RulePack* m_pack = nullptr;
    AnnualReturnInput m_input;
};

} // namespace

ReadInput<AnnualReturnInput> readAnnualReturnInput(const JsonValue& json, Problems& problems)
{
    return AnnualReturnReader(json, problems).read();
}

} // namespace huisuan
