// SPDX-License-Identifier: GPL-3.0-or-later
// Enrolment and the prefill on the desktop, against the real huisuan-bureau on 127.0.0.1: first run,
// the enrolment page checking the identity number as it is typed, the certificate, then the income
// page downloading what an employer declared.
#include "TestRegistry.h"
#include "UiBureauSupport.h"
#include "UiTestSupport.h"
#include "ui/IncomeRecordListModel.h"

#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <algorithm>

using namespace huisuan;

namespace {

const QString& identityNumber = test::desktopIdentityNumber;

} // namespace

class TestEnrolPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;
    test::BureauProcess m_bureau;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    static void createVault(test::DesktopApp& app)
    {
        test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app.find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("createButton"), Qt::LeftButton);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(test::startBureauWithDeclarations(m_bureau));
    }

    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void identityNumberIsCheckedAsTyped()
    {
        test::DesktopApp app(freshDirectory());
        createVault(app);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        auto* enrol = app.find<QPushButton>("enrolButton");
        auto* error = app.find<QLabel>("identityNumberError");
        test::commitText(app.find<QLineEdit>("enrolNameEdit"), test::desktopTaxpayerName);
        QVERIFY(!enrol->isEnabled());
        auto* number = app.find<QLineEdit>("identityNumberEdit");
        test::typeInto(number, identityNumber.left(10));
        QVERIFY(!enrol->isEnabled());
        QVERIFY(!error->isVisible()); // incomplete is not yet wrong
        // The right 17 characters with a wrong check character.
        test::typeInto(number, identityNumber.mid(10, 7) + QLatin1Char('1'));
        QVERIFY(!enrol->isEnabled());
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QTest::keyClick(number, Qt::Key_Backspace);
        QTest::keyClick(number, Qt::Key_2);
        QVERIFY(!error->isVisible());
        QVERIFY(enrol->isEnabled());
        // A letter can never be part of the first 17 characters: wrong at once.
        test::replaceText(number, QStringLiteral("11010A"));
        QVERIFY(error->isVisible());
        QVERIFY(!enrol->isEnabled());

        for (const char* name : {"enrolNameEdit",
                                 "identityNumberEdit",
                                 "bureauUrlEdit",
                                 "certificateFolderEdit",
                                 "chooseCertificateFolderButton",
                                 "enrolButton",
                                 "enrolLaterButton",
                                 "enrolBusy"}) {
            QWidget* control = app.find<QWidget>(name);
            QVERIFY2(control && !control->accessibleName().isEmpty(), name);
        }
    }

    void enrolsThenDownloadsThePrefill()
    {
        QElapsedTimer timer;
        timer.start();
        test::DesktopApp app(freshDirectory());
        createVault(app);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);

        test::commitText(app.find<QLineEdit>("enrolNameEdit"), test::desktopTaxpayerName);
        test::typeInto(app.find<QLineEdit>("identityNumberEdit"), identityNumber);
        test::replaceText(app.find<QLineEdit>("bureauUrlEdit"), m_bureau.url());
        test::replaceText(app.find<QLineEdit>("certificateFolderEdit"), m_bureau.dataDir());
        auto* enrol = app.find<QPushButton>("enrolButton");
        QVERIFY(enrol->isEnabled());
        QTest::mouseClick(enrol, Qt::LeftButton);
        QVERIFY(app.find<QProgressBar>("enrolBusy")->isVisible());
        QVERIFY(!enrol->isEnabled());
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 20000);
        // The bureau's address is remembered for next time.
        QCOMPARE(app.settings.bureauUrl().toString(), m_bureau.url());
        QTRY_COMPARE_WITH_TIMEOUT(app.find<QTableView>("taxYearsView")->model()->rowCount(), 1, 10000);
        QVERIFY(!app.find<QPushButton>("homeEnrolButton")->isVisible());

        QTest::mouseClick(app.find<QPushButton>("incomeButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Income, 5000);
        auto* table = app.find<QTableView>("incomeView");
        QTRY_VERIFY_WITH_TIMEOUT(!app.find<QLabel>("incomeMessage")->text().contains(QStringLiteral("Reading")), 5000);
        QCOMPARE(table->model()->rowCount(), 0);

        QTest::mouseClick(app.find<QPushButton>("downloadPrefillButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 2, 20000);
        QCOMPARE(app.find<QLabel>("incomeMessage")->text(), QStringLiteral("The bureau sent 2 prefilled records."));
        QAbstractItemModel* model = table->model();
        const auto cell = [model](int row, int column) { return model->index(row, column).data().toString(); };
        QCOMPARE(cell(0, IncomeRecordListModel::MonthColumn), QStringLiteral("2025-01"));
        QCOMPARE(cell(0, IncomeRecordListModel::PayerColumn), QStringLiteral("甲公司"));
        QCOMPARE(cell(0, IncomeRecordListModel::CategoryColumn), QStringLiteral("Wages"));
        QCOMPARE(cell(0, IncomeRecordListModel::AmountColumn), QStringLiteral("¥10,000.00"));
        QCOMPARE(cell(0, IncomeRecordListModel::WithheldColumn), QStringLiteral("¥90.00"));
        QCOMPARE(cell(0, IncomeRecordListModel::OriginColumn), QStringLiteral("Prefilled by the bureau"));
        QCOMPARE(cell(1, IncomeRecordListModel::MonthColumn), QStringLiteral("2025-02"));
        QCOMPARE(cell(1, IncomeRecordListModel::WithheldColumn), QStringLiteral("¥120.00"));
        QCOMPARE(model->index(0, IncomeRecordListModel::PayerColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("Unified social credit code: 91110000802100433B"));

        // Back home with the keyboard: Alt+B.
        QTest::keyClick(table, Qt::Key_B, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 5000);
        qInfo("first run, enrolment and prefill through the GUI: %lld ms", static_cast<long long>(timer.elapsed()));
    }

    void aFailedEnrolmentIsASentenceInTheUsersLanguage()
    {
        test::DesktopApp app(freshDirectory(), QStringLiteral("ja"));
        createVault(app);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        // The name field stops at 64 characters, what a certificate's common name holds.
        auto* name = app.find<QLineEdit>("enrolNameEdit");
        test::typeInto(name, QString(65, QLatin1Char('A')));
        QCOMPARE(name->text().size(), 64);
        test::typeInto(app.find<QLineEdit>("identityNumberEdit"), identityNumber);
        // Nothing listens on port 1: the bureau cannot be reached.
        test::replaceText(app.find<QLineEdit>("bureauUrlEdit"), QStringLiteral("https://127.0.0.1:1"));
        test::replaceText(app.find<QLineEdit>("certificateFolderEdit"), m_bureau.dataDir());
        QTest::mouseClick(app.find<QPushButton>("enrolButton"), Qt::LeftButton);
        auto* busy = app.find<QProgressBar>("enrolBusy");
        QTRY_VERIFY_WITH_TIMEOUT(!busy->isVisible(), 20000);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Enrol);
        const QString message = app.find<QLabel>("enrolStatus")->text();
        const bool japanese = std::any_of(message.cbegin(), message.cend(), [](QChar c) {
            return c.unicode() >= 0x3040 && c.unicode() <= 0x30ff; // hiragana and katakana
        });
        QVERIFY2(japanese && message.endsWith(QStringLiteral("。")), qPrintable(message));
        QVERIFY(app.find<QPushButton>("enrolButton")->isEnabled()); // the user may correct and try again
    }

    void keyboardAloneEnrols()
    {
        test::DesktopApp app(freshDirectory());
        createVault(app);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        QTRY_VERIFY(app.find<QLineEdit>("enrolNameEdit")->hasFocus());
        test::commitText(app.find<QLineEdit>("enrolNameEdit"), test::desktopTaxpayerName);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app.find<QLineEdit>("identityNumberEdit"));
        QTest::keyClicks(QApplication::focusWidget(), identityNumber);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app.find<QLineEdit>("bureauUrlEdit"));
        test::replaceText(app.find<QLineEdit>("bureauUrlEdit"), m_bureau.url());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app.find<QLineEdit>("certificateFolderEdit"));
        test::replaceText(app.find<QLineEdit>("certificateFolderEdit"), m_bureau.dataDir());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 20000);
    }

    void homeOffersToEnrolUntilEnrolled()
    {
        test::DesktopApp app(freshDirectory());
        createVault(app);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        QTest::mouseClick(app.find<QPushButton>("enrolLaterButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 5000);
        auto* enrolButton = app.find<QPushButton>("homeEnrolButton");
        QTRY_VERIFY_WITH_TIMEOUT(enrolButton->isVisible(), 5000);
        QVERIFY(!enrolButton->accessibleName().isEmpty());
        QTest::mouseClick(enrolButton, Qt::LeftButton);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Enrol);
    }
};

HUISUAN_REGISTER_TEST(TestEnrolPage)
#include "TestEnrolPage.moc"
