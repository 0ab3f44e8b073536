// SPDX-License-Identifier: GPL-3.0-or-later
// Property tests: laws of the tax computation checked on thousands of random valid inputs.
//
// Every test draws its inputs from std::mt19937_64 seeded with one number per run, printed at the
// start of each test. HUISUAN_PROPERTY_SEED=<number> replays a run exactly; a failure also prints
// the input that broke the property, ready for `huisuan-cli compute KIND -`.
// Inputs go through ComputeService as JSON, so the engine's own readers vouch that they are valid.
#include "SeededRandom.h"
#include "TestRegistry.h"
#include "compute/ComputeService.h"
#include "compute/TableTax.h"
#include "rules/RulePackRegistry.h"

#include "json/CanonicalJsonWriter.h"
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <optional>
#include <random>
#include <vector>

using namespace huisuan;

namespace {

// Twelve months to a year: the withholding year, the bonus's 12 × edge comparison.
constexpr int monthsPerYear = 12;
constexpr int percent = 100;

class Random : public huisuan::test::SeededRandom
{
public:
    bool chance(int percentage) { return between(1, percent) <= percentage; }

    /** An amount of up to 10^digits fen, the number of digits itself random up to maxDigits, so
     *  that small and large amounts are drawn about equally often. */
    Money amount(int maxDigits)
    {
        quint64 limit = 1;
        for (int digits = between(0, maxDigits); digits > 0; --digits) {
            limit *= 10;
        }
        return Money::fromFen(qint64(m_engine() % (limit + 1)));
    }
    Money upTo(const Money& maximum) { return Money::fromFen(qint64(m_engine() % quint64(maximum.fen() + 1))); }

    /** An amount within a few yuan of an edge of the table (× multiplier), where mistakes hide. */
    Money nearEdge(const RateTable& table, int multiplier)
    {
        const Bracket& bracket = table.brackets[size_t(between(0, int(table.brackets.size()) - 2))];
        return max(Money(), bracket.upTo->times(multiplier) + Money::fromFen(between(-300, 300)));
    }

    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[size_t(between(0, int(items.size()) - 1))];
    }
};

const RulePackRegistry& registry()
{
    return RulePackRegistry::builtIn();
}

const RulePack& packFor(int year)
{
    return *registry().forYear(year);
}

Money fen(qint64 value)
{
    return Money::fromFen(value);
}

/** x × rate rounded half-up to the fen, computed here with plain integers rather than with the
 *  engine's UnroundedMoney, so that the properties do not test the engine against itself. */
Money timesRate(const Money& amount, const Rate& rate)
{
    const Money::Fen numerator = amount.fen() * rate.numerator();
    const Money::Fen denominator = rate.denominator();
    const Money::Fen magnitude = numerator < 0 ? Money::Fen(-numerator) : numerator;
    const Money::Fen rounded = (2 * magnitude + denominator) / (2 * denominator);
    return Money::fromFen(numerator < 0 ? Money::Fen(-rounded) : rounded);
}

/** An independent model of a progressive table: the first bracket whose edge × multiplier holds
 *  the amount, amount × rate − quick deduction, half-up to the fen, never negative. */
struct ModelTax
{
    const Bracket* bracket = nullptr;
    Money tax;
};

ModelTax modelTax(const RateTable& table, const Money& amount, int multiplier = 1)
{
    ModelTax result;
    for (const Bracket& bracket : table.brackets) {
        if (!bracket.upTo || amount.fen() <= bracket.upTo->fen() * multiplier) {
            result.bracket = &bracket;
            break;
        }
    }
    if (amount > Money()) {
        result.tax = max(Money(), timesRate(amount, result.bracket->rate) - result.bracket->quickDeduction);
    }
    return result;
}

JsonValue money(const Money& value)
{
    return JsonValue::string(value.toString());
}

void insertIfNotZero(JsonValue& object, const char* key, const Money& value)
{
    if (!value.isZero()) {
        object.insert(QLatin1String(key), money(value));
    }
}

QString canonical(const JsonValue& value)
{
    return QString::fromUtf8(CanonicalJsonWriter::write(value).bytes);
}

Money moneyAt(const JsonValue& object, const char* key)
{
    const JsonValue* value = object.find(QLatin1String(key));
    const auto parsed = value ? Money::parse(value->text()) : std::nullopt;
    if (!parsed) {
        qFatal("result has no amount \"%s\": %s", key, qPrintable(canonical(object)));
    }
    return *parsed;
}

/** Computes through the engine's public entry point; a refusal or failure fails the current test
 *  (check QTest::currentTestFailed()) and names the input, since the generators only make valid ones. */
JsonValue mustCompute(ComputeKind kind, const JsonValue& input)
{
    ComputeService::Options options;
    options.withTrace = false;
    const auto outcome = ComputeService::compute(kind, input, options);
    if (outcome.status != ComputeService::Status::Computed) {
        QStringList reasons {outcome.failure};
        for (const Problem& problem : outcome.problems) {
            reasons << problem.toString();
        }
        QTest::qFail(qPrintable(QStringLiteral("%1 did not compute %2: %3")
                                    .arg(computeKindName(kind), canonical(input), reasons.join(QStringLiteral("; ")))),
                     __FILE__,
                     __LINE__);
    }
    return outcome.result;
}

QString failure(const char* property, const JsonValue& input, const QString& detail)
{
    return QStringLiteral("%1\n  %2\n  input: %3").arg(QLatin1String(property), detail, canonical(input));
}

// ---- wage withholding ---------------------------------------------------------------------------

struct WageMonth
{
    int month = 0;
    Money wages;
    Money taxFreeIncome;
    Money specialDeductions;
    Money specialAdditionalDeductions;
    Money otherDeductions;
    Money taxRelief;
};

