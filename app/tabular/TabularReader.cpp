// SPDX-License-Identifier: GPL-3.0-or-later
#include "TabularReader.h"

#include "CsvReader.h"
#include "TabularRowSink.h"
#include "XlsxReader.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace huisuan {

namespace {

class TabularReaderText
{
    Q_DECLARE_TR_FUNCTIONS(TabularReader)

public:
    static QString tooLarge(qint64 size, qint64 maxBytes)
    {
        const QLocale locale;
        return tr("This file is %1, more than the %2 that can be imported at once. Split it (by month or by "
                  "department) and import the parts one after another.")
            .arg(locale.formattedDataSize(size), locale.formattedDataSize(maxBytes));
    }
    static QString unreadable(const QString& why)
    {
        return tr("The file could not be opened (%1). Check that it exists and that you may read it.").arg(why);
    }
    static QString oldExcel()
    {
        return tr("This is an Excel 97-2003 workbook (.xls), which cannot be imported. Open it in Excel, save it as "
                  "\"Excel Workbook (*.xlsx)\" and import that file.");
    }
};

} // namespace

QList<TabularProblem> TabularReader::forEachRow(const QString& path, const RowCallback& onRow, qint64 maxBytes)
{
    const QFileInfo info(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {TabularProblem {path, 0, 0, TabularReaderText::unreadable(file.errorString())}};
    }
    if (file.size() > maxBytes) {
        return {TabularProblem {path, 0, 0, TabularReaderText::tooLarge(file.size(), maxBytes)}};
    }
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.startsWith("\xD0\xCF\x11\xE0")) {
        return {TabularProblem {path, 0, 0, TabularReaderText::oldExcel()}};
    }
    const bool xlsx = magic.startsWith("PK\x03\x04") || info.suffix().compare(u"xlsx", Qt::CaseInsensitive) == 0;
    TabularRowSink sink(path, xlsx ? TabularRowSink::Width::Sparse : TabularRowSink::Width::Exact, onRow);
    if (xlsx) {
        XlsxReader::read(path, sink, maxBytes);
    } else {
        CsvReader::read(path, sink);
    }
    return sink.takeProblems();
}

TabularSheet TabularReader::read(const QString& path, qint64 maxBytes)
{
    TabularSheet sheet;
    sheet.file = path;
    bool header = true;
    sheet.problems = forEachRow(
        path,
        [&](const TabularRow& row) {
            if (header) {
                for (const TabularCell& cell : row) {
                    sheet.header.append(cell.text.trimmed());
                }
                header = false;
            } else {
                sheet.rows.append(row);
            }
            return true;
        },
        maxBytes);
    return sheet;
}

} // namespace huisuan
