// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace huisuan::test {

using ZipPart = QPair<QString, QByteArray>;

/** Writes bytes to path; false if it could not. */
bool writeBytes(const QString& path, const QByteArray& bytes);

/** Writes a zip of these parts (deflated) with minizip: for XLSX parts no spreadsheet program would write. */
bool writeZip(const QString& path, const QList<ZipPart>& parts);

/**
 * The parts of a one-sheet workbook around this sheet XML (the content of <sheetData> and what
 * follows it) and these shared strings (each an <si> already), as Excel lays them out.
 */
QList<ZipPart> workbookParts(const QByteArray& sheetBody, const QByteArray& sharedStrings = QByteArray());

} // namespace huisuan::test
