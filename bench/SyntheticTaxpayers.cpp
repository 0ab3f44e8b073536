// SPDX-License-Identifier: GPL-3.0-or-later
#include "SyntheticTaxpayers.h"

#include "compute/InputReaders.h"

#include "json/CanonicalJsonWriter.h"
#include <cstdint>
#include <stdexcept>

namespace huisuan::bench {

namespace {

constexpr std::int64_t fenPerYuan = 100;

JsonValue money(std::int64_t fen)
{
    return JsonValue::string(Money::fromFen(fen).toString());
}

JsonValue yuan(std::int64_t yuan)
{
    return money(yuan * fenPerYuan);
}

std::int64_t wagesYuan(int i)
{
    return 36000 + 2400 * (i % 120);
}

JsonValue sharedClaim(int months, int sharePercent)
{
    return JsonValue::object({{QStringLiteral("months"), JsonValue::integer(months)},
                              {QStringLiteral("share_percent"), JsonValue::integer(sharePercent)}});
}

JsonValue income(int i)
{
    JsonValue income = JsonValue::object();
    income.insert(QStringLiteral("wages"), yuan(wagesYuan(i)));
    if (i % 4 == 1) {
        income.insert(QStringLiteral("labor"), money(80000 + 731357 * (i % 29)));
    }
    if (i % 6 == 2) {
        income.insert(QStringLiteral("author"), money(50000 + 1234567 * (i % 31)));
    }
    if (i % 9 == 4) {
        income.insert(QStringLiteral("royalties"), money(200000 + 500311 * (i % 13)));
    }
    if (i % 5 == 0) {
        static const QString methods[] = {
            QStringLiteral("separate"), QStringLiteral("combined"), QStringLiteral("optimal")};
        income.insert(QStringLiteral("annual_bonus"),
                      JsonValue::object({{QStringLiteral("amount"), money(1200000 * (1 + i % 10) + i % 100)},
                                         {QStringLiteral("method"), JsonValue::string(methods[(i / 5) % 3])}}));
    }
    return income;
}

JsonValue specialAdditionalDeductions(int i)
{
    JsonValue deductions = JsonValue::object();
    if (i % 3 != 0) {
        JsonValue children = JsonValue::array();
        for (int child = 0; child < i % 3; ++child) {
            children.append(sharedClaim(12 - child * 4, i % 2 == 0 ? 100 : 50));
        }
        deductions.insert(QStringLiteral("children_education"), std::move(children));
    }
    if (i % 8 == 3) {
        deductions.insert(QStringLiteral("infant_care"), JsonValue::array({sharedClaim(1 + i % 12, 50)}));
    }
    if (i % 10 == 7) {
        deductions.insert(QStringLiteral("continuing_education"),
                          JsonValue::object({{QStringLiteral("degree_months"), JsonValue::integer(i % 13)},
                                             {QStringLiteral("certificate"), JsonValue::boolean(i % 20 == 7)}}));
    }
    if (i % 25 == 11) {
        deductions.insert(QStringLiteral("serious_illness"),
                          JsonValue::array({JsonValue::object(
                              {{QStringLiteral("out_of_pocket"), money(1500000 + 99733 * (i % 90))}})}));
    }
    if (i % 4 == 0) {
        deductions.insert(QStringLiteral("housing_loan_interest"), sharedClaim(12, 100));
    } else if (i % 4 == 2) {
        static const std::int64_t standards[] = {1500, 1100, 800};
        deductions.insert(QStringLiteral("housing_rent"),
                          JsonValue::object({{QStringLiteral("months"), JsonValue::integer(12)},
                                             {QStringLiteral("monthly_standard"), yuan(standards[i % 3])}}));
    }
    if (i % 3 == 0) {
        deductions.insert(QStringLiteral("elderly_support"),
                          JsonValue::object({{QStringLiteral("months"), JsonValue::integer(12)},
                                             {QStringLiteral("only_child"), JsonValue::boolean(true)}}));
    } else if (i % 3 == 1) {
        deductions.insert(QStringLiteral("elderly_support"),
                          JsonValue::object({{QStringLiteral("months"), JsonValue::integer(12)},
                                             {QStringLiteral("only_child"), JsonValue::boolean(false)},
                                             {QStringLiteral("monthly_share"), yuan(1000)}}));
    }
    return deductions;
}

JsonValue donations(int i)
{
    JsonValue donations = JsonValue::array();
    donations.append(JsonValue::object({{QStringLiteral("amount"), money(300000 + 1234567 * (i % 11))},
                                        {QStringLiteral("limit"), JsonValue::string(QStringLiteral("30%"))}}));
    if (i % 10 == 3) {
        donations.append(JsonValue::object({{QStringLiteral("amount"), yuan(2000)},
                                            {QStringLiteral("limit"), JsonValue::string(QStringLiteral("full"))}}));
    }
    return donations;
}

JsonValue annualReturn(int i, int taxYear)
{
    JsonValue input = JsonValue::object();
    input.insert(QStringLiteral("tax_year"), JsonValue::integer(taxYear));
    input.insert(QStringLiteral("income"), income(i));
    // Roughly what an employer would have withheld, and 三险一金 at 10.5% of wages.
    const std::int64_t wagesFen = wagesYuan(i) * fenPerYuan;
    input.insert(QStringLiteral("prepaid"), money(wagesFen * 3 / 100));
    input.insert(QStringLiteral("special_deductions"), money(wagesFen * 105 / 1000));
    if (i % 23 == 0) {
        input.insert(QStringLiteral("tax_relief"), yuan(300));
    }
    input.insert(QStringLiteral("special_additional_deductions"), specialAdditionalDeductions(i));
    if (i % 7 == 5) {
        input.insert(QStringLiteral("other_deductions"),
                     JsonValue::object({{QStringLiteral("annuity"), yuan(1200)},
                                        {QStringLiteral("commercial_health_insurance"), money(150000 + 7919 * i)},
                                        {QStringLiteral("tax_deferred_pension"), yuan(12000)},
                                        {QStringLiteral("individual_pension"), yuan(6000 + 100 * (i % 90))}}));
    }
    if (i % 5 == 3) {
        input.insert(QStringLiteral("donations"), donations(i));
    }
    return input;
}

} // namespace

SyntheticTaxpayers::SyntheticTaxpayers(int taxpayers, int taxYear)
{
    for (int i = 0; i < taxpayers; ++i) {
        const JsonValue json = annualReturn(i, taxYear);
        Problems problems;
        auto read = readAnnualReturnInput(json, problems);
        const auto written = CanonicalJsonWriter::write(json);
        if (!read.input || !written.ok) {
            const QString why = problems.empty() ? written.error : problems.front().toString();
            throw std::runtime_error("synthetic return " + std::to_string(i) + " refused: " + why.toStdString());
        }
        m_pack = read.pack;
        m_inputs.push_back(std::move(*read.input));
        m_documents.push_back(written.bytes);
    }
}

} // namespace huisuan::bench
