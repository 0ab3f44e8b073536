// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/BureauEndpoint.h"
#include "filing/FilingTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

// A self-signed P-256 certificate, only for its PEM form; no TLS happens here.
const char tlsCaPem[] = "-----BEGIN CERTIFICATE-----\n"
                        "MIIBezCCASGgAwIBAgIUWaOijYLG6mY9pBIkrCRDjJRsu0kwCgYIKoZIzj0EAwIw\n"
                        "EzERMA8GA1UEAwwIdGVzdCB0bHMwHhcNMjYxMTI3MTgzODI1WhcNMzYxMTI0MTgz\n"
                        "ODI1WjATMREwDwYDVQQDDAh0ZXN0IHRsczBZMBMGByqGSM49AgEGCCqGSM49AwEH\n"
                        "A0IABIjMDu/QkJgF2cz953brCPAI7fZGB8lDG+sbkqZH+WIeFvgvKjiPs2mQm1CW\n"
                        "e3Mt4JTwVkdCYfco5LDKeMpyd1CjUzBRMB0GA1UdDgQWBBRcehjGxvGpl0Gip9wq\n"
                        "jsvX33QQADAfBgNVHSMEGDAWgBRcehjGxvGpl0Gip9wqjsvX33QQADAPBgNVHRMB\n"
                        "Af8EBTADAQH/MAoGCCqGSM49BAMCA0gAMEUCIC5Kew+CuOTEea8exwhOnfl2wQNW\n"
                        "TBZWePH5GfsVM4rsAiEA2p1IHlwy9F6P9ZpnN+nL+0bMKWRdCnKzExNzbPWRI9A=\n"
                        "-----END CERTIFICATE-----\n";

} // namespace

class TestBureauEndpoint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_sm2Ca = enrolTaxpayer().authority.certificateDer(); }

    void acceptsOnlyAnHttpsOrigin_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("loopback") << QStringLiteral("https://127.0.0.1:8443") << true;
        QTest::newRow("trailing slash") << QStringLiteral("https://localhost:8443/") << true;
        QTest::newRow("plain http") << QStringLiteral("http://127.0.0.1:8443") << false;
        QTest::newRow("a path") << QStringLiteral("https://127.0.0.1:8443/v1") << false;
        QTest::newRow("a query") << QStringLiteral("https://127.0.0.1:8443/?x=1") << false;
        QTest::newRow("user info") << QStringLiteral("https://me@127.0.0.1:8443") << false;
        QTest::newRow("no host") << QStringLiteral("https://") << false;
    }

    void acceptsOnlyAnHttpsOrigin()
    {
        QFETCH(QString, url);
        QFETCH(bool, accepted);
        const BureauEndpoint endpoint {QUrl(url), QByteArray(tlsCaPem), m_sm2Ca};
        const FilingStatus checked = endpoint.check();
        QCOMPARE(checked.ok(), accepted);
        if (!accepted) {
            QCOMPARE(checked.code, FilingErrorCode::InvalidArgument);
        }
    }

    void needsBothCertificates()
    {
        const QUrl url(QStringLiteral("https://127.0.0.1:8443"));
        const BureauEndpoint noTlsCa {url, QByteArray(), m_sm2Ca};
        const BureauEndpoint twoTlsCas {url, QByteArray(tlsCaPem) + QByteArray(tlsCaPem), m_sm2Ca};
        const BureauEndpoint brokenSm2Ca {url, QByteArray(tlsCaPem), m_sm2Ca.left(20)};
        QVERIFY(!noTlsCa.check().ok());
        QVERIFY(!twoTlsCas.check().ok());
        QVERIFY(!brokenSm2Ca.check().ok());
    }

    void readsTheFilesABureauPublishes()
    {
        QTemporaryDir directory;
        const QString pem = directory.filePath(QStringLiteral("tls-ca.pem"));
        const QString der = directory.filePath(QStringLiteral("sm2-ca.der"));
        QFile pemFile(pem);
        QVERIFY(pemFile.open(QIODevice::WriteOnly));
        pemFile.write(tlsCaPem);
        pemFile.close();
        QFile derFile(der);
        QVERIFY(derFile.open(QIODevice::WriteOnly));
        derFile.write(m_sm2Ca);
        derFile.close();
        FilingResult<BureauEndpoint> endpoint =
            BureauEndpoint::fromFiles(QUrl(QStringLiteral("https://127.0.0.1:1")), pem, der);
        QVERIFY2(endpoint.ok(), qPrintable(endpoint.status.toString()));
        QCOMPARE(endpoint.value.sm2CaDer, m_sm2Ca);
        QCOMPARE(BureauEndpoint::fromFiles(QUrl(QStringLiteral("https://127.0.0.1:1")), pem, der + QStringLiteral("x"))
                     .status.code,
                 FilingErrorCode::InvalidArgument);
    }

private:
    QByteArray m_sm2Ca;
};

HUISUAN_REGISTER_TEST(TestBureauEndpoint)
#include "TestBureauEndpoint.moc"
