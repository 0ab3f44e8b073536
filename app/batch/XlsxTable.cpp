// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/XlsxTable.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryFile>
#include <cstdio>
#include <xlsxwriter.h>

namespace huisuan {

namespace {

struct Formats
{
    lxw_format* text = nullptr;
    lxw_format* integer = nullptr;
    lxw_format* amount = nullptr;
    lxw_format* rate = nullptr;
};

Formats formatsOf(lxw_workbook* workbook, bool bold)
{
    const auto make = [workbook, bold](const char* numberFormat) {
        lxw_format* format = workbook_add_format(workbook);
        if (numberFormat != nullptr) {
            format_set_num_format(format, numberFormat);
        }
        if (bold) {
            format_set_bold(format);
        }
        return format;
    };
    return {make(nullptr), make("0"), make("#,##0.00"), make("0%")};
}

lxw_error writeCell(lxw_worksheet* sheet,
                    lxw_row_t row,
                    lxw_col_t column,
                    ReportTable::Kind kind,
                    const QString& text,
                    const Formats& formats)
{
    if (text.isEmpty()) {
        return LXW_NO_ERROR;
    }
    if (kind != ReportTable::Kind::Text) {
        if (const std::optional<double> number = XlsxTable::exactNumber(text)) {
            lxw_format* format = kind == ReportTable::Kind::Amount ? formats.amount
                : kind == ReportTable::Kind::Rate                  ? formats.rate
                                                                   : formats.integer;
            return worksheet_write_number(sheet, row, column, *number, format);
        }
    }
    return worksheet_write_string(sheet, row, column, text.toUtf8().constData(), formats.text);
}

double widthOf(const ReportTable::Column& column)
{
    switch (column.kind) {
    case ReportTable::Kind::Text:
        return 8 * column.width;
    case ReportTable::Kind::Integer:
    case ReportTable::Kind::Rate:
        return 9;
    case ReportTable::Kind::Amount:
        return 16;
    }
    return 12;
}

lxw_error writeSheet(lxw_workbook* workbook, const ReportTable& table, const QString& sheetName)
{
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, sheetName.toUtf8().constData());
    if (sheet == nullptr) {
        return LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    const Formats plain = formatsOf(workbook, false);
    const Formats bold = formatsOf(workbook, true);
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        worksheet_set_column(sheet, lxw_col_t(column), lxw_col_t(column), widthOf(table.columns.at(column)), nullptr);
    }
    worksheet_freeze_panes(sheet, 1, 0);
    lxw_row_t row = 0;
    for (qsizetype column = 0; column < table.columns.size(); ++column) {
        const QByteArray header = table.columns.at(column).header.toUtf8();
        if (const lxw_error error =
                worksheet_write_string(sheet, row, lxw_col_t(column), header.constData(), bold.text)) {
            return error;
        }
    }
    const auto writeRow = [&](const QStringList& cells, const Formats& formats) {
        ++row;
        for (qsizetype column = 0; column < table.columns.size(); ++column) {
            const lxw_error error =
                writeCell(sheet, row, lxw_col_t(column), table.columns.at(column).kind, cells.value(column), formats);
            if (error != LXW_NO_ERROR) {
                return error;
            }
        }
        return LXW_NO_ERROR;
    };
    for (qsizetype index = 0; index < table.rowCount; ++index) {
        if (const lxw_error error = writeRow(table.row(index), plain)) {
            return error;
        }
    }
    for (const QStringList& totals : table.totals) {
        if (const lxw_error error = writeRow(totals, bold)) {
            return error;
        }
    }
    return LXW_NO_ERROR;
}

} // namespace

std::optional<double> XlsxTable::exactNumber(const QString& text)
{
    static const QRegularExpression decimal(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
    if (!decimal.match(text).hasMatch()) {
        return std::nullopt;
    }
    QString digits = text;
    digits.remove(QLatin1Char('-')).remove(QLatin1Char('.'));
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
        digits.remove(0, 1);
    }
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0'))) {
        digits.chop(1);
    }
    // A cell holds a binary double, which libxlsxwriter prints with 16 significant digits and
    // Excel (like CellText::money) reads back at 15. The double nearest a decimal of at most 15
    // significant digits (toDouble rounds correctly) comes back as that same decimal, so the cell
    // shows exactly the text it was made from; a longer decimal could not, and stays text.
    if (digits.size() > 15) {
        return std::nullopt;
    }
    bool ok = false;
    const double number = text.toLatin1().toDouble(&ok);
    return ok ? std::optional<double>(number) : std::nullopt;
}

QString XlsxTable::write(const ReportTable& table, const QString& sheetName, const QString& path)
{
    const QFileInfo target(path);
    // libxlsxwriter writes by file name: a hidden file beside the target, renamed over it once
    // whole, as QSaveFile would, so that a failure leaves the old file; its own scratch files go
    // to the same folder rather than to a shared temporary folder.
    QTemporaryFile partial(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX.part").arg(target.fileName())));
    if (!partial.open()) {
        return tr("The workbook could not be written to %1 (%2). Check that the folder exists and can be written.")
            .arg(QDir::toNativeSeparators(path), partial.errorString());
    }
    partial.close();
    QByteArray scratch = QFile::encodeName(target.absolutePath());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = scratch.data();
    lxw_workbook* workbook = workbook_new_opt(QFile::encodeName(partial.fileName()).constData(), &options);
    if (workbook == nullptr) {
        return tr("The workbook could not be written to %1. Check that the folder exists and can be written.")
            .arg(QDir::toNativeSeparators(path));
    }
    const lxw_error written = writeSheet(workbook, table, sheetName);
    const lxw_error closed = workbook_close(workbook);
    const lxw_error error = written != LXW_NO_ERROR ? written : closed;
    if (error != LXW_NO_ERROR) {
        return tr("The workbook could not be written to %1 (%2). Check that the folder can be written and has space.")
            .arg(QDir::toNativeSeparators(path), QString::fromUtf8(lxw_strerror(error)));
    }
    if (std::rename(QFile::encodeName(partial.fileName()).constData(), QFile::encodeName(path).constData()) != 0) {
        return tr("The workbook could not be saved as %1. Check that the folder can be written.")
            .arg(QDir::toNativeSeparators(path));
    }
    return QString();
}

} // namespace huisuan
