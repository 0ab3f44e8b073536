// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/LanguageSwitcher.h"
#include "ui/TaxYearListModel.h"

#include <QSignalSpy>
#include <QTest>

using namespace huisuan;
using State = TaxYearOverview::State;
using Balance = TaxYearOverview::Balance;

class TestTaxYearListModel : public QObject
{
    Q_OBJECT
private:
    static QString text(const TaxYearListModel& model, int row, int column)
    {
        return model.index(row, column).data().toString();
    }

private slots:
    void eachStateHasItsTextAndNextStep_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("balance");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<QString>("stateText");
        QTest::addColumn<QString>("nextStep");
        QTest::newRow("not started") << int(State::NotStarted) << int(Balance::None) << QString()
                                     << QStringLiteral("Not started")
                                     << QStringLiteral("Start the annual reconciliation");
        QTest::newRow("draft, nothing to settle")
            << int(State::Draft) << int(Balance::None) << QString() << QStringLiteral("Draft")
            << QStringLiteral("Review the return, then sign and submit it");
        QTest::newRow("awaiting the receipt")
            << int(State::AwaitingReceipt) << int(Balance::Refund) << QStringLiteral("20.00")
            << QStringLiteral("Submitted, awaiting the receipt") << QStringLiteral("Wait for the tax bureau's receipt");
        QTest::newRow("filed, refund") << int(State::Filed) << int(Balance::Refund) << QStringLiteral("1234567.80")
                                       << QStringLiteral("Filed: refund of ¥1,234,567.80")
                                       << QStringLiteral("Nothing to do now");
        QTest::newRow("filed, to pay") << int(State::Filed) << int(Balance::Payment) << QStringLiteral("0.01")
                                       << QStringLiteral("Filed: ¥0.01 to pay")
                                       << QStringLiteral("Pay the amount due before the deadline");
    }

    void eachStateHasItsTextAndNextStep()
    {
        QFETCH(int, state);
        QFETCH(int, balance);
        QFETCH(QString, amount);
        QFETCH(QString, stateText);
        QFETCH(QString, nextStep);
        LanguageSwitcher language;
        QVERIFY(language.switchTo(QStringLiteral("en")));
        TaxYearListModel model;
        model.setYears({{2024, State(state), Balance(balance), amount}});
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, TaxYearListModel::YearColumn), QStringLiteral("2024 tax year"));
        QCOMPARE(text(model, 0, TaxYearListModel::StateColumn), stateText);
        QCOMPARE(text(model, 0, TaxYearListModel::NextStepColumn), nextStep);
    }

    void retranslateRefreshesEveryText()
    {
        LanguageSwitcher language;
        QVERIFY(language.switchTo(QStringLiteral("en")));
        TaxYearListModel model;
        model.setYears({{2025, State::NotStarted, Balance::None, QString()}});
        QSignalSpy headers(&model, &QAbstractItemModel::headerDataChanged);
        QSignalSpy data(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(language.switchTo(QStringLiteral("zh_CN")));
        model.retranslate();
        QCOMPARE(headers.size(), 1);
        QCOMPARE(data.size(), 1);
        QCOMPARE(model.headerData(TaxYearListModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("状态"));
        QCOMPARE(text(model, 0, TaxYearListModel::StateColumn), QStringLiteral("尚未开始"));
    }
};

HUISUAN_REGISTER_TEST(TestTaxYearListModel)
#include "TestTaxYearListModel.moc"
