// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/CreditCodeCheck.h"

#include <QTest>

using namespace huisuan;
using Verdict = CreditCodeCheck::Verdict;

Q_DECLARE_METATYPE(CreditCodeCheck::Verdict)

class TestCreditCodeCheck : public QObject
{
    Q_OBJECT
private slots:
    void verdictAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("empty") << QString() << Verdict::Empty;
        QTest::newRow("spaces") << QStringLiteral("  ") << Verdict::Empty;
        QTest::newRow("first characters") << QStringLiteral("9111") << Verdict::Incomplete;
        QTest::newRow("17 characters") << QStringLiteral("91110000802100433") << Verdict::Incomplete;
        QTest::newRow("valid") << QStringLiteral("91110000802100433B") << Verdict::Valid;
        QTest::newRow("another valid") << QStringLiteral("91110000600037341L") << Verdict::Valid;
        QTest::newRow("lower case") << QStringLiteral("91110000802100433b") << Verdict::Valid;
        QTest::newRow("wrong check character") << QStringLiteral("91110000802100433A") << Verdict::Invalid;
        QTest::newRow("letter in the division code") << QStringLiteral("9111A000802100433B") << Verdict::Invalid;
        QTest::newRow("I is never used") << QStringLiteral("91I") << Verdict::Invalid;
        QTest::newRow("O is never used") << QStringLiteral("91O") << Verdict::Invalid;
        QTest::newRow("punctuation") << QStringLiteral("9111-") << Verdict::Invalid;
        QTest::newRow("too long") << QStringLiteral("91110000802100433B1") << Verdict::Invalid;
        QTest::newRow("full-width digit") << QStringLiteral("９") << Verdict::Invalid;
    }

    void verdictAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(Verdict, verdict);
        QCOMPARE(CreditCodeCheck::check(text), verdict);
    }
};

HUISUAN_REGISTER_TEST(TestCreditCodeCheck)
#include "TestCreditCodeCheck.moc"
