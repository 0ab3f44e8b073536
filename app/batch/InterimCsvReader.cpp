// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/InterimCsvReader.h"

#include <QFile>
#include <QStringDecoder>

namespace huisuan {

TabularSheet InterimCsvReader::read(const QString& file)
{
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly)) {
        TabularSheet sheet;
        sheet.file = file;
        sheet.problems.append(
            {file,
             0,
             0,
             tr("Could not open the file (%1). Check its name and that it can be read.").arg(in.errorString())});
        return sheet;
    }
    return parse(file, in.readAll());
}

TabularSheet InterimCsvReader::parse(const QString& file, const QByteArray& bytes)
{
    TabularSheet sheet;
    sheet.file = file;
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(bytes);
    if (decoder.hasError()) {
        sheet.problems.append(
            {file, 0, 0, tr("The file is not UTF-8 text. Save it as CSV UTF-8 and import it again.")});
        return sheet;
    }
    if (text.startsWith(QChar(0xFEFF))) {
        text.remove(0, 1);
    }
    QList<QStringList> records;
    QStringList record;
    QString value;
    bool quoted = false;
    bool atFieldStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                value.append(c);
                ++i;
            } else if (c == QLatin1Char('"')) {
                quoted = false;
            } else {
                value.append(c);
            }
        } else if (c == QLatin1Char('"') && atFieldStart) {
            quoted = true;
            atFieldStart = false;
        } else if (c == QLatin1Char(',')) {
            record.append(value);
            value.clear();
            atFieldStart = true;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text.at(i + 1) == QLatin1Char('\n')) {
                ++i;
            }
            record.append(value);
            records.append(record);
            record.clear();
            value.clear();
            atFieldStart = true;
        } else {
            value.append(c);
            atFieldStart = false;
        }
    }
    if (!value.isEmpty() || !record.isEmpty()) {
        record.append(value);
        records.append(record);
    }
    if (records.isEmpty()) {
        sheet.problems.append({file, 0, 0, tr("The file is empty. It needs a header row and one row per employee.")});
        return sheet;
    }
    sheet.header = records.takeFirst();
    for (int index = 0; index < records.size(); ++index) {
        const QStringList& fields = records.at(index);
        if (fields.size() == 1 && fields.first().trimmed().isEmpty()) {
            continue; // a blank line
        }
        QList<TabularCell> cells;
        for (int column = 0; column < fields.size(); ++column) {
            cells.append({fields.at(column), index + 2, column + 1});
        }
        sheet.rows.append(cells);
    }
    return sheet;
}

} // namespace huisuan
