// SPDX-License-Identifier: GPL-3.0-or-later
#include "compute/TaxYearReader.h"

#include "rules/RulePackRegistry.h"

#include <QtGlobal>

namespace huisuan {

const RulePack* readTaxYear(ObjectReader& reader)
{
    const QString key = QStringLiteral("tax_year");
    const JsonValue* value = reader.member(key, true);
    if (!value) {
        return nullptr;
    }
    const auto& registry = RulePackRegistry::builtIn();
    const auto year = value->toInteger();
    if (!value->isNumber() || !year) {
        reader.addProblem(key, QT_TRANSLATE_NOOP("Problem", "must be a JSON integer such as 2024"));
        return nullptr;
    }
    // Compared as the 53-bit integer it is: narrowed to int first, 2^32 + 2024 would pass as 2024.
    const bool inRange = *year >= registry.firstYear() && *year <= registry.lastYear();
    const RulePack* pack = inRange ? registry.forYear(int(*year)) : nullptr;
    if (!pack) {
        reader.addProblem(
            key,
            QT_TRANSLATE_NOOP("Problem", "%1 is not supported: rule packs exist for tax years %2–%3"),
            {QString::number(*year), QString::number(registry.firstYear()), QString::number(registry.lastYear())});
    }
    return pack;
}

bool requirePolicy(ObjectReader& reader, const QString& key, const Policy& policy, const char* what, int taxYear)
{
    if (policy.inForce) {
        return true;
    }
    const QString from = policy.validFrom.toString(Qt::ISODate);
    const QString to = policy.validTo.isNull() ? QString() : policy.validTo.toString(Qt::ISODate);
    reader.addProblem(key,
                      QT_TRANSLATE_NOOP("Problem", "%1 is not in force in tax year %2 (in force %3 to %4, %5)"),
                      {QLatin1String(what),
                       QString::number(taxYear),
                       from,
                       to.isEmpty() ? QStringLiteral(QT_TRANSLATE_NOOP("Problem", "now")) : to,
                       policy.source.citation});
    return false;
}

} // namespace huisuan
