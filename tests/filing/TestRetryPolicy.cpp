// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/RetryPolicy.h"

#include <QSet>
#include <QTest>

using namespace huisuan;
using namespace std::chrono_literals;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void growsExponentiallyWithinHalfToAll_data()
    {
        QTest::addColumn<int>("retry");
        QTest::addColumn<qint64>("ceiling");
        QTest::newRow("first") << 1 << qint64(1000);
        QTest::newRow("second") << 2 << qint64(2000);
        QTest::newRow("fifth") << 5 << qint64(16000);
        QTest::newRow("capped") << 12 << qint64(60000);
        QTest::newRow("far beyond any shift") << 100000 << qint64(60000);
    }

    void growsExponentiallyWithinHalfToAll()
    {
        QFETCH(int, retry);
        QFETCH(qint64, ceiling);
        QRandomGenerator random(7);
        const RetryPolicy policy({1000ms, 60000ms}, &random);
        QSet<qint64> seen;
        for (int i = 0; i < 200; ++i) {
            const qint64 delay = policy.delayBefore(retry).count();
            QVERIFY2(delay >= ceiling / 2 && delay <= ceiling, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        // Jitter: two hundred clients retrying together do not come back in the same millisecond.
        QVERIFY(seen.size() > 100);
    }

    void retryAfterIsAFloor()
    {
        QRandomGenerator random(7);
        const RetryPolicy policy({100ms, 1000ms}, &random);
        QCOMPARE(policy.delayBefore(1, 30).count(), qint64(30000));
        QVERIFY(policy.delayBefore(1, 0).count() >= 50);
    }
};

HUISUAN_REGISTER_TEST(TestRetryPolicy)
#include "TestRetryPolicy.moc"
