// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace huisuan {

class TabularRowSink;

/**
 * The first sheet of an XLSX workbook, streamed with minizip and QXmlStreamReader (no sheet is
 * ever held whole): shared and inline strings, numbers (as the file's text), booleans, and numbers
 * formatted as dates (as Date cells). A formula is a problem at its cell (its cached value may be
 * stale, so it is not trusted); so is a merged range, an error value, and a part that inflates
 * beyond its cap.
 */
class XlsxReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    /** maxBytes caps the file and its inflated shared strings (held whole); the sheet, streamed, may inflate to 32
     * times it. */
    static void read(const QString& path, TabularRowSink& sink, qint64 maxBytes);
};

} // namespace huisuan
