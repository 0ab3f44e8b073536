// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularFixtures.h"

#include <QFile>
#include <minizip/zip.h>

namespace huisuan::test {

bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

bool writeZip(const QString& path, const QList<ZipPart>& parts)
{
    zipFile zip = zipOpen64(path.toUtf8().constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        return false;
    }
    bool ok = true;
    for (const ZipPart& part : parts) {
        ok = ok &&
            zipOpenNewFileInZip64(zip,
                                  part.first.toUtf8().constData(),
                                  nullptr,
                                  nullptr,
                                  0,
                                  nullptr,
                                  0,
                                  nullptr,
                                  Z_DEFLATED,
                                  Z_BEST_COMPRESSION,
                                  1) == ZIP_OK &&
            zipWriteInFileInZip(zip, part.second.constData(), static_cast<unsigned>(part.second.size())) == ZIP_OK &&
            zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

QList<ZipPart> workbookParts(const QByteArray& sheetBody, const QByteArray& sharedStrings)
{
    const QByteArray main("http://schemas.openxmlformats.org/spreadsheetml/2006/main");
    const QByteArray relations("http://schemas.openxmlformats.org/officeDocument/2006/relationships");
    QList<ZipPart> parts {
        {QStringLiteral("[Content_Types].xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"},
        {QStringLiteral("xl/workbook.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"" + main + "\" xmlns:r=\"" + relations +
             "\"><sheets><sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>"},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
         "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
         "Type=\"" +
             relations + "/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>"},
        {QStringLiteral("xl/worksheets/sheet1.xml"),
         "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"" + main + "\">" + sheetBody + "</worksheet>"},
    };
    if (!sharedStrings.isEmpty()) {
        parts.append(
            {QStringLiteral("xl/sharedStrings.xml"),
             "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"" + main + "\">" + sharedStrings + "</sst>"});
    }
    return parts;
}

} // namespace huisuan::test
