// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/BureauAnswerReader.h"

#include <QTest>

using namespace huisuan;

class TestBureauAnswerReader : public QObject
{
    Q_OBJECT

private slots:
    void readsAnErrorBody()
    {
        FilingResult<BureauError> error = BureauAnswerReader::error(QByteArrayLiteral(
            "{\"error\":{\"code\":\"submission_conflict\",\"message\":\"换一个编号\",\"problems\":[{\"field\":"
            "\"envelope.tax_year\",\"message\":\"不同\",\"rule\":\"protocol.strict_json\"}],\"retryable\":false}}"));
        QVERIFY2(error.ok(), qPrintable(error.status.toString()));
        QCOMPARE(error.value.code, QStringLiteral("submission_conflict"));
        QCOMPARE(error.value.message, QStringLiteral("换一个编号"));
        QCOMPARE(error.value.problems.size(), 1);
        QCOMPARE(error.value.problems.front().field, QStringLiteral("envelope.tax_year"));
        QCOMPARE(error.value.problems.front().rule, QStringLiteral("protocol.strict_json"));
        QVERIFY(!error.value.retryable);
    }

    void readsAPrefill()
    {
        FilingResult<PrefillAnswer> prefill = BureauAnswerReader::prefill(QByteArrayLiteral(
            "{\"records\":[{\"disputed\":true,\"employer\":{\"credit_code\":\"91110000802100433B\",\"name\":\"甲公司\"}"
            ",\"income\":\"12000.00\",\"income_type\":\"wages\",\"month\":\"2025-03\",\"record_id\":\"r1\",\"tax_"
            "withheld\":\"210.00\"},{\"employer\":{\"credit_code\":\"91110000802100433B\",\"name\":\"甲公司\"},"
            "\"income\":\"12000.00\",\"income_type\":\"wages\",\"month\":\"2025-04\",\"record_id\":\"r2\",\"tax_"
            "withheld\":\"210.00\"}],\"tax_year\":2025}"));
        QVERIFY2(prefill.ok(), qPrintable(prefill.status.toString()));
        QCOMPARE(prefill.value.taxYear, 2025);
        QCOMPARE(prefill.value.records.size(), 2);
        QCOMPARE(prefill.value.records[0].income.toString(), QStringLiteral("12000.00"));
        QCOMPARE(prefill.value.records[0].employerName, QStringLiteral("甲公司"));
        QVERIFY(prefill.value.records[0].disputed);
        QVERIFY(!prefill.value.records[1].disputed);
    }

    void readsAStatusWithAndWithoutReceipt()
    {
        FilingResult<FilingStatusAnswer> unknown = BureauAnswerReader::filingStatus(
            QByteArrayLiteral("{\"receipt\":null,\"state\":\"unknown\",\"submission_id\":\"s1\"}"));
        QVERIFY2(unknown.ok(), qPrintable(unknown.status.toString()));
        QCOMPARE(unknown.value.state, FilingStatusAnswer::State::Unknown);
        QVERIFY(unknown.value.signedReceipt.isEmpty());
        FilingResult<FilingStatusAnswer> accepted = BureauAnswerReader::filingStatus(
            QByteArrayLiteral("{\"receipt\":{\"certificate\":\"AA==\",\"receipt\":{\"a\":1},\"signature\":\"AA==\"},"
                              "\"state\":\"accepted\",\"submission_id\":\"s1\"}"));
        QVERIFY2(accepted.ok(), qPrintable(accepted.status.toString()));
        QCOMPARE(accepted.value.signedReceipt,
                 QByteArrayLiteral("{\"certificate\":\"AA==\",\"receipt\":{\"a\":1},\"signature\":\"AA==\"}"));
    }

    void readsASettlement()
    {
        FilingResult<SettlementAnswer> refund = BureauAnswerReader::settlement(
            QByteArrayLiteral("{\"amount\":\"1234.50\",\"direction\":\"refund\",\"history\":[{\"at\":\"2026-03-01T08:"
                              "30:02Z\",\"state\":\"under_review\"},{\"at\":\"2026-03-03T08:30:02Z\",\"state\":"
                              "\"treasury\"}],\"reason\":null,\"state\":\"treasury\",\"submission_id\":\"s1\"}"));
        QVERIFY2(refund.ok(), qPrintable(refund.status.toString()));
        QCOMPARE(refund.value.amount.toString(), QStringLiteral("1234.50"));
        QCOMPARE(refund.value.history.size(), 2);
        QCOMPARE(refund.value.state, QStringLiteral("treasury"));
        QVERIFY(refund.value.reason.isEmpty());
        FilingResult<SettlementAnswer> payment = BureauAnswerReader::settlement(
            QByteArrayLiteral("{\"amount\":\"88.00\",\"direction\":\"payment\",\"due\":\"2026-06-30\",\"history\":[],"
                              "\"reason\":null,\"state\":\"due\",\"submission_id\":\"s1\"}"));
        QVERIFY2(payment.ok(), qPrintable(payment.status.toString()));
        QCOMPARE(payment.value.due, QDate(2026, 6, 30));
    }

