// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/FilingTestSupport.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestSm2CertificateRequest : public QObject
{
    Q_OBJECT

private slots:
    void aRequestIsAcceptedByTheAuthority()
    {
        FilingResult<Sm2CertificateAuthority> authority = Sm2CertificateAuthority::create(
            Sm2KeyPair::generate().value, QStringLiteral("CA"), utc(2025, 1, 1), utc(2030, 1, 1));
        QVERIFY(authority.ok());
        FilingResult<Sm2KeyPair> key = Sm2KeyPair::generate();
        QVERIFY(key.ok());
        FilingResult<QByteArray> request =
            Sm2CertificateRequest::create(key.value, QStringLiteral("张三"), QStringLiteral("11010519491231002X"));
        QVERIFY2(request.ok(), qPrintable(request.status.toString()));
        FilingResult<QByteArray> certificate = authority.value.issue(request.value, utc(2026, 1, 1), utc(2027, 1, 1));
        QVERIFY2(certificate.ok(), qPrintable(certificate.status.toString()));
    }

    void needsAKeyANameAndAnIdentityNumber()
    {
        FilingResult<Sm2KeyPair> key = Sm2KeyPair::generate();
        QVERIFY(key.ok());
        QCOMPARE(Sm2CertificateRequest::create(key.value, QString(), QStringLiteral("1")).status.code,
                 FilingErrorCode::InvalidArgument);
        QCOMPARE(Sm2CertificateRequest::create(key.value, QStringLiteral("张三"), QString()).status.code,
                 FilingErrorCode::InvalidArgument);
        QCOMPARE(Sm2CertificateRequest::create(Sm2KeyPair(), QStringLiteral("张三"), QStringLiteral("1")).status.code,
                 FilingErrorCode::InvalidArgument);
    }
};

HUISUAN_REGISTER_TEST(TestSm2CertificateRequest)
#include "TestSm2CertificateRequest.moc"
