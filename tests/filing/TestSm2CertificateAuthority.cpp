// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/FilingTestSupport.h"
#include "filing/Sm2Signature.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestSm2CertificateAuthority : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_enrolled = enrolTaxpayer();
        QVERIFY(!m_enrolled.certificate.isEmpty());
    }

    void anIssuedCertificateVerifiesAndCarriesTheTaxpayersKey()
    {
        FilingResult<Sm2KeyPair> key = Sm2CertificateAuthority::verifyCertificate(
            m_enrolled.authority.certificateDer(), m_enrolled.certificate, utc(2026, 6, 1));
        QVERIFY2(key.ok(), qPrintable(key.status.toString()));
        QCOMPARE(key.value.publicKeyDer(), m_enrolled.key.publicKeyDer());
    }

    void refusesOutsideTheValidityPeriod()
    {
        QCOMPARE(Sm2CertificateAuthority::verifyCertificate(
                     m_enrolled.authority.certificateDer(), m_enrolled.certificate, utc(2027, 6, 1))
                     .status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void refusesAnotherAuthority()
    {
        FilingResult<Sm2CertificateAuthority> other =
            Sm2CertificateAuthority::create(Sm2KeyPair::generate().value,
                                            QStringLiteral("Huisuan sandbox bureau SM2 CA"),
                                            utc(2025, 1, 1),
                                            utc(2035, 1, 1));
        QVERIFY(other.ok());
        QCOMPARE(Sm2CertificateAuthority::verifyCertificate(
                     other.value.certificateDer(), m_enrolled.certificate, utc(2026, 6, 1))
                     .status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void refusesTheAuthorityItselfAsASigner()
    {
        QCOMPARE(Sm2CertificateAuthority::verifyCertificate(
                     m_enrolled.authority.certificateDer(), m_enrolled.authority.certificateDer(), utc(2026, 6, 1))
                     .status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void refusesEverySingleByteChangeOfTheCertificate()
    {
        const QByteArray& der = m_enrolled.certificate;
        for (qsizetype i = 0; i < der.size(); ++i) {
            QByteArray tampered = der;
            tampered[i] = char(tampered[i] ^ 0x01);
            const FilingResult<Sm2KeyPair> key = Sm2CertificateAuthority::verifyCertificate(
                m_enrolled.authority.certificateDer(), tampered, utc(2026, 6, 1));
            QVERIFY2(!key.ok(), qPrintable(QStringLiteral("byte %1 of %2").arg(i).arg(der.size())));
        }
    }

    void refusesARequestWithABrokenSignature()
    {
        FilingResult<QByteArray> request =
            Sm2CertificateRequest::create(m_enrolled.key, QStringLiteral("张三"), QStringLiteral("11010519491231002X"));
        QVERIFY(request.ok());
        QByteArray tampered = request.value;
        tampered[tampered.size() - 2] = char(tampered[tampered.size() - 2] ^ 0x01);
        QCOMPARE(m_enrolled.authority.issue(tampered, utc(2026, 1, 1), utc(2027, 1, 1)).status.code,
                 FilingErrorCode::MalformedRequest);
        QCOMPARE(m_enrolled.authority.issue(QByteArrayLiteral("junk"), utc(2026, 1, 1), utc(2027, 1, 1)).status.code,
                 FilingErrorCode::MalformedRequest);
    }

    void aReloadedAuthorityIssuesWhatTheOriginalVerifiesAndViceVersa()
    {
        FilingResult<SecureBuffer> saved = m_enrolled.authority.privateKeyDer();
        QVERIFY2(saved.ok(), qPrintable(saved.status.toString()));
        FilingResult<Sm2CertificateAuthority> reloaded =
            Sm2CertificateAuthority::load(saved.value, m_enrolled.authority.certificateDer());
        QVERIFY2(reloaded.ok(), qPrintable(reloaded.status.toString()));
        QCOMPARE(reloaded.value.certificateDer(), m_enrolled.authority.certificateDer());

        // Issued by the reloaded CA, checked against the original's certificate as a client holds it.
        FilingResult<Sm2KeyPair> taxpayer = Sm2KeyPair::generate();
        QVERIFY(taxpayer.ok());
        FilingResult<QByteArray> request =
            Sm2CertificateRequest::create(taxpayer.value, QStringLiteral("李四"), QStringLiteral("11010519491231002X"));
        QVERIFY(request.ok());
        FilingResult<QByteArray> issued = reloaded.value.issue(request.value, utc(2026, 1, 1), utc(2027, 1, 1));
        QVERIFY2(issued.ok(), qPrintable(issued.status.toString()));
        FilingResult<Sm2KeyPair> key = Sm2CertificateAuthority::verifyCertificate(
            m_enrolled.authority.certificateDer(), issued.value, utc(2026, 6, 1));
        QVERIFY2(key.ok(), qPrintable(key.status.toString()));
        QCOMPARE(key.value.publicKeyDer(), taxpayer.value.publicKeyDer());

        // Issued by the original before the reload, checked against the reloaded CA's certificate.
        QVERIFY(Sm2CertificateAuthority::verifyCertificate(
                    reloaded.value.certificateDer(), m_enrolled.certificate, utc(2026, 6, 1))
                    .ok());
    }

    void refusesToReloadWithAnotherAuthoritysKey()
    {
        FilingResult<Sm2KeyPair> stranger = Sm2KeyPair::generate();
        QVERIFY(stranger.ok());
        FilingResult<SecureBuffer> strangerKey = stranger.value.privateKeyDer();
        QVERIFY(strangerKey.ok());
        QCOMPARE(Sm2CertificateAuthority::load(strangerKey.value, m_enrolled.authority.certificateDer()).status.code,
                 FilingErrorCode::MalformedKey);
    }

    void refusesToReloadWithATaxpayerCertificate()
    {
        FilingResult<SecureBuffer> saved = m_enrolled.key.privateKeyDer();
        QVERIFY(saved.ok());
        QCOMPARE(Sm2CertificateAuthority::load(saved.value, m_enrolled.certificate).status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void refusesToReloadFromBrokenBytes()
    {
        FilingResult<SecureBuffer> saved = m_enrolled.authority.privateKeyDer();
        QVERIFY(saved.ok());
        QCOMPARE(Sm2CertificateAuthority::load(SecureBuffer(), m_enrolled.authority.certificateDer()).status.code,
                 FilingErrorCode::MalformedKey);
        QCOMPARE(Sm2CertificateAuthority::load(saved.value, QByteArrayLiteral("junk")).status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void readsTheSubjectOfTaxpayerAndBureauCertificates()
    {
        const EnrolledTaxpayer enrolled = enrolTaxpayer();
        FilingResult<CertificateSubject> taxpayer = Sm2CertificateAuthority::subject(enrolled.certificate);
        QVERIFY2(taxpayer.ok(), qPrintable(taxpayer.status.toString()));
        QCOMPARE(taxpayer.value.commonName, QStringLiteral("张三"));
        QCOMPARE(taxpayer.value.serialNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(taxpayer.value.attributeCount, 2);
        FilingResult<CertificateSubject> bureau =
            Sm2CertificateAuthority::subject(receiptSigner(enrolled.authority).certificate);
        QVERIFY(bureau.ok());
        QCOMPARE(bureau.value.commonName, QStringLiteral("Huisuan sandbox bureau receipts"));
        QVERIFY(bureau.value.serialNumber.isEmpty());
        QCOMPARE(bureau.value.attributeCount, 1);
        QCOMPARE(Sm2CertificateAuthority::subject(QByteArrayLiteral("\x30\x00")).status.code,
                 FilingErrorCode::UntrustedCertificate);
    }

    void refusesAnEmptyValidityPeriod()
    {
        QCOMPARE(Sm2CertificateAuthority::create(
                     Sm2KeyPair::generate().value, QStringLiteral("CA"), utc(2026, 1, 1), utc(2026, 1, 1))
                     .status.code,
                 FilingErrorCode::InvalidArgument);
    }

private:
    EnrolledTaxpayer m_enrolled;
};

HUISUAN_REGISTER_TEST(TestSm2CertificateAuthority)
#include "TestSm2CertificateAuthority.moc"
