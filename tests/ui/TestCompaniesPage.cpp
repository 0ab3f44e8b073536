// SPDX-License-Identifier: GPL-3.0-or-later
// The accountant's area over a real vault on disk: a client company added with its credit code
// checked as typed, a roster (CSV) and a payroll (XLSX) written here and imported through the file
// dialog's seam, the year computed and its figures (checked by hand) in the employee and month
// tables, a file with errors listed problem by problem with nothing stored, the replace question
// answered No and Yes, a large import cancelled, the employee table sorted and filtered, the empty
// templates saved and filled in, the declaration exported as CSV, XLSX and PDF and read back, and
// labor payments imported into the month's declaration.
#include "CompaniesTestSupport.h"
#include "TestRegistry.h"
#include "report/PdfInspection.h"
#include "tabular/CellText.h"
#include "tabular/TabularReader.h"
#include "ui/BatchEmployeeListModel.h"
#include "ui/BatchMonthListModel.h"
#include "ui/DisplayAmount.h"
#include "ui/MessageBoxSeam.h"

#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSemaphore>
#include <QSemaphore>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <memory>

using namespace huisuan;
using Employees = BatchEmployeeListModel;
using Months = BatchMonthListModel;

class TestCompaniesPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;

    std::unique_ptr<test::DesktopApp> page()
    {
        return test::companiesPage(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)));
    }

    QString file(const QString& name) const { return m_root.filePath(name); }

    /** Waits until the employee table shows `rows` rows. */
    static bool employeesShown(test::DesktopApp& app, int rows)
    {
        auto* table = app.find<QTableView>("employeeView");
        return QTest::qWaitFor([&] { return table->model()->rowCount() == rows; }, 10000);
    }

    /** Chooses `path` in the save dialog, triggers `action` and waits until the panel says what it wrote. */
    static bool writeOutput(test::DesktopApp& app, QAction* action, const QString& path)
    {
        FileDialogSeam::setNextFileName(path);
        QSignalSpy written(app.find<QWidget>("workspacePanel"), SIGNAL(outputWritten()));
        action->trigger();
        return written.wait(30000) || written.count() > 0;
    }

    /** Clicks Export declaration with `path` chosen and waits for the answer. */
    static bool exportDeclaration(test::DesktopApp& app, int month, const QString& path)
    {
        app.find<QSpinBox>("payrollMonthBox")->setValue(month);
        FileDialogSeam::setNextFileName(path);
        QSignalSpy written(app.find<QWidget>("workspacePanel"), SIGNAL(outputWritten()));
        QTest::mouseClick(app.find<QPushButton>("exportDeclarationButton"), Qt::LeftButton);
        return written.wait(30000) || written.count() > 0;
    }

    /** The declaration file read back: each line's cells by their header, the totals rows (no month) left out. */
    static QList<QHash<QString, TabularCell>> declarationLines(const QString& path)
    {
        const TabularSheet sheet = TabularReader::read(path);
        QList<QHash<QString, TabularCell>> lines;
        for (const TabularRow& row : sheet.rows) {
            QHash<QString, TabularCell> line;
            for (const TabularCell& cell : row) {
                line.insert(sheet.header.value(cell.column - 1), cell);
            }
            if (!line.value(QStringLiteral("所属月份")).text.isEmpty()) {
                lines.append(line);
            }
        }
        return lines;
    }

    /** The withholding (本期应预扣预缴税额) of `name`'s `item` line, as an exact amount. */
    static QString withheldOf(const QList<QHash<QString, TabularCell>>& lines, const QString& name, const QString& item)
    {
        for (const QHash<QString, TabularCell>& line : lines) {
            if (line.value(QStringLiteral("姓名")).text == name &&
                line.value(QStringLiteral("所得项目")).text == item) {
                QString reason;
                return CellText::money(line.value(QStringLiteral("本期应预扣预缴税额")), &reason).value_or(reason);
            }
        }
        return QStringLiteral("no line");
    }

    /** The roster and payroll of the three imported into a new page, January and February computed. */
    std::unique_ptr<test::DesktopApp> computedPage()
    {
        auto app = page();
        if (!app ||
            !test::importFile(*app, "importRosterButton", test::writeRoster(file(QStringLiteral("roster.csv")))) ||
            !test::importFile(
                *app, "importPayrollButton", test::writePayrollWorkbook(file(QStringLiteral("payroll.xlsx")))) ||
            !test::computeYear(*app)) {
            return nullptr;
        }
        return app;
    }

