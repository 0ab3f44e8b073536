// SPDX-License-Identifier: GPL-3.0-or-later
// The deductions page against a real vault and the real huisuan-bureau on 127.0.0.1: the family
// and the claims typed with the keyboard, the year's rules shown at the field they refuse, the
// tax payable following the typing, and the draft kept and read back.
#include "TestRegistry.h"
#include "UiBureauSupport.h"
#include "UiTestSupport.h"
#include "ui/DeductionsPage.h"
#include "ui/DisplayAmount.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <algorithm>

using namespace huisuan;

namespace {

const QString childIdentity = QStringLiteral("110105201803010020");

/** Declares March to December 2025 (10000.00 wages, 327.00 withheld each) besides the support's two months. */
bool declareTheRestOfTheYear(test::BureauProcess& bureau)
{
    test::BureauClient employer(bureau.url(), bureau.tlsCaPem());
    for (int month = 3; month <= 12; ++month) {
        const QString period = QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0'));
        const test::BureauReply reply = employer.post(
            QStringLiteral("/v1/withholding-declarations"),
            test::withholdingDeclaration(
                QStringLiteral("deductions-") + period, period, QStringLiteral("10000.00"), QStringLiteral("327.00")));
        if (reply.status != 201) {
            return false;
        }
    }
    return true;
}

/** Presses the button with the space bar, as a keyboard user does. */
void press(QPushButton* button)
{
    button->setFocus();
    QTest::keyClick(button, Qt::Key_Space);
}

/** Replaces the value of a spin box by typing. */
void typeMonths(QSpinBox* spin, int months)
{
    spin->setFocus();
    QTest::keyClick(spin, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClicks(spin, QString::number(months));
}

} // namespace

class TestDeductionsPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    test::BureauProcess m_bureau;

