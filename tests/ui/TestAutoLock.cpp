// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "ui/AutoLock.h"

#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace huisuan;
using namespace std::chrono_literals;

class TestAutoLock : public QObject
{
    Q_OBJECT
private slots:
    void saysIdleOnceAfterTheInterval()
    {
        AutoLock autoLock;
        autoLock.setInterval(50ms);
        QSignalSpy idle(&autoLock, &AutoLock::idle);
        autoLock.arm();
        QTRY_COMPARE_WITH_TIMEOUT(idle.size(), 1, 5000);
        QVERIFY(!autoLock.isArmed());
    }

    void disarmedSaysNothingAndInputDoesNotArmIt()
    {
        AutoLock autoLock;
        autoLock.setInterval(10ms);
        QSignalSpy idle(&autoLock, &AutoLock::idle);
        autoLock.arm();
        autoLock.disarm();
        QLineEdit edit;
        QTest::keyClick(&edit, Qt::Key_A);
        QVERIFY(!autoLock.isArmed());
        QTest::qWait(50);
        QCOMPARE(idle.size(), 0);
    }
};

HUISUAN_REGISTER_TEST(TestAutoLock)
#include "TestAutoLock.moc"
