// SPDX-License-Identifier: GPL-3.0-or-later
#include "ZipXmlPart.h"

namespace huisuan {

namespace {
constexpr int ChunkBytes = 64 * 1024;
} // namespace

ZipXmlPart::ZipXmlPart(unzFile zip, const QString& name, qint64 maxBytes)
    : m_zip(zip)
    , m_maxBytes(maxBytes)
{
    // Part names in an XLSX are case-insensitive (ECMA-376 Part 2, 8.1.3.3): 2 asks minizip for that.
    if (unzLocateFile(m_zip, name.toUtf8().constData(), 2) != UNZ_OK) {
        m_status = Status::Missing;
        m_end = true;
        return;
    }
    m_open = unzOpenCurrentFile(m_zip) == UNZ_OK;
    if (!m_open) {
        m_status = Status::Corrupt;
        m_end = true;
    }
}

ZipXmlPart::~ZipXmlPart()
{
    if (m_open) {
        unzCloseCurrentFile(m_zip);
    }
}

QXmlStreamReader::TokenType ZipXmlPart::next()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token != QXmlStreamReader::Invalid || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError ||
            m_end) {
            return token;
        }
        refill();
    }
}

void ZipXmlPart::refill()
{
    char buffer[ChunkBytes];
    const int read = unzReadCurrentFile(m_zip, buffer, ChunkBytes);
    if (read < 0) {
        m_status = Status::Corrupt;
        m_end = true;
    } else if (read == 0) {
        m_end = true;
    } else if (m_inflated + read > m_maxBytes) {
        m_status = Status::TooLarge;
        m_end = true;
    } else {
        m_inflated += read;
        m_xml.addData(QByteArray(buffer, read));
    }
}

ZipXmlPart::Status ZipXmlPart::status() const
{
    if (m_status == Status::Good && m_xml.hasError() &&
        (m_end || m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)) {
        return Status::Corrupt;
    }
    return m_status;
}

} // namespace huisuan
