// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/AmountCheck.h"

#include <QTest>

using namespace huisuan;
using Verdict = AmountCheck::Verdict;

Q_DECLARE_METATYPE(AmountCheck::Verdict)

class TestAmountCheck : public QObject
{
    Q_OBJECT
private slots:
    void verdictAndCanonicalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Verdict>("verdict");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("empty") << QString() << Verdict::Empty << QString();
        QTest::newRow("spaces") << QStringLiteral(" ") << Verdict::Empty << QString();
        QTest::newRow("whole yuan") << QStringLiteral("12000") << Verdict::Valid << QStringLiteral("12000.00");
        QTest::newRow("one decimal") << QStringLiteral("12000.5") << Verdict::Valid << QStringLiteral("12000.50");
        QTest::newRow("two decimals") << QStringLiteral("1234.56") << Verdict::Valid << QStringLiteral("1234.56");
        QTest::newRow("zero") << QStringLiteral("0") << Verdict::Valid << QStringLiteral("0.00");
        QTest::newRow("surrounding spaces") << QStringLiteral(" 15.20 ") << Verdict::Valid << QStringLiteral("15.20");
        QTest::newRow("the largest amount")
            << QStringLiteral("999999999999.99") << Verdict::Valid << QStringLiteral("999999999999.99");
        QTest::newRow("13 digits of yuan") << QStringLiteral("1000000000000") << Verdict::TooLarge << QString();
        QTest::newRow("grouping") << QStringLiteral("12,000") << Verdict::Invalid << QString();
        QTest::newRow("three decimals") << QStringLiteral("1.234") << Verdict::Invalid << QString();
        QTest::newRow("negative") << QStringLiteral("-5") << Verdict::Invalid << QString();
        QTest::newRow("plus") << QStringLiteral("+5") << Verdict::Invalid << QString();
        QTest::newRow("leading zero") << QStringLiteral("012") << Verdict::Invalid << QString();
        QTest::newRow("currency sign") << QStringLiteral("¥12") << Verdict::Invalid << QString();
        QTest::newRow("exponent") << QStringLiteral("1e3") << Verdict::Invalid << QString();
        QTest::newRow("point awaiting decimals") << QStringLiteral("12.") << Verdict::Incomplete << QString();
        QTest::newRow("point alone") << QStringLiteral(".") << Verdict::Invalid << QString();
        QTest::newRow("full-width digits") << QStringLiteral("１２") << Verdict::Invalid << QString();
    }

    void verdictAndCanonicalText()
    {
        QFETCH(QString, text);
        QFETCH(Verdict, verdict);
        QFETCH(QString, canonical);
        const AmountCheck::Result checked = AmountCheck::check(text);
        QCOMPARE(checked.verdict, verdict);
        QCOMPARE(checked.canonical, canonical);
    }
};

HUISUAN_REGISTER_TEST(TestAmountCheck)
#include "TestAmountCheck.moc"
