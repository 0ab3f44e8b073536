// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/Sm3Digest.h"

#include <QTest>

using namespace huisuan;

class TestSm3Digest : public QObject
{
    Q_OBJECT

private slots:
    void matchesTheStandardsExamples_data()
    {
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QString>("tagged");
        // GM/T 0004-2012 Appendix A, examples 1 and 2.
        QTest::newRow("abc") << QByteArrayLiteral("abc")
                             << QStringLiteral("sm3:66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        QTest::newRow("abcd x16") << QByteArray("abcd").repeated(16)
                                  << QStringLiteral(
                                         "sm3:debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732");
    }

    void matchesTheStandardsExamples()
    {
        QFETCH(QByteArray, message);
        QFETCH(QString, tagged);
        QCOMPARE(Sm3Digest::tagged(message), tagged);
        QCOMPARE(Sm3Digest::of(message).size(), 32);
    }
};

HUISUAN_REGISTER_TEST(TestSm3Digest)
#include "TestSm3Digest.moc"