    /** A new vault, enrolled, with the twelve months of 2025 downloaded; ends on the home page. */
    bool enrolledApp(test::DesktopApp& app)
    {
        test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app.find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("createButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return app.window->currentPage() == MainWindow::Page::Enrol; }, 10000)) {
            return false;
        }
        test::commitText(app.find<QLineEdit>("enrolNameEdit"), test::desktopTaxpayerName);
        test::typeInto(app.find<QLineEdit>("identityNumberEdit"), test::desktopIdentityNumber);
        test::replaceText(app.find<QLineEdit>("bureauUrlEdit"), m_bureau.url());
        test::replaceText(app.find<QLineEdit>("certificateFolderEdit"), m_bureau.dataDir());
        QTest::mouseClick(app.find<QPushButton>("enrolButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return app.window->currentPage() == MainWindow::Page::Home; }, 20000)) {
            return false;
        }
        QSignalSpy downloaded(&app.session, &DesktopSession::prefillDownloaded);
        app.session.downloadPrefill(2025);
        return downloaded.wait(20000) && downloaded.at(0).at(1).toInt() == 12 &&
            QTest::qWaitFor([&] { return app.find<QTableView>("taxYearsView")->model()->rowCount() > 0; }, 10000);
    }

    static bool openDeductions(test::DesktopApp& app)
    {
        QSignalSpy ready(app.find<DeductionsPage>("deductionsPage"), &DeductionsPage::formReady);
        press(app.find<QPushButton>("deductionsButton"));
        return app.window->currentPage() == MainWindow::Page::Deductions && ready.wait(10000);
    }

    static QString taxShown(test::DesktopApp& app) { return app.find<QLabel>("taxPayableValue")->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(test::startBureauWithDeclarations(m_bureau));
        QVERIFY(declareTheRestOfTheYear(m_bureau));
    }

    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void claimsAreCheckedAsTypedSavedAndReadBack()
    {
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault-claims")));
        QVERIFY(enrolledApp(app));
        QVERIFY(openDeductions(app));
        auto* page = app.find<DeductionsPage>("deductionsPage");
        // 120000.00 of wages − 60000.00 basic deduction = 60000.00 taxable: 10% − 2520.00 = 3480.00,
        // what was withheld (90.00 + 120.00 + 10 × 327.00).
        QCOMPARE(page->preview().taxPayable, QStringLiteral("3480.00"));
        QVERIFY(taxShown(app).contains(displayAmount(QStringLiteral("3480.00"))));

        // The family: a wrong identity number is said at once, then the child is added and kept.
        auto* identity = app.find<QLineEdit>("familyIdentityEdit");
        test::commitText(app.find<QLineEdit>("familyNameEdit"), QStringLiteral("李小明"));
        test::typeInto(identity, QStringLiteral("110105201803010021"));
        QVERIFY(app.find<QLabel>("familyIdentityError")->isVisible());
        test::replaceText(identity, childIdentity);
        QVERIFY(!app.find<QLabel>("familyIdentityError")->isVisible());
        QCOMPARE(app.find<QDateEdit>("familyBirthDateEdit")->date(), QDate(2018, 3, 1));
        press(app.find<QPushButton>("addFamilyMemberButton"));
        QCOMPARE(app.find<QListWidget>("familyList")->count(), 1);
        QSignalSpy familySaved(&app.session, &DesktopSession::familySaved);
        press(app.find<QPushButton>("saveFamilyButton"));
        QVERIFY(familySaved.wait(10000));
        QVERIFY(familySaved.at(0).at(0).value<SessionOutcome>().ok());

        // Children's education for the whole year: 24000.00 off, 36000.00 taxable at 3%: 1080.00.
        press(app.find<QPushButton>("childrenEducationAddButton"));
        QCOMPARE(app.find<QComboBox>("childrenEducationPerson0")->currentData().toString(), childIdentity);
        QCOMPARE(page->preview().taxPayable, QStringLiteral("1080.00"));
        QVERIFY(taxShown(app).contains(displayAmount(QStringLiteral("1080.00"))));
        QVERIFY(app.find<QLabel>("balanceValue")->text().contains(displayAmount(QStringLiteral("2400.00"))));

        // Housing loan interest, 12 months alone: 12000.00 more off, 24000.00 taxable: 720.00.
        typeMonths(app.find<QSpinBox>("loanMonthsSpin"), 12);
        QCOMPARE(page->preview().taxPayable, QStringLiteral("720.00"));
        // Rent in the same year is refused at the rent field; the figure leaves it out.
        typeMonths(app.find<QSpinBox>("rentMonthsSpin"), 12);
        auto* rentProblem = app.find<QLabel>("rentMonthsSpinProblem");
        QVERIFY(rentProblem->isVisible());
        QVERIFY(!rentProblem->text().isEmpty());
        QVERIFY(app.find<QSpinBox>("rentMonthsSpin")->property("problem").toBool());
        QCOMPARE(page->preview().taxPayable, QStringLiteral("720.00"));

        // Supporting the elderly with siblings: 2000.00 a month is above the 1500.00 cap of 2025.
        typeMonths(app.find<QSpinBox>("elderlyMonthsSpin"), 12);
        auto* share = app.find<QLineEdit>("elderlyShareEdit");
        share->setFocus();
        QElapsedTimer keystrokes;
        keystrokes.start();
        QTest::keyClicks(share, QStringLiteral("2000"));
        qInfo("four keystrokes, each recomputing the return and updating the page: %.2f ms per keystroke",
              double(keystrokes.nsecsElapsed()) / 4e6);
        auto* shareProblem = app.find<QLabel>("elderlyShareEditProblem");
        QVERIFY(shareProblem->isVisible());
        QVERIFY(shareProblem->text().contains(QLatin1String("1500")));
        // A letter is never an amount: the field does not take it.
        QTest::keyClicks(share, QStringLiteral("x"));
        QCOMPARE(share->text(), QStringLiteral("2000"));

        // Saving keeps what the engine accepts and leaves the two refused claims out.
        QSignalSpy saved(page, &DeductionsPage::draftSaved);
        press(app.find<QPushButton>("saveDeductionsButton"));
        QVERIFY(saved.wait(10000));
        QVERIFY(saved.at(0).at(0).toBool());
        press(app.find<QPushButton>("deductionsBackButton"));
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Home);
        QVERIFY(openDeductions(app));
        QCOMPARE(app.find<QListWidget>("familyList")->count(), 1);
        QCOMPARE(app.find<QComboBox>("childrenEducationPerson0")->currentData().toString(), childIdentity);
        QCOMPARE(app.find<QSpinBox>("loanMonthsSpin")->value(), 12);
        QCOMPARE(app.find<QSpinBox>("rentMonthsSpin")->value(), 0);
        QCOMPARE(app.find<QSpinBox>("elderlyMonthsSpin")->value(), 0);
        QVERIFY(!app.find<QLabel>("rentMonthsSpinProblem")->isVisible());
        QCOMPARE(page->preview().taxPayable, QStringLiteral("720.00"));

        // Corrected: 1500.00 a month is allowed, 18000.00 more off, 6000.00 taxable: 180.00.
        typeMonths(app.find<QSpinBox>("elderlyMonthsSpin"), 12);
        test::typeInto(app.find<QLineEdit>("elderlyShareEdit"), QStringLiteral("1500"));
        QVERIFY(!app.find<QLabel>("elderlyShareEditProblem")->isVisible());
        QCOMPARE(page->preview().taxPayable, QStringLiteral("180.00"));
        QVERIFY(taxShown(app).contains(displayAmount(QStringLiteral("180.00"))));
        test::typeInto(app.find<QLineEdit>("specialDeductionsEdit"), QStringLiteral("1000.5"));
        QCOMPARE(page->preview().taxPayable, QStringLiteral("149.99"));
        press(app.find<QPushButton>("saveDeductionsButton"));
        QVERIFY(saved.wait(10000));
        press(app.find<QPushButton>("deductionsBackButton"));
        QVERIFY(openDeductions(app));
        QCOMPARE(app.find<QSpinBox>("elderlyMonthsSpin")->value(), 12);
        QCOMPARE(app.find<QLineEdit>("elderlyShareEdit")->text(), QStringLiteral("1500.00"));
        QCOMPARE(app.find<QLineEdit>("specialDeductionsEdit")->text(), QStringLiteral("1000.50"));
        QCOMPARE(page->preview().taxPayable, QStringLiteral("149.99"));
    }

