// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the rule-pack loader. A pack is refused whole with at least one problem, or loaded with
// none; a loaded pack's id is the hash of its canonical form, so the canonical re-serialisation of
// the same pack must load too and carry the same id, or one pack would have two identities in the
// returns computed with it.

#include "FuzzCheck.h"
#include "rules/RulePackLoader.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <cstdint>

using huisuan::CanonicalJsonWriter;
using huisuan::JsonReader;
using huisuan::RulePackLoader;
using huisuan::fuzz::require;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    // Raw data, not a copy: a read past the end of the pack is an AddressSanitizer report.
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto loaded = RulePackLoader::load(bytes);
    if (!loaded.pack) {
        require(!loaded.problems.empty(), "a pack was refused without a problem");
        return 0;
    }
    require(loaded.problems.empty(), "a pack was loaded despite problems");
    const auto parsed = JsonReader::parse(bytes);
    require(parsed.ok, "a loaded pack does not parse", parsed.error);
    const auto canonical = CanonicalJsonWriter::write(parsed.value);
    require(canonical.ok, "a loaded pack has no canonical form", canonical.error);
    const auto reloaded = RulePackLoader::load(canonical.bytes);
    require(reloaded.pack.has_value(), "the canonical form of a loaded pack is refused");
    require(reloaded.pack->id == loaded.pack->id,
            "the canonical form of a pack loads with another id",
            loaded.pack->id + QStringLiteral(" / ") + reloaded.pack->id);
    return 0;
}
