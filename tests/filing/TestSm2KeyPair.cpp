// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/Sm2KeyPair.h"

#include <QTest>
#include <openssl/evp.h>
#include <openssl/x509.h>

using namespace huisuan;

class TestSm2KeyPair : public QObject
{
    Q_OBJECT

private slots:
    void privateKeyRoundTripsThroughPkcs8()
    {
        FilingResult<Sm2KeyPair> generated = Sm2KeyPair::generate();
        QVERIFY2(generated.ok(), qPrintable(generated.status.toString()));
        QVERIFY(generated.value.hasPrivateKey());
        FilingResult<SecureBuffer> der = generated.value.privateKeyDer();
        QVERIFY(der.ok());
        FilingResult<Sm2KeyPair> imported = Sm2KeyPair::fromPrivateKeyDer(der.value);
        QVERIFY2(imported.ok(), qPrintable(imported.status.toString()));
        QVERIFY(imported.value.hasPrivateKey());
        QCOMPARE(imported.value.publicKeyDer(), generated.value.publicKeyDer());
    }

    void publicKeyRoundTripsWithoutThePrivateHalf()
    {
        FilingResult<Sm2KeyPair> generated = Sm2KeyPair::generate();
        QVERIFY(generated.ok());
        const QByteArray spki = generated.value.publicKeyDer();
        QVERIFY(!spki.isEmpty());
        FilingResult<Sm2KeyPair> imported = Sm2KeyPair::fromPublicKeyDer(spki);
        QVERIFY2(imported.ok(), qPrintable(imported.status.toString()));
        QVERIFY(!imported.value.hasPrivateKey());
        QCOMPARE(imported.value.publicKeyDer(), spki);
        QCOMPARE(imported.value.privateKeyDer().status.code, FilingErrorCode::InvalidArgument);
    }

    void twoKeysDiffer()
    {
        FilingResult<Sm2KeyPair> first = Sm2KeyPair::generate();
        FilingResult<Sm2KeyPair> second = Sm2KeyPair::generate();
        QVERIFY(first.ok() && second.ok());
        QVERIFY(first.value.publicKeyDer() != second.value.publicKeyDer());
    }

    void refusesDamagedEncodings()
    {
        FilingResult<Sm2KeyPair> generated = Sm2KeyPair::generate();
        QVERIFY(generated.ok());
        FilingResult<SecureBuffer> der = generated.value.privateKeyDer();
        QVERIFY(der.ok());
        QByteArray truncated(reinterpret_cast<const char*>(der.value.data()), qsizetype(der.value.size() - 1));
        QCOMPARE(Sm2KeyPair::fromPrivateKeyDer(SecureBuffer::takeFrom(truncated)).status.code,
                 FilingErrorCode::MalformedKey);
        QByteArray spki = generated.value.publicKeyDer() + QByteArrayLiteral("\0");
        QCOMPARE(Sm2KeyPair::fromPublicKeyDer(spki).status.code, FilingErrorCode::MalformedKey);
        QCOMPARE(Sm2KeyPair::fromPublicKeyDer(QByteArrayLiteral("not a key")).status.code,
                 FilingErrorCode::MalformedKey);
    }

    void refusesAKeyOnAnotherCurve()
    {
        EVP_PKEY* p256 = EVP_PKEY_Q_keygen(nullptr, nullptr, "EC", "P-256");
        QVERIFY(p256 != nullptr);
        unsigned char* der = nullptr;
        const int size = i2d_PUBKEY(p256, &der);
        const QByteArray spki(reinterpret_cast<const char*>(der), size);
        OPENSSL_free(der);
        EVP_PKEY_free(p256);
        QVERIFY(size > 0);
        QCOMPARE(Sm2KeyPair::fromPublicKeyDer(spki).status.code, FilingErrorCode::MalformedKey);
    }
};

HUISUAN_REGISTER_TEST(TestSm2KeyPair)
#include "TestSm2KeyPair.moc"