struct WageCase
{
    int taxYear = 0;
    int firstMonth = 1;
    bool firstJobInYear = false;
    bool basicDeductionFromJanuary = false;
    std::vector<WageMonth> months;

    JsonValue toJson() const
    {
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("tax_year"), JsonValue::integer(taxYear));
        json.insert(QStringLiteral("first_month"), JsonValue::integer(firstMonth));
        if (firstJobInYear) {
            json.insert(QStringLiteral("first_job_in_year"), JsonValue::boolean(true));
        }
        if (basicDeductionFromJanuary) {
            json.insert(QStringLiteral("basic_deduction_from_january"), JsonValue::boolean(true));
        }
        JsonValue items = JsonValue::array();
        for (const WageMonth& month : months) {
            // Zero amounts are left out: the grammar reads an absent amount as zero.
            JsonValue item = JsonValue::object();
            item.insert(QStringLiteral("month"), JsonValue::integer(month.month));
            insertIfNotZero(item, "wages", month.wages);
            insertIfNotZero(item, "tax_free_income", month.taxFreeIncome);
            insertIfNotZero(item, "special_deductions", month.specialDeductions);
            insertIfNotZero(item, "special_additional_deductions", month.specialAdditionalDeductions);
            insertIfNotZero(item, "other_deductions", month.otherDeductions);
            insertIfNotZero(item, "tax_relief", month.taxRelief);
            items.append(std::move(item));
        }
        json.insert(QStringLiteral("months"), std::move(items));
        return json;
    }
};

int randomYear(Random& random)
{
    return random.between(registry().firstYear(), registry().lastYear());
}

/** Whether the first-job rule (2020年第13号) may apply to employment beginning in firstMonth. */
bool firstJobRuleApplies(const RulePack& pack, int firstMonth)
{
    const QDate from = pack.firstJobInYear.validFrom;
    return pack.firstJobInYear.inForce && (from.year() < pack.taxYear || firstMonth >= from.month());
}

/** Any valid employment: a late start, gaps, the first-job and from-January rules where the
 *  year has them, a salary of any size with the odd month without pay or with a windfall, late
 *  deduction claims, tax relief. */
WageCase randomWageCase(Random& random)
{
    WageCase wageCase;
    wageCase.taxYear = randomYear(random);
    const RulePack& pack = packFor(wageCase.taxYear);
    wageCase.firstMonth = random.chance(60) ? 1 : random.between(2, monthsPerYear);
    wageCase.firstJobInYear = firstJobRuleApplies(pack, wageCase.firstMonth) && random.chance(25);
    wageCase.basicDeductionFromJanuary = pack.basicDeductionFromJanuaryPolicy.inForce && wageCase.firstMonth == 1 &&
        !wageCase.firstJobInYear && random.chance(20);

    const int salaryDigits = random.between(5, 8);
    const Money salary = random.amount(salaryDigits);
    for (int month = wageCase.firstMonth; month <= monthsPerYear; ++month) {
        if (random.chance(15) && !(month == monthsPerYear && wageCase.months.empty())) {
            continue; // a month without pay still counts as a month employed
        }
        WageMonth item;
        item.month = month;
        if (random.chance(10)) {
            item.wages = Money();
        } else if (random.chance(10)) {
            item.wages = salary + random.amount(salaryDigits + 2);
        } else if (random.chance(10)) {
            item.wages = random.nearEdge(pack.comprehensiveAnnual, 1);
        } else {
            item.wages = salary + random.amount(salaryDigits - 1);
        }
        item.taxFreeIncome = random.chance(20) ? random.amount(5) : Money();
        item.specialDeductions = random.chance(70) ? random.amount(6) : Money();
        item.specialAdditionalDeductions = random.chance(50) ? random.amount(6) : Money();
        if (random.chance(5)) {
            item.specialAdditionalDeductions += random.amount(7); // claimed late for earlier months
        }
        item.otherDeductions = random.chance(20) ? random.amount(5) : Money();
        item.taxRelief = random.chance(15) ? random.amount(random.chance(90) ? 5 : 7) : Money();
        wageCase.months.push_back(item);
    }
    return wageCase;
}

/** The basic deduction counted up to a month, 国家税务总局公告2018年第61号 第六条 (5000 × months at this
 *  employer), 2020年第13号 (months from January for a first job) and 2020年第19号 (60000 from January). */
Money cumulativeBasicDeduction(const RulePack& pack, const WageCase& wageCase, int month)
{
    if (wageCase.basicDeductionFromJanuary) {
        return pack.basicDeductionFromJanuary.value;
    }
    const int firstCounted = wageCase.firstJobInYear ? 1 : wageCase.firstMonth;
    return pack.basicDeductionMonthly.value.times(month - firstCounted + 1);
}

// ---- annual return ------------------------------------------------------------------------------

struct SharedClaim
{
    int months = 0;
    int sharePercent = percent;
};

struct ElderlyClaim
{
    int months = 0;
    bool onlyChild = true;
    Money monthlyShare;
};

struct RentClaim
{
    int months = 0;
    Money monthlyStandard;
};

struct DonationClaim
{
    Money amount;
    bool full = false;
};

struct AnnualCase
{
    int taxYear = 0;
    Money wages;
    Money labor;
    Money author;
    Money royalties;
    std::optional<Money> bonus;
    QString bonusMethod;
    Money prepaid;
    Money taxFreeIncome;
    Money specialDeductions;
    Money taxRelief;
    std::vector<SharedClaim> childrenEducation;
    std::vector<SharedClaim> infantCare;
    std::optional<int> degreeMonths;
    bool certificate = false;
    std::vector<Money> seriousIllness;
    std::optional<SharedClaim> housingLoanInterest;
    std::optional<RentClaim> housingRent;
    std::optional<ElderlyClaim> elderlySupport;
    Money annuity;
    Money commercialHealthInsurance;
    Money taxDeferredPension;
    Money individualPension;
    std::vector<DonationClaim> donations;

