// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "UiBureauSupport.h"
#include "UiTestSupport.h"
#include "batch/BatchTestSupport.h"
#include "ui/FileDialogSeam.h"
#include "ui/WorkspacePanel.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <xlsxwriter.h>

namespace huisuan::test {

/** The company every accountant test works for, and a roster and payroll of three people. */
inline const QString companyCode = QStringLiteral("91110000600037341L");
inline const QString companyName = QStringLiteral("北京示例科技有限公司");

/** Writes `lines` as a UTF-8 CSV file (CRLF, as Excel writes it) and returns its path. */
inline QString writeCsv(const QString& path, const QStringList& lines)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        qFatal("could not write %s", qPrintable(path));
    }
    file.write(lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n");
    return path;
}

/** The roster of three employees, 张三, 李四 and 王五, with their identity numbers residentId(1..3). */
inline QString writeRoster(const QString& path)
{
    return writeCsv(path,
                    {QStringLiteral("证件号码,姓名,任职受雇日期,离职日期"),
                     residentId(1) + QStringLiteral(",张三,2024-03-01,"),
                     residentId(2) + QStringLiteral(",李四,2025/1/1,"),
                     residentId(3) + QStringLiteral(",王五,2023-07-15,")});
}

/**
 * January and February of the three as an XLSX workbook (numbers as Excel stores them): 张三 10000
 * with 1000 三险一金, 李四 60000 with 2000 and 1000 special additional deductions, 王五 6000 with 1000.
 */
inline QString writePayrollWorkbook(const QString& path)
{
    lxw_workbook* workbook = workbook_new(path.toUtf8().constData());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, nullptr);
    const char* headings[] = {"证件号码", "姓名", "所属月份", "本期收入", "专项扣除", "专项附加扣除"};
    for (lxw_col_t column = 0; column < 6; ++column) {
        worksheet_write_string(sheet, 0, column, headings[column], nullptr);
    }
    struct Pay
    {
        int serial;
        const char* name;
        double wages, special, additional;
    };
    const Pay pays[] = {{1, "张三", 10000, 1000, 0}, {2, "李四", 60000, 2000, 1000}, {3, "王五", 6000, 1000, 0}};
    lxw_row_t row = 1;
    for (const char* month : {"2025-01", "2025-02"}) {
        for (const Pay& pay : pays) {
            worksheet_write_string(sheet, row, 0, residentId(pay.serial).toUtf8().constData(), nullptr);
            worksheet_write_string(sheet, row, 1, pay.name, nullptr);
            worksheet_write_string(sheet, row, 2, month, nullptr);
            worksheet_write_number(sheet, row, 3, pay.wages, nullptr);
            worksheet_write_number(sheet, row, 4, pay.special, nullptr);
            worksheet_write_number(sheet, row, 5, pay.additional, nullptr);
            ++row;
        }
    }
    if (workbook_close(workbook) != LXW_NO_ERROR) {
        qFatal("libxlsxwriter could not write %s", qPrintable(path));
    }
    return path;
}

/** A new vault, created through the first-run page, then the Companies page with `companyCode` added and chosen. */
inline std::unique_ptr<DesktopApp> companiesPage(const QString& directory,
                                                 const QString& language = QStringLiteral("en"))
{
    auto app = std::make_unique<DesktopApp>(directory, language);
    typeInto(app->find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
    typeInto(app->find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
    QTest::mouseClick(app->find<QPushButton>("createButton"), Qt::LeftButton);
    if (!QTest::qWaitFor([&] { return app->window->currentPage() == MainWindow::Page::Enrol; }, 10000)) {
        return nullptr;
    }
    app->find<QAction>("companiesAction")->trigger();
    typeInto(app->find<QLineEdit>("creditCodeEdit"), companyCode.toLower());
    commitText(app->find<QLineEdit>("companyNameEdit"), companyName);
    QTest::mouseClick(app->find<QPushButton>("addWorkspaceButton"), Qt::LeftButton);
    auto* list = app->find<QListWidget>("workspaceList");
    if (!QTest::qWaitFor([&] { return list->currentItem() != nullptr; }, 10000)) {
        return nullptr;
    }
    app->find<QSpinBox>("batchYearBox")->setValue(2025);
    return app;
}

/** Whether the accountant's page is idle again: no progress bar, no Cancel. */
inline bool batchIdle(DesktopApp& app)
{
    return QTest::qWaitFor([&] { return !app.find<QProgressBar>("batchProgress")->isVisible(); }, 60000);
}

/**
 * Clicks `button`, waits until the work is over and the tables show the year read again after it
 * (a year asked for before the click may still arrive first; it does not count).
 */
inline bool clickAndWait(DesktopApp& app, const char* button)
{
    auto* panel = app.find<WorkspacePanel>("workspacePanel");
    bool finished = false;
    bool shownAfter = false;
    QObject context;
    QObject::connect(panel, &WorkspacePanel::workFinished, &context, [&] { finished = true; });
    QObject::connect(panel, &WorkspacePanel::yearShown, &context, [&] { shownAfter = finished; });
    QTest::mouseClick(app.find<QPushButton>(button), Qt::LeftButton);
    return batchIdle(app) && QTest::qWaitFor([&] { return shownAfter; }, 10000);
}

/** Chooses `path` in the file dialog the button opens, clicks it and waits until the year is shown again. */
inline bool importFile(DesktopApp& app, const char* button, const QString& path)
{
    FileDialogSeam::setNextFileName(path);
    return clickAndWait(app, button);
}

/** Clicks Compute and waits until the year is computed and shown again. */
inline bool computeYear(DesktopApp& app)
{
    return clickAndWait(app, "computeYearButton");
}

/** The text of one cell as the table shows it (through its sort and filter). */
inline QString cellText(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

/** The row of the employee table showing `name`, or -1. */
inline int rowOf(QTableView* table, const QString& name)
{
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (cellText(table, row, 0) == name) {
            return row;
        }
    }
    return -1;
}

} // namespace huisuan::test