    void aYearBefore2022HasNoInfantCare()
    {
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault-2021")));
        QVERIFY(enrolledApp(app));
        // A draft of 2021 that claims infant care, as an older version might have kept it.
        QSignalSpy saved(&app.session, &DesktopSession::draftSaved);
        app.session.saveDraft(
            {2021,
             QByteArrayLiteral("{\"tax_year\":2021,\"special_additional_deductions\":{\"infant_care\":"
                               "[{\"months\":12,\"share_percent\":100}]}}"),
             QStringLiteral("optimal"),
             {}});
        QVERIFY(saved.wait(10000));
        auto* page = app.find<DeductionsPage>("deductionsPage");
        QSignalSpy ready(page, &DeductionsPage::formReady);
        page->showYear(2021);
        QVERIFY(ready.wait(10000));
        QVERIFY(app.find<QLabel>("infantCareUnavailable")->isVisibleTo(page));
        QVERIFY(!app.find<QWidget>("infantCareList")->isEnabled());
        QVERIFY(!app.find<QLineEdit>("individualPensionEdit")->isEnabled());
        QVERIFY(app.find<QLabel>("individualPensionUnavailable")->isVisibleTo(page));
        auto* problem = app.find<QLabel>("infantCareListProblem");
        QVERIFY(problem->isVisibleTo(page));
        QVERIFY(problem->text().contains(QLatin1String("2021")));
    }
};

HUISUAN_REGISTER_TEST(TestDeductionsPage)
#include "TestDeductionsPage.moc"
