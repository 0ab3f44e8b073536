// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/InputReaders.h"
#include "compute/TaxYearReader.h"

#include "json/ObjectReader.h"

namespace huisuan {

ReadInput<PaymentPrepaymentInput> readPaymentPrepaymentInput(const JsonValue& json, Problems& problems)
{
    const size_t before = problems.size();
    ObjectReader reader(json, QString(), problems);
    ReadInput<PaymentPrepaymentInput> read;
    PaymentPrepaymentInput input;
    read.pack = readTaxYear(reader);
    const auto category = reader.string(QStringLiteral("category"), true);
    if (category == QLatin1String("labor")) {
        input.category = PaymentCategory::Labor;
    } else if (category == QLatin1String("author")) {
        input.category = PaymentCategory::Author;
    } else if (category == QLatin1String("royalty")) {
        input.category = PaymentCategory::Royalty;
    } else if (category) {
        reader.addProblem(QStringLiteral("category"),
                          QStringLiteral("\"%1\" is not a category: use labor, author or royalty").arg(*category));
    }
    input.amount = reader.money(QStringLiteral("amount"), true).value_or(Money());
    reader.finish();
    if (problems.size() == before && read.pack) {
        input.taxYear = read.pack->taxYear;
        read.input = input;
    }
    return read;
}

ReadInput<Money> readAnnualBonusInput(const JsonValue& json, Problems& problems)
{
    const size_t before = problems.size();
    ObjectReader reader(json, QString(), problems);
    ReadInput<Money> read;
    read.pack = readTaxYear(reader);
    const auto amount = reader.money(QStringLiteral("amount"), true);
    reader.finish();
    if (read.pack) {
        requirePolicy(reader,
                      QStringLiteral("tax_year"),
                      read.pack->annualBonusSeparate,
                      "Separate taxation of the annual bonus",
                      read.pack->taxYear);
    }
    if (problems.size() == before && read.pack && amount) {
        read.input = *amount;
    }
    return read;
}

std::optional<IdentifierInput> readIdentifierInput(const JsonValue& json, Problems& problems)
{
    const size_t before = problems.size();
    ObjectReader reader(json, QString(), problems);
    IdentifierInput input;
    const auto type = reader.string(QStringLiteral("type"), true);
    if (type == QLatin1String("resident-id")) {
        input.type = IdentifierInput::Type::ResidentId;
    } else if (type == QLatin1String("uscc")) {
        input.type = IdentifierInput::Type::SocialCreditCode;
    } else if (type) {
        reader.addProblem(QStringLiteral("type"),
                          QStringLiteral("\"%1\" is not an identifier type: use resident-id or uscc").arg(*type));
    }
    input.value = reader.string(QStringLiteral("value"), true).value_or(QString());
    reader.finish();
    if (problems.size() != before) {
        return std::nullopt;
    }
    return input;
}

} // namespace huisuan
