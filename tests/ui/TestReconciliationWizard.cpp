// SPDX-License-Identifier: GPL-3.0-or-later
// The annual reconciliation through the desktop, against the real huisuan-bureau on 127.0.0.1: first
// run, enrolment, the prefill, then the wizard step by step — the bonus methods side by side, the
// result, a mistyped refund card refused, the declaration, sign and submit — to the verified receipt.
//
// The employer declared wages of 10000.00 in January (90.00 withheld) and February (120.00), and an
// annual bonus of 36000.00 in March (1080.00 withheld: 36000 / 12 = 3000, 3%). Worked by hand:
// separately, the wages (20000.00) are below the basic deduction of 60000.00 and owe nothing, and the
// bonus owes 1080.00; combined, 56000.00 is still below 60000.00: no tax at all. Combining is
// recommended, saving 1080.00, and the whole 1290.00 withheld is refunded.
#include "TestRegistry.h"
#include "UiBureauSupport.h"
#include "UiTestSupport.h"
#include "report/PdfInspection.h"
#include "ui/FileDialogSeam.h"
#include "ui/FilingsPage.h"
#include "ui/ReturnResultView.h"
#include "ui/TraceDialog.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStyle>
#include <QTableView>

using namespace huisuan;

class TestReconciliationWizard : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;
    test::BureauProcess m_bureau;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    /** First run, enrolment and the prefill downloaded, through the GUI; ends on the home page. */
    bool enrolAndDownload(test::DesktopApp& app)
    {
        test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app.find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("createButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return app.window->currentPage() == MainWindow::Page::Enrol; }, 10000)) {
            qWarning("the vault was not created");
            return false;
        }
        test::commitText(app.find<QLineEdit>("enrolNameEdit"), test::desktopTaxpayerName);
        test::typeInto(app.find<QLineEdit>("identityNumberEdit"), test::desktopIdentityNumber);
        test::replaceText(app.find<QLineEdit>("bureauUrlEdit"), m_bureau.url());
        test::replaceText(app.find<QLineEdit>("certificateFolderEdit"), m_bureau.dataDir());
        QTest::mouseClick(app.find<QPushButton>("enrolButton"), Qt::LeftButton);
        if (!QTest::qWaitFor([&] { return app.window->currentPage() == MainWindow::Page::Home; }, 20000)) {
            qWarning("enrolment did not end on the home page");
            return false;
        }
        if (!QTest::qWaitFor([&] { return app.find<QTableView>("taxYearsView")->model()->rowCount() == 1; }, 10000)) {
            qWarning("the home page shows no tax year");
            return false;
        }
        QTest::mouseClick(app.find<QPushButton>("incomeButton"), Qt::LeftButton);
        auto* message = app.find<QLabel>("incomeMessage");
        if (!QTest::qWaitFor([&] { return !message->text().contains(QStringLiteral("Reading")); }, 5000)) {
            qWarning("the income page did not read the year");
            return false;
        }
        QTest::mouseClick(app.find<QPushButton>("downloadPrefillButton"), Qt::LeftButton);
        auto* income = app.find<QTableView>("incomeView");
        if (!QTest::qWaitFor([&] { return income->model()->rowCount() == 3; }, 20000)) {
            qWarning("the prefill has %d records, not 3: %s (page %d)",
                     income->model()->rowCount(),
                     qPrintable(message->text()),
                     int(app.window->currentPage()));
            return false;
        }
        QTest::keyClick(income, Qt::Key_B, Qt::AltModifier);
        return QTest::qWaitFor(
            [&] {
                return app.window->currentPage() == MainWindow::Page::Home &&
                    app.find<QTableView>("taxYearsView")->model()->rowCount() == 1;
            },
            10000);
    }

    static QAbstractButton* wizardButton(test::DesktopApp& app, const char* name)
    {
        return app.find<QAbstractButton>(name);
    }

    static QString text(test::DesktopApp& app, const char* labelName) { return app.find<QLabel>(labelName)->text(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_root.isValid());
        QVERIFY(test::startBureauWithDeclarations(m_bureau));
        test::BureauClient employer(m_bureau.url(), m_bureau.tlsCaPem());
        const test::BureauReply bonus = employer.post(QStringLiteral("/v1/withholding-declarations"),
                                                      test::withholdingDeclaration(QStringLiteral("ui-bonus"),
                                                                                   QStringLiteral("2025-03"),
                                                                                   QStringLiteral("36000.00"),
                                                                                   QStringLiteral("1080.00"),
                                                                                   QStringLiteral("annual_bonus")));
        QCOMPARE(bonus.status, 201);
    }

    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void fromPrefillToTheVerifiedReceipt()
    {
        test::DesktopApp app(freshDirectory());
        QVERIFY(enrolAndDownload(app));
        QTest::mouseClick(app.find<QPushButton>("reconcileButton"), Qt::LeftButton);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Reconcile);
        auto* wizard = app.find<ReconciliationWizard>("reconciliationWizard");
        QAbstractButton* next = wizardButton(app, "wizardNextButton");

        // 1. Who and which year.
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::Identity));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QCOMPARE(text(app, "wizardTaxpayerName"), test::desktopTaxpayerName);
        QCOMPARE(text(app, "wizardIdentityNumber"), QStringLiteral("110105********0032"));
        QCOMPARE(text(app, "wizardTaxYear"), QStringLiteral("2025"));
        QVERIFY(!app.find<QLabel>("wizardCorrectionNote")->isVisible());
        QTest::mouseClick(next, Qt::LeftButton);

        // 2. The income as the return counts it.
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::Income));
        QCOMPARE(app.find<QTableView>("wizardIncomeView")->model()->rowCount(), 3);
        QCOMPARE(text(app, "wizardIncomeTotals"),
                 QStringLiteral("Income recorded: ¥56,000.00; tax already withheld: ¥1,290.00."));
        QTest::mouseClick(next, Qt::LeftButton);

        // 3. Deductions: nothing claimed yet but the basic deduction.
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::Deductions));
        QCOMPARE(text(app, "basic_deduction"), QStringLiteral("¥60,000.00"));
        QCOMPARE(text(app, "special_additional_deductions"), QStringLiteral("¥0.00"));
        QTest::mouseClick(next, Qt::LeftButton);

        // 4. The bonus: both totals side by side, the lower one recommended and chosen to begin with.
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::BonusMethod));
        QCOMPARE(text(app, "separateTaxTotal"), QStringLiteral("total tax ¥1,080.00"));
        QCOMPARE(text(app, "combinedTaxTotal"), QStringLiteral("total tax ¥0.00"));
        QCOMPARE(text(app, "bonusRecommendation"),
                 QStringLiteral("Recommended: combine the bonus with your income. It costs ¥1,080.00 less tax than "
                                "taxing it separately."));
        auto* combined = app.find<QRadioButton>("combinedMethodButton");
        auto* separate = app.find<QRadioButton>("separateMethodButton");
        QVERIFY(combined->isChecked());
        // Choosing the dearer way is the taxpayer's right; the result follows the choice.
        // A radio button takes clicks on its circle and its text, not on the empty width beside them.
        const QPoint circle(separate->style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth) / 2,
                            separate->height() / 2);
        QTest::mouseClick(separate, Qt::LeftButton, {}, circle);
        QCOMPARE(wizard->draft().bonusMethod, QStringLiteral("separate"));
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::Result));
        QCOMPARE(text(app, "resultHeadline"), QStringLiteral("Refund: ¥210.00"));
        QCOMPARE(text(app, "resultValue_bonus_tax"), QStringLiteral("¥1,080.00"));
        QTest::mouseClick(wizardButton(app, "wizardBackButton"), Qt::LeftButton);
        QTest::mouseClick(combined, Qt::LeftButton, {}, circle);
        QTest::mouseClick(next, Qt::LeftButton);

        // 5. The result.
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::Result));
        QCOMPARE(text(app, "resultHeadline"), QStringLiteral("Refund: ¥1,290.00"));
        QCOMPARE(text(app, "resultValue_tax_payable"), QStringLiteral("¥0.00"));
        QCOMPARE(text(app, "resultValue_prepaid"), QStringLiteral("¥1,290.00"));
        // Every figure has its "why?": the tax payable's explanation names its formula.
        auto* figures = wizard->findChild<ReturnResultView*>();
        QVERIFY(figures != nullptr);
        QTest::mouseClick(figures->findChild<QPushButton*>(QStringLiteral("whyButton_tax_payable")), Qt::LeftButton);
        TraceDialog* why = figures->openExplanation();
        QVERIFY(why != nullptr);
        QVERIFY2(why->detailsText().contains(QStringLiteral("tax on comprehensive income + bonus tax − tax relief")),
                 qPrintable(why->detailsText()));
        why->close();
        QTest::mouseClick(next, Qt::LeftButton);

        // 6. The refund card: a mistyped number is refused as it is typed.
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::RefundCard));
        test::commitText(app.find<QLineEdit>("refundBankEdit"), QStringLiteral("中国工商银行"));
        auto* card = app.find<QLineEdit>("refundCardEdit");
        test::typeInto(card, QStringLiteral("6222 0212 3456 7890 123"));
        QVERIFY(app.find<QLabel>("refundCardError")->isVisible());
        QVERIFY(!next->isEnabled());
        QTest::keyClick(card, Qt::Key_Backspace);
        QTest::keyClick(card, Qt::Key_8);
        QVERIFY(!app.find<QLabel>("refundCardError")->isVisible());
        QVERIFY(next->isEnabled());
        QTest::mouseClick(next, Qt::LeftButton);

        // 7. Sign and submit, once the declaration is made.
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::Submit));
        QAbstractButton* commit = wizardButton(app, "wizardCommitButton");
        QTRY_VERIFY_WITH_TIMEOUT(text(app, "submitSummary").contains(QStringLiteral("•••• 0128")), 5000);
        QVERIFY(text(app, "submitSummary").contains(QStringLiteral("¥1,290.00")));
        QVERIFY(!commit->isEnabled());
        QTest::mouseClick(app.find<QCheckBox>("declarationCheckBox"), Qt::LeftButton);
        QVERIFY(commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QVERIFY(!commit->isEnabled()); // no second submission while the first is on its way

        // 8. The receipt, verified.
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReconciliationWizard::Receipt), 30000);
        QCOMPARE(text(app, "receiptHeadline"), QStringLiteral("Filed: the bureau accepted your return"));
        const QString details = text(app, "receiptDetails");
        QVERIFY2(details.contains(QStringLiteral("Tax withheld: ¥1,290.00")), qPrintable(details));
        QVERIFY(details.contains(QStringLiteral("Tax payable (the bureau's computation): ¥0.00")));
        QVERIFY(details.contains(QStringLiteral("(SM3): sm3:")));
        QCOMPARE(wizard->submission().balance, QStringLiteral("-1290.00"));
        QVERIFY(!wizardButton(app, "wizardBackButton")->isVisible());
        qInfo("VmRSS with the year filed (3 income records, the draft, a filing and its receipt): %s",
              test::residentMemory().constData());

        QTest::mouseClick(wizardButton(app, "wizardFinishButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 5000);
        const QAbstractItemModel* years = app.find<QTableView>("taxYearsView")->model();
        QTRY_VERIFY_WITH_TIMEOUT(years->index(0, 1).data().toString().contains(QStringLiteral("Filed")), 5000);

        // The filing, its receipt and the year's record, as a PDF with the Chinese font embedded.
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QPushButton>("filingsButton")->isEnabled(), 5000);
        QTest::mouseClick(app.find<QPushButton>("filingsButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.find<QPushButton>("exportPdfButton")->isEnabled(), 10000);
        const QString pdf = m_root.filePath(QStringLiteral("return-2025.pdf"));
        FileDialogSeam::setNextFileName(pdf);
        QSignalSpy exported(app.find<FilingsPage>("filingsPage"), &FilingsPage::operationFinished);
        QTest::mouseClick(app.find<QPushButton>("exportPdfButton"), Qt::LeftButton);
        QVERIFY(exported.wait(20000));
        QVERIFY(test::fontEmbedded(pdf, QStringLiteral("NotoSansCJKsc")));
        const QString printed = test::pdfText(pdf).remove(QRegularExpression(QStringLiteral("\\s")));
        for (const QString& expected : {wizard->submission().submissionId,
                                        wizard->submission().receiptId,
                                        test::desktopTaxpayerName,
                                        QStringLiteral("36000.00"),
                                        QStringLiteral("-1290.00")}) {
            QVERIFY2(printed.contains(expected), qPrintable(expected));
        }
    }

    void aSecondOriginalFilingIsRejectedAndSaysWhy()
    {
        // The same person in a new vault files 2025 again: the bureau already holds an accepted
        // original, so it answers with a signed rejection, shown as such.
        test::DesktopApp app(freshDirectory());
        QVERIFY(enrolAndDownload(app));
        QTest::mouseClick(app.find<QPushButton>("reconcileButton"), Qt::LeftButton);
        auto* wizard = app.find<ReconciliationWizard>("reconciliationWizard");
        QAbstractButton* next = wizardButton(app, "wizardNextButton");
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        // With the keyboard alone: Alt+N goes on, space checks the declaration.
        // A mnemonic clicks its button the way a mouse would, after a short animation: wait for each step.
        for (int step = ReconciliationWizard::Income; step <= ReconciliationWizard::RefundCard; ++step) {
            QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
            QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), step, 2000);
        }
        QCOMPARE(wizard->currentId(), int(ReconciliationWizard::RefundCard));
        QVERIFY(!next->isEnabled());
        test::commitText(app.find<QLineEdit>("refundBankEdit"), QStringLiteral("中国银行"));
        test::typeInto(app.find<QLineEdit>("refundCardEdit"), QStringLiteral("6222021234567890128"));
        QTest::keyClick(wizard, Qt::Key_N, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReconciliationWizard::Submit), 2000);
        auto* declaration = app.find<QCheckBox>("declarationCheckBox");
        declaration->setFocus();
        QTest::keyClick(declaration, Qt::Key_Space);
        QVERIFY(declaration->isChecked());
        QTest::keyClick(wizard, Qt::Key_S, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(ReconciliationWizard::Receipt), 30000);
        QCOMPARE(text(app, "receiptHeadline"), QStringLiteral("The bureau did not accept your return"));
        QVERIFY(text(app, "receiptDetails").contains(QStringLiteral("Nothing was filed.")));
        QCOMPARE(wizard->submission().state, SubmissionResult::State::Rejected);
        QVERIFY(!wizard->submission().problems.isEmpty());
    }
};

HUISUAN_REGISTER_TEST(TestReconciliationWizard)
#include "TestReconciliationWizard.moc"
