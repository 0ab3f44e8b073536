// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/FilingTestSupport.h"
#include "filing/SignedRequest.h"

#include "json/JsonReader.h"
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestSignedRequest : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_enrolled = enrolTaxpayer();
        QVERIFY(!m_enrolled.certificate.isEmpty());
    }

    void saysWhoAsked()
    {
        FilingResult<QByteArray> signedRequest =
            SignedRequest::sign(prefillRequest(), m_enrolled.key, m_enrolled.certificate);
        QVERIFY2(signedRequest.ok(), qPrintable(signedRequest.status.toString()));
        FilingResult<VerifiedRequest> verified = verify(signedRequest.value);
        QVERIFY2(verified.ok(), qPrintable(verified.status.toString()));
        QCOMPARE(verified.value.signer.serialNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(verified.value.signer.commonName, QStringLiteral("张三"));
        QCOMPARE(verified.value.requestedAt, QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc()));
        QCOMPARE(verified.value.request.find(QStringLiteral("tax_year"))->toInteger(), 2025);
        QCOMPARE(verified.value.certificateDer, m_enrolled.certificate);
    }

    void needsTheTimeOfTheRequest_data()
    {
        QTest::addColumn<QByteArray>("requestedAtJson");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("not a string") << QByteArrayLiteral("1");
        QTest::newRow("with offset") << QByteArrayLiteral("\"2026-03-01T16:30:00+08:00\"");
    }

    void needsTheTimeOfTheRequest()
    {
        QFETCH(QByteArray, requestedAtJson);
        JsonValue request = JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(2025)}});
        if (!requestedAtJson.isEmpty()) {
            request.insert(QStringLiteral("requested_at"), JsonReader::parse(requestedAtJson).value);
        }
        QCOMPARE(SignedRequest::sign(request, m_enrolled.key, m_enrolled.certificate).status.code,
                 FilingErrorCode::InvalidArgument);
    }

    void refusesWhatItCannotTrust()
    {
        FilingResult<QByteArray> signedRequest =
            SignedRequest::sign(prefillRequest(), m_enrolled.key, m_enrolled.certificate);
        QVERIFY(signedRequest.ok());
        QByteArray changedYear = signedRequest.value;
        changedYear.replace(QByteArrayLiteral("\"tax_year\":2025"), QByteArrayLiteral("\"tax_year\":2024"));
        QCOMPARE(verify(changedYear).status.code, FilingErrorCode::BadSignature);
        QByteArray changedTime = signedRequest.value;
        changedTime.replace(QByteArrayLiteral("08:30:00Z"), QByteArrayLiteral("08:30:00z"));
        QCOMPARE(verify(changedTime).status.code, FilingErrorCode::MalformedRequest);
        QCOMPARE(verify(QByteArrayLiteral("{}")).status.code, FilingErrorCode::MalformedRequest);
        const EnrolledTaxpayer other = enrolTaxpayer();
        QCOMPARE(
            SignedRequest::verify(signedRequest.value, other.authority.certificateDer(), utc(2026, 3, 1)).status.code,
            FilingErrorCode::UntrustedCertificate);
    }

private:
    static JsonValue prefillRequest()
    {
        return JsonValue::object(
            {{QStringLiteral("requested_at"), JsonValue::string(QStringLiteral("2026-03-01T08:30:00Z"))},
             {QStringLiteral("tax_year"), JsonValue::integer(2025)}});
    }

    FilingResult<VerifiedRequest> verify(const QByteArray& bytes) const
    {
        return SignedRequest::verify(bytes, m_enrolled.authority.certificateDer(), utc(2026, 3, 1));
    }

    EnrolledTaxpayer m_enrolled;
};

HUISUAN_REGISTER_TEST(TestSignedRequest)
#include "TestSignedRequest.moc"
