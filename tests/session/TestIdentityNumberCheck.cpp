// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/IdentityNumberCheck.h"

#include <QTest>

using namespace huisuan;
using Verdict = IdentityNumberCheck::Verdict;

Q_DECLARE_METATYPE(IdentityNumberCheck::Verdict)

class TestIdentityNumberCheck : public QObject
{
    Q_OBJECT
private slots:
    void verdictAsTyped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("empty") << QString() << Verdict::Empty;
        QTest::newRow("spaces") << QStringLiteral("  ") << Verdict::Empty;
        QTest::newRow("first digits") << QStringLiteral("1101") << Verdict::Incomplete;
        QTest::newRow("17 digits") << QStringLiteral("11010519880615003") << Verdict::Incomplete;
        QTest::newRow("valid") << QStringLiteral("110105198806150032") << Verdict::Valid;
        QTest::newRow("wrong check character") << QStringLiteral("110105198806150031") << Verdict::Invalid;
        QTest::newRow("no such date") << QStringLiteral("110105198802300032") << Verdict::Invalid;
        QTest::newRow("letter early") << QStringLiteral("11010A") << Verdict::Invalid;
        QTest::newRow("X not last") << QStringLiteral("X") << Verdict::Invalid;
        QTest::newRow("too long") << QStringLiteral("1101051988061500321") << Verdict::Invalid;
        QTest::newRow("full-width digit") << QStringLiteral("１") << Verdict::Invalid;
    }

    void verdictAsTyped()
    {
        QFETCH(QString, text);
        QFETCH(Verdict, verdict);
        QCOMPARE(IdentityNumberCheck::check(text), verdict);
    }

    void lowerCaseXIsTheCheckCharacterX()
    {
        // 11010519491231002X is the standard's own example of an X check character.
        QCOMPARE(IdentityNumberCheck::check(QStringLiteral("11010519491231002X")), Verdict::Valid);
        QCOMPARE(IdentityNumberCheck::check(QStringLiteral("11010519491231002x")), Verdict::Valid);
    }
};

HUISUAN_REGISTER_TEST(TestIdentityNumberCheck)
#include "TestIdentityNumberCheck.moc"
