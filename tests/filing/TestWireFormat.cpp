// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/WireFormat.h"

#include <QTest>
#include <QTimeZone>

using namespace huisuan;

class TestWireFormat : public QObject
{
    Q_OBJECT

private slots:
    void timesHaveOneSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("canonical") << QStringLiteral("2026-03-01T08:30:00Z") << true;
        QTest::newRow("milliseconds") << QStringLiteral("2026-03-01T08:30:00.000Z") << false;
        QTest::newRow("offset") << QStringLiteral("2026-03-01T16:30:00+08:00") << false;
        QTest::newRow("no zone") << QStringLiteral("2026-03-01T08:30:00") << false;
        QTest::newRow("space") << QStringLiteral("2026-03-01 08:30:00Z") << false;
        QTest::newRow("no such day") << QStringLiteral("2026-02-30T08:30:00Z") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void timesHaveOneSpelling()
    {
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        const std::optional<QDateTime> time = WireFormat::parseTime(text);
        QCOMPARE(time.has_value(), accepted);
        if (time) {
            QCOMPARE(WireFormat::formatTime(*time), text);
        }
    }

    void formatsInUtc()
    {
        const QDateTime beijing(QDate(2026, 3, 1), QTime(16, 30), QTimeZone(8 * 3600));
        QCOMPARE(WireFormat::formatTime(beijing), QStringLiteral("2026-03-01T08:30:00Z"));
    }

    void base64HasOneSpelling_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("canonical") << QStringLiteral("AQID") << QByteArrayLiteral("\x01\x02\x03");
        QTest::newRow("padded") << QStringLiteral("AQ==") << QByteArrayLiteral("\x01");
        QTest::newRow("missing padding") << QStringLiteral("AQ") << QByteArray();
        QTest::newRow("non-zero pad bits") << QStringLiteral("AR==") << QByteArray();
        QTest::newRow("url alphabet") << QStringLiteral("-_8=") << QByteArray();
        QTest::newRow("line break") << QStringLiteral("AQ\nID") << QByteArray();
        QTest::newRow("empty") << QString() << QByteArray();
        QTest::newRow("not latin-1") << QStringLiteral("AQ学D") << QByteArray();
    }

    void base64HasOneSpelling()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const std::optional<QByteArray> decoded = WireFormat::decodeBase64(text);
        QCOMPARE(decoded.has_value(), !bytes.isEmpty());
        if (decoded) {
            QCOMPARE(*decoded, bytes);
            QCOMPARE(WireFormat::encodeBase64(*decoded), text);
        }
    }
};

HUISUAN_REGISTER_TEST(TestWireFormat)
#include "TestWireFormat.moc"
