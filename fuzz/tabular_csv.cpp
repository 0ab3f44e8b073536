// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the CSV reader (issue 6): any bytes, as a file, through encoding detection and libcsv.
#include "TabularFuzzChecks.h"

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    // A leading zip or OLE signature would send the bytes to another reader: this target is the CSV one.
    if (bytes.startsWith("PK") || bytes.startsWith("\xD0\xCF")) {
        bytes.prepend('\n');
    }
    const auto file = huisuan::fuzz::temporaryFile(bytes);
    huisuan::fuzz::checkTabularFile(file->fileName(), false);
    return 0;
}
