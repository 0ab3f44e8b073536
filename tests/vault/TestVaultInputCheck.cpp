// SPDX-License-Identifier: GPL-3.0-or-later
// The checks the stores run before writing: what passes, what is refused, and that a refusal says
// which value was wrong.
#include "TestRegistry.h"
#include "vault/VaultInputCheck.h"

#include <QTest>

using namespace huisuan;

class TestVaultInputCheck : public QObject
{
    Q_OBJECT

private slots:
    void amounts_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("zero") << QStringLiteral("0.00") << true;
        QTest::newRow("canonical") << QStringLiteral("1234.50") << true;
        QTest::newRow("sixteen digits") << QStringLiteral("9999999999999999.99") << true;
        QTest::newRow("seventeen digits") << QStringLiteral("10000000000000000.00") << false;
        QTest::newRow("one decimal") << QStringLiteral("1234.5") << false;
        QTest::newRow("no decimals") << QStringLiteral("1234") << false;
        QTest::newRow("leading zero") << QStringLiteral("01234.50") << false;
        QTest::newRow("negative") << QStringLiteral("-1.00") << false;
        QTest::newRow("grouping") << QStringLiteral("1,234.50") << false;
        QTest::newRow("full-width digits") << QStringLiteral("１２.００") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void amounts()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        const VaultStatus status = VaultInputCheck::amount(QStringLiteral("amount"), value);
        QCOMPARE(status.ok(), accepted);
        if (!accepted) {
            QCOMPARE(status.code, VaultErrorCode::InvalidArgument);
            QVERIFY(status.message.contains(value));
        }
    }

    void yearsMonthsAndIds()
    {
        QVERIFY(VaultInputCheck::taxYear(2019).ok());
        QVERIFY(!VaultInputCheck::taxYear(2018).ok());
        QVERIFY(VaultInputCheck::taxYear(2099).ok());
        QVERIFY(!VaultInputCheck::taxYear(2100).ok());
        QVERIFY(VaultInputCheck::month(12).ok());
        QVERIFY(!VaultInputCheck::month(0).ok());
        QVERIFY(VaultInputCheck::submissionId(QStringLiteral("7d3c1e0a-5b2f-4c8e-9a61-0f2d4b6c8e10")).ok());
        QVERIFY(!VaultInputCheck::submissionId(QString(65, QLatin1Char('a'))).ok());
        QVERIFY(!VaultInputCheck::submissionId(QStringLiteral("申报1")).ok());
        QVERIFY(VaultInputCheck::creditCode(QStringLiteral("91110000600037341L")).ok());
        QVERIFY(!VaultInputCheck::creditCode(QStringLiteral("91110000600037341M")).ok());
        QVERIFY(VaultInputCheck::identifier(QStringLiteral("resident_id"), QStringLiteral("11010519491231002X")).ok());
        QVERIFY(!VaultInputCheck::identifier(QStringLiteral("resident_id"), QStringLiteral("110105194912310021")).ok());
        QVERIFY(VaultInputCheck::identifier(QStringLiteral("passport"), QStringLiteral("E12345678")).ok());
        QVERIFY(!VaultInputCheck::identifier(QStringLiteral("passport"), QStringLiteral("  ")).ok());
        QVERIFY(VaultInputCheck::jsonObject(QStringLiteral("claim"), "{\"a\":1}").ok());
        QVERIFY(!VaultInputCheck::jsonObject(QStringLiteral("claim"), "[1]").ok());
    }
};

HUISUAN_REGISTER_TEST(TestVaultInputCheck)
#include "TestVaultInputCheck.moc"
