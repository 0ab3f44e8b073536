// SPDX-License-Identifier: GPL-3.0-or-later
// Typed income and disputes on the income page, against a real vault and the real huisuan-bureau
// on 127.0.0.1: amounts and credit codes checked as they are typed, a typed record added, changed
// and deleted, a prefilled record disputed (申诉), and the bureau's refusal of a dispute.
#include "TestRegistry.h"
#include "UiBureauSupport.h"
#include "UiTestSupport.h"
#include "ui/IncomeRecordListModel.h"
#include "ui/MessageBoxSeam.h"

#include "json/JsonReader.h"
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <memory>

using namespace huisuan;

namespace {

/** The text shown in one cell of the income table. */
QString cell(QTableView* table, int row, int column)
{
    return table->model()->index(row, column).data().toString();
}

} // namespace

class TestIncomePage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;
    test::BureauProcess m_bureau; // typed income only: no test disputes here, so the prefill stays as declared

    /**
     * A new vault enrolled with `bureau` through the enrolment page, on the income page of 2025 with
     * the two prefilled months downloaded.
     */
    std::unique_ptr<test::DesktopApp> incomePage(test::BureauProcess& bureau,
                                                 const QString& language = QStringLiteral("en"))
    {
        auto app =
            std::make_unique<test::DesktopApp>(m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)), language);
        test::typeInto(app->find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app->find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app->find<QPushButton>("createButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return app->window->currentPage() == MainWindow::Page::Enrol; }, 10000)) {
            return nullptr;
        }
        test::commitText(app->find<QLineEdit>("enrolNameEdit"), test::desktopTaxpayerName);
        test::typeInto(app->find<QLineEdit>("identityNumberEdit"), test::desktopIdentityNumber);
        test::replaceText(app->find<QLineEdit>("bureauUrlEdit"), bureau.url());
        test::replaceText(app->find<QLineEdit>("certificateFolderEdit"), bureau.dataDir());
        QTest::mouseClick(app->find<QPushButton>("enrolButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return app->window->currentPage() == MainWindow::Page::Home; }, 20000) ||
            !QTest::qWaitFor([&] { return app->find<QTableView>("taxYearsView")->model()->rowCount() == 1; }, 10000)) {
            return nullptr;
        }
        QTest::mouseClick(app->find<QPushButton>("incomeButton"), Qt::LeftButton);
        auto* table = app->find<QTableView>("incomeView");
        auto* busy = app->find<QProgressBar>("incomeBusy");
        QTest::mouseClick(app->find<QPushButton>("downloadPrefillButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return !busy->isVisible() && table->model()->rowCount() == 2; }, 20000)) {
            return nullptr;
        }
        return app;
    }

    /** Waits until the page is no longer waiting for the session, and the records are read again. */
    static bool settled(test::DesktopApp& app, int rows)
    {
        auto* table = app.find<QTableView>("incomeView");
        auto* busy = app.find<QProgressBar>("incomeBusy");
        return QTest::qWaitFor([&] { return !busy->isVisible() && table->model()->rowCount() == rows; }, 20000);
    }

    static void chooseCategory(test::DesktopApp& app, const char* category)
    {
        auto* combo = app.find<QComboBox>("incomeCategoryCombo");
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(category)));
    }

    /** Fills the form with a valid typed record and adds it. */
    static void addTyped(test::DesktopApp& app, const QString& payer, const QString& amount)
    {
        chooseCategory(app, "author");
        app.find<QComboBox>("incomeMonthCombo")->setCurrentIndex(5);
        test::commitText(app.find<QLineEdit>("incomePayerEdit"), payer);
        test::typeInto(app.find<QLineEdit>("incomeAmountEdit"), amount);
        QTest::mouseClick(app.find<QPushButton>("addIncomeButton"), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(test::startBureauWithDeclarations(m_bureau));
    }

    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void typedIncomeIsCheckedAsTypedThenAdded()
    {
        auto app = incomePage(m_bureau);
        QVERIFY(app);
        auto* table = app->find<QTableView>("incomeView");
        auto* add = app->find<QPushButton>("addIncomeButton");
        auto* amount = app->find<QLineEdit>("incomeAmountEdit");
        auto* amountError = app->find<QLabel>("incomeAmountError");
        QVERIFY(!add->isEnabled());

        chooseCategory(*app, "labor");
        app->find<QComboBox>("incomeMonthCombo")->setCurrentIndex(3);
        test::commitText(app->find<QLineEdit>("incomePayerEdit"), QStringLiteral("某出版社"));
        test::typeInto(amount, QStringLiteral("12,000"));
        QVERIFY(amountError->isVisible());
        QVERIFY2(amountError->text().contains(QStringLiteral("12000.50")), qPrintable(amountError->text()));
        QVERIFY(!add->isEnabled());
        test::replaceText(amount, QStringLiteral("1.234"));
        QVERIFY(amountError->isVisible());
        QVERIFY(!add->isEnabled());
        test::replaceText(amount, QStringLiteral("12000"));
        QVERIFY(!amountError->isVisible());
        QVERIFY(add->isEnabled());

        // The credit code is optional, but a wrong one is said at once and blocks the Add.
        auto* code = app->find<QLineEdit>("incomeCreditCodeEdit");
        auto* codeError = app->find<QLabel>("incomeCreditCodeError");
        test::typeInto(code, QStringLiteral("91110000600037341"));
        QVERIFY(!codeError->isVisible()); // incomplete is not yet wrong
        QVERIFY(!add->isEnabled());
        QTest::keyClick(code, Qt::Key_K);
        QVERIFY(codeError->isVisible());
        QVERIFY(!add->isEnabled());
        QTest::keyClick(code, Qt::Key_Backspace);
        QTest::keyClick(code, Qt::Key_L);
        QVERIFY(!codeError->isVisible());
        QVERIFY(add->isEnabled());

        auto* withheld = app->find<QLineEdit>("incomeWithheldEdit");
        test::typeInto(withheld, QStringLiteral("-1"));
        QVERIFY(app->find<QLabel>("incomeWithheldError")->isVisible());
        QVERIFY(!add->isEnabled());
        test::replaceText(withheld, QStringLiteral("1760.5"));
        QVERIFY(add->isEnabled());

        QTest::mouseClick(add, Qt::LeftButton);
        QVERIFY(settled(*app, 3));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::MonthColumn), QStringLiteral("2025-04"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::PayerColumn), QStringLiteral("某出版社"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::CategoryColumn), QStringLiteral("Labor remuneration"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::AmountColumn), QStringLiteral("¥12,000.00"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::WithheldColumn), QStringLiteral("¥1,760.50"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::OriginColumn), QStringLiteral("Typed in by you"));
        QCOMPARE(table->model()->index(2, IncomeRecordListModel::PayerColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Unified social credit code: 91110000600037341L"));
        QCOMPARE(app->find<QLabel>("incomeMessage")->text(), QStringLiteral("The income from 某出版社 is added."));
        // The new record is selected, and the form is empty for the next one.
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
        QVERIFY(app->find<QLineEdit>("incomePayerEdit")->text().isEmpty());
        QVERIFY(amount->text().isEmpty());
        QVERIFY(!add->isEnabled());

        // It was kept in the vault: the year read afresh still has it.
        QTest::mouseClick(app->find<QPushButton>("incomeBackButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app->window->currentPage(), MainWindow::Page::Home, 5000);
        QTest::mouseClick(app->find<QPushButton>("incomeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app->window->currentPage(), MainWindow::Page::Income, 5000);
        QVERIFY(QTest::qWaitFor([&] { return table->model()->rowCount() == 3; }, 10000));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::OriginColumn), QStringLiteral("Typed in by you"));

        for (const char* name :
             {"incomeCategoryCombo",   "incomeMonthCombo",   "incomePayerEdit",        "incomeCreditCodeEdit",
              "incomeCreditCodeError", "incomeAmountEdit",   "incomeAmountError",      "incomeWithheldEdit",
              "incomeWithheldError",   "addIncomeButton",    "incomeCancelEditButton", "incomeEntryForm",
              "editIncomeButton",      "deleteIncomeButton", "disputeIncomeButton",    "disputePanel",
              "disputeReasonCombo",    "disputeNoteEdit",    "disputeCancelButton",    "sendDisputeButton"}) {
            QWidget* control = app->find<QWidget>(name);
            QVERIFY2(control && !control->accessibleName().isEmpty(), name);
        }
    }

    void typedIncomeIsChangedAndDeletedButPrefilledIsNot()
    {
        auto app = incomePage(m_bureau);
        QVERIFY(app);
        auto* table = app->find<QTableView>("incomeView");
        auto* edit = app->find<QPushButton>("editIncomeButton");
        auto* remove = app->find<QPushButton>("deleteIncomeButton");
        auto* dispute = app->find<QPushButton>("disputeIncomeButton");
        table->selectRow(0);
        QVERIFY(!edit->isEnabled());
        QVERIFY(!remove->isEnabled());
        QVERIFY(dispute->isEnabled());

        addTyped(*app, QStringLiteral("乙杂志社"), QStringLiteral("5000"));
        QVERIFY(settled(*app, 3));
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 2);
        QVERIFY(edit->isEnabled());
        QVERIFY(remove->isEnabled());
        QVERIFY(!dispute->isEnabled());

        QTest::mouseClick(edit, Qt::LeftButton);
        auto* form = app->find<QGroupBox>("incomeEntryForm");
        auto* save = app->find<QPushButton>("addIncomeButton");
        QCOMPARE(form->title(), QStringLiteral("Change income you typed in"));
        QCOMPARE(save->text(), QStringLiteral("&Save"));
        QCOMPARE(app->find<QLineEdit>("incomePayerEdit")->text(), QStringLiteral("乙杂志社"));
        QCOMPARE(app->find<QLineEdit>("incomeAmountEdit")->text(), QStringLiteral("5000.00"));
        QCOMPARE(app->find<QComboBox>("incomeMonthCombo")->currentText(), QStringLiteral("2025-06"));
        test::replaceText(app->find<QLineEdit>("incomeAmountEdit"), QStringLiteral("5200.5"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY(settled(*app, 3));
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(table, 2, IncomeRecordListModel::AmountColumn), QStringLiteral("¥5,200.50"), 10000);
        QCOMPARE(cell(table, 2, IncomeRecordListModel::CategoryColumn), QStringLiteral("Author's remuneration"));
        QCOMPARE(form->title(), QStringLiteral("Add income the bureau does not know"));

        // Cancelled in the confirmation: nothing is deleted.
        table->selectRow(2);
        MessageBoxSeam::setNextAnswer(false);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(!app->find<QProgressBar>("incomeBusy")->isVisible());
        QCOMPARE(table->model()->rowCount(), 3);
        MessageBoxSeam::setNextAnswer(true);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(settled(*app, 2));
        QCOMPARE(app->find<QLabel>("incomeMessage")->text(), QStringLiteral("The income from 乙杂志社 is deleted."));
        for (int row = 0; row < 2; ++row) {
            QCOMPARE(cell(table, row, IncomeRecordListModel::OriginColumn), QStringLiteral("Prefilled by the bureau"));
        }
    }

    void keyboardAloneAddsIncome()
    {
        auto app = incomePage(m_bureau);
        QVERIFY(app);
        auto* table = app->find<QTableView>("incomeView");
        table->setFocus();
        QTest::keyClick(table, Qt::Key_K, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), app->find<QComboBox>("incomeCategoryCombo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // labor
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app->find<QComboBox>("incomeMonthCombo"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down); // March
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app->find<QLineEdit>("incomePayerEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Acme Press"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app->find<QLineEdit>("incomeCreditCodeEdit"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app->find<QLineEdit>("incomeAmountEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("8000"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app->find<QLineEdit>("incomeWithheldEdit"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("1280"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(settled(*app, 3));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::MonthColumn), QStringLiteral("2025-03"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::PayerColumn), QStringLiteral("Acme Press"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::CategoryColumn), QStringLiteral("Labor remuneration"));
        QCOMPARE(cell(table, 2, IncomeRecordListModel::WithheldColumn), QStringLiteral("¥1,280.00"));
        // Ready for the next one, still without the mouse.
        QCOMPARE(QApplication::focusWidget(), app->find<QComboBox>("incomeCategoryCombo"));
    }

    void disputedRecordShowsAsDisputed()
    {
        test::BureauProcess bureau; // its own: the dispute changes what the bureau sends this taxpayer
        QVERIFY(test::startBureauWithDeclarations(bureau));
        auto app = incomePage(bureau);
        QVERIFY(app);
        auto* table = app->find<QTableView>("incomeView");
        auto* dispute = app->find<QPushButton>("disputeIncomeButton");
        auto* panel = app->find<QGroupBox>("disputePanel");
        auto* form = app->find<QGroupBox>("incomeEntryForm");
        QVERIFY(!panel->isVisible());
        table->selectRow(1);
        QTest::mouseClick(dispute, Qt::LeftButton);
        QVERIFY(panel->isVisible());
        QVERIFY(!form->isVisible());
        QCOMPARE(QApplication::focusWidget(), app->find<QComboBox>("disputeReasonCombo"));
        QVERIFY(app->find<QLabel>("disputeRecordLabel")->text().contains(QStringLiteral("甲公司")));
        app->find<QComboBox>("disputeReasonCombo")->setCurrentIndex(1);
        test::commitText(app->find<QLineEdit>("disputeNoteEdit"), QStringLiteral("二月工资实为八千元"));

        // Not confirmed: nothing goes to the bureau, the panel stays.
        MessageBoxSeam::setNextAnswer(false);
        QTest::mouseClick(app->find<QPushButton>("sendDisputeButton"), Qt::LeftButton);
        QVERIFY(!app->find<QProgressBar>("incomeBusy")->isVisible());
        QVERIFY(panel->isVisible());
        QCOMPARE(cell(table, 1, IncomeRecordListModel::OriginColumn), QStringLiteral("Prefilled by the bureau"));

        MessageBoxSeam::setNextAnswer(true);
        QTest::mouseClick(app->find<QPushButton>("sendDisputeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(cell(table, 1, IncomeRecordListModel::OriginColumn),
                                  QStringLiteral("Prefilled by the bureau, disputed"),
                                  20000);
        QCOMPARE(cell(table, 0, IncomeRecordListModel::OriginColumn), QStringLiteral("Prefilled by the bureau"));
        QVERIFY(!panel->isVisible());
        QVERIFY(form->isVisible());
        QVERIFY(app->find<QLabel>("incomeMessage")->text().startsWith(QStringLiteral("The bureau received")));
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 1);
        QVERIFY(!dispute->isEnabled()); // disputed once is enough

        // The bureau keeps it too: a new download brings the record back disputed.
        QTest::mouseClick(app->find<QPushButton>("downloadPrefillButton"), Qt::LeftButton);
        QVERIFY(settled(*app, 2));
        QTRY_VERIFY_WITH_TIMEOUT(app->find<QLabel>("incomeMessage")->text().contains(QStringLiteral("sent 2")), 10000);
        QCOMPARE(cell(table, 1, IncomeRecordListModel::OriginColumn),
                 QStringLiteral("Prefilled by the bureau, disputed"));

        // What the taxpayer sees in Chinese, with a typed record beside the disputed one.
        addTyped(*app, QStringLiteral("丙设计工作室"), QStringLiteral("6800"));
        QVERIFY(settled(*app, 3));
        QVERIFY(app->languageSwitcher.switchTo(QStringLiteral("zh_CN")));
        table->selectRow(0);
        QApplication::processEvents();
        QVERIFY(app->window->grab().save(QStringLiteral("/tmp/income-zh_CN.png")));
        QVERIFY(bureau.stop());
    }

    void refusedDisputeShowsTheBureausSentence()
    {
        test::BureauProcess bureau;
        QVERIFY(test::startBureauWithDeclarations(bureau));
        auto app = incomePage(bureau);
        QVERIFY(app);
        // After the download, the employer corrects January: the record the vault holds is no longer
        // the bureau's, and a dispute of it is refused.
        test::BureauClient employer(bureau.url(), bureau.tlsCaPem());
        JsonReader::Result read = JsonReader::parse(test::withholdingDeclaration(QStringLiteral("ui-2025-01-fix"),
                                                                                 QStringLiteral("2025-01"),
                                                                                 QStringLiteral("9000.00"),
                                                                                 QStringLiteral("60.00")));
        QVERIFY(read.ok);
        JsonValue corrected = read.value;
        corrected.insert(QStringLiteral("replaces"), JsonValue::string(QStringLiteral("ui-2025-01")));
        QCOMPARE(employer.post(QStringLiteral("/v1/withholding-declarations"), test::canonical(corrected)).status, 201);

        auto* table = app->find<QTableView>("incomeView");
        table->selectRow(0);
        QTest::mouseClick(app->find<QPushButton>("disputeIncomeButton"), Qt::LeftButton);
        MessageBoxSeam::setNextAnswer(true);
        QTest::mouseClick(app->find<QPushButton>("sendDisputeButton"), Qt::LeftButton);
        auto* message = app->find<QLabel>("incomeMessage");
        QTRY_VERIFY_WITH_TIMEOUT(!app->find<QProgressBar>("incomeBusy")->isVisible(), 20000);
        // The bureau's own words: its sentence, and what it says of the record id it refused.
        QCOMPARE(message->text(),
                 QStringLiteral("The bureau has no such resource. Check the address and the identifiers you sent. "
                                "You have no income record with this id."));
        QVERIFY(!app->find<QProgressBar>("incomeBusy")->isVisible());
        QVERIFY(app->find<QGroupBox>("disputePanel")->isVisible()); // to try again, or cancel
        QVERIFY(app->find<QPushButton>("sendDisputeButton")->isEnabled());
        QCOMPARE(cell(table, 0, IncomeRecordListModel::OriginColumn), QStringLiteral("Prefilled by the bureau"));

        QTest::mouseClick(app->find<QPushButton>("disputeCancelButton"), Qt::LeftButton);
        QVERIFY(!app->find<QGroupBox>("disputePanel")->isVisible());
        QVERIFY(app->find<QGroupBox>("incomeEntryForm")->isVisible());
        QVERIFY(bureau.stop());
    }
};

HUISUAN_REGISTER_TEST(TestIncomePage)
#include "TestIncomePage.moc"
