// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan-tabular-bench: the time to read a generated payroll of N rows × 12 columns (default
// 100 000) as CSV (UTF-8 and GB18030) and as XLSX, streamed row by row, alone and with every
// amount read through CellText (see bench/README.md). A plain program: figures are wall time.
#include "tabular/CellText.h"
#include "tabular/TabularReader.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <cstdio>
#include <stdexcept>
#include <xlsxwriter.h>

namespace {

constexpr int AmountColumns = 10; // beside the identity number and the name: 12 columns

QString identityNumber(int row)
{
    return QStringLiteral("1101051990%1").arg(row, 8, 10, QLatin1Char('0'));
}

QString amount(int row, int column)
{
    return QStringLiteral("%1.%2")
        .arg(3000 + (row * 7 + column * 131) % 50000)
        .arg((row + column) % 100, 2, 10, QLatin1Char('0'));
}

void writeCsv(const QString& path, int rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        throw std::runtime_error("cannot write the CSV");
    }
    QByteArray line("身份证号,姓名");
    for (int column = 0; column < AmountColumns; ++column) {
        line += ",收入" + QByteArray::number(column + 1);
    }
    file.write(line + '\n');
    for (int row = 0; row < rows; ++row) {
        line = identityNumber(row).toLatin1() + ",员工" + QByteArray::number(row);
        for (int column = 0; column < AmountColumns; ++column) {
            line += ',' + amount(row, column).toLatin1();
        }
        file.write(line + '\n');
    }
}

/** The same CSV as Chinese Excel saves it: GB18030. */
void writeGb18030Copy(const QString& from, const QString& to)
{
    QFile source(from);
    QFile target(to);
    QStringEncoder gb18030("GB18030");
    if (!source.open(QIODevice::ReadOnly) || !target.open(QIODevice::WriteOnly) ||
        target.write(gb18030(QString::fromUtf8(source.readAll()))) < 0) {
        throw std::runtime_error("cannot write the GB18030 CSV");
    }
}

void writeXlsx(const QString& path, int rows)
{
    // Constant memory: libxlsxwriter streams rows to the file and writes strings inline.
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE;
    lxw_workbook* workbook = workbook_new_opt(path.toUtf8().constData(), &options);
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    worksheet_write_string(sheet, 0, 0, "身份证号", nullptr);
    worksheet_write_string(sheet, 0, 1, "姓名", nullptr);
    for (int column = 0; column < AmountColumns; ++column) {
        worksheet_write_string(sheet,
                               0,
                               static_cast<lxw_col_t>(column + 2),
                               QStringLiteral("收入%1").arg(column + 1).toUtf8().constData(),
                               nullptr);
    }
    for (int row = 0; row < rows; ++row) {
        const auto line = static_cast<lxw_row_t>(row + 1);
        worksheet_write_string(sheet, line, 0, identityNumber(row).toUtf8().constData(), nullptr);
        worksheet_write_string(sheet, line, 1, QStringLiteral("员工%1").arg(row).toUtf8().constData(), nullptr);
        for (int column = 0; column < AmountColumns; ++column) {
            // Written as a double, as Excel stores it; the reader gets the shortest text that round-trips.
            worksheet_write_number(
                sheet, line, static_cast<lxw_col_t>(column + 2), amount(row, column).toDouble(), nullptr);
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        throw std::runtime_error("libxlsxwriter could not write the XLSX");
    }
}

/** Reads the file streamed; with amounts, every amount cell goes through CellText::money too. */
void timeRead(const char* label, const QString& path, int expectedRows, bool amounts)
{
    QElapsedTimer timer;
    timer.start();
    int rows = -1;
    QString refused;
    const QList<huisuan::TabularProblem> problems =
        huisuan::TabularReader::forEachRow(path, [&](const huisuan::TabularRow& row) {
            if (amounts && rows >= 0) {
                for (int column = 2; column < row.size(); ++column) {
                    QString reason;
                    if (!huisuan::CellText::money(row.at(column), &reason) && refused.isEmpty()) {
                        refused = row.at(column).text + QStringLiteral(": ") + reason;
                    }
                }
            }
            ++rows;
            return true;
        });
    const double seconds = timer.nsecsElapsed() / 1e9;
    if (!problems.isEmpty() || rows != expectedRows || !refused.isEmpty()) {
        throw std::runtime_error(std::string(label) + ": the generated file did not read back whole. " +
                                 (problems.isEmpty() ? refused : problems.first().reason).toStdString());
    }
    std::printf("%-28s %8.2f MB %8.3f s %10.0f rows/s\n", label, QFileInfo(path).size() / 1e6, seconds, rows / seconds);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Read time of a generated payroll as CSV and as XLSX."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows under the header (default 100000)."),
                                        QStringLiteral("N"),
                                        QStringLiteral("100000"));
    parser.addOption(rowsOption);
    parser.process(application);
    bool ok = false;
    const int rows = parser.value(rowsOption).toInt(&ok);
    if (!ok || rows < 1) {
        std::fprintf(stderr, "--rows must be a whole number, 1 or more\n");
        return 2;
    }
    try {
        const QTemporaryDir directory;
        const QString csv = directory.filePath(QStringLiteral("payroll.csv"));
        const QString gb18030 = directory.filePath(QStringLiteral("payroll-gb18030.csv"));
        const QString xlsx = directory.filePath(QStringLiteral("payroll.xlsx"));
        writeCsv(csv, rows);
        writeGb18030Copy(csv, gb18030);
        writeXlsx(xlsx, rows);
        std::printf("%d rows x %d columns, streamed with TabularReader::forEachRow\n", rows, AmountColumns + 2);
        timeRead("CSV (UTF-8)", csv, rows, false);
        timeRead("CSV + CellText::money", csv, rows, true);
        timeRead("CSV (GB18030)", gb18030, rows, false);
        timeRead("XLSX", xlsx, rows, false);
        timeRead("XLSX + CellText::money", xlsx, rows, true);
    } catch (const std::exception& error) {
        std::fprintf(stderr, "huisuan-tabular-bench: %s\n", error.what());
        return 1;
    }
    return 0;
}
