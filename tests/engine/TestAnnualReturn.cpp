// SPDX-License-Identifier: GPL-3.0-or-later
// AnnualReturn: the annual reconciliation (国家税务总局公告2019年第44号) computed by hand, row by row of
// the return: the expenses row (20% of labor + author + royalties) and the author exempt row (24%
// of author income) each kept to the fen, deductions with their caps, donations up to 30% of the
// taxable income, table 1, the bonus taxed separately or combined, relief, and the exemption
// (gross ≤ 120000 or balance ≤ 400, both inclusive, only when there is something to pay).
#include "TestRegistry.h"
#include "TraceTestSupport.h"
#include "compute/AnnualReturn.h"
#include "rules/RulePackRegistry.h"
#include "trace/Trace.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

struct AnnualReturnExpected
{
    const char* gross;
    const char* expenses;
    const char* authorExempt;
    const char* comprehensive;
    const char* specialAdditional;
    const char* other;
    const char* donations;
    const char* taxable;
    const char* rate;
    const char* quickDeduction;
    const char* tax;
    const char* bonusTax;
    const char* relief;
    const char* payable;
    const char* balance;
    bool exempt;
    const char* due;
    const char* refund;
    const char* method; // empty when there is no bonus
};

} // namespace

Q_DECLARE_METATYPE(huisuan::AnnualReturnInput)
Q_DECLARE_METATYPE(AnnualReturnExpected)

namespace {

Money money(const char* text)
{
    return Money::parse(QLatin1String(text)).value();
}

const RulePack& packFor(int year)
{
    return *RulePackRegistry::builtIn().forYear(year);
}

AnnualReturnInput wages(const char* amount, const char* prepaid = "0")
{
    AnnualReturnInput input;
    input.wages = money(amount);
    input.prepaid = money(prepaid);
    return input;
}

AnnualReturnInput withBonus(AnnualReturnInput input, const char* bonus, BonusMethod method)
{
    input.bonus = money(bonus);
    input.bonusMethod = method;
    return input;
}

AnnualReturnInput withDonations(AnnualReturnInput input, std::vector<Donation> donations)
{
    input.donations = std::move(donations);
    return input;
}

/** One of each special additional deduction, 2024 amounts: 24000 + 6000 children, 7000 infant care,
 *  4000 + 3600 continuing education, 5000 + 80000 (capped) + 0 serious illness, 12000 housing loan,
 *  36000 elderly support (only child): 177600. */
AnnualReturnInput withEveryDeduction(AnnualReturnInput input)
{
    input.childrenEducation = {{12, 100}, {6, 50}};
    input.infantCare = {{7, 50}};
    input.continuingEducation = ContinuingEducationClaim {10, true};
    input.seriousIllness = {money("20000.00"), money("100000.00"), money("10000.00")};
    input.housingLoanInterest = HousingLoanClaim {12, 100};
    input.elderlySupport = ElderlySupportClaim {12, true, Money()};
    return input;
}

/** The line of an annual return with this name, e.g. "basic_deduction". */
const TraceLine* lineWithId(const Trace& trace, const char* name)
{
    return huisuan::test::lineWithId(trace, QStringLiteral("annual_return.") + QLatin1String(name));
}

QStringList idsOf(const Trace& trace)
{
    QStringList ids;
    for (const TraceLine& line : trace.lines()) {
        ids << line.id.mid(QStringLiteral("annual_return.").size());
    }
    return ids;
}

QString methodName(const std::optional<BonusMethod>& method)
{
    if (!method) {
        return QString();
    }
    return *method == BonusMethod::Combined ? QStringLiteral("combined") : QStringLiteral("separate");
}

} // namespace

class TestAnnualReturn : public QObject
{
    Q_OBJECT

private:
    static void addReturns()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<AnnualReturnInput>("input");
        QTest::addColumn<AnnualReturnExpected>("expected");

        // clang-format off
        // 200000 − 60000 − 20000 − 24000 (children's education, 2024) = 96000; × 10% − 2520 = 7080.
        QTest::newRow("wages, refund") << 2024 << [] {
            AnnualReturnInput input = wages("200000.00", "10000.00");
            input.specialDeductions = money("20000.00");
            input.childrenEducation = {{12, 100}};
            return input;
        }() << AnnualReturnExpected{
            // gross       expenses  author exempt  comprehensive
            "200000.00",   "0.00",   "0.00",        "200000.00",
            // additional  other     donations      taxable      rate    quick      tax
            "24000.00",    "0.00",   "0.00",        "96000.00",  "0.10", "2520.00", "7080.00",
            // bonus tax   relief    payable        balance      exempt  due        refund     method
            "0.00",        "0.00",   "7080.00",     "-2920.00",  false,  "0.00",    "2920.00", ""};

