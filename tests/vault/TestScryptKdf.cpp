// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "vault/ScryptKdf.h"
#include "vault/VaultTestSupport.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestScryptKdf : public QObject
{
    Q_OBJECT

private slots:
    void matchesRfc7914()
    {
        // RFC 7914 section 12, second vector (first 32 of its 64 bytes: PBKDF2 blocks are independent).
        SecureBuffer key;
        QVERIFY(ScryptKdf::derive(secret("password"), QByteArrayLiteral("NaCl"), ScryptCost {1024, 8, 16}, key).ok());
        QCOMPARE(QByteArray(reinterpret_cast<const char*>(key.data()), qsizetype(key.size())).toHex(),
                 QByteArrayLiteral("fdbabe1c9d3472007856e7190d01e9fe7c6ad7cbc8237830e77376634b373162"));
    }

    void refusesCostsOutsideTheBounds_data()
    {
        QTest::addColumn<quint64>("n");
        QTest::addColumn<quint32>("r");
        QTest::addColumn<quint32>("p");
        QTest::newRow("N not a power of two") << quint64(3000) << 8u << 1u;
        QTest::newRow("N too small") << quint64(512) << 8u << 1u;
        QTest::newRow("N too large") << (quint64(1) << 30) << 8u << 1u;
        QTest::newRow("r zero") << quint64(1024) << 0u << 1u;
        QTest::newRow("p too large") << quint64(1024) << 8u << 1000u;
    }

    void refusesCostsOutsideTheBounds()
    {
        QFETCH(quint64, n);
        QFETCH(quint32, r);
        QFETCH(quint32, p);
        SecureBuffer key;
        QCOMPARE(ScryptKdf::derive(secret("x"), QByteArrayLiteral("salt"), ScryptCost {n, r, p}, key).code,
                 VaultErrorCode::DamagedVault);
        QVERIFY(key.isEmpty());
    }
};

HUISUAN_REGISTER_TEST(TestScryptKdf)
#include "TestScryptKdf.moc"