    JsonValue toJson() const
    {
        JsonValue json = JsonValue::object();
        json.insert(QStringLiteral("tax_year"), JsonValue::integer(taxYear));
        JsonValue income = JsonValue::object();
        income.insert(QStringLiteral("wages"), money(wages));
        insertIfNotZero(income, "labor", labor);
        insertIfNotZero(income, "author", author);
        insertIfNotZero(income, "royalties", royalties);
        if (bonus) {
            JsonValue bonusJson = JsonValue::object();
            bonusJson.insert(QStringLiteral("amount"), money(*bonus));
            bonusJson.insert(QStringLiteral("method"), JsonValue::string(bonusMethod));
            income.insert(QStringLiteral("annual_bonus"), std::move(bonusJson));
        }
        json.insert(QStringLiteral("income"), std::move(income));
        insertIfNotZero(json, "prepaid", prepaid);
        insertIfNotZero(json, "tax_free_income", taxFreeIncome);
        insertIfNotZero(json, "special_deductions", specialDeductions);
        insertIfNotZero(json, "tax_relief", taxRelief);

        const auto shared = [](const SharedClaim& claim) {
            JsonValue item = JsonValue::object();
            item.insert(QStringLiteral("months"), JsonValue::integer(claim.months));
            item.insert(QStringLiteral("share_percent"), JsonValue::integer(claim.sharePercent));
            return item;
        };
        JsonValue special = JsonValue::object();
        for (const auto& [key, claims] :
             {std::pair {"children_education", &childrenEducation}, std::pair {"infant_care", &infantCare}}) {
            if (!claims->empty()) {
                JsonValue items = JsonValue::array();
                for (const SharedClaim& claim : *claims) {
                    items.append(shared(claim));
                }
                special.insert(QLatin1String(key), std::move(items));
            }
        }
        if (degreeMonths || certificate) {
            JsonValue education = JsonValue::object();
            education.insert(QStringLiteral("degree_months"), JsonValue::integer(degreeMonths.value_or(0)));
            education.insert(QStringLiteral("certificate"), JsonValue::boolean(certificate));
            special.insert(QStringLiteral("continuing_education"), std::move(education));
        }
        if (!seriousIllness.empty()) {
            JsonValue patients = JsonValue::array();
            for (const Money& outOfPocket : seriousIllness) {
                JsonValue patient = JsonValue::object();
                patient.insert(QStringLiteral("out_of_pocket"), money(outOfPocket));
                patients.append(std::move(patient));
            }
            special.insert(QStringLiteral("serious_illness"), std::move(patients));
        }
        if (housingLoanInterest) {
            special.insert(QStringLiteral("housing_loan_interest"), shared(*housingLoanInterest));
        }
        if (housingRent) {
            JsonValue rent = JsonValue::object();
            rent.insert(QStringLiteral("months"), JsonValue::integer(housingRent->months));
            rent.insert(QStringLiteral("monthly_standard"), money(housingRent->monthlyStandard));
            special.insert(QStringLiteral("housing_rent"), std::move(rent));
        }
        if (elderlySupport) {
            JsonValue elderly = JsonValue::object();
            elderly.insert(QStringLiteral("months"), JsonValue::integer(elderlySupport->months));
            elderly.insert(QStringLiteral("only_child"), JsonValue::boolean(elderlySupport->onlyChild));
            if (!elderlySupport->onlyChild) {
                elderly.insert(QStringLiteral("monthly_share"), money(elderlySupport->monthlyShare));
            }
            special.insert(QStringLiteral("elderly_support"), std::move(elderly));
        }
        if (!special.members().empty()) {
            json.insert(QStringLiteral("special_additional_deductions"), std::move(special));
        }

        JsonValue other = JsonValue::object();
        insertIfNotZero(other, "annuity", annuity);
        insertIfNotZero(other, "commercial_health_insurance", commercialHealthInsurance);
        insertIfNotZero(other, "tax_deferred_pension", taxDeferredPension);
        insertIfNotZero(other, "individual_pension", individualPension);
        if (!other.members().empty()) {
            json.insert(QStringLiteral("other_deductions"), std::move(other));
        }
        if (!donations.empty()) {
            JsonValue items = JsonValue::array();
            for (const DonationClaim& donation : donations) {
                JsonValue item = JsonValue::object();
                item.insert(QStringLiteral("amount"), money(donation.amount));
                item.insert(QStringLiteral("limit"),
                            JsonValue::string(donation.full ? QStringLiteral("full") : QStringLiteral("30%")));
                items.append(std::move(item));
            }
            json.insert(QStringLiteral("donations"), std::move(items));
        }
        return json;
    }
};

SharedClaim randomSharedClaim(Random& random, const RulePack& pack)
{
    return {random.between(0, monthsPerYear), random.pick(pack.sharePercentages.integers)};
}

ElderlyClaim randomElderlyClaim(Random& random, const RulePack& pack, int months)
{
    ElderlyClaim claim;
    claim.months = months;
    claim.onlyChild = random.chance(50);
    if (!claim.onlyChild) {
        claim.monthlyShare = random.upTo(pack.elderlySupportSiblingCapMonthly.value);
    }
    return claim;
}

QString randomBonusMethod(Random& random)
{
    const int method = random.between(0, 2);
    return method == 0 ? QStringLiteral("separate")
        : method == 1  ? QStringLiteral("combined")
                       : QStringLiteral("optimal");
}

/** Any valid return of the year: every income and deduction the grammar has, each often absent,
 *  amounts of every size, some around the table's edges, caps sometimes exceeded. */
