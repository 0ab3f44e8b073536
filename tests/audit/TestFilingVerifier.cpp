// SPDX-License-Identifier: GPL-3.0-or-later
// FilingVerifier over audit files made by the app and a real sandbox bureau (the committed fixtures:
// real SM2 keys, a real receipt): a filing as made verifies; each alteration is caught and named by
// its check, and every failed check is reported, not just the first.

#include "TestRegistry.h"
#include "audit/AuditTestSupport.h"
#include "audit/FilingVerifier.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QtTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

QStringList failedChecks(const VerifyReport& report)
{
    QStringList failed;
    for (const AuditCheck& check : report.checks) {
        if (!check.passed) {
            failed << check.id;
        }
    }
    return failed;
}

JsonValue changedIncome(const JsonValue& envelope, const char* key, const char* amount)
{
    const JsonValue* input = envelope.find(QStringLiteral("return"));
    const JsonValue* income = input->find(QStringLiteral("income"));
    return withMember(
        envelope,
        QStringLiteral("return"),
        withMember(*input,
                   QStringLiteral("income"),
                   withMember(*income, QString::fromLatin1(key), JsonValue::string(QString::fromLatin1(amount)))));
}

} // namespace

class TestFilingVerifier : public QObject
{
    Q_OBJECT

private slots:
    void filingsAsMadeVerify_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("2019 wages") << QStringLiteral("wages-2019.audit.json");
        QTest::newRow("2024 bonus and deductions") << QStringLiteral("bonus-deductions-2024.audit.json");
        QTest::newRow("2025 donation") << QStringLiteral("donation-2025.audit.json");
    }

    void filingsAsMadeVerify()
    {
        QFETCH(QString, fixture);
        const AuditFile file = readFixture(fixture.toLatin1().constData());
        const VerifyReport report = FilingVerifier::verify(file);
        QVERIFY2(report.passed(), qPrintable(failedChecks(report).join(QLatin1Char(','))));
        QCOMPARE(report.caSource, VerifyReport::CaSource::AuditFile);
        QVERIFY(report.hasReceipt);
        const QStringList ids = {QStringLiteral("envelope"),
                                 QStringLiteral("certificate"),
                                 QStringLiteral("signature"),
                                 QStringLiteral("receipt"),
                                 QStringLiteral("receipt_answers"),
                                 QStringLiteral("rule_pack")};
        QStringList seen;
        for (const AuditCheck& check : report.checks) {
            seen << check.id;
        }
        QCOMPARE(seen, ids);
        QCOMPARE(report.signerIdentityNumber, QStringLiteral("11010519491231002X"));
        // Pinned to the same CA, it verifies too and says so.
        const VerifyReport pinned = FilingVerifier::verify(file, file.caCertificates.first());
        QVERIFY(pinned.passed());
        QCOMPARE(pinned.caSource, VerifyReport::CaSource::Pinned);
    }

    void alterationsAreNamed_data()
    {
        QTest::addColumn<QString>("alteration");
        QTest::addColumn<QStringList>("failed");
        const QStringList changedBytes = {QStringLiteral("signature"), QStringLiteral("receipt_answers")};
        QTest::newRow("an amount") << QStringLiteral("amount") << changedBytes;
        QTest::newRow("a deduction") << QStringLiteral("deduction") << changedBytes;
        QTest::newRow("the rule-pack id")
            << QStringLiteral("rule_pack")
            << QStringList {
                   QStringLiteral("signature"), QStringLiteral("receipt_answers"), QStringLiteral("rule_pack")};
        QTest::newRow("one signature byte") << QStringLiteral("signature") << changedBytes;
        QTest::newRow("the receipt") << QStringLiteral("receipt") << QStringList {QStringLiteral("receipt")};
        QTest::newRow("another filing's receipt")
            << QStringLiteral("other_receipt") << QStringList {QStringLiteral("receipt_answers")};
    }

    void alterationsAreNamed()
    {
        QFETCH(QString, alteration);
        QFETCH(QStringList, failed);
        const AuditFile file = readFixture("bonus-deductions-2024.audit.json");
        AuditFile altered = file;
        if (alteration == QLatin1String("amount")) {
            altered = alteredEnvelope(
                file, [](JsonValue& envelope) { envelope = changedIncome(envelope, "wages", "100000.00"); });
        } else if (alteration == QLatin1String("deduction")) {
            altered = alteredEnvelope(file, [](JsonValue& envelope) {
                const JsonValue* input = envelope.find(QStringLiteral("return"));
                envelope = withMember(envelope,
                                      QStringLiteral("return"),
                                      withMember(*input,
                                                 QStringLiteral("special_deductions"),
                                                 JsonValue::string(QStringLiteral("30000.00"))));
            });
        } else if (alteration == QLatin1String("rule_pack")) {
            altered = alteredEnvelope(file, [](JsonValue& envelope) {
                envelope = withMember(envelope,
                                      QStringLiteral("rule_pack"),
                                      JsonValue::string(QStringLiteral("sha256:") + QString(64, QLatin1Char('0'))));
            });
        } else if (alteration == QLatin1String("signature")) {
            const JsonReader::Result parsed = JsonReader::parse(file.signedFiling);
            QByteArray signature =
                QByteArray::fromBase64(parsed.value.find(QStringLiteral("signature"))->text().toLatin1());
            signature[signature.size() / 2] = char(signature.at(signature.size() / 2) ^ 0x01);
            altered.signedFiling =
                CanonicalJsonWriter::write(withMember(parsed.value,
                                                      QStringLiteral("signature"),
                                                      JsonValue::string(QString::fromLatin1(signature.toBase64()))))
                    .bytes;
        } else if (alteration == QLatin1String("receipt")) {
            altered.signedReceipt = alterSigned(file.signedReceipt, "receipt", [](JsonValue& receipt) {
                const JsonValue* result = receipt.find(QStringLiteral("result"));
                receipt = withMember(
                    receipt,
                    QStringLiteral("result"),
                    withMember(*result, QStringLiteral("balance"), JsonValue::string(QStringLiteral("-9999.00"))));
            });
        } else {
            altered.signedReceipt = readFixture("donation-2025.audit.json").signedReceipt;
        }
        QVERIFY(altered.signedFiling != file.signedFiling || altered.signedReceipt != file.signedReceipt);
        const VerifyReport report = FilingVerifier::verify(altered);
        QVERIFY(!report.passed());
        QCOMPARE(failedChecks(report), failed);
        for (const AuditCheck& check : report.checks) {
            QVERIFY2(!check.sentence.isEmpty() && !check.name.isEmpty(), qPrintable(check.id));
        }
    }

    void anotherCaIsNotTrusted()
    {
        const AuditFile file = readFixture("wages-2019.audit.json");
        const VerifyReport report = FilingVerifier::verify(file, QByteArray("not a certificate"));
        QCOMPARE(failedChecks(report), (QStringList {QStringLiteral("certificate"), QStringLiteral("receipt")}));
    }

    void bareFilingNeedsTheCa()
    {
        const AuditFile full = readFixture("wages-2019.audit.json");
        AuditFile bare;
        QVERIFY(AuditFile::read(full.signedFiling, bare).ok);
        QVERIFY(bare.isBareFiling());
        const VerifyReport unpinned = FilingVerifier::verify(bare);
        QCOMPARE(unpinned.caSource, VerifyReport::CaSource::None);
        QCOMPARE(failedChecks(unpinned), QStringList {QStringLiteral("certificate")});
        QVERIFY(FilingVerifier::verify(bare, full.caCertificates.first()).passed());
    }

    void malformedFilingFailsEveryCheckThatNeedsIt()
    {
        AuditFile file = readFixture("wages-2019.audit.json");
        file.signedFiling.append(' ');
        const VerifyReport report = FilingVerifier::verify(file);
        QCOMPARE(failedChecks(report),
                 (QStringList {QStringLiteral("envelope"),
                               QStringLiteral("certificate"),
                               QStringLiteral("signature"),
                               QStringLiteral("receipt_answers"),
                               QStringLiteral("rule_pack")}));
    }
};

HUISUAN_REGISTER_TEST(TestFilingVerifier)
#include "TestFilingVerifier.moc"
