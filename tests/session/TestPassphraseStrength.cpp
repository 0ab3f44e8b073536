// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/PassphraseStrength.h"

#include <QTest>
#include <cmath>

using huisuan::PassphraseStrength;
using Level = PassphraseStrength::Level;
Q_DECLARE_METATYPE(Level)

class TestPassphraseStrength : public QObject
{
    Q_OBJECT
private slots:
    void level_data()
    {
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<Level>("expected");
        QTest::newRow("empty") << QString() << Level::Empty;
        QTest::newRow("password: 8 lower case") << QStringLiteral("password") << Level::Weak;
        QTest::newRow("password1: 9 lower case and digits") << QStringLiteral("password1") << Level::Weak;
        QTest::newRow("11 lower case") << QStringLiteral("abcdefghijk") << Level::Fair;
        QTest::newRow("9 of every ASCII class") << QStringLiteral("Tr0ub4d&r") << Level::Fair;
        QTest::newRow("four words") << QStringLiteral("correct horse battery staple") << Level::Strong;
        QTest::newRow("4 Chinese characters") << QStringLiteral("汇算清缴") << Level::Weak;
        QTest::newRow("5 Chinese characters") << QStringLiteral("春眠不觉晓") << Level::Fair;
    }

    void level()
    {
        QFETCH(QString, passphrase);
        QFETCH(Level, expected);
        QCOMPARE(PassphraseStrength::level(passphrase), expected);
    }

    void bitsGrowWithLengthAndClasses()
    {
        QCOMPARE(PassphraseStrength::entropyBits(QStringLiteral("aaaa")), 4 * std::log2(26.0));
        QCOMPARE(PassphraseStrength::entropyBits(QStringLiteral("aA1!")), 4 * std::log2(95.0));
        // A character beyond the Basic Multilingual Plane is one character, not two.
        QCOMPARE(PassphraseStrength::entropyBits(QString::fromUtf8("\xF0\xA0\x80\x80")), std::log2(3500.0));
    }
};

HUISUAN_REGISTER_TEST(TestPassphraseStrength)
#include "TestPassphraseStrength.moc"
