// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/Sm2Signature.h"

#include <QTest>

using namespace huisuan;

class TestSm2Signature : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        FilingResult<Sm2KeyPair> key = Sm2KeyPair::generate();
        QVERIFY(key.ok());
        m_key = std::move(key.value);
        FilingResult<Sm2KeyPair> other = Sm2KeyPair::generate();
        QVERIFY(other.ok());
        m_otherKey = std::move(other.value);
    }

    void signsAndVerifies()
    {
        FilingResult<QByteArray> signature = Sm2Signature::sign(m_key, message());
        QVERIFY2(signature.ok(), qPrintable(signature.status.toString()));
        const FilingStatus verified = Sm2Signature::verify(publicHalf(m_key), message(), signature.value);
        QVERIFY2(verified.ok(), qPrintable(verified.toString()));
    }

    void refusesAnotherKey()
    {
        FilingResult<QByteArray> signature = Sm2Signature::sign(m_otherKey, message());
        QVERIFY(signature.ok());
        QCOMPARE(Sm2Signature::verify(publicHalf(m_key), message(), signature.value).code,
                 FilingErrorCode::BadSignature);
    }

    void refusesAnotherSignerId()
    {
        // The id is part of the signed digest: a signature made under another id is not ours.
        FilingResult<QByteArray> signature =
            Sm2Signature::sign(m_key, message(), QByteArrayLiteral("ALICE123@YAHOO.COM"));
        QVERIFY(signature.ok());
        QCOMPARE(Sm2Signature::verify(publicHalf(m_key), message(), signature.value).code,
                 FilingErrorCode::BadSignature);
        QVERIFY(
            Sm2Signature::verify(publicHalf(m_key), message(), signature.value, QByteArrayLiteral("ALICE123@YAHOO.COM"))
                .ok());
    }

    void refusesAChangedMessageOrSignature()
    {
        FilingResult<QByteArray> signature = Sm2Signature::sign(m_key, message());
        QVERIFY(signature.ok());
        QByteArray changed = message();
        changed[0] = 'X';
        QCOMPARE(Sm2Signature::verify(publicHalf(m_key), changed, signature.value).code, FilingErrorCode::BadSignature);
        QByteArray damaged = signature.value;
        damaged[damaged.size() - 1] = char(damaged.back() ^ 0x01);
        QCOMPARE(Sm2Signature::verify(publicHalf(m_key), message(), damaged).code, FilingErrorCode::BadSignature);
        QCOMPARE(Sm2Signature::verify(publicHalf(m_key), message(), QByteArray()).code, FilingErrorCode::BadSignature);
    }

    void needsAPrivateKeyToSign()
    {
        QCOMPARE(Sm2Signature::sign(publicHalf(m_key), message()).status.code, FilingErrorCode::InvalidArgument);
        QCOMPARE(Sm2Signature::verify(Sm2KeyPair(), message(), QByteArray()).code, FilingErrorCode::InvalidArgument);
    }

private:
    static QByteArray message() { return QByteArrayLiteral("{\"tax_year\":2025}"); }

    static Sm2KeyPair publicHalf(const Sm2KeyPair& key)
    {
        FilingResult<Sm2KeyPair> half = Sm2KeyPair::fromPublicKeyDer(key.publicKeyDer());
        return std::move(half.value);
    }

    Sm2KeyPair m_key;
    Sm2KeyPair m_otherKey;
};

HUISUAN_REGISTER_TEST(TestSm2Signature)
#include "TestSm2Signature.moc"
