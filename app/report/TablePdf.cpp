// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/TablePdf.h"

#include "report/PdfFile.h"

#include <QColor>
#include <QFontMetricsF>
#include <QPainter>
#include <QPen>
#include <algorithm>
#include <cmath>

namespace huisuan {

namespace {

/** Where things go on a page, in the writer's device units. */
struct PageGeometry
{
    QFont titleFont;
    QFont headingFont;
    QFont headerFont;
    QFont bodyFont;
    QFont totalsFont;
    qreal width = 0;
    qreal height = 0;
    qreal padding = 0;
    qreal titleHeight = 0;
    qreal headingHeight = 0;
    qreal headerHeight = 0;
    qreal rowHeight = 0;
    qreal footerHeight = 0;
    QList<qreal> columnX; // left edge of each column, and the table's right edge last

    qreal tableTop(const PdfTable& table) const
    {
        return titleHeight + headingHeight * table.heading.size() + headingHeight / 2;
    }

    qsizetype rowsPerPage(const PdfTable& table) const
    {
        const qreal room = height - tableTop(table) - headerHeight - footerHeight;
        return std::max<qsizetype>(1, qsizetype(std::floor(room / rowHeight)));
    }
};

PageGeometry geometryOf(const PdfTable& table, const QString& language, QPaintDevice* device)
{
    PageGeometry page;
    page.titleFont = PdfFile::font(language, 13);
    page.titleFont.setBold(true);
    page.headingFont = PdfFile::font(language, 8.5);
    page.headerFont = PdfFile::font(language, 7);
    page.headerFont.setBold(true);
    page.bodyFont = PdfFile::font(language, 7);
    page.totalsFont = page.headerFont;
    page.width = device->width();
    page.height = device->height();
    const QFontMetricsF body(page.bodyFont, device);
    page.padding = body.averageCharWidth() / 2;
    page.titleHeight = QFontMetricsF(page.titleFont, device).height() * 1.6;
    page.headingHeight = QFontMetricsF(page.headingFont, device).height() * 1.3;
    // Long Chinese headers (本期应预扣预缴税额) wrap onto a second line in narrow columns.
    page.headerHeight = QFontMetricsF(page.headerFont, device).height() * 2 + 2 * page.padding;
    page.rowHeight = body.height() + 2 * page.padding;
    page.footerHeight = page.headingHeight * 1.5;
    qreal weights = 0;
    for (const PdfTable::Column& column : table.columns) {
        weights += column.width;
    }
    qreal x = 0;
    for (const PdfTable::Column& column : table.columns) {
        page.columnX.append(x);
        x += page.width * column.width / weights;
    }
    page.columnX.append(page.width);
    return page;
}

void drawRow(QPainter& painter,
             const PageGeometry& page,
             const PdfTable& table,
             const QStringList& cells,
             qreal top,
             qreal height,
             bool header)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        const QRectF cell(page.columnX.at(column), top, page.columnX.at(column + 1) - page.columnX.at(column), height);
        painter.drawRect(cell);
        const QRectF inside = cell.adjusted(page.padding, page.padding, -page.padding, -page.padding);
        const QString text = cells.value(column);
        if (header) {
            painter.drawText(inside, Qt::AlignCenter | Qt::TextWordWrap, text);
        } else {
            const Qt::Alignment align = table.columns.at(column).number ? Qt::AlignRight : Qt::AlignLeft;
            painter.drawText(
                inside, align | Qt::AlignVCenter, metrics.elidedText(text, Qt::ElideRight, inside.width()));
        }
    }
}

} // namespace

QString TablePdf::write(const PdfTable& table,
                        const QString& language,
                        QPageLayout::Orientation orientation,
                        const QString& path)
{
    PdfFile file(path, table.title, orientation);
    QPdfWriter* writer = file.writer();
    if (writer == nullptr) {
        return file.commit();
    }
    QPainter painter(writer);
    const PageGeometry page = geometryOf(table, language, writer);
    const qsizetype perPage = page.rowsPerPage(table);
    const qsizetype lines = table.rowCount + table.totals.size();
    const qsizetype pages = std::max<qsizetype>(1, (lines + perPage - 1) / perPage);
    QStringList headers;
    for (const PdfTable::Column& column : table.columns) {
        headers << column.header;
    }
    QPen grid(Qt::black);
    grid.setWidthF(writer->resolution() / 288.0); // a quarter of a point
    for (qsizetype number = 0; number < pages; ++number) {
        if (number > 0) {
            writer->newPage();
        }
        painter.setPen(grid);
        painter.setFont(page.titleFont);
        painter.drawText(QRectF(0, 0, page.width, page.titleHeight), Qt::AlignCenter, table.title);
        painter.setFont(page.headingFont);
        qreal top = page.titleHeight;
        for (const QString& line : table.heading) {
            painter.drawText(QRectF(0, top, page.width, page.headingHeight), Qt::AlignLeft | Qt::AlignVCenter, line);
            top += page.headingHeight;
        }
        top = page.tableTop(table);
        painter.setFont(page.headerFont);
        painter.fillRect(QRectF(0, top, page.width, page.headerHeight), QColor(0xe8, 0xe8, 0xe8));
        drawRow(painter, page, table, headers, top, page.headerHeight, true);
        top += page.headerHeight;
        const qsizetype first = number * perPage;
        const qsizetype end = std::min(lines, first + perPage);
        for (qsizetype line = first; line < end; ++line) {
            const bool total = line >= table.rowCount;
            painter.setFont(total ? page.totalsFont : page.bodyFont);
            drawRow(painter,
                    page,
                    table,
                    total ? table.totals.at(line - table.rowCount) : table.row(line),
                    top,
                    page.rowHeight,
                    false);
            top += page.rowHeight;
        }
        painter.setFont(page.headingFont);
        painter.drawText(QRectF(0, page.height - page.footerHeight, page.width, page.footerHeight),
                         Qt::AlignCenter | Qt::AlignBottom,
                         tr("Page %1 of %2").arg(number + 1).arg(pages));
    }
    painter.end();
    return file.commit();
}

} // namespace huisuan
