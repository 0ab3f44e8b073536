// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the engine's public entry point with untrusted documents. The first byte picks the kind
// of computation; the rest is the document, a bare input or a whole case. Validation must refuse
// every input the engine cannot compute: a Failed outcome means an internal error or an overflow
// got past the readers, which is a bug however odd the input.

#include "FuzzCheck.h"
#include "compute/ComputeService.h"
#include "rules/RulePackRegistry.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <cstdint>
#include <iterator>

namespace {

using huisuan::CanonicalJsonWriter;
using huisuan::ComputeKind;
using huisuan::ComputeService;
using huisuan::JsonReader;
using huisuan::JsonValue;
using huisuan::RulePackRegistry;
using huisuan::fuzz::require;

// The order is the corpus format: fuzz/corpus/compute_input/ files start with this index.
constexpr ComputeKind kinds[] = {
    ComputeKind::WageWithholding,
    ComputeKind::PaymentPrepayment,
    ComputeKind::AnnualBonus,
    ComputeKind::AnnualReturn,
    ComputeKind::Identifier,
};

// A result must come from the rule pack of the year the input asked for. The years are compared
// as JSON text, so a year that only matches after a narrowing conversion does not pass.
void requireRequestedYear(const QByteArray& document, const JsonValue& result)
{
    const auto parsed = JsonReader::parse(document);
    require(parsed.ok, "a computed document does not parse");
    const JsonValue* input = parsed.value.find(QStringLiteral("input"));
    const JsonValue* year = (input ? *input : parsed.value).find(QStringLiteral("tax_year"));
    const JsonValue* packId = result.find(QStringLiteral("rule_pack"));
    require(year && packId, "a computed result lacks its tax year or its rule pack");
    const auto* pack = RulePackRegistry::builtIn().byId(packId->text());
    require(pack && QString::number(pack->taxYear) == year->text(),
            "the result was computed with the rule pack of another year than the input's",
            QStringLiteral("tax_year %1, rule pack %2").arg(year->text(), packId->text()));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const ComputeKind kind = kinds[data[0] % std::size(kinds)];
    // Raw data, not a copy: a read past the end of the document is an AddressSanitizer report.
    const QByteArray document = QByteArray::fromRawData(reinterpret_cast<const char*>(data + 1), qsizetype(size - 1));
    ComputeService::Options options;
    options.withTrace = true;
    const auto outcome = ComputeService::computeDocument(kind, document, options);
    switch (outcome.status) {
    case ComputeService::Status::Failed:
        require(false, "an internal error escaped validation", outcome.failure);
        break;
    case ComputeService::Status::Refused:
        require(!outcome.problems.empty(), "an input was refused without a problem");
        break;
    case ComputeService::Status::Computed:
        require(CanonicalJsonWriter::write(outcome.result).ok, "a result has no canonical form");
        if (kind != ComputeKind::Identifier) {
            requireRequestedYear(document, outcome.result);
        }
        break;
    }
    return 0;
}