private slots:
    void creditCodeIsCheckedAsTyped()
    {
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)));
        test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app.find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("createButton"), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return app.window->currentPage() == MainWindow::Page::Enrol; }, 10000));
        app.find<QAction>("companiesAction")->trigger();
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Companies);
        auto* code = app.find<QLineEdit>("creditCodeEdit");
        auto* add = app.find<QPushButton>("addWorkspaceButton");
        auto* problem = app.find<QLabel>("creditCodeProblem");
        test::commitText(app.find<QLineEdit>("companyNameEdit"), test::companyName);
        test::typeInto(code, QStringLiteral("91110000600037341A")); // wrong check character
        QVERIFY(problem->isVisible());
        QVERIFY(code->property("problem").toBool());
        QVERIFY(!add->isEnabled());
        code->clear();
        test::typeInto(code, QStringLiteral("9111000060003")); // not finished: no complaint yet
        QVERIFY(!problem->isVisible());
        QVERIFY(!add->isEnabled());
        test::typeInto(code, QStringLiteral("7341L"));
        QVERIFY(add->isEnabled());
        QTest::keyClick(code, Qt::Key_Return);
        auto* list = app.find<QListWidget>("workspaceList");
        QVERIFY(QTest::qWaitFor([&] { return list->count() == 1; }, 10000));
        QCOMPARE(list->item(0)->text(), test::companyName);
        QCOMPARE(list->item(0)->toolTip(), test::companyCode);
        QVERIFY(app.find<QLabel>("workspaceTitle")->text().contains(test::companyName));
        QVERIFY(app.find<QLabel>("workspaceTitle")->text().contains(test::companyCode));
    }

    void importComputeAndSeeTheFigures()
    {
        auto app = page();
        QVERIFY(app);
        QVERIFY(test::importFile(*app, "importRosterButton", test::writeRoster(file(QStringLiteral("roster.csv")))));
        QVERIFY2(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("3 employee")),
                 qPrintable(app->find<QLabel>("batchMessage")->text()));
        QVERIFY(employeesShown(*app, 3));
        QVERIFY(test::importFile(
            *app, "importPayrollButton", test::writePayrollWorkbook(file(QStringLiteral("payroll.xlsx")))));
        QVERIFY2(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("6 payroll month")),
                 qPrintable(app->find<QLabel>("batchMessage")->text()));
        auto* months = app->find<QTableView>("monthView");
        QVERIFY(QTest::qWaitFor([&] { return months->model()->rowCount() == 2; }, 10000));
        QCOMPARE(test::cellText(months, 0, Months::StateColumn), Months::stateText(BatchMonthRow::State::Imported));

        QVERIFY(test::computeYear(*app));
        QVERIFY(QTest::qWaitFor(
            [&] {
                return test::cellText(months, 1, Months::StateColumn) ==
                    Months::stateText(BatchMonthRow::State::Computed);
            },
            10000));
        // 张三: 10000 − 5000 − 1000 = 4000 taxable a month, 3%: 120 withheld in each month.
        // 李四: 60000 − 5000 − 2000 − 1000 = 52000 a month. January: 52000 × 10% − 2520 = 2680.
        // February: 104000 × 10% − 2520 = 7880 cumulative, 5200 withheld. 王五: 6000 − 5000 − 1000 = 0.
        auto* employees = app->find<QTableView>("employeeView");
        const int zhang = test::rowOf(employees, QStringLiteral("张三"));
        const int li = test::rowOf(employees, QStringLiteral("李四"));
        const int wang = test::rowOf(employees, QStringLiteral("王五"));
        QCOMPARE(test::cellText(employees, zhang, Employees::WagesColumn), displayAmount(QStringLiteral("20000.00")));
        QCOMPARE(test::cellText(employees, zhang, Employees::WithheldColumn), displayAmount(QStringLiteral("240.00")));
        QCOMPARE(test::cellText(employees, li, Employees::WithheldColumn), displayAmount(QStringLiteral("7880.00")));
        QCOMPARE(test::cellText(employees, wang, Employees::WithheldColumn), displayAmount(QStringLiteral("0.00")));
        QCOMPARE(test::cellText(employees, li, Employees::MonthsColumn), QStringLiteral("2"));
        QCOMPARE(test::cellText(employees, li, Employees::StatusColumn), Employees::tr("Computed"));
        QCOMPARE(test::cellText(months, 0, Months::MonthColumn), QStringLiteral("2025-01"));
        QCOMPARE(test::cellText(months, 0, Months::EmployeesColumn), QStringLiteral("3"));
        QCOMPARE(test::cellText(months, 0, Months::WagesColumn), displayAmount(QStringLiteral("76000.00")));
        QCOMPARE(test::cellText(months, 0, Months::WithheldColumn), displayAmount(QStringLiteral("2800.00")));
        QCOMPARE(test::cellText(months, 1, Months::WithheldColumn), displayAmount(QStringLiteral("5320.00")));
    }

    void aFileWithErrorsShowsEveryProblemAndStoresNothing()
    {
        auto app = page();
        QVERIFY(app);
        const QString path =
            test::writeCsv(file(QStringLiteral("roster-bad.csv")),
                           {QStringLiteral("证件号码,姓名,任职受雇日期,离职日期"),
                            test::residentId(1) + QStringLiteral(",张三,2024-03-01,"),
                            test::wrongCheckDigit(test::residentId(2)) + QStringLiteral(",李四,2025-01-01,"),
                            test::residentId(3) + QStringLiteral(",王五,2025-13-01,"),
                            test::residentId(4) + QStringLiteral(",赵六,2025-02-01,2024-12-31")});
        QVERIFY(test::importFile(*app, "importRosterButton", path));
        auto* problems = app->find<QListWidget>("batchProblems");
        QVERIFY(problems->isVisible());
        QStringList shown;
        for (int i = 0; i < problems->count(); ++i) {
            shown << problems->item(i)->text();
        }
        QCOMPARE(problems->count(), 3);
        // Row 3 column 1: the identity number; row 4 column 3: the start date; row 5 column 4: the end.
        QVERIFY2(shown.at(0).startsWith(QStringLiteral("roster-bad.csv:3:1: ")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY2(shown.at(1).startsWith(QStringLiteral("roster-bad.csv:4:3: ")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY2(shown.at(2).startsWith(QStringLiteral("roster-bad.csv:5:4: ")),
                 qPrintable(shown.join(QLatin1Char('\n'))));
        QVERIFY(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("Nothing was imported")));
        // The year was read again after the import: the good row 2 was not stored either.
        QCOMPARE(app->find<QTableView>("employeeView")->model()->rowCount(), 0);
    }

    void anImportedMonthIsReplacedOnlyWhenTheUserSaysSo()
    {
        auto app = page();
        QVERIFY(app);
        QVERIFY(test::importFile(*app, "importRosterButton", test::writeRoster(file(QStringLiteral("roster.csv")))));
        app->find<QSpinBox>("payrollMonthBox")->setValue(3);
        const QString first = test::writeCsv(file(QStringLiteral("march.csv")),
                                             {QStringLiteral("证件号码,本期收入"),
                                              test::residentId(1) + QStringLiteral(",10000"),
                                              test::residentId(2) + QStringLiteral(",20000")});
        QVERIFY(test::importFile(*app, "importPayrollButton", first));
        auto* months = app->find<QTableView>("monthView");
        QVERIFY(QTest::qWaitFor([&] { return months->model()->rowCount() == 1; }, 10000));
        QCOMPARE(test::cellText(months, 0, Months::WagesColumn), displayAmount(QStringLiteral("30000.00")));

        const QString second =
            test::writeCsv(file(QStringLiteral("march-corrected.csv")),
                           {QStringLiteral("证件号码,本期收入"), test::residentId(1) + QStringLiteral(",11000")});
        MessageBoxSeam::setNextAnswer(false);
        QVERIFY(test::importFile(*app, "importPayrollButton", second));
        QVERIFY2(MessageBoxSeam::lastQuestion().contains(QStringLiteral("2025-03")),
                 qPrintable(MessageBoxSeam::lastQuestion()));
        QVERIFY(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("is kept")));
        QCOMPARE(test::cellText(months, 0, Months::WagesColumn), displayAmount(QStringLiteral("30000.00")));

        MessageBoxSeam::setNextAnswer(true);
        QVERIFY(test::importFile(*app, "importPayrollButton", second));
        QVERIFY(QTest::qWaitFor(
            [&] { return test::cellText(months, 0, Months::WagesColumn) == displayAmount(QStringLiteral("11000.00")); },
            10000));
        QCOMPARE(test::cellText(months, 0, Months::EmployeesColumn), QStringLiteral("1"));
    }

    void cancellingALargeImportStoresNothing()
    {
        auto app = page();
        QVERIFY(app);
        QStringList lines {QStringLiteral("证件号码,姓名,任职受雇日期,离职日期")};
        for (int serial = 1; serial <= 5000; ++serial) {
            lines << test::residentId(serial) + QStringLiteral(",员工%1,2025-01-01,").arg(serial);
        }
        const QString path = test::writeCsv(file(QStringLiteral("large-roster.csv")), lines);
        FileDialogSeam::setNextFileName(path);
        QSignalSpy shown(app->find<QWidget>("workspacePanel"), SIGNAL(yearShown()));
        // The worker is held until Cancel is pressed, so that the import cannot finish first on a
        // busy machine; what is tested is what a cancel leaves behind.
        QSemaphore gate;
        app->session.runWithVault([&gate](Vault*) { gate.acquire(); });
        QTest::mouseClick(app->find<QPushButton>("importRosterButton"), Qt::LeftButton);
        auto* cancel = app->find<QPushButton>("cancelBatchButton");
        QVERIFY(cancel->isVisible());
        QVERIFY(app->find<QProgressBar>("batchProgress")->isVisible());
        QVERIFY(!app->find<QPushButton>("importPayrollButton")->isEnabled());
        // Cancel has the focus while the work runs: the keyboard reaches it at once, before the
        // layout has given the newly shown button its place.
        QVERIFY(cancel->hasFocus());
        QTest::keyClick(cancel, Qt::Key_Space);
        gate.release();
        QVERIFY(test::batchIdle(*app));
        QVERIFY2(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("Nothing was imported")),
                 qPrintable(app->find<QLabel>("batchMessage")->text()));
        QVERIFY(app->find<QPushButton>("importRosterButton")->isEnabled());
        QVERIFY(QTest::qWaitFor([&] { return shown.count() > 0; }, 10000)); // the year read again
        QCOMPARE(app->find<QTableView>("employeeView")->model()->rowCount(), 0);

        // Nothing half-done stands in the way: the same file imports whole when not cancelled.
        QVERIFY(test::importFile(*app, "importRosterButton", path));
        QVERIFY(employeesShown(*app, 5000));
    }

    void theEmployeeTableSortsAndFilters()
    {
        auto app = page();
        QVERIFY(app);
        QVERIFY(test::importFile(*app, "importRosterButton", test::writeRoster(file(QStringLiteral("roster.csv")))));
        QVERIFY(test::importFile(
            *app, "importPayrollButton", test::writePayrollWorkbook(file(QStringLiteral("payroll.xlsx")))));
        auto* employees = app->find<QTableView>("employeeView");
        QVERIFY(QTest::qWaitFor(
            [&] { return test::cellText(employees, 0, Employees::MonthsColumn) == QStringLiteral("2"); }, 10000));
        // By the year's wages, by value: 12000 (王五) < 20000 (张三) < 120000 (李四); as text, "¥120,000.00"
        // would come before "¥20,000.00".
        QHeaderView* header = employees->horizontalHeader();
        QTest::mouseClick(header->viewport(),
                          Qt::LeftButton,
                          {},
                          QPoint(header->sectionViewportPosition(Employees::WagesColumn) + 5, header->height() / 2));
        QCOMPARE(header->sortIndicatorSection(), int(Employees::WagesColumn));
        QStringList order;
        for (int row = 0; row < 3; ++row) {
            order << test::cellText(employees, row, Employees::NameColumn);
        }
        const QStringList ascending {QStringLiteral("王五"), QStringLiteral("张三"), QStringLiteral("李四")};
        const QStringList descending {QStringLiteral("李四"), QStringLiteral("张三"), QStringLiteral("王五")};
        QVERIFY2(order == (header->sortIndicatorOrder() == Qt::AscendingOrder ? ascending : descending),
                 qPrintable(order.join(QLatin1Char(','))));

        auto* filter = app->find<QLineEdit>("employeeFilterEdit");
        test::commitText(filter, QStringLiteral("李"));
        QCOMPARE(employees->model()->rowCount(), 1);
        QCOMPARE(test::cellText(employees, 0, Employees::NameColumn), QStringLiteral("李四"));
        filter->clear();
        test::typeInto(filter, test::residentId(3).left(17).right(5));
        QCOMPARE(employees->model()->rowCount(), 1);
        QCOMPARE(test::cellText(employees, 0, Employees::NameColumn), QStringLiteral("王五"));
        filter->clear();
        QCOMPARE(employees->model()->rowCount(), 3);
    }

    void templatesAreSavedWithTheChineseHeaderRow()
    {
        auto app = page();
        QVERIFY(app);
        auto* templates = app->find<QToolButton>("templatesButton");
        QVERIFY(templates->isEnabled());
        QVERIFY(!templates->accessibleName().isEmpty());
        const QString roster = file(QStringLiteral("roster-template.csv"));
        QVERIFY(writeOutput(*app, app->find<QAction>("rosterTemplateAction"), roster));
        QVERIFY2(app->find<QLabel>("batchMessage")->text().contains(QDir::toNativeSeparators(roster)),
                 qPrintable(app->find<QLabel>("batchMessage")->text()));
        QFile saved(roster);
        QVERIFY(saved.open(QIODevice::ReadOnly));
        const QString header = QString::fromUtf8(saved.readLine()).trimmed();
        QCOMPARE(header.split(QLatin1Char(',')),
                 QStringList({QStringLiteral("证件号码"),
                              QStringLiteral("姓名"),
                              QStringLiteral("任职受雇日期"),
                              QStringLiteral("离职日期")}));
        saved.close();

        // The template filled in imports as it is.
        QFile filled(roster);
        QVERIFY(filled.open(QIODevice::Append));
        filled.write((test::residentId(1) + QStringLiteral(",张三,2024-03-01,\r\n")).toUtf8());
        filled.close();
        QVERIFY(test::importFile(*app, "importRosterButton", roster));
        QVERIFY(employeesShown(*app, 1));

        const QString payroll = file(QStringLiteral("payroll-template.csv"));
        QVERIFY(writeOutput(*app, app->find<QAction>("payrollTemplateAction"), payroll));
        QFile payrollFile(payroll);
        QVERIFY(payrollFile.open(QIODevice::ReadOnly));
        const QStringList payrollHeader = QString::fromUtf8(payrollFile.readLine()).trimmed().split(QLatin1Char(','));
        QCOMPARE(payrollHeader.value(0), QStringLiteral("证件号码"));
        QVERIFY(payrollHeader.contains(QStringLiteral("本期收入")));
        QVERIFY(payrollHeader.contains(QStringLiteral("专项附加扣除")));
    }

    void theDeclarationIsExportedAsCsvExcelAndPdf()
    {
        auto app = computedPage();
        QVERIFY(app);
        auto* message = app->find<QLabel>("batchMessage");
        const QString wages = QStringLiteral("正常工资薪金");

        const QString csv = file(QStringLiteral("declaration-02.csv"));
        QVERIFY(exportDeclaration(*app, 2, csv));
        QVERIFY2(message->text().contains(QDir::toNativeSeparators(csv)), qPrintable(message->text()));
        QVERIFY2(message->text().contains(QStringLiteral("3 line")), qPrintable(message->text()));
        // The figures the year's test checks by hand: February withholds 120 for 张三, 5200 for 李四, 0 for 王五.
        const auto csvLines = declarationLines(csv);
        QCOMPARE(csvLines.size(), 3);
        QCOMPARE(withheldOf(csvLines, QStringLiteral("张三"), wages), QStringLiteral("120.00"));
        QCOMPARE(withheldOf(csvLines, QStringLiteral("李四"), wages), QStringLiteral("5200.00"));
        QCOMPARE(withheldOf(csvLines, QStringLiteral("王五"), wages), QStringLiteral("0.00"));

        const QString xlsx = file(QStringLiteral("declaration-01.xlsx"));
        QVERIFY(exportDeclaration(*app, 1, xlsx));
        QVERIFY2(message->text().contains(QDir::toNativeSeparators(xlsx)), qPrintable(message->text()));
        const auto xlsxLines = declarationLines(xlsx);
        QCOMPARE(xlsxLines.size(), 3);
        QCOMPARE(withheldOf(xlsxLines, QStringLiteral("李四"), wages), QStringLiteral("2680.00"));
        QCOMPARE(withheldOf(xlsxLines, QStringLiteral("张三"), wages), QStringLiteral("120.00"));

        const QString pdf = file(QStringLiteral("declaration-02.pdf"));
        QVERIFY(exportDeclaration(*app, 2, pdf));
        QVERIFY2(QFileInfo::exists(pdf), qPrintable(message->text()));
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains(test::companyName), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("李四")), qPrintable(text));
    }

    void aMonthNotComputedIsNotExported()
    {
        auto app = page();
        QVERIFY(app);
        QVERIFY(test::importFile(*app, "importRosterButton", test::writeRoster(file(QStringLiteral("roster.csv")))));
        QVERIFY(test::importFile(
            *app, "importPayrollButton", test::writePayrollWorkbook(file(QStringLiteral("payroll.xlsx")))));
        const QString path = file(QStringLiteral("declaration-not-computed.csv"));
        QVERIFY(exportDeclaration(*app, 1, path));
        QVERIFY2(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("Compute the year 2025 first")),
                 qPrintable(app->find<QLabel>("batchMessage")->text()));
        QVERIFY(!QFileInfo::exists(path));
    }

    void laborPaymentsAreImportedIntoTheDeclaration()
    {
        auto app = computedPage();
        QVERIFY(app);
        app->find<QSpinBox>("payrollMonthBox")->setValue(2);
        // 3000 of labor payment: 3000 − 800 = 2200 taxable at 20%, 440 prepaid.
        const QString labor = test::writeCsv(
            file(QStringLiteral("labor.csv")),
            {QStringLiteral("证件号码,姓名,劳务报酬"), test::residentId(7) + QStringLiteral(",赵六,3000")});
        QVERIFY(test::importFile(*app, "importLaborButton", labor));
        QVERIFY2(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("1 labor payment")),
                 qPrintable(app->find<QLabel>("batchMessage")->text()));

        // Imported again: the month is asked about, and kept when the user says No.
        const QString corrected = test::writeCsv(
            file(QStringLiteral("labor-corrected.csv")),
            {QStringLiteral("证件号码,姓名,劳务报酬"), test::residentId(7) + QStringLiteral(",赵六,5000")});
        MessageBoxSeam::setNextAnswer(false);
        QVERIFY(test::importFile(*app, "importLaborButton", corrected));
        QVERIFY2(MessageBoxSeam::lastQuestion().contains(QStringLiteral("2025-02")),
                 qPrintable(MessageBoxSeam::lastQuestion()));
        QVERIFY(app->find<QLabel>("batchMessage")->text().contains(QStringLiteral("are kept")));

        const QString kept = file(QStringLiteral("declaration-labor-kept.csv"));
        QVERIFY(exportDeclaration(*app, 2, kept));
        const auto keptLines = declarationLines(kept);
        QCOMPARE(keptLines.size(), 4);
        QCOMPARE(withheldOf(keptLines, QStringLiteral("赵六"), QStringLiteral("劳务报酬")), QStringLiteral("440.00"));
        QCOMPARE(withheldOf(keptLines, QStringLiteral("李四"), QStringLiteral("正常工资薪金")),
                 QStringLiteral("5200.00"));

        // Replaced when the user says Yes: 5000 × (1 − 20%) = 4000 taxable at 20%, 800 prepaid.
        MessageBoxSeam::setNextAnswer(true);
        QVERIFY(test::importFile(*app, "importLaborButton", corrected));
        const QString replaced = file(QStringLiteral("declaration-labor-replaced.csv"));
        QVERIFY(exportDeclaration(*app, 2, replaced));
        const auto replacedLines = declarationLines(replaced);
        QCOMPARE(replacedLines.size(), 4);
        QCOMPARE(withheldOf(replacedLines, QStringLiteral("赵六"), QStringLiteral("劳务报酬")),
                 QStringLiteral("800.00"));
    }
};

HUISUAN_REGISTER_TEST(TestCompaniesPage)
#include "TestCompaniesPage.moc"
