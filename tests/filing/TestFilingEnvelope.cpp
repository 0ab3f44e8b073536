// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/FilingEnvelope.h"
#include "filing/FilingTestSupport.h"
#include "filing/Sm2Signature.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QElapsedTimer>
#include <QTest>
#include <map>

using namespace huisuan;
using namespace huisuan::test;

class TestFilingEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_enrolled = enrolTaxpayer();
        QVERIFY(!m_enrolled.certificate.isEmpty());
    }

    void signedFilingRoundTrips()
    {
        const FilingEnvelope envelope = sampleEnvelope();
        FilingResult<QByteArray> filing = envelope.sign(m_enrolled.key, m_enrolled.certificate);
        QVERIFY2(filing.ok(), qPrintable(filing.status.toString()));
        FilingResult<FilingEnvelope> verified =
            FilingEnvelope::verify(filing.value, m_enrolled.authority.certificateDer(), verifyTime());
        QVERIFY2(verified.ok(), qPrintable(verified.status.toString()));
        QCOMPARE(verified.value.submissionId(), envelope.submissionId());
        QCOMPARE(verified.value.taxYear(), 2025);
        QCOMPARE(verified.value.rulePack(), envelope.rulePack());
        QCOMPARE(verified.value.engineVersion(), envelope.engineVersion());
        QCOMPARE(CanonicalJsonWriter::write(verified.value.returnInput()).bytes,
                 CanonicalJsonWriter::write(envelope.returnInput()).bytes);
        QCOMPARE(verified.value.createdAt(), envelope.createdAt());
        QCOMPARE(verified.value.canonicalBytes().value, envelope.canonicalBytes().value);
        QCOMPARE(verified.value.signer().serialNumber, QStringLiteral("11010519491231002X"));
        QCOMPARE(verified.value.signer().commonName, QStringLiteral("张三"));
        QVERIFY(envelope.signer().serialNumber.isEmpty());
    }

    void signatureCoversTheCanonicalEnvelope()
    {
        const FilingEnvelope envelope = sampleEnvelope();
        const QByteArray bytes = envelope.canonicalBytes().value;
        QCOMPARE(bytes,
                 QByteArrayLiteral("{\"created_at\":\"2026-03-01T08:30:00Z\",\"engine_version\":\"0.1.0\","
                                   "\"return\":{\"income\":{\"wages\":\"120000.00\"},\"taxpayer\":\"张三\"},"
                                   "\"rule_pack\":\"cn-iit-2025-abc\",\"submission_id\":\"sub-0001\","
                                   "\"tax_year\":2025}"));
        FilingResult<QByteArray> filing = envelope.sign(m_enrolled.key, m_enrolled.certificate);
        QVERIFY(filing.ok());
        const JsonReader::Result parsed = JsonReader::parse(filing.value);
        QVERIFY(parsed.ok);
        const QByteArray signature =
            QByteArray::fromBase64(parsed.value.find(QStringLiteral("signature"))->text().toLatin1());
        QVERIFY(Sm2Signature::verify(publicHalf(), bytes, signature).ok());
    }

    void namesWhatFailed()
    {
        const FilingEnvelope envelope = sampleEnvelope();
        // Signed under another id: the certificate is fine, the signature is not.
        FilingResult<QByteArray> otherId = Sm2Signature::sign(
            m_enrolled.key, envelope.canonicalBytes().value, QByteArrayLiteral("ALICE123@YAHOO.COM"));
        QVERIFY(otherId.ok());
        QCOMPARE(verifyCode(withSignature(envelope.sign(m_enrolled.key, m_enrolled.certificate).value, otherId.value)),
                 FilingErrorCode::BadSignature);

        FilingResult<Sm2KeyPair> stranger = Sm2KeyPair::generate();
        QVERIFY(stranger.ok());
        QCOMPARE(verifyCode(envelope.sign(stranger.value, m_enrolled.certificate).value),
                 FilingErrorCode::BadSignature);

        QCOMPARE(verifyCode(envelope.sign(m_enrolled.key, m_enrolled.authority.certificateDer()).value),
                 FilingErrorCode::UntrustedCertificate);
        QCOMPARE(verifyCode(QByteArrayLiteral("{}")), FilingErrorCode::MalformedFiling);
        QCOMPARE(verifyCode(QByteArrayLiteral("[")), FilingErrorCode::MalformedFiling);

        FilingResult<QByteArray> filing = envelope.sign(m_enrolled.key, m_enrolled.certificate);
        QVERIFY(filing.ok());
        QCOMPARE(verifyCode(filing.value + QByteArrayLiteral(" ")), FilingErrorCode::MalformedFiling);
        FilingResult<FilingEnvelope> late =
            FilingEnvelope::verify(filing.value, m_enrolled.authority.certificateDer(), utc(2028, 1, 1));
        QCOMPARE(late.status.code, FilingErrorCode::UntrustedCertificate);
    }

    void needsEveryField()
    {
        FilingEnvelope undated(QStringLiteral("sub-0001"),
                               2025,
                               QStringLiteral("cn-iit-2025-abc"),
                               QStringLiteral("0.1.0"),
                               JsonValue::object(),
                               QDateTime());
        QCOMPARE(undated.canonicalBytes().status.code, FilingErrorCode::InvalidArgument);
        QCOMPARE(undated.sign(m_enrolled.key, m_enrolled.certificate).status.code, FilingErrorCode::InvalidArgument);
    }

    void correctionNamesTheFilingItReplaces()
    {
        const FilingEnvelope first = sampleEnvelope();
        const FilingEnvelope correction(QStringLiteral("sub-0002"),
                                        first.taxYear(),
                                        first.rulePack(),
                                        first.engineVersion(),
                                        first.returnInput(),
                                        first.createdAt(),
                                        QStringLiteral("sub-0001"));
        QVERIFY(!first.canonicalBytes().value.contains("replaces"));
        QVERIFY(correction.canonicalBytes().value.contains("\"replaces\":\"sub-0001\""));
        FilingResult<QByteArray> filing = correction.sign(m_enrolled.key, m_enrolled.certificate);
        QVERIFY(filing.ok());
        FilingResult<FilingEnvelope> verified =
            FilingEnvelope::verify(filing.value, m_enrolled.authority.certificateDer(), verifyTime());
        QVERIFY2(verified.ok(), qPrintable(verified.status.toString()));
        QVERIFY(verified.value.isCorrection());
        QCOMPARE(verified.value.replaces(), QStringLiteral("sub-0001"));

        const FilingEnvelope itself(QStringLiteral("sub-0001"),
                                    first.taxYear(),
                                    first.rulePack(),
                                    first.engineVersion(),
                                    first.returnInput(),
                                    first.createdAt(),
                                    QStringLiteral("sub-0001"));
        QCOMPARE(itself.sign(m_enrolled.key, m_enrolled.certificate).status.code, FilingErrorCode::InvalidArgument);
        QByteArray emptyReplaces = filing.value;
        emptyReplaces.replace(QByteArrayLiteral("\"replaces\":\"sub-0001\""), QByteArrayLiteral("\"replaces\":\"\""));
        QCOMPARE(verifyCode(emptyReplaces), FilingErrorCode::MalformedFiling);
        QByteArray nullReplaces = filing.value;
        nullReplaces.replace(QByteArrayLiteral("\"replaces\":\"sub-0001\""), QByteArrayLiteral("\"replaces\":null"));
        QCOMPARE(verifyCode(nullReplaces), FilingErrorCode::MalformedFiling);
    }

    void refusesAnUnknownOrMissingEnvelopeMember()
    {
        FilingResult<QByteArray> filing = sampleEnvelope().sign(m_enrolled.key, m_enrolled.certificate);
        QVERIFY(filing.ok());
        QByteArray extra = filing.value;
        extra.replace(QByteArrayLiteral("\"tax_year\":2025"), QByteArrayLiteral("\"tax_year\":2025,\"z\":1"));
        QCOMPARE(verifyCode(extra), FilingErrorCode::MalformedFiling);
        QByteArray asString = filing.value;
        asString.replace(QByteArrayLiteral("\"tax_year\":2025"), QByteArrayLiteral("\"tax_year\":\"2025\""));
        QCOMPARE(verifyCode(asString), FilingErrorCode::MalformedFiling);
    }

    void refusesEverySingleByteChange()
    {
        // Issue 4: every single-byte change of a signed filing is rejected by the verifier. Every
        // one-bit change of every byte runs in about a second; all 255 values per byte would not.
        FilingResult<QByteArray> filing = sampleEnvelope().sign(m_enrolled.key, m_enrolled.certificate);
        QVERIFY(filing.ok());
        const QByteArray& original = filing.value;
        QVERIFY(FilingEnvelope::verify(original, m_enrolled.authority.certificateDer(), verifyTime()).ok());
        std::map<FilingErrorCode, int> reasons;
        QElapsedTimer timer;
        timer.start();
        int rejected = 0;
        for (qsizetype i = 0; i < original.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                const int mask = 1 << bit;
                QByteArray tampered = original;
                tampered[i] = char(tampered[i] ^ char(mask));
                const FilingResult<FilingEnvelope> verified =
                    FilingEnvelope::verify(tampered, m_enrolled.authority.certificateDer(), verifyTime());
                QVERIFY2(!verified.ok(),
                         qPrintable(QStringLiteral("byte %1 of %2 changed by mask %3 was accepted")
                                        .arg(i)
                                        .arg(original.size())
                                        .arg(mask)));
                ++rejected;
                ++reasons[verified.status.code];
            }
        }
        qInfo("%d single-byte changes of a %lld-byte signed filing, all rejected, in %lld ms",
              rejected,
              static_cast<long long>(original.size()),
              static_cast<long long>(timer.elapsed()));
        qInfo("malformed %d, untrusted certificate %d, bad signature %d",
              reasons[FilingErrorCode::MalformedFiling],
              reasons[FilingErrorCode::UntrustedCertificate],
              reasons[FilingErrorCode::BadSignature]);
    }