        QTest::newRow("wages, must pay") << 2024 << [] {
            AnnualReturnInput input = wages("200000.00", "6000.00");
            input.specialDeductions = money("20000.00");
            input.childrenEducation = {{12, 100}};
            return input;
        }() << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "24000.00",    "0.00",   "0.00",        "96000.00",  "0.10", "2520.00", "7080.00",
            "0.00",        "0.00",   "7080.00",     "1080.00",   false,  "1080.00", "0.00",    ""};

        // Expenses: 180000.09 × 20% = 36000.018 → 36000.02. Author exempt: 50000.03 × 24% =
        // 12000.0072 → 12000.01. 收入额 180000.09 − 36000.02 − 12000.01 = 132000.06; taxable
        // 72000.06 × 10% − 2520 = 4680.006 → 4680.01.
        QTest::newRow("labor, author, royalties") << 2024 << [] {
            AnnualReturnInput input;
            input.labor = money("100000.01");
            input.author = money("50000.03");
            input.royalties = money("30000.05");
            input.prepaid = money("5000.00");
            return input;
        }() << AnnualReturnExpected{
            "180000.09",   "36000.02", "12000.01",  "132000.06",
            "0.00",        "0.00",   "0.00",        "72000.06",  "0.10", "2520.00", "4680.01",
            "0.00",        "0.00",   "4680.01",     "-319.99",   false,  "0.00",    "319.99",  ""};

        // 120000 − 60000 = 60000; × 10% − 2520 = 3480. Gross at the ceiling: exempt.
        QTest::newRow("gross 120000.00 exempt") << 2024 << wages("120000.00") << AnnualReturnExpected{
            "120000.00",   "0.00",   "0.00",        "120000.00",
            "0.00",        "0.00",   "0.00",        "60000.00",  "0.10", "2520.00", "3480.00",
            "0.00",        "0.00",   "3480.00",     "3480.00",   true,   "0.00",    "0.00",    ""};

        // 60000.01 × 10% − 2520 = 3480.001 → 3480.00; one fen above the ceiling: pay.
        QTest::newRow("gross 120000.01 pays") << 2024 << wages("120000.01") << AnnualReturnExpected{
            "120000.01",   "0.00",   "0.00",        "120000.01",
            "0.00",        "0.00",   "0.00",        "60000.01",  "0.10", "2520.00", "3480.00",
            "0.00",        "0.00",   "3480.00",     "3480.00",   false,  "3480.00", "0.00",    ""};

        // 140000 × 10% − 2520 = 11480.
        QTest::newRow("balance 400.00 exempt") << 2024 << wages("200000.00", "11080.00") << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "0.00",   "0.00",        "140000.00", "0.10", "2520.00", "11480.00",
            "0.00",        "0.00",   "11480.00",    "400.00",    true,   "0.00",    "0.00",    ""};

        QTest::newRow("balance 400.01 pays") << 2024 << wages("200000.00", "11079.99") << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "0.00",   "0.00",        "140000.00", "0.10", "2520.00", "11480.00",
            "0.00",        "0.00",   "11480.00",    "400.01",    false,  "400.01",  "0.00",    ""};

        // Nothing to pay is not an exemption.
        QTest::newRow("balance zero") << 2024 << wages("200000.00", "11480.00") << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "0.00",   "0.00",        "140000.00", "0.10", "2520.00", "11480.00",
            "0.00",        "0.00",   "11480.00",    "0.00",      false,  "0.00",    "0.00",    ""};

        // Gross counts labor before its 20% expenses: 100000 + 20000 = 120000 (2021年第42号).
        // 收入额 116000; taxable 56000 × 10% − 2520 = 3080.
        QTest::newRow("2021 gross with labor at 120000") << 2021 << [] {
            AnnualReturnInput input = wages("100000.00");
            input.labor = money("20000.00");
            return input;
        }() << AnnualReturnExpected{
            "120000.00",   "4000.00", "0.00",       "116000.00",
            "0.00",        "0.00",   "0.00",        "56000.00",  "0.10", "2520.00", "3080.00",
            "0.00",        "0.00",   "3080.00",     "3080.00",   true,   "0.00",    "0.00",    ""};

        // 20000.01 × 20% = 4000.002 → 4000.00; 56000.01 × 10% − 2520 = 3080.001 → 3080.00.
        QTest::newRow("2021 gross with labor at 120000.01") << 2021 << [] {
            AnnualReturnInput input = wages("100000.00");
            input.labor = money("20000.01");
            return input;
        }() << AnnualReturnExpected{
            "120000.01",   "4000.00", "0.00",       "116000.01",
            "0.00",        "0.00",   "0.00",        "56000.01",  "0.10", "2520.00", "3080.00",
            "0.00",        "0.00",   "3080.00",     "3080.00",   false,  "3080.00", "0.00",    ""};

        // 10000 × 3% = 300; relief 100.
        QTest::newRow("relief, partial") << 2024 << [] {
            AnnualReturnInput input = wages("70000.00");
            input.taxRelief = money("100.00");
            return input;
        }() << AnnualReturnExpected{
            "70000.00",    "0.00",   "0.00",        "70000.00",
            "0.00",        "0.00",   "0.00",        "10000.00",  "0.03", "0.00",    "300.00",
            "0.00",        "100.00", "200.00",      "200.00",    true,   "0.00",    "0.00",    ""};

        // Relief of 500 on a tax of 300: the tax is 0, never negative.
        QTest::newRow("relief beyond the tax") << 2024 << [] {
            AnnualReturnInput input = wages("70000.00");
            input.taxRelief = money("500.00");
            return input;
        }() << AnnualReturnExpected{
            "70000.00",    "0.00",   "0.00",        "70000.00",
            "0.00",        "0.00",   "0.00",        "10000.00",  "0.03", "0.00",    "300.00",
            "0.00",        "300.00", "0.00",        "0.00",      false,  "0.00",    "0.00",    ""};

        // Relief covers the bonus tax too: 1480 + 3390 = 4870.
        QTest::newRow("relief with a separate bonus") << 2024 << [] {
            AnnualReturnInput input = withBonus(wages("100000.00", "4000.00"), "36000.01", BonusMethod::Separate);
            input.taxRelief = money("5000.00");
            return input;
        }() << AnnualReturnExpected{
            "100000.00",   "0.00",   "0.00",        "100000.00",
            "0.00",        "0.00",   "0.00",        "40000.00",  "0.10", "2520.00", "1480.00",
            "3390.00",     "4870.00", "0.00",       "-4000.00",  false,  "0.00",    "4000.00", "separate"};

        // 40000 × 10% − 2520 = 1480; bonus 36000.01 × 10% − 210 = 3390.001 → 3390.00. The separate
        // bonus stays out of the gross income.
        QTest::newRow("bonus separate")
            << 2024 << withBonus(wages("100000.00", "4870.00"), "36000.01", BonusMethod::Separate)
            << AnnualReturnExpected{
            "100000.00",   "0.00",   "0.00",        "100000.00",
            "0.00",        "0.00",   "0.00",        "40000.00",  "0.10", "2520.00", "1480.00",
            "3390.00",     "0.00",   "4870.00",     "0.00",      false,  "0.00",    "0.00",    "separate"};

        // 76000.01 × 10% − 2520 = 5080.001 → 5080.00.
        QTest::newRow("bonus combined")
            << 2024 << withBonus(wages("100000.00"), "36000.01", BonusMethod::Combined)
            << AnnualReturnExpected{
            "136000.01",   "0.00",   "0.00",        "136000.01",
            "0.00",        "0.00",   "0.00",        "76000.01",  "0.10", "2520.00", "5080.00",
            "0.00",        "0.00",   "5080.00",     "5080.00",   false,  "5080.00", "0.00",    "combined"};

        // Separate: 0 + 36000 × 3% = 1080. Combined: 6000 × 3% = 180. Combined is cheaper.
        QTest::newRow("optimal picks combined")
            << 2024 << withBonus(wages("30000.00"), "36000.00", BonusMethod::Optimal)
            << AnnualReturnExpected{
            "66000.00",    "0.00",   "0.00",        "66000.00",
            "0.00",        "0.00",   "0.00",        "6000.00",   "0.03", "0.00",    "180.00",
            "0.00",        "0.00",   "180.00",      "180.00",    true,   "0.00",    "0.00",    "combined"};

        // Separate: 440000 × 30% − 52920 = 79080, + 1080 = 80160. Combined: 476000 × 30% − 52920
        // = 89880. Separate is cheaper.
        QTest::newRow("optimal picks separate")
            << 2024 << withBonus(wages("500000.00", "80160.00"), "36000.00", BonusMethod::Optimal)
            << AnnualReturnExpected{
            "500000.00",   "0.00",   "0.00",        "500000.00",
            "0.00",        "0.00",   "0.00",        "440000.00", "0.30", "52920.00", "79080.00",
            "1080.00",     "0.00",   "80160.00",    "0.00",      false,  "0.00",    "0.00",    "separate"};

        // Separate: 0 + 20000 × 3% = 600. Combined: 20000 × 3% = 600. A tie goes to separate.
        QTest::newRow("optimal tie goes to separate")
            << 2024 << withBonus(wages("60000.00", "600.00"), "20000.00", BonusMethod::Optimal)
            << AnnualReturnExpected{
            "60000.00",    "0.00",   "0.00",        "60000.00",
            "0.00",        "0.00",   "0.00",        "0.00",      "0.03", "0.00",    "0.00",
            "600.00",      "0.00",   "600.00",      "0.00",      false,  "0.00",    "0.00",    "separate"};

        // Before donations 140000; the 30% limit is 42000.
        QTest::newRow("donation within 30%")
            << 2024 << withDonations(wages("200000.00", "10480.00"), {{money("10000.00"), DonationLimit::ThirtyPercent}})
            << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "0.00",   "10000.00",    "130000.00", "0.10", "2520.00", "10480.00",
            "0.00",        "0.00",   "10480.00",    "0.00",      false,  "0.00",    "0.00",    ""};

        QTest::newRow("30% donations over the limit")
            << 2024 << withDonations(wages("200000.00", "7280.00"),
                                     {{money("30000.00"), DonationLimit::ThirtyPercent},
                                      {money("20000.00"), DonationLimit::ThirtyPercent}})
            << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "0.00",   "42000.00",    "98000.00",  "0.10", "2520.00", "7280.00",
            "0.00",        "0.00",   "7280.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        QTest::newRow("full donation beyond the income")
            << 2024 << withDonations(wages("200000.00"), {{money("150000.00"), DonationLimit::Full}})
            << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "0.00",   "140000.00",   "0.00",      "0.03", "0.00",    "0.00",
            "0.00",        "0.00",   "0.00",        "0.00",      false,  "0.00",    "0.00",    ""};

        // 42000 (limited) + 10000 (full) = 52000; 88000 × 10% − 2520 = 6280.
        QTest::newRow("mixed donations")
            << 2024 << withDonations(wages("200000.00", "6280.00"),
                                     {{money("50000.00"), DonationLimit::ThirtyPercent},
                                      {money("10000.00"), DonationLimit::Full}})
            << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "0.00",   "52000.00",    "88000.00",  "0.10", "2520.00", "6280.00",
            "0.00",        "0.00",   "6280.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        // Limit 40000.05 × 30% = 12000.015 → 12000.02; 28000.03 × 3% = 840.0009 → 840.00.
        QTest::newRow("donation limit rounded")
            << 2024 << withDonations(wages("100000.05", "840.00"), {{money("20000.00"), DonationLimit::ThirtyPercent}})
            << AnnualReturnExpected{
            "100000.05",   "0.00",   "0.00",        "100000.05",
            "0.00",        "0.00",   "12000.02",    "28000.03",  "0.03", "0.00",    "840.00",
            "0.00",        "0.00",   "840.00",      "0.00",      false,  "0.00",    "0.00",    ""};

        QTest::newRow("donation with nothing taxable")
            << 2024 << withDonations(wages("50000.00"), {{money("1000.00"), DonationLimit::ThirtyPercent}})
            << AnnualReturnExpected{
            "50000.00",    "0.00",   "0.00",        "50000.00",
            "0.00",        "0.00",   "0.00",        "0.00",      "0.03", "0.00",    "0.00",
            "0.00",        "0.00",   "0.00",        "0.00",      false,  "0.00",    "0.00",    ""};

        // 5000 annuity as given + 2400 (of 3000) + 12000 (of 12000.01) + 12000 (of 15000) = 31400;
        // 108600 × 10% − 2520 = 8340.
        QTest::newRow("other deductions capped") << 2024 << [] {
            AnnualReturnInput input = wages("200000.00", "8340.00");
            input.annuity = money("5000.00");
            input.commercialHealthInsurance = money("3000.00");
            input.taxDeferredPension = money("12000.01");
            input.individualPension = money("15000.00");
            return input;
        }() << AnnualReturnExpected{
            "200000.00",   "0.00",   "0.00",        "200000.00",
            "0.00",        "31400.00", "0.00",      "108600.00", "0.10", "2520.00", "8340.00",
            "0.00",        "0.00",   "8340.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        // No individual pension before 2022: the amount is not deducted. 37600 × 10% − 2520 = 1240.
        QTest::newRow("2019 no individual pension") << 2019 << [] {
            AnnualReturnInput input = wages("100000.00", "1240.00");
            input.commercialHealthInsurance = money("2400.00");
            input.individualPension = money("5000.00");
            return input;
        }() << AnnualReturnExpected{
            "100000.00",   "0.00",   "0.00",        "100000.00",
            "0.00",        "2400.00", "0.00",       "37600.00",  "0.10", "2520.00", "1240.00",
            "0.00",        "0.00",   "1240.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        // 240000 − 177600 = 62400; × 10% − 2520 = 3720.
        QTest::newRow("every special additional deduction")
            << 2024 << withEveryDeduction(wages("300000.00", "3720.00"))
            << AnnualReturnExpected{
            "300000.00",   "0.00",   "0.00",        "300000.00",
            "177600.00",   "0.00",   "0.00",        "62400.00",  "0.10", "2520.00", "3720.00",
            "0.00",        "0.00",   "3720.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        // Deductions are allowed in full even when there is no income to use them.
        QTest::newRow("deductions beyond the income")
            << 2024 << withEveryDeduction(wages("0"))
            << AnnualReturnExpected{
            "0.00",        "0.00",   "0.00",        "0.00",
            "177600.00",   "0.00",   "0.00",        "0.00",      "0.03", "0.00",    "0.00",
            "0.00",        "0.00",   "0.00",        "0.00",      false,  "0.00",    "0.00",    ""};

        // 2019 amounts: children 1000 × 12, rent 1500 × 12, sibling share 1000 × 12 = 42000;
        // 48000 × 10% − 2520 = 2280.
        QTest::newRow("2019 rent and sibling share") << 2019 << [] {
            AnnualReturnInput input = wages("150000.00", "2280.00");
            input.childrenEducation = {{12, 100}};
            input.housingRent = HousingRentClaim {12, money("1500.00")};
            input.elderlySupport = ElderlySupportClaim {12, false, money("1000.00")};
            return input;
        }() << AnnualReturnExpected{
            "150000.00",   "0.00",   "0.00",        "150000.00",
            "42000.00",    "0.00",   "0.00",        "48000.00",  "0.10", "2520.00", "2280.00",
            "0.00",        "0.00",   "2280.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        // 2023 amounts (国发〔2023〕13号): children 2000 × 12 × 50% = 12000, infant care 2000 × 12 =
        // 24000, sibling share 1500 × 12 = 18000; taxable exactly 36000 → 1080 at 3%.
        QTest::newRow("2023 raised amounts") << 2023 << [] {
            AnnualReturnInput input = wages("150000.00", "1080.00");
            input.childrenEducation = {{12, 50}};
            input.infantCare = {{12, 100}};
            input.elderlySupport = ElderlySupportClaim {12, false, money("1500.00")};
            return input;
        }() << AnnualReturnExpected{
            "150000.00",   "0.00",   "0.00",        "150000.00",
            "54000.00",    "0.00",   "0.00",        "36000.00",  "0.03", "0.00",    "1080.00",
            "0.00",        "0.00",   "1080.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        // 1234.56 × 12 = 14814.72; 25185.28 × 3% = 755.5584 → 755.56.
        QTest::newRow("sibling share with fen") << 2024 << [] {
            AnnualReturnInput input = wages("100000.00", "755.56");
            input.elderlySupport = ElderlySupportClaim {12, false, money("1234.56")};
            return input;
        }() << AnnualReturnExpected{
            "100000.00",   "0.00",   "0.00",        "100000.00",
            "14814.72",    "0.00",   "0.00",        "25185.28",  "0.03", "0.00",    "755.56",
            "0.00",        "0.00",   "755.56",      "0.00",      false,  "0.00",    "0.00",    ""};

        // 1000 × 12 × 50% = 6000; 34000 × 3% = 1020.
        QTest::newRow("housing loan shared") << 2024 << [] {
            AnnualReturnInput input = wages("100000.00", "1020.00");
            input.housingLoanInterest = HousingLoanClaim {12, 50};
            return input;
        }() << AnnualReturnExpected{
            "100000.00",   "0.00",   "0.00",        "100000.00",
            "6000.00",     "0.00",   "0.00",        "34000.00",  "0.03", "0.00",    "1020.00",
            "0.00",        "0.00",   "1020.00",     "0.00",      false,  "0.00",    "0.00",    ""};

        // Tax-free income comes off before the deductions but stays in the gross income.
        QTest::newRow("tax-free income") << 2024 << [] {
            AnnualReturnInput input = wages("100000.00", "900.00");
            input.taxFreeIncome = money("10000.00");
            return input;
        }() << AnnualReturnExpected{
            "100000.00",   "0.00",   "0.00",        "100000.00",
            "0.00",        "0.00",   "0.00",        "30000.00",  "0.03", "0.00",    "900.00",
            "0.00",        "0.00",   "900.00",      "0.00",      false,  "0.00",    "0.00",    ""};
        // clang-format on
    }

private slots:
    void compute_data() { addReturns(); }

    void compute()
    {
        QFETCH(int, year);
        QFETCH(AnnualReturnInput, input);
        QFETCH(AnnualReturnExpected, expected);
        input.taxYear = year;
        const AnnualReturnResult result = AnnualReturn::compute(packFor(year), input, nullptr);
        QCOMPARE(result.grossIncome.toString(), QLatin1String(expected.gross));
        QCOMPARE(result.expensesRow.toString(), QLatin1String(expected.expenses));
        QCOMPARE(result.authorExemptRow.toString(), QLatin1String(expected.authorExempt));
        QCOMPARE(result.comprehensiveIncome.toString(), QLatin1String(expected.comprehensive));
        QCOMPARE(result.basicDeduction.toString(), QStringLiteral("60000.00"));
        QCOMPARE(result.specialDeductions, input.specialDeductions);
        QCOMPARE(result.specialAdditionalDeductions.toString(), QLatin1String(expected.specialAdditional));
        QCOMPARE(result.otherDeductions.toString(), QLatin1String(expected.other));
        QCOMPARE(result.donationsDeducted.toString(), QLatin1String(expected.donations));
        QCOMPARE(result.taxableIncome.toString(), QLatin1String(expected.taxable));
        QVERIFY(result.bracket);
        QCOMPARE(result.bracket->rate.toString(), QLatin1String(expected.rate));
        QCOMPARE(result.bracket->quickDeduction.toString(), QLatin1String(expected.quickDeduction));
        QCOMPARE(result.taxOnComprehensiveIncome.toString(), QLatin1String(expected.tax));
        QCOMPARE(result.bonusTax.toString(), QLatin1String(expected.bonusTax));
        QCOMPARE(result.taxRelief.toString(), QLatin1String(expected.relief));
        QCOMPARE(result.taxPayable.toString(), QLatin1String(expected.payable));
        QCOMPARE(result.prepaid, input.prepaid);
        QCOMPARE(result.balance.toString(), QLatin1String(expected.balance));
        QCOMPARE(result.exemptFromPayment, expected.exempt);
        QCOMPARE(result.amountDue.toString(), QLatin1String(expected.due));
        QCOMPARE(result.refund.toString(), QLatin1String(expected.refund));
        QCOMPARE(methodName(result.bonusMethod), QLatin1String(expected.method));
    }

    // A trace changes nothing in the result; its main lines show the result's figures, once each
    // (the optimal method's trial computations leave no lines behind).
    void traceMatchesResult_data() { addReturns(); }

    void traceMatchesResult()
    {
        QFETCH(int, year);
        QFETCH(AnnualReturnInput, input);
        QFETCH(AnnualReturnExpected, expected);
        input.taxYear = year;
        const AnnualReturnResult plain = AnnualReturn::compute(packFor(year), input, nullptr);
        Trace trace;
        const AnnualReturnResult traced = AnnualReturn::compute(packFor(year), input, &trace);
        QCOMPARE(traced.grossIncome, plain.grossIncome);
        QCOMPARE(traced.expensesRow, plain.expensesRow);
        QCOMPARE(traced.authorExemptRow, plain.authorExemptRow);
        QCOMPARE(traced.comprehensiveIncome, plain.comprehensiveIncome);
        QCOMPARE(traced.basicDeduction, plain.basicDeduction);
        QCOMPARE(traced.specialDeductions, plain.specialDeductions);
        QCOMPARE(traced.specialAdditionalDeductions, plain.specialAdditionalDeductions);
        QCOMPARE(traced.otherDeductions, plain.otherDeductions);
        QCOMPARE(traced.donationsDeducted, plain.donationsDeducted);
        QCOMPARE(traced.taxableIncome, plain.taxableIncome);
        QCOMPARE(traced.bracket, plain.bracket);
        QCOMPARE(traced.taxOnComprehensiveIncome, plain.taxOnComprehensiveIncome);
        QCOMPARE(traced.bonusTax, plain.bonusTax);
        QCOMPARE(traced.taxRelief, plain.taxRelief);
        QCOMPARE(traced.taxPayable, plain.taxPayable);
        QCOMPARE(traced.prepaid, plain.prepaid);
        QCOMPARE(traced.balance, plain.balance);
        QCOMPARE(traced.exemptFromPayment, plain.exemptFromPayment);
        QCOMPARE(traced.amountDue, plain.amountDue);
        QCOMPARE(traced.refund, plain.refund);
        QCOMPARE(traced.bonusMethod, plain.bonusMethod);

        const QStringList ids = idsOf(trace);
        const auto valueOf = [&](const char* name) {
            const TraceLine* line = lineWithId(trace, name);
            return line ? line->value : QStringLiteral("(missing)");
        };
        for (const char* name :
             {"comprehensive_income", "taxable_income", "tax_on_comprehensive_income", "tax_payable"}) {
            QCOMPARE(ids.count(QLatin1String(name)), 1);
        }
        QCOMPARE(valueOf("expenses_row"), QLatin1String(expected.expenses));
        QCOMPARE(valueOf("author_exempt_row"), QLatin1String(expected.authorExempt));
        QCOMPARE(valueOf("comprehensive_income"), QLatin1String(expected.comprehensive));
        QCOMPARE(valueOf("special_additional_deductions"), QLatin1String(expected.specialAdditional));
        QCOMPARE(valueOf("other_deductions"), QLatin1String(expected.other));
        QCOMPARE(valueOf("donations_deducted"), QLatin1String(expected.donations));
        QCOMPARE(valueOf("taxable_income"), QLatin1String(expected.taxable));
        QCOMPARE(valueOf("tax_on_comprehensive_income"), QLatin1String(expected.tax));
        QCOMPARE(valueOf("tax_relief"), QLatin1String(expected.relief));
        QCOMPARE(valueOf("tax_payable"), QLatin1String(expected.payable));
        QCOMPARE(valueOf("balance"), QLatin1String(expected.balance));
        QCOMPARE(valueOf("amount_due"), QLatin1String(expected.due));
        QCOMPARE(valueOf("refund"), QLatin1String(expected.refund));
        // The bonus tax line exists when the bonus was taxed separately.
        QCOMPARE(ids.contains(QStringLiteral("bonus_tax")),
                 QLatin1String(expected.method) == QLatin1String("separate"));
        if (ids.contains(QStringLiteral("bonus_tax"))) {
            QCOMPARE(valueOf("bonus_tax"), QLatin1String(expected.bonusTax));
        }
        // The exemption is examined only when there is something to pay.
        QCOMPARE(ids.contains(QStringLiteral("exempt_from_payment")), plain.balance > Money());
        QCOMPARE(ids.contains(QStringLiteral("bonus_method")),
                 input.bonus && input.bonusMethod == BonusMethod::Optimal);
    }

    void traceLineOrder()
    {
        AnnualReturnInput input = wages("200000.00", "10000.00");
        input.taxYear = 2024;
        input.specialDeductions = money("20000.00");
        input.childrenEducation = {{12, 100}};
        Trace trace;
        AnnualReturn::compute(packFor(2024), input, &trace);
        QCOMPARE(idsOf(trace),
                 (QStringList {
                     QStringLiteral("expenses_row"),
                     QStringLiteral("author_exempt_row"),
                     QStringLiteral("basic_deduction"),
                     QStringLiteral("special_deductions"),
                     QStringLiteral("children_education[0]"),
                     QStringLiteral("special_additional_deductions"),
                     QStringLiteral("annuity"),
                     QStringLiteral("commercial_health_insurance"),
                     QStringLiteral("tax_deferred_pension"),
                     QStringLiteral("individual_pension"),
                     QStringLiteral("other_deductions"),
                     QStringLiteral("comprehensive_income"),
                     QStringLiteral("taxable_income_before_donations"),
                     QStringLiteral("donations_deducted"),
                     QStringLiteral("taxable_income"),
                     QStringLiteral("tax_on_comprehensive_income"),
                     QStringLiteral("tax_relief"),
                     QStringLiteral("tax_payable"),
                     QStringLiteral("balance"),
                     QStringLiteral("amount_due"),
                     QStringLiteral("refund"),
                 }));
        const TraceLine* basic = lineWithId(trace, "basic_deduction");
        QCOMPARE(parametersOf(*basic), QStringList {QStringLiteral("basic_deduction.annual=60000.00")});
        QCOMPARE(basic->parameters.front().source.sourceId, QStringLiteral("LAW"));
        QCOMPARE(basic->parameters.front().source.confidence, QStringLiteral("V-law"));
        QVERIFY(basic->parameters.front().source.citation.startsWith(QStringLiteral("《中华人民共和国个人所得税法》")));

        const TraceLine* child = lineWithId(trace, "children_education[0]");
        QCOMPARE(child->value, QStringLiteral("24000.00"));
        QCOMPARE(inputsOf(*child), (QStringList {QStringLiteral("months=12"), QStringLiteral("share_percent=100")}));
        QVERIFY(parametersOf(*child).contains(QStringLiteral("children_education.monthly=2000.00")));
        QCOMPARE(lineWithId(trace, "children_education[0]")->parameters.front().source.sourceId,
                 QStringLiteral("GF2023-13"));

        const TraceLine* tax = lineWithId(trace, "tax_on_comprehensive_income");
        QCOMPARE(inputsOf(*tax), QStringList {QStringLiteral("taxable_income=96000.00")});
        QCOMPARE(parametersOf(*tax),
                 QStringList {QStringLiteral("comprehensive.annual=(36000.00, 144000.00] × 0.10 − 2520.00")});
        QCOMPARE(roundingsOf(*tax), QStringList {QStringLiteral("half-up-to-fen 7080.00 → 7080.00")});
    }

    void traceOfRoundedRows()
    {
        AnnualReturnInput input;
        input.taxYear = 2024;
        input.labor = money("100000.01");
        input.author = money("50000.03");
        input.royalties = money("30000.05");
        Trace trace;
        AnnualReturn::compute(packFor(2024), input, &trace);

        const TraceLine* expenses = lineWithId(trace, "expenses_row");
        QCOMPARE(inputsOf(*expenses),
                 (QStringList {QStringLiteral("labor=100000.01"),
                               QStringLiteral("author=50000.03"),
                               QStringLiteral("royalties=30000.05")}));
        QCOMPARE(parametersOf(*expenses), QStringList {QStringLiteral("expense.rate=0.20")});
        QCOMPARE(roundingsOf(*expenses), QStringList {QStringLiteral("half-up-to-fen 36000.018 → 36000.02")});

        const TraceLine* exempt = lineWithId(trace, "author_exempt_row");
        QCOMPARE(parametersOf(*exempt),
                 (QStringList {QStringLiteral("expense.rate=0.20"), QStringLiteral("author.income_share=0.70")}));
        QCOMPARE(roundingsOf(*exempt), QStringList {QStringLiteral("half-up-to-fen 12000.0072 → 12000.01")});

        const TraceLine* comprehensive = lineWithId(trace, "comprehensive_income");
        QCOMPARE(inputsOf(*comprehensive),
                 (QStringList {QStringLiteral("wages=0.00"),
                               QStringLiteral("labor=100000.01"),
                               QStringLiteral("author=50000.03"),
                               QStringLiteral("royalties=30000.05"),
                               QStringLiteral("expenses_row=36000.02"),
                               QStringLiteral("author_exempt_row=12000.01"),
                               QStringLiteral("bonus_combined=0.00")}));
        QCOMPARE(roundingsOf(*lineWithId(trace, "tax_on_comprehensive_income")),
                 QStringList {QStringLiteral("half-up-to-fen 4680.006 → 4680.01")});
    }

    void traceOfDonationLimit()
    {
        AnnualReturnInput input =
            withDonations(wages("100000.05"),
                          {{money("20000.00"), DonationLimit::ThirtyPercent}, {money("5.00"), DonationLimit::Full}});
        input.taxYear = 2024;
        Trace trace;
        const AnnualReturnResult result = AnnualReturn::compute(packFor(2024), input, &trace);
        QCOMPARE(result.donationsDeducted.toString(), QStringLiteral("12005.02"));

        const TraceLine* limit = lineWithId(trace, "donation_limit");
        QVERIFY(limit);
        QCOMPARE(limit->value, QStringLiteral("12000.02"));
        QCOMPARE(inputsOf(*limit), QStringList {QStringLiteral("taxable_income_before_donations=40000.05")});
        QCOMPARE(parametersOf(*limit), QStringList {QStringLiteral("donation.limit_rate=0.30")});
        QCOMPARE(limit->parameters.front().source.sourceId, QStringLiteral("LAW"));
        QCOMPARE(roundingsOf(*limit), QStringList {QStringLiteral("half-up-to-fen 12000.015 → 12000.02")});

        const TraceLine* deducted = lineWithId(trace, "donations_deducted");
        QCOMPARE(inputsOf(*deducted),
                 (QStringList {QStringLiteral("limited_donations=20000.00"),
                               QStringLiteral("full_donations=5.00"),
                               QStringLiteral("limit=12000.02")}));

        // Without donations there is no limit to show.
        Trace none;
        AnnualReturnInput plain = wages("100000.05");
        plain.taxYear = 2024;
        AnnualReturn::compute(packFor(2024), plain, &none);
        QVERIFY(!lineWithId(none, "donation_limit"));
    }

    void traceOfCaps()
    {
        AnnualReturnInput input = withEveryDeduction(wages("300000.00"));
        input.taxYear = 2024;
        input.annuity = money("5000.00");
        input.commercialHealthInsurance = money("3000.00");
        input.taxDeferredPension = money("12000.01");
        input.individualPension = money("12000.00");
        Trace trace;
        AnnualReturn::compute(packFor(2024), input, &trace);

        QCOMPARE(lineWithId(trace, "annuity")->value, QStringLiteral("5000.00"));
        const TraceLine* health = lineWithId(trace, "commercial_health_insurance");
        QCOMPARE(health->value, QStringLiteral("2400.00"));
        QCOMPARE(inputsOf(*health), QStringList {QStringLiteral("paid=3000.00")});
        QVERIFY(parametersOf(*health).contains(QStringLiteral("commercial_health_insurance.cap=2400.00")));
        QCOMPARE(health->note.toString(), QStringLiteral("capped at 2400.00"));
        QCOMPARE(lineWithId(trace, "tax_deferred_pension")->value, QStringLiteral("12000.00"));
        QCOMPARE(lineWithId(trace, "tax_deferred_pension")->note.toString(), QStringLiteral("capped at 12000.00"));
        // Paid exactly the cap: allowed in full, nothing to note.
        const TraceLine* pension = lineWithId(trace, "individual_pension");
        QCOMPARE(pension->value, QStringLiteral("12000.00"));
        QVERIFY(pension->note.isEmpty());
        QVERIFY(parametersOf(*pension).contains(QStringLiteral("individual_pension.cap=12000.00")));
        QCOMPARE(lineWithId(trace, "other_deductions")->value, QStringLiteral("31400.00"));

        const TraceLine* illness = lineWithId(trace, "serious_illness[1]");
        QCOMPARE(illness->value, QStringLiteral("80000.00"));
        QCOMPARE(illness->note.toString(), QStringLiteral("capped at 80000.00"));
        QCOMPARE(inputsOf(*illness), QStringList {QStringLiteral("out_of_pocket=100000.00")});
        QCOMPARE(parametersOf(*illness),
                 (QStringList {QStringLiteral("serious_illness.threshold=15000.00"),
                               QStringLiteral("serious_illness.cap=80000.00")}));
        QCOMPARE(lineWithId(trace, "serious_illness[0]")->value, QStringLiteral("5000.00"));
        QVERIFY(lineWithId(trace, "serious_illness[0]")->note.isEmpty());
        QCOMPARE(lineWithId(trace, "serious_illness[2]")->value, QStringLiteral("0.00"));

        const TraceLine* infant = lineWithId(trace, "infant_care[0]");
        QCOMPARE(infant->value, QStringLiteral("7000.00"));
        QCOMPARE(inputsOf(*infant), (QStringList {QStringLiteral("months=7"), QStringLiteral("share_percent=50")}));
        QVERIFY(parametersOf(*infant).contains(QStringLiteral("infant_care.monthly=2000.00")));
        QVERIFY(parametersOf(*infant).contains(QStringLiteral("infant_care=2022-01-01/")));
        QCOMPARE(lineWithId(trace, "children_education[1]")->value, QStringLiteral("6000.00"));
        QCOMPARE(lineWithId(trace, "continuing_education")->value, QStringLiteral("7600.00"));
        QCOMPARE(lineWithId(trace, "housing_loan_interest")->value, QStringLiteral("12000.00"));
        const TraceLine* elderly = lineWithId(trace, "elderly_support");
        QCOMPARE(elderly->value, QStringLiteral("36000.00"));
        QCOMPARE(parametersOf(*elderly), QStringList {QStringLiteral("elderly_support.only_child_monthly=3000.00")});
    }

    void traceOfReliefAndExemption()
    {
        AnnualReturnInput relieved = wages("70000.00");
        relieved.taxYear = 2024;
        relieved.taxRelief = money("500.00");
        Trace reliefTrace;
        AnnualReturn::compute(packFor(2024), relieved, &reliefTrace);
        const TraceLine* relief = lineWithId(reliefTrace, "tax_relief");
        QCOMPARE(relief->value, QStringLiteral("300.00"));
        QCOMPARE(inputsOf(*relief),
                 (QStringList {QStringLiteral("tax_relief_claimed=500.00"), QStringLiteral("tax=300.00")}));
        QCOMPARE(relief->note.toString(), QStringLiteral("limited to the tax of 300.00"));

        AnnualReturnInput exempt = wages("120000.00");
        exempt.taxYear = 2024;
        Trace exemptTrace;
        AnnualReturn::compute(packFor(2024), exempt, &exemptTrace);
        const TraceLine* line = lineWithId(exemptTrace, "exempt_from_payment");
        QVERIFY(line);
        QCOMPARE(line->value, QStringLiteral("true"));
        QCOMPARE(
            inputsOf(*line),
            (QStringList {QStringLiteral("gross_comprehensive_income=120000.00"), QStringLiteral("balance=3480.00")}));
        QCOMPARE(parametersOf(*line),
                 (QStringList {QStringLiteral("exemption.income_ceiling=120000.00"),
                               QStringLiteral("exemption.balance_ceiling=400.00"),
                               QStringLiteral("reconciliation_exemption=2024-01-01/2027-12-31")}));
        QCOMPARE(line->parameters.back().source.sourceId, QStringLiteral("MOF2023-32"));
    }

    void traceOfOptimalTie()
    {
        AnnualReturnInput input = withBonus(wages("60000.00"), "20000.00", BonusMethod::Optimal);
        input.taxYear = 2024;
        Trace trace;
        AnnualReturn::compute(packFor(2024), input, &trace);
        const TraceLine* method = lineWithId(trace, "bonus_method");
        QVERIFY(method);
        QCOMPARE(method->value, QStringLiteral("separate"));
        QCOMPARE(inputsOf(*method),
                 (QStringList {QStringLiteral("tax_payable_separate=600.00"),
                               QStringLiteral("tax_payable_combined=600.00")}));
        QCOMPARE(parametersOf(*method), QStringList {QStringLiteral("annual_bonus_separate=2019-01-01/2027-12-31")});
        const TraceLine* bonus = lineWithId(trace, "bonus_tax");
        QVERIFY(bonus);
        QCOMPARE(bonus->value, QStringLiteral("600.00"));
        QCOMPARE(inputsOf(*bonus), QStringList {QStringLiteral("bonus=20000.00")});
    }
};

HUISUAN_REGISTER_TEST(TestAnnualReturn)
#include "TestAnnualReturn.moc"
