// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "rules/RulePackRegistry.h"
#include "session/ReturnTestSupport.h"
#include "ui/DisplayAmount.h"
#include "ui/ReturnResultView.h"
#include "ui/TraceDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTextBrowser>

using namespace huisuan;

/** The result lines and their "why?", clicked as a user would. */
class TestReturnResultView : public QObject
{
    Q_OBJECT
private:
    static ReturnExplanation explained(const QByteArray& input)
    {
        const AnnualReturnRecord record = test::computedReturn(input);
        return ReturnExplanation::fromJson(record.resultJson, record.traceJson);
    }

    static const RulePack& pack2024() { return *RulePackRegistry::builtIn().forYear(2024); }

private slots:
    void everyLineShowsItsValueAndAWhy()
    {
        ReturnResultView view;
        const ReturnExplanation explanation = explained(test::healthInsuranceCappedReturn);
        view.setExplanation(explanation);
        view.show();
        for (const ResultLine& line : explanation.lines) {
            auto* value = view.findChild<QLabel*>(QStringLiteral("resultValue_") + line.key);
            QVERIFY2(value, qPrintable(line.key));
            auto* label = view.findChild<QLabel*>(QStringLiteral("resultLabel_") + line.key);
            QCOMPARE(label->text(), line.label);
            auto* why = view.findChild<QPushButton*>(QStringLiteral("whyButton_") + line.key);
            QVERIFY2(why, qPrintable(line.key));
            QCOMPARE(why->accessibleName(), QStringLiteral("Why is “%1” %2?").arg(line.label, value->text()));
        }
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("resultValue_other_deductions"))->text(),
                 displayAmount(QStringLiteral("2400.00")));
        QCOMPARE(view.findChild<QLabel*>(QStringLiteral("resultValue_rate"))->text(),
                 displayRate(pack2024().comprehensiveAnnual.brackets.at(1).rate.toString()));
    }

    void whyShowsTheFormulaTheRuleAndItsCitation()
    {
        ReturnResultView view;
        view.setExplanation(explained(test::healthInsuranceCappedReturn));
        view.resize(640, 900); // every line in sight: a click lands where the button is on screen
        view.show();
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("whyButton_tax_on_comprehensive_income")),
                          Qt::LeftButton);
        TraceDialog* dialog = view.openExplanation();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        const QString text = dialog->detailsText();
        QVERIFY2(text.contains(QStringLiteral("taxable income × rate − quick deduction (annual table)")),
                 qPrintable(text));
        QVERIFY2(text.contains(pack2024().comprehensiveAnnual.source.citation), qPrintable(text));
        QVERIFY2(text.contains(
                     QStringLiteral("Tax on comprehensive income: %1").arg(displayAmount(QStringLiteral("7640.00")))),
                 qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("half-up to the fen")), qPrintable(text));

        // Another "why?" shows its own line, with the items it is made of and the cap that bit.
        QTest::mouseClick(view.findChild<QPushButton*>(QStringLiteral("whyButton_other_deductions")), Qt::LeftButton);
        QCOMPARE(view.openExplanation(), dialog);
        const QString other = dialog->detailsText();
        QVERIFY2(other.contains(
                     QStringLiteral("Commercial health insurance: %1").arg(displayAmount(QStringLiteral("2400.00")))),
                 qPrintable(other));
        QVERIFY2(other.contains(QStringLiteral("amount paid, up to the cap")), qPrintable(other));
        QVERIFY2(other.contains(pack2024().commercialHealthInsuranceCap.source.citation), qPrintable(other));
        QVERIFY2(other.contains(QStringLiteral("capped at 2400.00")), qPrintable(other));
        QVERIFY(!other.contains(QStringLiteral("taxable income × rate")));

        // Escape closes it, as any dialog.
        QTest::keyClick(dialog->findChild<QTextBrowser*>(QStringLiteral("traceDetails")), Qt::Key_Escape);
        QTRY_VERIFY(!view.openExplanation());
    }

    void whyIsReachableByKeyboard()
    {
        ReturnResultView view;
        view.setExplanation(explained(test::exemptReturn));
        view.show();
        QApplication::setActiveWindow(&view);
        auto* why = view.findChild<QPushButton*>(QStringLiteral("whyButton_exempt_from_payment"));
        why->setFocus();
        QTest::keyClick(why, Qt::Key_Space);
        QVERIFY(view.openExplanation());
        const QString text = view.openExplanation()->detailsText();
        QVERIFY2(text.contains(pack2024().exemptionBalanceCeiling.source.citation), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Exempt from paying: yes")), qPrintable(text));
    }
};

HUISUAN_REGISTER_TEST(TestReturnResultView)
#include "TestReturnResultView.moc"
