// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzzes the XLSX reader (issue 6). An odd first byte: the rest is the file itself (the zip layer).
// An even one: the rest is the sheet's body, a NUL, and the shared strings' items, zipped into a
// workbook here, so that mutations reach the XML rather than break the zip's checksums.
#include "TabularFuzzChecks.h"
#include "tabular/TabularFixtures.h"

#include <QTemporaryDir>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    if (size == 0) {
        return 0;
    }
    const QByteArray rest(reinterpret_cast<const char*>(data + 1), static_cast<qsizetype>(size - 1));
    const QTemporaryDir directory;
    const QString path = directory.filePath(QStringLiteral("fuzz.xlsx"));
    if (data[0] % 2 == 1) {
        huisuan::fuzz::require(huisuan::test::writeBytes(path, rest), "cannot write the workbook");
        huisuan::fuzz::checkTabularFile(path, true);
        return 0;
    }
    const qsizetype split = rest.indexOf('\0');
    const QByteArray sheet = split < 0 ? rest : rest.left(split);
    const QByteArray strings = split < 0 ? QByteArray() : rest.mid(split + 1);
    huisuan::fuzz::require(huisuan::test::writeZip(path, huisuan::test::workbookParts(sheet, strings)),
                           "cannot write the workbook");
    huisuan::fuzz::checkTabularFile(path, true);
    return 0;
}
