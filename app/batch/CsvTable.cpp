// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/CsvTable.h"

#include <QDir>
#include <QSaveFile>

namespace huisuan {

namespace {

QString field(const QString& text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')) &&
        !text.contains(QLatin1Char('\r'))) {
        return text;
    }
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
}

QString line(const QStringList& cells, qsizetype columns)
{
    QStringList fields;
    for (qsizetype column = 0; column < columns; ++column) {
        fields << field(cells.value(column));
    }
    return fields.join(QLatin1Char(','));
}

} // namespace

QByteArray CsvTable::bytes(const ReportTable& table)
{
    const qsizetype columns = table.columns.size();
    QStringList header;
    for (const ReportTable::Column& column : table.columns) {
        header << column.header;
    }
    QStringList lines = {line(header, columns)};
    for (qsizetype index = 0; index < table.rowCount; ++index) {
        lines << line(table.row(index), columns);
    }
    for (const QStringList& totals : table.totals) {
        lines << line(totals, columns);
    }
    return QByteArray("\xEF\xBB\xBF") + lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}

QString CsvTable::write(const ReportTable& table, const QString& path)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes(table)) < 0 || !out.commit()) {
        return tr("Could not write %1 (%2). Check that the folder exists and can be written.")
            .arg(QDir::toNativeSeparators(path), out.errorString());
    }
    return QString();
}

} // namespace huisuan
