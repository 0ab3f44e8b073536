// SPDX-License-Identifier: GPL-3.0-or-later
// The bureau's identity: made on the first start, the same after a restart, and pinned by clients.

#include "TestRegistry.h"
#include "bureau/BureauTestSupport.h"
#include "filing/Sm2CertificateAuthority.h"

#include <QSslCertificate>
#include <QSslKey>
#include <QtTest>

using namespace huisuan;
using namespace huisuan::test;

class TestBureauIdentity : public QObject
{
    Q_OBJECT

private:
    BureauProcess m_bureau;

private slots:
    void initTestCase() { QVERIFY(m_bureau.start()); }
    void cleanupTestCase() { QVERIFY(m_bureau.stop()); }

    void firstStartCreatesIdentity()
    {
        const QList<QSslCertificate> tls = QSslCertificate::fromData(m_bureau.tlsCaPem(), QSsl::Pem);
        QCOMPARE(tls.size(), 1);
        QVERIFY(tls.first().isSelfSigned());
        QCOMPARE(tls.first().publicKey().algorithm(), QSsl::Ec);
        const FilingResult<CertificateSubject> subject = Sm2CertificateAuthority::subject(m_bureau.sm2CaDer());
        QVERIFY(subject.ok());
        QCOMPARE(subject.value.commonName, QStringLiteral("Huisuan sandbox bureau SM2 CA"));
    }

    void pinnedClientConnects()
    {
        BureauClient client(m_bureau.url(), m_bureau.tlsCaPem());
        QCOMPARE(client.post(QStringLiteral("/v1/nothing"), "{}").status, 404);
    }

    void wrongCaFails()
    {
        BureauProcess other;
        QVERIFY(other.start());
        BureauClient client(m_bureau.url(), other.tlsCaPem());
        const BureauReply reply = client.post(QStringLiteral("/v1/nothing"), "{}");
        QCOMPARE(reply.error, QNetworkReply::SslHandshakeFailedError);
        QCOMPARE(reply.status, 0);
        QVERIFY(other.stop());
    }

    void restartLoadsTheSameIdentity()
    {
        const QByteArray tls = m_bureau.tlsCaPem();
        const QByteArray sm2 = m_bureau.sm2CaDer();
        QVERIFY(m_bureau.stop());
        QVERIFY(m_bureau.start());
        QCOMPARE(m_bureau.tlsCaPem(), tls);
        QCOMPARE(m_bureau.sm2CaDer(), sm2);
        BureauClient client(m_bureau.url(), tls);
        QCOMPARE(client.post(QStringLiteral("/v1/nothing"), "{}").status, 404);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("withPassphrase");
        QTest::newRow("no data dir") << QStringList() << true;
        QTest::newRow("unknown option") << QStringList {QStringLiteral("--data-dir"),
                                                        QStringLiteral("x"),
                                                        QStringLiteral("--frobnicate")}
                                        << true;
        QTest::newRow("bad fault") << QStringList {QStringLiteral("--data-dir"),
                                                   QStringLiteral("x"),
                                                   QStringLiteral("--fault"),
                                                   QStringLiteral("boom")}
                                   << true;
        QTest::newRow("no passphrase") << QStringList {QStringLiteral("--data-dir"), QStringLiteral("x")} << false;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, withPassphrase);
        const auto [code, error] = BureauProcess::runOnce(arguments, withPassphrase);
        QCOMPARE(code, 2);
        QVERIFY(error.startsWith("huisuan-bureau: "));
    }
};

HUISUAN_REGISTER_TEST(TestBureauIdentity)
#include "TestBureauIdentity.moc"
