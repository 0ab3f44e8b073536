// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "UiTestSupport.h"
#include "session/ReturnTestSupport.h"
#include "ui/DisplayAmount.h"
#include "ui/ReturnPage.h"
#include "ui/ReturnResultView.h"
#include "ui/TaxBreakdownChart.h"
#include "ui/TraceDialog.h"

#include <QAction>
#include <QChart>
#include <QLabel>
#include <QPieSeries>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace huisuan;

/** From the home page to a year's return, its "why?" and its chart, in the whole app over a real vault. */
class TestReturnPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;

    /** A vault with the 2024 return of the health insurance case and a 2025 year without one. */
    QString vaultWithReturn()
    {
        const QString directory = m_root.filePath(QStringLiteral("vault-%1").arg(++m_next));
        auto vault = Vault::create(directory, test::secret("quiet river lantern"), test::cheapCost());
        if (!vault.ok() ||
            !vault.value->saveAnnualReturn(test::computedReturn(test::healthInsuranceCappedReturn)).ok()) {
            return {};
        }
        vault.value->close();
        return directory;
    }

    static bool openReturnOf2024(test::DesktopApp& app)
    {
        QSignalSpy homeReady(app.window.get(), &MainWindow::homeReady);
        auto* edit = app.find<QLineEdit>("unlockPassphraseEdit");
        test::typeInto(edit, QStringLiteral("quiet river lantern"));
        QTest::keyClick(edit, Qt::Key_Return);
        if (!homeReady.wait(10000)) {
            return false;
        }
        auto* years = app.find<QTableView>("taxYearsView");
        auto* returnButton = app.find<QPushButton>("returnButton");
        // 2025 (the last ended year, nothing computed) comes first: no return to show.
        years->selectRow(0);
        if (returnButton->isEnabled()) {
            return false;
        }
        years->selectRow(1);
        if (!returnButton->isEnabled()) {
            return false;
        }
        QSignalSpy shown(app.find<ReturnPage>("returnPage"), &ReturnPage::returnShown);
        QTest::mouseClick(returnButton, Qt::LeftButton);
        return shown.wait(10000) && app.window->currentPage() == MainWindow::Page::Return;
    }

private slots:
    void whyExplainsTheNumberClicked()
    {
        const QString directory = vaultWithReturn();
        QVERIFY(!directory.isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openReturnOf2024(app));
        QCOMPARE(app.find<QLabel>("returnTitle")->text(), QStringLiteral("Return of the 2024 tax year"));

        const QString taxable = displayAmount(QStringLiteral("101600.00"));
        QCOMPARE(app.find<QLabel>("resultValue_taxable_income")->text(), taxable);
        auto* why = app.find<QPushButton>("whyButton_taxable_income");
        QCOMPARE(why->accessibleName(), QStringLiteral("Why is “Taxable income” %1?").arg(taxable));
        QTest::mouseClick(why, Qt::LeftButton);
        TraceDialog* dialog = app.find<ReturnResultView>("returnResultView")->openExplanation();
        QVERIFY(dialog);
        const QString text = dialog->detailsText();
        QVERIFY2(text.contains(QStringLiteral("Taxable income: %1").arg(taxable)), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("taxable income before donations − donations deducted")),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Taxable income before donations")), qPrintable(text));
        dialog->reject();

        auto* chart = app.find<TaxBreakdownChart>("taxBreakdownChart");
        QCOMPARE(qobject_cast<QPieSeries*>(chart->incomeChart()->series().at(0))->count(), 2);
        QVERIFY(chart->summary().contains(taxable));
    }

    void keyboardAlone()
    {
        const QString directory = vaultWithReturn();
        QVERIFY(!directory.isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openReturnOf2024(app));
        // The page takes the focus; Tab reaches the first "why?", the next Tab the second.
        QTRY_VERIFY(app.find<ReturnPage>("returnPage")->isAncestorOf(QApplication::focusWidget()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), app.find<QPushButton>("whyButton_comprehensive_income"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), app.find<QPushButton>("whyButton_basic_deduction"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        TraceDialog* dialog = app.find<ReturnResultView>("returnResultView")->openExplanation();
        QVERIFY(dialog);
        QVERIFY(dialog->detailsText().contains(QStringLiteral("the year's fixed amount")));
    }

    void languageSwitchRetranslatesTheLinesTheExplanationAndTheChart()
    {
        const QString directory = vaultWithReturn();
        QVERIFY(!directory.isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openReturnOf2024(app));
        QTest::mouseClick(app.find<QPushButton>("whyButton_basic_deduction"), Qt::LeftButton);
        TraceDialog* dialog = app.find<ReturnResultView>("returnResultView")->openExplanation();
        QVERIFY(dialog);
        QVERIFY(dialog->detailsText().contains(QStringLiteral("the year's fixed amount")));

        QVERIFY(app.languageSwitcher.switchTo(QStringLiteral("zh_CN")));
        const QString label = QCoreApplication::translate("Trace", "Taxable income");
        QVERIFY(label != QLatin1String("Taxable income"));
        QTRY_COMPARE(app.find<QLabel>("resultLabel_taxable_income")->text(), label);
        const QString formula =
            QCoreApplication::translate("Trace", "the year's fixed amount, whatever the months worked");
        QVERIFY(formula != QLatin1String("the year's fixed amount, whatever the months worked"));
        QTRY_VERIFY2(dialog->detailsText().contains(formula), qPrintable(dialog->detailsText()));
        const QString wages = QCoreApplication::translate("TraceInput", "wages");
        auto* chart = app.find<TaxBreakdownChart>("taxBreakdownChart");
        QVERIFY(qobject_cast<QPieSeries*>(chart->incomeChart()->series().at(0))->slices().at(0)->label() == wages);

        QVERIFY(app.languageSwitcher.switchTo(QStringLiteral("en")));
        QTRY_COMPARE(app.find<QLabel>("resultLabel_taxable_income")->text(), QStringLiteral("Taxable income"));
    }

    void lockingForgetsTheReturn()
    {
        const QString directory = vaultWithReturn();
        QVERIFY(!directory.isEmpty());
        test::DesktopApp app(directory);
        QVERIFY(openReturnOf2024(app));
        QVERIFY(app.find<QLabel>("resultValue_taxable_income"));
        app.find<QAction>("lockAction")->trigger();
        QTRY_COMPARE(app.window->currentPage(), MainWindow::Page::Unlock);
        QVERIFY(!app.find<QLabel>("resultValue_taxable_income"));
        QVERIFY(
            app.find<TaxBreakdownChart>("taxBreakdownChart")->incomeChart()->series().isEmpty() ||
            qobject_cast<QPieSeries*>(app.find<TaxBreakdownChart>("taxBreakdownChart")->incomeChart()->series().at(0))
                    ->count() == 0);
    }
};

HUISUAN_REGISTER_TEST(TestReturnPage)
#include "TestReturnPage.moc"