AnnualCase randomAnnualCase(Random& random)
{
    AnnualCase annual;
    annual.taxYear = randomYear(random);
    const RulePack& pack = packFor(annual.taxYear);
    annual.wages = random.chance(10) ? random.nearEdge(pack.comprehensiveAnnual, 1) : random.amount(9);
    annual.labor = random.chance(30) ? random.amount(8) : Money();
    annual.author = random.chance(20) ? random.amount(8) : Money();
    annual.royalties = random.chance(20) ? random.amount(8) : Money();
    if (random.chance(40)) {
        annual.bonus = random.chance(30) ? random.nearEdge(pack.comprehensiveMonthly, monthsPerYear) : random.amount(8);
        annual.bonusMethod = randomBonusMethod(random);
    }
    annual.prepaid = random.chance(60) ? random.amount(8) : Money();
    annual.taxFreeIncome = random.chance(20) ? random.amount(7) : Money();
    annual.specialDeductions = random.chance(60) ? random.amount(7) : Money();
    annual.taxRelief = random.chance(15) ? random.amount(6) : Money();

    for (int children = random.chance(50) ? random.between(1, 3) : 0; children > 0; --children) {
        annual.childrenEducation.push_back(randomSharedClaim(random, pack));
    }
    if (pack.infantCare.inForce && random.chance(25)) {
        annual.infantCare.push_back(randomSharedClaim(random, pack));
    }
    if (random.chance(20)) {
        annual.degreeMonths = random.between(0, monthsPerYear);
        annual.certificate = random.chance(30);
    }
    if (random.chance(10)) {
        annual.seriousIllness.push_back(random.amount(8));
    }
    // Loan interest and rent exclude each other in one year (国发〔2018〕41号 第二十条).
    const int housing = random.between(0, 2);
    if (housing == 1) {
        annual.housingLoanInterest = randomSharedClaim(random, pack);
    } else if (housing == 2) {
        annual.housingRent =
            RentClaim {random.between(0, monthsPerYear), random.pick(pack.housingRentMonthlyStandards.amounts)};
    }
    if (random.chance(40)) {
        annual.elderlySupport = randomElderlyClaim(random, pack, random.between(0, monthsPerYear));
    }
    annual.annuity = random.chance(15) ? random.amount(6) : Money();
    annual.commercialHealthInsurance = random.chance(15) ? random.amount(6) : Money();
    annual.taxDeferredPension = random.chance(10) ? random.amount(7) : Money();
    if (pack.individualPension.inForce && random.chance(15)) {
        annual.individualPension = random.amount(7);
    }
    for (int donations = random.chance(20) ? random.between(1, 3) : 0; donations > 0; --donations) {
        annual.donations.push_back({random.amount(8), random.chance(30)});
    }
    return annual;
}

/** The same return with one deduction made larger, each kind of deduction drawn equally often. */
AnnualCase withMoreDeductions(Random& random, AnnualCase annual)
{
    const RulePack& pack = packFor(annual.taxYear);
    const Money more = fen(1) + random.amount(random.chance(30) ? 3 : 7);
    switch (random.between(0, 11)) {
    case 0:
        annual.taxFreeIncome += more;
        break;
    case 1:
        annual.specialDeductions += more;
        break;
    case 2:
        annual.childrenEducation.push_back(randomSharedClaim(random, pack));
        break;
    case 3:
        annual.degreeMonths = std::min(monthsPerYear, annual.degreeMonths.value_or(0) + random.between(1, 3));
        break;
    case 4:
        annual.seriousIllness.push_back(pack.seriousIllnessThreshold.value + more);
        break;
    case 5:
        if (!annual.elderlySupport || annual.elderlySupport->months == monthsPerYear) {
            annual.annuity += more;
        } else {
            ++annual.elderlySupport->months;
        }
        break;
    case 6:
        annual.annuity += more;
        break;
    case 7:
        annual.commercialHealthInsurance += more;
        break;
    case 8:
        annual.taxDeferredPension += more;
        break;
    case 9:
        (pack.individualPension.inForce ? annual.individualPension : annual.annuity) += more;
        break;
    case 10:
        annual.donations.push_back({more, random.chance(50)});
        break;
    default:
        if (annual.housingLoanInterest && annual.housingLoanInterest->months < monthsPerYear) {
            ++annual.housingLoanInterest->months;
        } else if (annual.housingRent && annual.housingRent->months < monthsPerYear) {
            ++annual.housingRent->months;
        } else {
            annual.specialDeductions += more;
        }
        break;
    }
    return annual;
}

