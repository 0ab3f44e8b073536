// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "tabular/CellText.h"

#include <QTest>

using namespace huisuan;

Q_DECLARE_METATYPE(TabularCell::Kind)

class TestCellText : public QObject
{
    Q_OBJECT
private slots:
    void moneyFromText_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("amount"); // empty: refused
        QTest::addColumn<QString>("because"); // a word of the reason when refused
        QTest::newRow("whole yuan") << QStringLiteral("12000") << QStringLiteral("12000.00") << QString();
        QTest::newRow("one decimal") << QStringLiteral("12000.5") << QStringLiteral("12000.50") << QString();
        QTest::newRow("spaces") << QStringLiteral("  15.20 ") << QStringLiteral("15.20") << QString();
        QTest::newRow("zero") << QStringLiteral("0") << QStringLiteral("0.00") << QString();
        QTest::newRow("grouped") << QStringLiteral("12,000.50") << QStringLiteral("12000.50") << QString();
        QTest::newRow("grouped millions") << QStringLiteral("1,234,567") << QStringLiteral("1234567.00") << QString();
        QTest::newRow("full-width digits") << QStringLiteral("１２０００") << QStringLiteral("12000.00") << QString();
        QTest::newRow("full-width point and comma")
            << QStringLiteral("１２，０００．５") << QStringLiteral("12000.50") << QString();
        QTest::newRow("ideographic space") << QStringLiteral("\u3000８８") << QStringLiteral("88.00") << QString();
        QTest::newRow("the largest") << QStringLiteral("999,999,999,999.99") << QStringLiteral("999999999999.99")
                                     << QString();
        QTest::newRow("comma not a separator") << QStringLiteral("1,2") << QString() << QStringLiteral("commas");
        QTest::newRow("groups of two") << QStringLiteral("12,34,567") << QString() << QStringLiteral("commas");
        QTest::newRow("decimal comma") << QStringLiteral("1.234,56") << QString() << QStringLiteral("commas");
        QTest::newRow("comma after the point") << QStringLiteral("1,000.5,0") << QString() << QStringLiteral("commas");
        QTest::newRow("three decimals") << QStringLiteral("12.345") << QString() << QStringLiteral("two decimals");
        QTest::newRow("negative") << QStringLiteral("-5") << QString() << QStringLiteral("negative");
        QTest::newRow("accounting negative") << QStringLiteral("(5.00)") << QString() << QStringLiteral("negative");
        QTest::newRow("empty") << QString() << QString() << QStringLiteral("empty");
        QTest::newRow("currency sign") << QStringLiteral("¥12") << QString() << QStringLiteral("not an amount");
        QTest::newRow("leading zero") << QStringLiteral("012") << QString() << QStringLiteral("not an amount");
        QTest::newRow("exponent") << QStringLiteral("1e3") << QString() << QStringLiteral("not an amount");
        QTest::newRow("13 digits of yuan") << QStringLiteral("1000000000000") << QString() << QStringLiteral("larger");
    }

    void moneyFromText()
    {
        QFETCH(QString, cell);
        QFETCH(QString, amount);
        QFETCH(QString, because);
        QString reason;
        const std::optional<QString> read = CellText::money(cell, &reason);
        QCOMPARE(read.value_or(QString()), amount);
        QCOMPARE(reason.isEmpty(), because.isEmpty());
        QVERIFY2(reason.contains(because), qPrintable(reason));
    }

    void moneyFromAnXlsxNumber_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<QString>("amount");
        QTest::newRow("two decimals after binary noise")
            << QStringLiteral("1234.5600000000001") << QStringLiteral("1234.56");
        QTest::newRow("noise below") << QStringLiteral("0.29999999999999999") << QStringLiteral("0.30");
        QTest::newRow("round up through nines") << QStringLiteral("99999.999999999999") << QStringLiteral("100000.00");
        QTest::newRow("whole") << QStringLiteral("8000") << QStringLiteral("8000.00");
        QTest::newRow("exponent") << QStringLiteral("1.2345E+3") << QStringLiteral("1234.50");
        QTest::newRow("small exponent") << QStringLiteral("5E-2") << QStringLiteral("0.05");
        QTest::newRow("three true decimals") << QStringLiteral("1234.567") << QString();
        QTest::newRow("noise at the 15th digit") << QStringLiteral("1234.56000000001") << QString();
        QTest::newRow("negative") << QStringLiteral("-12.5") << QString();
        QTest::newRow("not a number") << QStringLiteral("abc") << QString();
    }

    void moneyFromAnXlsxNumber()
    {
        QFETCH(QString, number);
        QFETCH(QString, amount);
        QString reason;
        const std::optional<QString> read =
            CellText::money(TabularCell {number, 2, 3, TabularCell::Kind::Number}, &reason);
        QCOMPARE(read.value_or(QString()), amount);
        QCOMPARE(reason.isEmpty(), !amount.isEmpty());
    }

    void refusesADateOrABooleanAsMoney_data()
    {
        QTest::addColumn<TabularCell::Kind>("kind");
        QTest::newRow("date") << TabularCell::Kind::Date;
        QTest::newRow("boolean") << TabularCell::Kind::Boolean;
    }

    void refusesADateOrABooleanAsMoney()
    {
        QFETCH(TabularCell::Kind, kind);
        QString reason;
        QVERIFY(!CellText::money(TabularCell {QStringLiteral("45717"), 2, 3, kind}, &reason));
        QVERIFY(reason.contains(QStringLiteral("amount belongs here")));
    }

    void readsDatesOnlyWhereAsked()
    {
        QString reason;
        QCOMPARE(CellText::date(TabularCell {QStringLiteral("45717"), 2, 5, TabularCell::Kind::Date}, &reason),
                 std::optional<QDate>(QDate(2025, 3, 1)));
        QCOMPARE(CellText::date(TabularCell {QStringLiteral("2025-03-01"), 2, 5}, &reason),
                 std::optional<QDate>(QDate(2025, 3, 1)));
        QVERIFY(reason.isEmpty());
        QVERIFY(!CellText::date(TabularCell {QStringLiteral("45717.5"), 2, 5, TabularCell::Kind::Date}, &reason));
        QVERIFY(!CellText::date(TabularCell {QStringLiteral("60"), 2, 5, TabularCell::Kind::Date}, &reason));
        QVERIFY(!CellText::date(TabularCell {QStringLiteral("1/3/2025"), 2, 5}, &reason));
        QVERIFY(reason.contains(QStringLiteral("not a date")));
    }
};

HUISUAN_REGISTER_TEST(TestCellText)
#include "TestCellText.moc"
