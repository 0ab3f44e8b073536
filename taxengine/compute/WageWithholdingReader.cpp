// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/InputReaders.h"
#include "compute/TaxYearReader.h"

#include "json/ObjectReader.h"

namespace huisuan {

namespace {

constexpr int january = 1;
constexpr int december = 12;

std::optional<WageMonthInput> readMonth(const JsonValue& json, const QString& path, Problems& problems)
{
    ObjectReader reader(json, path, problems);
    const size_t before = problems.size();
    WageMonthInput month;
    month.month = reader.integer(QStringLiteral("month"), january, december, true).value_or(0);
    month.wages = reader.money(QStringLiteral("wages")).value_or(Money());
    month.taxFreeIncome = reader.money(QStringLiteral("tax_free_income")).value_or(Money());
    month.specialDeductions = reader.money(QStringLiteral("special_deductions")).value_or(Money());
    month.specialAdditionalDeductions = reader.money(QStringLiteral("special_additional_deductions")).value_or(Money());
    month.otherDeductions = reader.money(QStringLiteral("other_deductions")).value_or(Money());
    month.taxRelief = reader.money(QStringLiteral("tax_relief")).value_or(Money());
    reader.finish();
    if (problems.size() != before) {
        return std::nullopt;
    }
    return month;
}

} // namespace

ReadInput<WageWithholdingInput> readWageWithholdingInput(const JsonValue& json, Problems& problems)
{
    const size_t before = problems.size();
    ObjectReader reader(json, QString(), problems);
    ReadInput<WageWithholdingInput> read;
    WageWithholdingInput input;
    read.pack = readTaxYear(reader);
    const auto firstMonth = reader.integer(QStringLiteral("first_month"), january, december, false, january);
    input.firstMonth = firstMonth.value_or(january);
    input.firstJobInYear = reader.boolean(QStringLiteral("first_job_in_year"), false).value_or(false);
    input.basicDeductionFromJanuary =
        reader.boolean(QStringLiteral("basic_deduction_from_january"), false).value_or(false);
    const JsonValue* months = reader.array(QStringLiteral("months"), true);
    reader.finish();

    if (months) {
        const QString path = reader.pathOf(QStringLiteral("months"));
        if (months->items().empty()) {
            problems.push_back({path, QStringLiteral("needs at least one month")});
        }
        int previous = 0;
        for (size_t i = 0; i < months->items().size(); ++i) {
            const QString monthPath = indexPath(path, i);
            auto month = readMonth(months->items()[i], monthPath, problems);
            if (!month) {
                continue;
            }
            const QString monthField = monthPath + QStringLiteral(".month");
            if (firstMonth && month->month < input.firstMonth) {
                problems.push_back({monthField,
                                    QStringLiteral("month %1 is before first_month %2: wages paid before "
                                                   "employment began belong to another employer's cumulation")
                                        .arg(month->month)
                                        .arg(input.firstMonth)});
            } else if (month->month <= previous) {
                problems.push_back({monthField,
                                    QStringLiteral("month %1 must come after month %2: months strictly increase")
                                        .arg(month->month)
                                        .arg(previous)});
            }
            previous = std::max(previous, month->month);
            input.months.push_back(*month);
        }
    }

    if (read.pack) {
        const int year = read.pack->taxYear;
        if (input.firstJobInYear &&
            requirePolicy(reader,
                          QStringLiteral("first_job_in_year"),
                          read.pack->firstJobInYear,
                          "The first-job-in-the-year rule",
                          year)) {
            const QDate from = read.pack->firstJobInYear.validFrom;
            if (from.year() == year && input.firstMonth < from.month()) {
                reader.addProblem(QStringLiteral("first_job_in_year"),
                                  QStringLiteral("applies from %1 (%2); employment that began in month %3 of %4 "
                                                 "cannot use it")
                                      .arg(from.toString(Qt::ISODate), read.pack->firstJobInYear.source.citation)
                                      .arg(input.firstMonth)
                                      .arg(year));
            }
        }
        if (input.basicDeductionFromJanuary &&
            requirePolicy(reader,
                          QStringLiteral("basic_deduction_from_january"),
                          read.pack->basicDeductionFromJanuaryPolicy,
                          "The rule of the whole year's basic deduction from January",
                          year)) {
            if (input.firstMonth != january) {
                reader.addProblem(QStringLiteral("basic_deduction_from_january"),
                                  QStringLiteral("needs employment with this employer from January "
                                                 "(first_month is %1)")
                                      .arg(input.firstMonth));
            }
            if (input.firstJobInYear) {
                reader.addProblem(QStringLiteral("basic_deduction_from_january"),
                                  QStringLiteral("cannot be combined with first_job_in_year: it requires wages "
                                                 "from this employer in every month of the previous year"));
            }
        }
    }
    if (problems.size() == before && read.pack) {
        read.input = std::move(input);
        read.input->taxYear = read.pack->taxYear;
    }
    return read;
}

} // namespace huisuan