QByteArray runCli(const QString& kind, const QByteArray& input, QString& error)
{
    QProcess cli;
    cli.start(QStringLiteral(HUISUAN_CLI_PATH), {QStringLiteral("compute"), kind, QStringLiteral("-")});
    cli.write(input);
    cli.closeWriteChannel();
    constexpr int timeoutMs = 30000;
    if (!cli.waitForFinished(timeoutMs) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0) {
        error = QStringLiteral("exit %1: %2").arg(cli.exitCode()).arg(QString::fromUtf8(cli.readAllStandardError()));
    }
    return cli.readAllStandardOutput();
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    // (a) 余额为负值时，暂不退税: a month withholds nothing or more, never less.
    void everyMonthWithholdsNothingOrMore()
    {
        Random random;
        constexpr int inputs = 3000;
        for (int i = 0; i < inputs; ++i) {
            const JsonValue input = randomWageCase(random).toJson();
            const JsonValue result = mustCompute(ComputeKind::WageWithholding, input);
            if (QTest::currentTestFailed()) {
                return;
            }
            for (const JsonValue& month : result.find(QStringLiteral("months"))->items()) {
                QVERIFY2(!moneyAt(month, "withheld").isNegative(),
                         qPrintable(failure("negative withholding", input, canonical(month))));
            }
        }
        qInfo("%d random withholding inputs", inputs);
    }

    // (b) What a month withholds is the cumulative tax less cumulative relief less what was already
    // withheld, floored at zero, so the year's total is the highest cumulative tax less relief reached
    // in any month. The cumulative tax itself is checked against an independent model of 61号 第六条.
    void totalIsHighestCumulativeTaxLessRelief()
    {
        Random random;
        constexpr int inputs = 3000;
        for (int i = 0; i < inputs; ++i) {
            const WageCase wageCase = randomWageCase(random);
            const RulePack& pack = packFor(wageCase.taxYear);
            const JsonValue input = wageCase.toJson();
            const JsonValue result = mustCompute(ComputeKind::WageWithholding, input);
            if (QTest::currentTestFailed()) {
                return;
            }
            const auto& months = result.find(QStringLiteral("months"))->items();
            QCOMPARE(months.size(), wageCase.months.size());
            Money income;
            Money relief;
            Money highest;
            Money sum;
            for (size_t m = 0; m < months.size(); ++m) {
                const WageMonth& month = wageCase.months[m];
                income += month.wages - month.taxFreeIncome - month.specialDeductions -
                    month.specialAdditionalDeductions - month.otherDeductions;
                relief += month.taxRelief;
                const Money taxable = max(Money(), income - cumulativeBasicDeduction(pack, wageCase, month.month));
                const Money tax = modelTax(pack.comprehensiveAnnual, taxable).tax;
                QVERIFY2(moneyAt(months[m], "cumulative_taxable_income") == taxable,
                         qPrintable(failure("cumulative taxable income", input, taxable.toString())));
                QVERIFY2(moneyAt(months[m], "cumulative_tax") == tax,
                         qPrintable(failure("cumulative tax", input, tax.toString())));
                highest = max(highest, tax - relief);
                sum += moneyAt(months[m], "withheld");
            }
            const Money total = moneyAt(result, "total_withheld");
            QVERIFY2(
                total == highest,
                qPrintable(failure("total withheld", input, QStringLiteral("expected %1").arg(highest.toString()))));
            QVERIFY2(total == sum, qPrintable(failure("total is the sum of the months", input, sum.toString())));
        }
        qInfo("%d random withholding inputs", inputs);
    }

    // (c) A full year at one employer, deductions declared on time, every month's wages covering that
    // month's deductions and basic deduction: the cumulative method withholds exactly the annual tax.
    //
    // The annual return takes the special additional deductions as structured claims, not as a monthly
    // amount. So the monthly amount is built from claims: each item at the year's standard from the rule
    // pack (or, for elderly support shared by siblings, a random share within the cap), claimed for
    // twelve months in the return and declared as standard × share every month to the employer. Other
    // deductions use the items whose yearly caps a twelfth per month cannot exceed. The total withheld
    // is compared with the annual return's tax payable and with the model's tax on the same figures.
    void fullYearWithholdingEqualsAnnualTax()
    {
        Random random;
        constexpr int inputs = 1000;
        for (int i = 0; i < inputs; ++i) {
            AnnualCase annual;
            annual.taxYear = randomYear(random);
            const RulePack& pack = packFor(annual.taxYear);
            const auto share = [](const Money& monthly, int sharePercent) {
                const Money::Fen scaled = monthly.fen() * sharePercent;
                if (scaled % percent != 0) {
                    qFatal(
                        "a standard of %s shared %d%% is not whole fen", qPrintable(monthly.toString()), sharePercent);
                }
                return Money::fromFen(scaled / percent);
            };
            Money specialAdditional;
            for (int children = random.between(0, 3); children > 0; --children) {
                annual.childrenEducation.push_back({monthsPerYear, random.pick(pack.sharePercentages.integers)});
                specialAdditional +=
                    share(pack.childrenEducationMonthly.value, annual.childrenEducation.back().sharePercent);
            }
            if (pack.infantCare.inForce && random.chance(30)) {
                annual.infantCare.push_back({monthsPerYear, random.pick(pack.sharePercentages.integers)});
                specialAdditional += share(pack.infantCareMonthly.value, annual.infantCare.back().sharePercent);
            }
            if (random.chance(20)) {
                annual.degreeMonths = monthsPerYear;
                specialAdditional += pack.continuingEducationDegreeMonthly.value;
            }
            if (random.chance(50)) {
                annual.housingLoanInterest = SharedClaim {monthsPerYear, random.pick(pack.sharePercentages.integers)};
                specialAdditional +=
                    share(pack.housingLoanInterestMonthly.value, annual.housingLoanInterest->sharePercent);
            } else if (random.chance(50)) {
                annual.housingRent = RentClaim {monthsPerYear, random.pick(pack.housingRentMonthlyStandards.amounts)};
                specialAdditional += annual.housingRent->monthlyStandard;
            }
            if (random.chance(50)) {
                annual.elderlySupport = randomElderlyClaim(random, pack, monthsPerYear);
                specialAdditional += annual.elderlySupport->onlyChild ? pack.elderlySupportOnlyChildMonthly.value
                                                                      : annual.elderlySupport->monthlyShare;
            }
            const auto twelfthOf = [](const CitedMoney& cap) {
                return Money::fromFen(cap.value.fen() / monthsPerYear);
            };
            const Money annuity = random.chance(30) ? random.amount(5) : Money();
            const Money health =
                random.chance(30) ? random.upTo(twelfthOf(pack.commercialHealthInsuranceCap)) : Money();
            const Money deferred = random.chance(20) ? random.upTo(twelfthOf(pack.taxDeferredPensionCap)) : Money();
            const Money pension = pack.individualPension.inForce && random.chance(20)
                ? random.upTo(twelfthOf(pack.individualPensionCap))
                : Money();
            const Money other = annuity + health + deferred + pension;
            const Money special = random.chance(80) ? random.amount(6) : Money();

            WageCase wageCase;
            wageCase.taxYear = annual.taxYear;
            wageCase.firstJobInYear = firstJobRuleApplies(pack, 1) && random.chance(10);
            wageCase.basicDeductionFromJanuary =
                pack.basicDeductionFromJanuaryPolicy.inForce && !wageCase.firstJobInYear && random.chance(10);
            const Money covered = pack.basicDeductionMonthly.value + special + specialAdditional + other;
            const int extraDigits = random.between(0, 8);
            for (int month = 1; month <= monthsPerYear; ++month) {
                WageMonth item;
                item.month = month;
                item.taxFreeIncome = random.chance(20) ? random.amount(5) : Money();
                item.wages = covered + item.taxFreeIncome + random.amount(extraDigits);
                item.specialDeductions = special;
                item.specialAdditionalDeductions = specialAdditional;
                item.otherDeductions = other;
                wageCase.months.push_back(item);
                annual.wages += item.wages;
                annual.taxFreeIncome += item.taxFreeIncome;
            }
            annual.specialDeductions = special.times(monthsPerYear);
            annual.annuity = annuity.times(monthsPerYear);
            annual.commercialHealthInsurance = health.times(monthsPerYear);
            annual.taxDeferredPension = deferred.times(monthsPerYear);
            annual.individualPension = pension.times(monthsPerYear);

            const JsonValue wageInput = wageCase.toJson();
            const JsonValue withholding = mustCompute(ComputeKind::WageWithholding, wageInput);
            const JsonValue annualInput = annual.toJson();
            const JsonValue annualResult = mustCompute(ComputeKind::AnnualReturn, annualInput);
            if (QTest::currentTestFailed()) {
                return;
            }
            const Money taxable = annual.wages - annual.taxFreeIncome - pack.basicDeductionAnnual.value -
                annual.specialDeductions - specialAdditional.times(monthsPerYear) - other.times(monthsPerYear);
            const Money annualTax = modelTax(pack.comprehensiveAnnual, taxable).tax;
            const Money withheld = moneyAt(withholding, "total_withheld");
            const QString both = QStringLiteral("withheld %1, annual tax %2 (model %3)\n  annual return: %4")
                                     .arg(withheld.toString(),
                                          moneyAt(annualResult, "tax_payable").toString(),
                                          annualTax.toString(),
                                          canonical(annualInput));
            QVERIFY2(moneyAt(annualResult, "special_additional_deductions") == specialAdditional.times(monthsPerYear),
                     qPrintable(failure("the claims are the monthly amounts × 12", wageInput, both)));
            QVERIFY2(moneyAt(annualResult, "taxable_income") == taxable,
                     qPrintable(failure("the same taxable income", wageInput, both)));
            QVERIFY2(withheld == annualTax && moneyAt(annualResult, "tax_payable") == annualTax,
                     qPrintable(failure("withholding equals the annual tax", wageInput, both)));
        }
        qInfo("%d random full years, each as withholding and as an annual return", inputs);
    }

    // (d) Tax is continuous at every edge of every table of every year: both neighbouring brackets
    // give exactly the same tax at the edge, and one fen more adds that fen × the rate above, rounded.
    // Random amounts between the edges check the same thing at a distance: the tax grows, and never by
    // more than the top rate allows.
    void tablesAreContinuousAtEveryEdge()
    {
        Random random;
        constexpr int samplesPerTable = 500;
        int edges = 0;
        int samples = 0;
        for (int year = registry().firstYear(); year <= registry().lastYear(); ++year) {
            const RulePack& pack = packFor(year);
            for (const RateTable* table :
                 {&pack.comprehensiveAnnual, &pack.comprehensiveMonthly, &pack.laborPrepayment}) {
                const QString where = QStringLiteral("%1 in %2").arg(table->source.id).arg(year);
                const auto& brackets = table->brackets;
                for (size_t i = 0; i + 1 < brackets.size(); ++i) {
                    const Money edge = *brackets[i].upTo;
                    const auto exactTax = [&](const Bracket& bracket) {
                        return Rate(edge.fen(), 1) * bracket.rate - Rate(bracket.quickDeduction.fen(), 1);
                    };
                    const Rate below = exactTax(brackets[i]);
                    const Rate above = exactTax(brackets[i + 1]);
                    const QString at = QStringLiteral("%1 at %2").arg(where, edge.toString());
                    QVERIFY2(below == above, qPrintable(at + QStringLiteral(": the brackets disagree")));
                    QVERIFY2(below.denominator() == 1, qPrintable(at + QStringLiteral(": not whole fen")));
                    const Money atEdge = taxFromTable(*table, edge).tax;
                    QVERIFY2(atEdge == Money::fromFen(below.numerator()), qPrintable(at));
                    const Money step = taxFromTable(*table, edge + fen(1)).tax - atEdge;
                    QVERIFY2(step == timesRate(fen(1), brackets[i + 1].rate),
                             qPrintable(at + QStringLiteral(": one fen more costs %1").arg(step.toString())));
                    const Money stepBelow = atEdge - taxFromTable(*table, edge - fen(1)).tax;
                    QVERIFY2(!stepBelow.isNegative() && stepBelow <= fen(1),
                             qPrintable(at + QStringLiteral(": one fen less saves %1").arg(stepBelow.toString())));
                    ++edges;
                }
                const Rate& topRate = brackets.back().rate;
                for (int s = 0; s < samplesPerTable; ++s) {
                    const Money amount = random.chance(50) ? random.nearEdge(*table, 1) : random.amount(9);
                    const Money more = fen(1) + random.amount(random.between(0, 7));
                    const Money tax = taxFromTable(*table, amount).tax;
                    const Money rise = taxFromTable(*table, amount + more).tax - tax;
                    const QString at =
                        QStringLiteral("%1 from %2 to %3").arg(where, amount.toString(), (amount + more).toString());
                    QVERIFY2(tax == modelTax(*table, amount).tax, qPrintable(at));
                    QVERIFY2(!rise.isNegative() && rise <= timesRate(more, topRate) + fen(1),
                             qPrintable(at + QStringLiteral(": the tax rose by %1").arg(rise.toString())));
                    ++samples;
                }
            }
        }
        qInfo("%d edges and %d random amounts", edges, samples);
    }

    // (e) The separately taxed bonus has a cliff at 12 × each monthly edge (财税〔2018〕164号 第一条: the
    // quick deduction is taken once, not twelve times). One fen above 12 × edge the tax jumps by exactly
    // 12 × edge × (r_above − r_below) − (qd_above − qd_below), plus that fen at the rate above; one fen
    // below, it is continuous. Random bonuses are checked against the model.
    void annualBonusJumpsAtEveryCliff()
    {
        Random random;
        constexpr int samplesPerYear = 300;
        int cliffs = 0;
        int samples = 0;
        const auto bonusTax = [](int year, const Money& amount) {
            JsonValue input = JsonValue::object();
            input.insert(QStringLiteral("tax_year"), JsonValue::integer(year));
            input.insert(QStringLiteral("amount"), money(amount));
            return mustCompute(ComputeKind::AnnualBonus, input);
        };
        for (int year = registry().firstYear(); year <= registry().lastYear(); ++year) {
            const RulePack& pack = packFor(year);
            QVERIFY(pack.annualBonusSeparate.inForce);
            const auto& brackets = pack.comprehensiveMonthly.brackets;
            for (size_t i = 0; i + 1 < brackets.size(); ++i) {
                const Money cliff = brackets[i].upTo->times(monthsPerYear);
                const Rate jumpExact = Rate(cliff.fen(), 1) * (brackets[i + 1].rate - brackets[i].rate) -
                    Rate((brackets[i + 1].quickDeduction - brackets[i].quickDeduction).fen(), 1);
                QVERIFY(jumpExact.denominator() == 1);
                const Money expected = Money::fromFen(jumpExact.numerator()) + timesRate(fen(1), brackets[i + 1].rate);
                const Money atCliff = moneyAt(bonusTax(year, cliff), "tax");
                const Money above = moneyAt(bonusTax(year, cliff + fen(1)), "tax");
                const Money below = moneyAt(bonusTax(year, cliff - fen(1)), "tax");
                if (QTest::currentTestFailed()) {
                    return;
                }
                const QString at = QStringLiteral("bonus %1 in %2").arg(cliff.toString()).arg(year);
                QVERIFY2(expected > Money(), qPrintable(at + QStringLiteral(": no cliff")));
                QVERIFY2(above - atCliff == expected,
                         qPrintable(at +
                                    QStringLiteral(": jumps by %1, not %2")
                                        .arg((above - atCliff).toString(), expected.toString())));
                QVERIFY2(!(atCliff - below).isNegative() && atCliff - below <= fen(1), qPrintable(at));
                ++cliffs;
            }
            for (int s = 0; s < samplesPerYear; ++s) {
                const Money amount =
                    random.chance(50) ? random.nearEdge(pack.comprehensiveMonthly, monthsPerYear) : random.amount(9);
                const JsonValue result = bonusTax(year, amount);
                if (QTest::currentTestFailed()) {
                    return;
                }
                const ModelTax model = modelTax(pack.comprehensiveMonthly, amount, monthsPerYear);
                const QString at = QStringLiteral("bonus %1 in %2").arg(amount.toString()).arg(year);
                QVERIFY2(moneyAt(result, "tax") == model.tax, qPrintable(at));
                QVERIFY2(moneyAt(result, "quick_deduction") == model.bracket->quickDeduction, qPrintable(at));
                QCOMPARE(result.find(QStringLiteral("rate"))->text(), model.bracket->rate.toString());
                ++samples;
            }
        }
        qInfo("%d cliffs and %d random bonuses", cliffs, samples);
    }

    // (f) The same input gives the same bytes from two separate processes: no uninitialised memory,
    // hash order, locale or clock leaks into a result or its trace.
    void cliIsDeterministic()
    {
        Random random;
        constexpr int perKind = 5;
        int inputs = 0;
        for (int i = 0; i < perKind * 4; ++i) {
            const int year = randomYear(random);
            JsonValue input = JsonValue::object();
            QString kind;
            switch (i % 4) {
            case 0:
                kind = QStringLiteral("wage-withholding");
                input = randomWageCase(random).toJson();
                break;
            case 1:
                kind = QStringLiteral("annual-return");
                input = randomAnnualCase(random).toJson();
                break;
            case 2: {
                kind = QStringLiteral("payment-prepayment");
                const QStringList categories {
                    QStringLiteral("labor"), QStringLiteral("author"), QStringLiteral("royalty")};
                input.insert(QStringLiteral("tax_year"), JsonValue::integer(year));
                input.insert(QStringLiteral("category"), JsonValue::string(categories.at(random.between(0, 2))));
                input.insert(QStringLiteral("amount"), money(random.amount(8)));
                break;
            }
            default:
                kind = QStringLiteral("annual-bonus");
                input.insert(QStringLiteral("tax_year"), JsonValue::integer(year));
                input.insert(QStringLiteral("amount"), money(random.amount(9)));
                break;
            }
            const QByteArray bytes = CanonicalJsonWriter::write(input).bytes;
            QString firstError;
            QString secondError;
            const QByteArray first = runCli(kind, bytes, firstError);
            const QByteArray second = runCli(kind, bytes, secondError);
            QVERIFY2(firstError.isEmpty() && secondError.isEmpty(),
                     qPrintable(kind + QLatin1Char(' ') + QString::fromUtf8(bytes) + QLatin1Char('\n') + firstError +
                                secondError));
            QVERIFY2(!first.isEmpty() && first == second,
                     qPrintable(QStringLiteral("two runs of %1 %2 differ").arg(kind, QString::fromUtf8(bytes))));
            ++inputs;
        }
        qInfo("%d random inputs, each run by two processes", inputs);
    }

    // (g) More wages never lower the annual tax, in any return: every term of the formula is monotonic,
    // the donation limit included (taxable − min(donations, 30% of taxable) still grows), and so is
    // the optimal bonus method, the lower of two monotonic taxes.
    void moreWagesNeverLowerAnnualTax()
    {
        Random random;
        constexpr int inputs = 1500;
        for (int i = 0; i < inputs; ++i) {
            AnnualCase annual = randomAnnualCase(random);
            const JsonValue before = annual.toJson();
            annual.wages += fen(1) + random.amount(random.between(0, 8));
            const JsonValue after = annual.toJson();
            const Money taxBefore = moneyAt(mustCompute(ComputeKind::AnnualReturn, before), "tax_payable");
            const Money taxAfter = moneyAt(mustCompute(ComputeKind::AnnualReturn, after), "tax_payable");
            if (QTest::currentTestFailed()) {
                return;
            }
            QVERIFY2(taxAfter >= taxBefore,
                     qPrintable(failure("more wages, less tax",
                                        after,
                                        QStringLiteral("%1 before, %2 after; before: %3")
                                            .arg(taxBefore.toString(), taxAfter.toString(), canonical(before)))));
        }
        qInfo("%d random returns, each with more wages", inputs);
    }

    // (g) The same for withholding: more wages in any month never lower the total withheld.
    void moreWagesNeverLowerWithholding()
    {
        Random random;
        constexpr int inputs = 1500;
        for (int i = 0; i < inputs; ++i) {
            WageCase wageCase = randomWageCase(random);
            const JsonValue before = wageCase.toJson();
            WageMonth& month = wageCase.months[size_t(random.between(0, int(wageCase.months.size()) - 1))];
            month.wages += fen(1) + random.amount(random.between(0, 8));
            const JsonValue after = wageCase.toJson();
            const Money totalBefore = moneyAt(mustCompute(ComputeKind::WageWithholding, before), "total_withheld");
            const Money totalAfter = moneyAt(mustCompute(ComputeKind::WageWithholding, after), "total_withheld");
            if (QTest::currentTestFailed()) {
                return;
            }
            QVERIFY2(totalAfter >= totalBefore,
                     qPrintable(failure("more wages, less withheld",
                                        after,
                                        QStringLiteral("%1 before, %2 after; before: %3")
                                            .arg(totalBefore.toString(), totalAfter.toString(), canonical(before)))));
        }
        qInfo("%d random withholdings, each with more wages in one month", inputs);
    }

    // (g) More of any deduction never raises the annual tax.
    void moreDeductionsNeverRaiseAnnualTax()
    {
        Random random;
        constexpr int inputs = 1500;
        for (int i = 0; i < inputs; ++i) {
            const AnnualCase annual = randomAnnualCase(random);
            const JsonValue before = annual.toJson();
            const JsonValue after = withMoreDeductions(random, annual).toJson();
            const Money taxBefore = moneyAt(mustCompute(ComputeKind::AnnualReturn, before), "tax_payable");
            const Money taxAfter = moneyAt(mustCompute(ComputeKind::AnnualReturn, after), "tax_payable");
            if (QTest::currentTestFailed()) {
                return;
            }
            QVERIFY2(taxAfter <= taxBefore,
                     qPrintable(failure("more deductions, more tax",
                                        after,
                                        QStringLiteral("%1 before, %2 after; before: %3")
                                            .arg(taxBefore.toString(), taxAfter.toString(), canonical(before)))));
        }
        qInfo("%d random returns, each with one deduction larger", inputs);
    }

    // (h) The optimal bonus method pays the lower of the two methods' tax, and separate on a tie.
    void optimalBonusMethodIsNeverWorse()
    {
        Random random;
        constexpr int inputs = 1000;
        for (int i = 0; i < inputs; ++i) {
            AnnualCase annual = randomAnnualCase(random);
            if (!annual.bonus) {
                annual.bonus = random.amount(8);
            }
            Money payable[3];
            QString used[3];
            const QString methods[3] = {
                QStringLiteral("separate"), QStringLiteral("combined"), QStringLiteral("optimal")};
            for (int m = 0; m < 3; ++m) {
                annual.bonusMethod = methods[m];
                const JsonValue result = mustCompute(ComputeKind::AnnualReturn, annual.toJson());
                if (QTest::currentTestFailed()) {
                    return;
                }
                payable[m] = moneyAt(result, "tax_payable");
                used[m] = result.find(QStringLiteral("bonus_method"))->text();
            }
            const QString detail =
                QStringLiteral("separate %1, combined %2, optimal %3 (%4)")
                    .arg(payable[0].toString(), payable[1].toString(), payable[2].toString(), used[2]);
            const QString expectedMethod = payable[1] < payable[0] ? methods[1] : methods[0];
            QVERIFY2(payable[2] <= payable[0] && payable[2] <= payable[1],
                     qPrintable(failure("optimal pays more", annual.toJson(), detail)));
            QVERIFY2(payable[2] == min(payable[0], payable[1]) && used[2] == expectedMethod,
                     qPrintable(failure("optimal is not the lower, separate on a tie", annual.toJson(), detail)));
        }
        qInfo("%d random returns with a bonus, each taxed three ways", inputs);
    }
};

HUISUAN_REGISTER_TEST(TestProperties)
#include "TestProperties.moc"
