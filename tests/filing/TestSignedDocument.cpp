// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/FilingTestSupport.h"
#include "filing/SignedDocument.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestSignedDocument : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_enrolled = enrolTaxpayer();
        QVERIFY(!m_enrolled.certificate.isEmpty());
    }

    void signsTheCanonicalBytesOfTheMember()
    {
        FilingResult<QByteArray> signedBytes = sign(content());
        QVERIFY2(signedBytes.ok(), qPrintable(signedBytes.status.toString()));
        FilingResult<SignedDocument::Parsed> parsed = parse(signedBytes.value);
        QVERIFY2(parsed.ok(), qPrintable(parsed.status.toString()));
        QCOMPARE(parsed.value.contentBytes, QByteArrayLiteral("{\"a\":\"一\",\"b\":2}"));
        QCOMPARE(parsed.value.certificateDer, m_enrolled.certificate);
        QVERIFY(SignedDocument::verify(parsed.value, m_enrolled.authority.certificateDer(), utc(2026, 6, 1)).ok());
    }

    void refusesAnyOtherShape_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("other member name") << QByteArrayLiteral("\"thing\"") << QByteArrayLiteral("\"thinG\"");
        QTest::newRow("extra member") << QByteArrayLiteral("\"signature\"")
                                      << QByteArrayLiteral("\"x\":1,\"signature\"");
        QTest::newRow("whitespace") << QByteArrayLiteral("{\"certificate\"") << QByteArrayLiteral("{ \"certificate\"");
        QTest::newRow("content not an object")
            << QByteArrayLiteral("\"thing\":{\"a\":\"一\",\"b\":2}") << QByteArrayLiteral("\"thing\":[1]");
        QTest::newRow("escaped certificate")
            << QByteArrayLiteral("{\"certificate\":\"M") << QByteArrayLiteral("{\"certificate\":\"\\u004d");
    }

    void refusesAnyOtherShape()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QByteArray bytes = sign(content()).value;
        QVERIFY(bytes.contains(from));
        bytes.replace(from, to);
        FilingResult<SignedDocument::Parsed> parsed = parse(bytes);
        QCOMPARE(parsed.status.code, FilingErrorCode::MalformedRequest);
        QCOMPARE(parsed.status.message, QStringLiteral("malformed thing"));
    }

    void refusesToSignWhatIsNotAnObject()
    {
        QCOMPARE(sign(JsonValue::array()).status.code, FilingErrorCode::InvalidArgument);
        QCOMPARE(SignedDocument::sign(QStringLiteral("thing"), content(), m_enrolled.key, QByteArray()).status.code,
                 FilingErrorCode::InvalidArgument);
    }

private:
    static JsonValue content()
    {
        return JsonValue::object({{QStringLiteral("b"), JsonValue::integer(2)},
                                  {QStringLiteral("a"), JsonValue::string(QStringLiteral("一"))}});
    }

    FilingResult<QByteArray> sign(const JsonValue& value) const
    {
        return SignedDocument::sign(QStringLiteral("thing"), value, m_enrolled.key, m_enrolled.certificate);
    }

    static FilingResult<SignedDocument::Parsed> parse(const QByteArray& bytes)
    {
        return SignedDocument::parse(
            bytes, QStringLiteral("thing"), FilingErrorCode::MalformedRequest, QStringLiteral("malformed thing"));
    }

    EnrolledTaxpayer m_enrolled;
};

HUISUAN_REGISTER_TEST(TestSignedDocument)
#include "TestSignedDocument.moc"