    void refusesAnythingButTheExactForm_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("not canonical: order")
            << QByteArrayLiteral("{\"submission_id\":\"s1\",\"receipt\":null,\"state\":\"unknown\"}");
        QTest::newRow("not canonical: space")
            << QByteArrayLiteral("{\"receipt\":null, \"state\":\"unknown\",\"submission_id\":\"s1\"}");
        QTest::newRow("unknown member") << QByteArrayLiteral(
            "{\"receipt\":null,\"state\":\"unknown\",\"submission_id\":\"s1\",\"x\":1}");
        QTest::newRow("unknown state") << QByteArrayLiteral(
            "{\"receipt\":null,\"state\":\"lost\",\"submission_id\":\"s1\"}");
        QTest::newRow("accepted without receipt")
            << QByteArrayLiteral("{\"receipt\":null,\"state\":\"accepted\",\"submission_id\":\"s1\"}");
        QTest::newRow("truncated") << QByteArrayLiteral("{\"receipt\":null,\"state\":\"unkn");
        QTest::newRow("duplicate key") << QByteArrayLiteral(
            "{\"receipt\":null,\"receipt\":null,\"state\":\"unknown\",\"submission_id\":\"s1\"}");
        QTest::newRow("empty") << QByteArray();
    }

    void refusesAnythingButTheExactForm()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(BureauAnswerReader::filingStatus(body).status.code, FilingErrorCode::MalformedAnswer);
    }

    void refusesMoneyAndTimesInOtherSpellings_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("one decimal") << QByteArrayLiteral(
            "{\"amount\":\"1234.5\",\"direction\":\"refund\",\"history\":[],\"reason\":null,\"state\":\"paid\","
            "\"submission_id\":\"s1\"}");
        QTest::newRow("number") << QByteArrayLiteral("{\"amount\":1234.5,\"direction\":\"refund\",\"history\":[],"
                                                     "\"reason\":null,\"state\":\"paid\",\"submission_id\":\"s1\"}");
        QTest::newRow("payment state for a refund")
            << QByteArrayLiteral("{\"amount\":\"1.00\",\"direction\":\"refund\",\"history\":[],\"reason\":null,"
                                 "\"state\":\"overdue\",\"submission_id\":\"s1\"}");
        QTest::newRow("local time") << QByteArrayLiteral(
            "{\"amount\":\"1.00\",\"direction\":\"refund\",\"history\":[{\"at\":\"2026-03-01T16:30:02+08:00\","
            "\"state\":\"paid\"}],\"reason\":null,\"state\":\"paid\",\"submission_id\":\"s1\"}");
    }

    void refusesMoneyAndTimesInOtherSpellings()
    {
        QFETCH(QByteArray, body);
        QCOMPARE(BureauAnswerReader::settlement(body).status.code, FilingErrorCode::MalformedAnswer);
    }

    void readsAnEnrolmentWithCanonicalBase64Only()
    {
        FilingResult<EnrolmentAnswer> enrolment = BureauAnswerReader::enrolment(
            QByteArrayLiteral("{\"ca_certificate\":\"AQID\",\"certificate\":\"BAU=\",\"enrolment_id\":\"e1\",\"not_"
                              "after\":\"2027-01-01T00:00:00Z\",\"not_before\":\"2026-01-01T00:00:00Z\"}"));
        QVERIFY2(enrolment.ok(), qPrintable(enrolment.status.toString()));
        QCOMPARE(enrolment.value.certificateDer, QByteArrayLiteral("\x04\x05"));
        QCOMPARE(
            BureauAnswerReader::enrolment(
                QByteArrayLiteral("{\"ca_certificate\":\"AQID\",\"certificate\":\"BAV=\",\"enrolment_id\":\"e1\",\"not_"
                                  "after\":\"2027-01-01T00:00:00Z\",\"not_before\":\"2026-01-01T00:00:00Z\"}"))
                .status.code,
            FilingErrorCode::MalformedAnswer);
    }
};

HUISUAN_REGISTER_TEST(TestBureauAnswerReader)
#include "TestBureauAnswerReader.moc"
