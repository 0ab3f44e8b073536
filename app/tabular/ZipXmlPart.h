// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QXmlStreamReader>
#include <minizip/unzip.h>

namespace huisuan {

/**
 * One XML part of a zip (an XLSX's sheet, shared strings, styles) fed to QXmlStreamReader a chunk
 * at a time, so that no part is ever inflated whole, and never more than maxBytes of it: a part
 * that inflates beyond that (a zip bomb) ends as TooLarge instead of filling the memory.
 */
class ZipXmlPart
{
public:
    enum class Status { Good, Missing, TooLarge, Corrupt };

    ZipXmlPart(unzFile zip, const QString& name, qint64 maxBytes);
    ~ZipXmlPart();
    ZipXmlPart(const ZipXmlPart&) = delete;
    ZipXmlPart& operator=(const ZipXmlPart&) = delete;

    /** The next token, reading more of the part when the parser needs it; Invalid at the end or on an error. */
    QXmlStreamReader::TokenType next();
    QXmlStreamReader& xml() { return m_xml; }
    /** Good while the part reads well; else why it stopped. Malformed XML is Corrupt. */
    Status status() const;

private:
    void refill();

    unzFile m_zip;
    qint64 m_maxBytes;
    qint64 m_inflated = 0;
    bool m_open = false;
    bool m_end = false;
    Status m_status = Status::Good;
    QXmlStreamReader m_xml;
};

} // namespace huisuan