private:
    static QDateTime verifyTime() { return utc(2026, 3, 2); }

    static FilingEnvelope sampleEnvelope()
    {
        JsonValue returnInput = JsonValue::object(
            {{QStringLiteral("taxpayer"), JsonValue::string(QStringLiteral("张三"))},
             {QStringLiteral("income"),
              JsonValue::object({{QStringLiteral("wages"), JsonValue::string(QStringLiteral("120000.00"))}})}});
        return FilingEnvelope(QStringLiteral("sub-0001"),
                              2025,
                              QStringLiteral("cn-iit-2025-abc"),
                              QStringLiteral("0.1.0"),
                              returnInput,
                              QDateTime(QDate(2026, 3, 1), QTime(8, 30), QTimeZone::utc()));
    }

    Sm2KeyPair publicHalf() const
    {
        return std::move(Sm2KeyPair::fromPublicKeyDer(m_enrolled.key.publicKeyDer()).value);
    }

    FilingErrorCode verifyCode(const QByteArray& filing) const
    {
        return FilingEnvelope::verify(filing, m_enrolled.authority.certificateDer(), verifyTime()).status.code;
    }

    /** The same filing with its signature replaced, still in canonical form. */
    static QByteArray withSignature(const QByteArray& filing, const QByteArray& signature)
    {
        JsonReader::Result parsed = JsonReader::parse(filing);
        JsonValue rebuilt = JsonValue::object();
        for (const JsonValue::Member& member : parsed.value.members()) {
            rebuilt.insert(member.first,
                           member.first == QStringLiteral("signature")
                               ? JsonValue::string(QString::fromLatin1(signature.toBase64()))
                               : member.second);
        }
        return CanonicalJsonWriter::write(rebuilt).bytes;
    }

    EnrolledTaxpayer m_enrolled;
};

HUISUAN_REGISTER_TEST(TestFilingEnvelope)
#include "TestFilingEnvelope.moc"
