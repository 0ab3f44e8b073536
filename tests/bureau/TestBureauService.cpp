// SPDX-License-Identifier: GPL-3.0-or-later
// The bureau's endpoints (docs/bureau-api.md §3–§9) through the real huisuan-bureau process over
// pinned HTTPS, with real SM2 keys: one bureau for the whole class.

#include "TestRegistry.h"
#include "bureau/BureauTestSupport.h"
#include "filing/Receipt.h"
#include "filing/Sm2CertificateRequest.h"
#include "filing/Sm3Digest.h"
#include "filing/WireFormat.h"

#include "json/JsonReader.h"
#include <QtTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const QString zhang = QStringLiteral("11010519491231002X");
const QString li = QStringLiteral("120103198806018241");
const QString failingRefund = QStringLiteral("230306196304054513");
const QString neverPays = QStringLiteral("360426199101010071");
const QString employerA = QStringLiteral("91110108551385082Q");
const QString employerB = QStringLiteral("91110000600037341L");

QString text(const JsonValue& value, const QString& key)
{
    const JsonValue* member = value.find(key);
    return member ? member->text() : QString();
}

QByteArray declaration(const QString& id,
                       const QString& creditCode,
                       const QString& period,
                       const QString& identity,
                       const QString& income,
                       const QString& withheld,
                       const QString& replaces = QString())
{
    JsonValue body = JsonValue::object(
        {{QStringLiteral("declaration_id"), JsonValue::string(id)},
         {QStringLiteral("employer"),
          JsonValue::object({{QStringLiteral("credit_code"), JsonValue::string(creditCode)},
                             {QStringLiteral("name"), JsonValue::string(QStringLiteral("示例公司"))}})},
         {QStringLiteral("period"), JsonValue::string(period)},
         {QStringLiteral("records"),
          JsonValue::array(
              {JsonValue::object({{QStringLiteral("identity_number"), JsonValue::string(identity)},
                                  {QStringLiteral("income"), JsonValue::string(income)},
                                  {QStringLiteral("income_type"), JsonValue::string(QStringLiteral("wages"))},
                                  {QStringLiteral("name"), JsonValue::string(QStringLiteral("张三"))},
                                  {QStringLiteral("tax_withheld"), JsonValue::string(withheld)}})})}});
    if (!replaces.isEmpty()) {
        body.insert(QStringLiteral("replaces"), JsonValue::string(replaces));
    }
    return canonical(body);
}

/** A return for `year` with only wages and what was prepaid: tax to pay when prepaid is low. */
JsonValue wagesReturn(int year, const QString& wages, const QString& prepaid)
{
    return JsonValue::object(
        {{QStringLiteral("income"), JsonValue::object({{QStringLiteral("wages"), JsonValue::string(wages)}})},
         {QStringLiteral("prepaid"), JsonValue::string(prepaid)},
         {QStringLiteral("tax_year"), JsonValue::integer(year)}});
}

} // namespace

class TestBureauService : public QObject
{
    Q_OBJECT

private:
    BureauProcess m_bureau;
    std::unique_ptr<BureauClient> m_client;

    BureauReply post(const char* path, const QByteArray& body)
    {
        return m_client->post(QString::fromLatin1(path), body);
    }

    JsonValue submission(const char* path, const Taxpayer& taxpayer, const QString& submissionId)
    {
        const BureauReply reply = post(
            path,
            signedRequest(taxpayer,
                          JsonValue::object({{QStringLiteral("submission_id"), JsonValue::string(submissionId)}})));
        return reply.json();
    }

    void advance(int days)
    {
        const BureauReply reply = post(
            "/v1/sandbox/advance", canonical(JsonValue::object({{QStringLiteral("days"), JsonValue::integer(days)}})));
        QCOMPARE(reply.status, 200);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_bureau.start({QStringLiteral("--sandbox-controls"),
                                QStringLiteral("--day-seconds"),
                                QStringLiteral("1000000"),
                                QStringLiteral("--refund-failure"),
                                failingRefund,
                                QStringLiteral("--unpaid"),
                                neverPays}));
        m_client = std::make_unique<BureauClient>(m_bureau.url(), m_bureau.tlsCaPem());
    }

    void cleanupTestCase()
    {
        m_client.reset();
        QVERIFY(m_bureau.stop());
    }

    void enrolment_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("identity");
        QTest::addColumn<bool>("serviceSubject");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("field");

        QTest::newRow("valid") << QStringLiteral("张三") << zhang << false << 201 << QString();
        QTest::newRow("bad check digit") << QStringLiteral("张三") << QStringLiteral("230307196304054513") << false
                                         << 422 << QStringLiteral("csr.subject.serialNumber");
        QTest::newRow("CN alone, as the receipt certificate")
            << QStringLiteral("Huisuan sandbox bureau receipts") << QString() << true << 422
            << QStringLiteral("csr.subject");
    }

    void enrolment()
    {
        QFETCH(QString, name);
        QFETCH(QString, identity);
        QFETCH(bool, serviceSubject);
        QFETCH(int, status);
        QFETCH(QString, field);
        const Sm2KeyPair key = Sm2KeyPair::generate().value;
        const QString id = QStringLiteral("enrol-%1").arg(QString::fromLatin1(QTest::currentDataTag()).size());
        QByteArray body = enrolmentBody(key, name, identity, id + QStringLiteral("-") + QString::number(status));
        if (serviceSubject) {
            const QByteArray csr = Sm2CertificateRequest::createForBureauService(key, name).value;
            body = canonical(
                JsonValue::object({{QStringLiteral("csr"), JsonValue::string(WireFormat::encodeBase64(csr))},
                                   {QStringLiteral("enrolment_id"), JsonValue::string(QStringLiteral("svc"))}}));
        }
        const BureauReply reply = post("/v1/enrolments", body);
        QCOMPARE(reply.status, status);
        if (status == 201) {
            QCOMPARE(
                WireFormat::decodeBase64(text(reply.json(), QStringLiteral("ca_certificate"))).value_or(QByteArray()),
                m_bureau.sm2CaDer());
        } else {
            QCOMPARE(reply.errorCode(), QStringLiteral("invalid_field"));
            QVERIFY2(reply.body.contains(field.toUtf8()), reply.body.constData());
        }
    }

    void enrolmentWithGarbageCsr()
    {
        const QByteArray body = canonical(
            JsonValue::object({{QStringLiteral("csr"), JsonValue::string(QStringLiteral("AAAA"))},
                               {QStringLiteral("enrolment_id"), JsonValue::string(QStringLiteral("garbage"))}}));
        const BureauReply reply = post("/v1/enrolments", body);
        QCOMPARE(reply.status, 422);
        QVERIFY(reply.body.contains("protocol.csr"));
    }

    void enrolmentExactlyOnce()
    {
        const Sm2KeyPair key = Sm2KeyPair::generate().value;
        const QByteArray body = enrolmentBody(key, QStringLiteral("李四"), li, QStringLiteral("once-1"));
        const BureauReply first = post("/v1/enrolments", body);
        QCOMPARE(first.status, 201);
        const BureauReply again = post("/v1/enrolments", body);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.body, first.body);
        const BureauReply other =
            post("/v1/enrolments",
                 enrolmentBody(Sm2KeyPair::generate().value, QStringLiteral("李四"), li, QStringLiteral("once-1")));
        QCOMPARE(other.status, 409);
        QCOMPARE(other.errorCode(), QStringLiteral("submission_conflict"));
    }

    void nonCanonicalBodyRefused()
    {
        const BureauReply reply = post("/v1/enrolments", "{ \"csr\":\"AAAA\",\"enrolment_id\":\"x\"}");
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.errorCode(), QStringLiteral("malformed_request"));
    }

    void declarationsMakeThePrefill()
    {
        const Taxpayer taxpayer = enrol(*m_client, QStringLiteral("张三"), zhang, QStringLiteral("prefill-enrol"));
        QVERIFY(!taxpayer.certificate.isEmpty());
        QCOMPARE(post("/v1/withholding-declarations",
                      declaration(QStringLiteral("d-b-03"),
                                  employerB,
                                  QStringLiteral("2024-03"),
                                  zhang,
                                  QStringLiteral("9000.00"),
                                  QStringLiteral("0.00")))
                     .status,
                 201);
        QCOMPARE(post("/v1/withholding-declarations",
                      declaration(QStringLiteral("d-a-03"),
                                  employerA,
                                  QStringLiteral("2024-03"),
                                  zhang,
                                  QStringLiteral("12000.00"),
                                  QStringLiteral("210.00")))
                     .status,
                 201);
        QCOMPARE(post("/v1/withholding-declarations",
                      declaration(QStringLiteral("d-a-01"),
                                  employerA,
                                  QStringLiteral("2024-01"),
                                  zhang,
                                  QStringLiteral("1.00"),
                                  QStringLiteral("0.00")))
                     .status,
                 201);
        // A second declaration for the same employer and month must name the one in force.
        const BureauReply unnamed = post("/v1/withholding-declarations",
                                         declaration(QStringLiteral("d-a-01-bis"),
                                                     employerA,
                                                     QStringLiteral("2024-01"),
                                                     zhang,
                                                     QStringLiteral("11000.00"),
                                                     QStringLiteral("100.00")));
        QCOMPARE(unnamed.status, 422);
        QVERIFY(unnamed.body.contains("declaration.replaces"));
        QCOMPARE(post("/v1/withholding-declarations",
                      declaration(QStringLiteral("d-a-01-fix"),
                                  employerA,
                                  QStringLiteral("2024-01"),
                                  zhang,
                                  QStringLiteral("11000.00"),
                                  QStringLiteral("100.00"),
                                  QStringLiteral("d-a-01")))
                     .status,
                 201);
        const BureauReply badCode = post("/v1/withholding-declarations",
                                         declaration(QStringLiteral("d-bad"),
                                                     QStringLiteral("91110000600037341K"),
                                                     QStringLiteral("2024-05"),
                                                     zhang,
                                                     QStringLiteral("1.00"),
                                                     QStringLiteral("0.00")));
        QCOMPARE(badCode.status, 422);
        QVERIFY(badCode.body.contains("employer.credit_code"));

        const BureauReply prefill =
            post("/v1/prefill",
                 signedRequest(taxpayer, JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(2024)}})));
        QCOMPARE(prefill.status, 200);
        const JsonValue prefillJson = prefill.json();
        const JsonValue* records = prefillJson.find(QStringLiteral("records"));
        QVERIFY(records);
        QStringList order;
        for (const JsonValue& record : records->items()) {
            order << text(record, QStringLiteral("record_id"));
        }
        QCOMPARE(
            order,
            (QStringList {QStringLiteral("d-a-01-fix.1"), QStringLiteral("d-b-03.1"), QStringLiteral("d-a-03.1")}));
        QCOMPARE(text(records->items()[0], QStringLiteral("income")), QStringLiteral("11000.00"));

        // A dispute marks the record; it stays in the prefill.
        const QByteArray dispute = signedRequest(
            taxpayer,
            JsonValue::object({{QStringLiteral("dispute_id"), JsonValue::string(QStringLiteral("dsp-1"))},
                               {QStringLiteral("reason"), JsonValue::string(QStringLiteral("not_my_employer"))},
                               {QStringLiteral("record_id"), JsonValue::string(QStringLiteral("d-b-03.1"))}}));
        const BureauReply disputed = post("/v1/income-disputes", dispute);
        QCOMPARE(disputed.status, 201);
        QCOMPARE(text(disputed.json(), QStringLiteral("state")), QStringLiteral("open"));
        const BureauReply unknown =
            post("/v1/income-disputes",
                 signedRequest(taxpayer,
                               JsonValue::object(
                                   {{QStringLiteral("dispute_id"), JsonValue::string(QStringLiteral("dsp-2"))},
                                    {QStringLiteral("reason"), JsonValue::string(QStringLiteral("other"))},
                                    {QStringLiteral("record_id"), JsonValue::string(QStringLiteral("nobody.1"))}})));
        QCOMPARE(unknown.status, 404);
        const BureauReply after =
            post("/v1/prefill",
                 signedRequest(taxpayer, JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(2024)}})));
        const JsonValue afterJson = after.json();
        const JsonValue* marked = afterJson.find(QStringLiteral("records"));
        QVERIFY(marked && marked->items().size() == 3);
        QVERIFY(marked->items()[1].find(QStringLiteral("disputed")) != nullptr);
        QVERIFY(marked->items()[0].find(QStringLiteral("disputed")) == nullptr);
    }

    void declarationAnsweredWithASignedReceipt()
    {
        const QByteArray first = declaration(QStringLiteral("d-rc-06"),
                                             employerB,
                                             QStringLiteral("2024-06"),
                                             li,
                                             QStringLiteral("8000.00"),
                                             QStringLiteral("30.00"));
        const BureauReply created = post("/v1/withholding-declarations", first);
        QCOMPARE(created.status, 201);
        const FilingResult<Receipt> receipt = Receipt::verify(created.body, m_bureau.sm2CaDer());
        QVERIFY2(receipt.ok(), qPrintable(receipt.status.toString()));
        QCOMPARE(receipt.value.kind, Receipt::Kind::Declaration);
        QVERIFY(receipt.value.isAccepted());
        QCOMPARE(receipt.value.requestId, QStringLiteral("d-rc-06"));
        QCOMPARE(receipt.value.filingDigest, Sm3Digest::tagged(first));
        QCOMPARE(receipt.value.taxYear, 2024);
        QVERIFY(!receipt.value.result);
        QVERIFY(receipt.value.replaces.isEmpty());

        // A repeat is the stored receipt, byte for byte; the same id with other bytes a conflict.
        const BureauReply repeated = post("/v1/withholding-declarations", first);
        QCOMPARE(repeated.status, 200);
        QCOMPARE(repeated.body, created.body);
        const BureauReply conflict = post("/v1/withholding-declarations",
                                          declaration(QStringLiteral("d-rc-06"),
                                                      employerB,
                                                      QStringLiteral("2024-06"),
                                                      li,
                                                      QStringLiteral("8100.00"),
                                                      QStringLiteral("33.00")));
        QCOMPARE(conflict.status, 409);

        const QByteArray second = declaration(QStringLiteral("d-rc-06-fix"),
                                              employerB,
                                              QStringLiteral("2024-06"),
                                              li,
                                              QStringLiteral("8100.00"),
                                              QStringLiteral("33.00"),
                                              QStringLiteral("d-rc-06"));
        const BureauReply replacing = post("/v1/withholding-declarations", second);
        QCOMPARE(replacing.status, 201);
        const FilingResult<Receipt> replaced = Receipt::verify(replacing.body, m_bureau.sm2CaDer());
        QVERIFY2(replaced.ok(), qPrintable(replaced.status.toString()));
        QCOMPARE(replaced.value.replaces, QStringLiteral("d-rc-06"));
        QVERIFY(replaced.value.sequence > receipt.value.sequence);
    }

    void deductionElectionsReachTheEmployer()
    {
        const Taxpayer taxpayer = enrol(*m_client, QStringLiteral("李四"), li, QStringLiteral("election-enrol"));
        QVERIFY(!taxpayer.certificate.isEmpty());
        const auto election = [&](const QString& id, const QString& employer, const JsonValue& monthly) {
            return signedRequest(taxpayer,
                                 JsonValue::object({{QStringLiteral("election_id"), JsonValue::string(id)},
                                                    {QStringLiteral("employer"), JsonValue::string(employer)},
                                                    {QStringLiteral("monthly"), monthly},
                                                    {QStringLiteral("tax_year"), JsonValue::integer(2024)}}));
        };
        const JsonValue first =
            JsonValue::object({{QStringLiteral("children_education"), JsonValue::string(QStringLiteral("2000.00"))},
                               {QStringLiteral("housing_rent"), JsonValue::string(QStringLiteral("1500.00"))}});
        const QByteArray pushed = election(QStringLiteral("elc-1"), employerA, first);
        const BureauReply created = post("/v1/deduction-elections", pushed);
        QCOMPARE(created.status, 201);
        QCOMPARE(text(created.json(), QStringLiteral("election_id")), QStringLiteral("elc-1"));
        const BureauReply repeated = post("/v1/deduction-elections", pushed);
        QCOMPARE(repeated.status, 200);
        QCOMPARE(repeated.body, created.body);

        const BureauReply unknown = post("/v1/deduction-elections",
                                         election(QStringLiteral("elc-bad"),
                                                  employerA,
                                                  JsonValue::object({{QStringLiteral("serious_illness"),
                                                                      JsonValue::string(QStringLiteral("1.00"))}})));
        QCOMPARE(unknown.status, 422);
        QVERIFY(unknown.body.contains("request.monthly.serious_illness"));
        const BureauReply badEmployer =
            post("/v1/deduction-elections",
                 election(QStringLiteral("elc-bad-2"), QStringLiteral("91110000600037341K"), first));
        QCOMPARE(badEmployer.status, 422);
        QVERIFY(badEmployer.body.contains("request.employer"));

        // A later push to the same employer and year takes the earlier's place.
        const JsonValue second =
            JsonValue::object({{QStringLiteral("elderly_support"), JsonValue::string(QStringLiteral("3000.00"))}});
        QCOMPARE(post("/v1/deduction-elections", election(QStringLiteral("elc-2"), employerA, second)).status, 201);
        const auto download = [&](const QString& employer) {
            return post("/v1/deduction-elections/download",
                        canonical(JsonValue::object({{QStringLiteral("credit_code"), JsonValue::string(employer)},
                                                     {QStringLiteral("tax_year"), JsonValue::integer(2024)}})));
        };
        const BureauReply forA = download(employerA);
        QCOMPARE(forA.status, 200);
        const JsonValue answer = forA.json();
        const JsonValue* elections = answer.find(QStringLiteral("elections"));
        QVERIFY(elections && elections->items().size() == 1);
        const JsonValue& only = elections->items().front();
        QCOMPARE(text(only, QStringLiteral("identity_number")), li);
        QCOMPARE(text(only, QStringLiteral("election_id")), QStringLiteral("elc-2"));
        QCOMPARE(text(*only.find(QStringLiteral("monthly")), QStringLiteral("elderly_support")),
                 QStringLiteral("3000.00"));
        QVERIFY(only.find(QStringLiteral("monthly"))->find(QStringLiteral("children_education")) == nullptr);
        const BureauReply forB = download(employerB);
        QCOMPARE(forB.status, 200);
        QVERIFY(forB.json().find(QStringLiteral("elections"))->items().empty());
        QCOMPARE(download(QStringLiteral("91110000600037341K")).status, 422);
    }

    void filingAcceptedExactlyOnce()
    {
        const Taxpayer taxpayer = enrol(*m_client, QStringLiteral("李四"), li, QStringLiteral("filing-enrol"));
        const QByteArray filing = signedFiling(taxpayer, QStringLiteral("sub-1"), refundReturn2019());
        const BureauReply reply = post("/v1/filings", filing);
        QCOMPARE(reply.status, 200);
        const FilingResult<Receipt> receipt = Receipt::verify(reply.body, m_bureau.sm2CaDer());
        QVERIFY2(receipt.ok(), qPrintable(receipt.status.toString()));
        QVERIFY(receipt.value.isAccepted());
        QVERIFY(receipt.value.result.has_value());
        QCOMPARE(receipt.value.result->balance.toString(), QStringLiteral("-1740.00"));
        QCOMPARE(receipt.value.result->taxPayable.toString(), QStringLiteral("1840.00"));
        QCOMPARE(receipt.value.result->taxWithheld.toString(), QStringLiteral("3580.00"));

        QCOMPARE(post("/v1/filings", filing).body, reply.body);
        const BureauReply conflict = post(
            "/v1/filings",
            signedFiling(
                taxpayer, QStringLiteral("sub-1"), wagesReturn(2019, QStringLiteral("1.00"), QStringLiteral("0.00"))));
        QCOMPARE(conflict.status, 409);

        const BureauReply second =
            post("/v1/filings", signedFiling(taxpayer, QStringLiteral("sub-2"), refundReturn2019()));
        QCOMPARE(second.status, 200);
        const FilingResult<Receipt> refused = Receipt::verify(second.body, m_bureau.sm2CaDer());
        QVERIFY(refused.ok() && !refused.value.isAccepted());
        QCOMPARE(refused.value.problems.first().rule, QStringLiteral("filing.already_filed"));
        QVERIFY(refused.value.problems.first().message.contains(QStringLiteral("sub-1")));

        const JsonValue status = submission("/v1/filings/status", taxpayer, QStringLiteral("sub-1"));
        QCOMPARE(text(status, QStringLiteral("state")), QStringLiteral("accepted"));
        QCOMPARE(canonical(*status.find(QStringLiteral("receipt"))), reply.body);
        QCOMPARE(text(submission("/v1/filings/status", taxpayer, QStringLiteral("never")), QStringLiteral("state")),
                 QStringLiteral("unknown"));

        // A correction names the accepted submission and replaces it.
        const BureauReply wrongCorrection =
            post("/v1/filings",
                 signedFiling(taxpayer, QStringLiteral("sub-3"), refundReturn2019(), QStringLiteral("sub-2")));
        QCOMPARE(Receipt::verify(wrongCorrection.body, m_bureau.sm2CaDer()).value.problems.first().rule,
                 QStringLiteral("filing.replaces_not_current"));
        const BureauReply correction =
            post("/v1/filings",
                 signedFiling(taxpayer, QStringLiteral("sub-4"), refundReturn2019(), QStringLiteral("sub-1")));
        const FilingResult<Receipt> corrected = Receipt::verify(correction.body, m_bureau.sm2CaDer());
        QVERIFY(corrected.ok() && corrected.value.isAccepted());
        QCOMPARE(corrected.value.kind, Receipt::Kind::Correction);
        QCOMPARE(corrected.value.replaces, QStringLiteral("sub-1"));
        QCOMPARE(text(submission("/v1/filings/status", taxpayer, QStringLiteral("sub-1")), QStringLiteral("state")),
                 QStringLiteral("replaced"));
    }

    void rejectedFilingNamesRuleAndField()
    {
        const Taxpayer taxpayer = enrol(*m_client, QStringLiteral("张三"), zhang, QStringLiteral("reject-enrol"));
        JsonValue input = wagesReturn(2024, QStringLiteral("-1.00"), QStringLiteral("0.00"));
        const BureauReply reply = post("/v1/filings", signedFiling(taxpayer, QStringLiteral("bad-1"), input));
        QCOMPARE(reply.status, 200);
        const FilingResult<Receipt> receipt = Receipt::verify(reply.body, m_bureau.sm2CaDer());
        QVERIFY(receipt.ok());
        QCOMPARE(receipt.value.outcome, Receipt::Outcome::Rejected);
        QCOMPARE(receipt.value.problems.first().rule, QStringLiteral("filing.return_invalid"));
        QCOMPARE(receipt.value.problems.first().field, QStringLiteral("envelope.return.income.wages"));
    }

    void prefillDifferenceIsAnAlert()
    {
        const Taxpayer taxpayer = enrol(*m_client, QStringLiteral("张三"), zhang, QStringLiteral("alert-enrol"));
        // The prefill of 2024 holds 11000 + 12000 wages (9000 are disputed); 50000 differs.
        const BureauReply reply =
            post("/v1/filings",
                 signedFiling(taxpayer,
                              QStringLiteral("alert-1"),
                              wagesReturn(2024, QStringLiteral("50000.00"), QStringLiteral("310.00"))));
        const FilingResult<Receipt> receipt = Receipt::verify(reply.body, m_bureau.sm2CaDer());
        QVERIFY(receipt.ok() && receipt.value.isAccepted());
        QCOMPARE(receipt.value.problems.size(), 1);
        QCOMPARE(receipt.value.problems.first().rule, QStringLiteral("filing.prefill_wages"));
        QCOMPARE(receipt.value.problems.first().severity, Receipt::Problem::Severity::Alert);
    }

    void settlementsAndWithdrawals()
    {
        const Taxpayer early = enrol(*m_client, QStringLiteral("王五"), zhang, QStringLiteral("settle-early"));
        const Taxpayer failing = enrol(*m_client, QStringLiteral("赵六"), failingRefund, QStringLiteral("settle-fail"));
        const Taxpayer payer = enrol(*m_client, QStringLiteral("钱七"), neverPays, QStringLiteral("settle-pay"));
        QCOMPARE(post("/v1/filings", signedFiling(early, QStringLiteral("s-early"), refundReturn2019())).status, 200);
        QCOMPARE(post("/v1/filings", signedFiling(failing, QStringLiteral("s-fail"), refundReturn2019())).status, 200);
        QCOMPARE(post("/v1/filings",
                      signedFiling(payer,
                                   QStringLiteral("s-pay"),
                                   wagesReturn(2019, QStringLiteral("200000.00"), QStringLiteral("0.00"))))
                     .status,
                 200);

        JsonValue settlement = submission("/v1/settlements/status", early, QStringLiteral("s-early"));
        QCOMPARE(text(settlement, QStringLiteral("state")), QStringLiteral("under_review"));
        QCOMPARE(text(settlement, QStringLiteral("direction")), QStringLiteral("refund"));
        QCOMPARE(text(settlement, QStringLiteral("amount")), QStringLiteral("1740.00"));
        JsonValue payment = submission("/v1/settlements/status", payer, QStringLiteral("s-pay"));
        QCOMPARE(text(payment, QStringLiteral("direction")), QStringLiteral("payment"));
        QCOMPARE(text(payment, QStringLiteral("state")), QStringLiteral("due"));
        QVERIFY(!text(payment, QStringLiteral("due")).isEmpty());

        advance(2);
        QCOMPARE(text(submission("/v1/settlements/status", early, QStringLiteral("s-early")), QStringLiteral("state")),
                 QStringLiteral("treasury"));
        advance(3);
        settlement = submission("/v1/settlements/status", early, QStringLiteral("s-early"));
        QCOMPARE(text(settlement, QStringLiteral("state")), QStringLiteral("paid"));
        QCOMPARE(settlement.find(QStringLiteral("history"))->items().size(), size_t(3));
        const JsonValue failed = submission("/v1/settlements/status", failing, QStringLiteral("s-fail"));
        QCOMPARE(text(failed, QStringLiteral("state")), QStringLiteral("failed"));
        QCOMPARE(text(failed, QStringLiteral("reason")), QStringLiteral("bank_account_closed"));

        // Paid: no withdrawal. Failed (not paid): withdrawable.
        auto withdraw = [&](const Taxpayer& taxpayer, const QString& submissionId, const QString& withdrawalId) {
            return post(
                "/v1/withdrawals",
                signedRequest(taxpayer,
                              JsonValue::object({{QStringLiteral("submission_id"), JsonValue::string(submissionId)},
                                                 {QStringLiteral("withdrawal_id"), JsonValue::string(withdrawalId)}})));
        };
        const FilingResult<Receipt> refused = Receipt::verify(
            withdraw(early, QStringLiteral("s-early"), QStringLiteral("w-1")).body, m_bureau.sm2CaDer());
        QVERIFY(refused.ok() && !refused.value.isAccepted());
        QCOMPARE(refused.value.problems.first().rule, QStringLiteral("filing.not_withdrawable"));
        const FilingResult<Receipt> withdrawn = Receipt::verify(
            withdraw(failing, QStringLiteral("s-fail"), QStringLiteral("w-2")).body, m_bureau.sm2CaDer());
        QVERIFY(withdrawn.ok() && withdrawn.value.isAccepted());
        QCOMPARE(withdrawn.value.kind, Receipt::Kind::Withdrawal);
        QCOMPARE(text(submission("/v1/filings/status", failing, QStringLiteral("s-fail")), QStringLiteral("state")),
                 QStringLiteral("withdrawn"));

        advance(30);
        QCOMPARE(text(submission("/v1/settlements/status", payer, QStringLiteral("s-pay")), QStringLiteral("state")),
                 QStringLiteral("overdue"));
    }

    void staleRequestRefused()
    {
        const Taxpayer taxpayer = enrol(*m_client, QStringLiteral("张三"), zhang, QStringLiteral("stale-enrol"));
        const BureauReply reply =
            post("/v1/prefill",
                 signedRequest(taxpayer,
                               JsonValue::object({{QStringLiteral("tax_year"), JsonValue::integer(2024)}}),
                               QDateTime::currentDateTimeUtc().addSecs(-600)));
        QCOMPARE(reply.status, 403);
        QCOMPARE(reply.errorCode(), QStringLiteral("stale_request"));
    }

    void transportChecks()
    {
        const BureauReply wrongType = m_client->post(QStringLiteral("/v1/enrolments"), "{}", "text/plain");
        QCOMPARE(wrongType.status, 415);
        const BureauReply large = m_client->post(QStringLiteral("/v1/enrolments"), QByteArray(1024 * 1024 + 1, ' '));
        QCOMPARE(large.status, 413);
        QCOMPARE(post("/v1/nothing", "{}").status, 404);
    }

    void messageLanguage_data()
    {
        QTest::addColumn<QByteArray>("acceptLanguage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default Chinese") << QByteArray("fr-FR, de;q=0.5") << QStringLiteral("application/json");
        QTest::newRow("English") << QByteArray("en-GB,en;q=0.9")
                                 << QStringLiteral("The request must be sent as application/json.");
        QTest::newRow("Japanese first") << QByteArray("fr, ja;q=0.8, en;q=0.5") << QStringLiteral("application/json");
    }

    void messageLanguage()
    {
        QFETCH(QByteArray, acceptLanguage);
        QFETCH(QString, expected);
        const BureauReply reply = m_client->post(QStringLiteral("/v1/enrolments"), "{}", "text/plain", acceptLanguage);
        QCOMPARE(reply.status, 415);
        const JsonValue answer = reply.json();
        const JsonValue* error = answer.find(QStringLiteral("error"));
        const QString message = text(*error, QStringLiteral("message"));
        QVERIFY2(message.contains(expected), qPrintable(message));
        if (acceptLanguage.startsWith("fr-FR")) {
            QVERIFY2(message.contains(QStringLiteral("请")), qPrintable(message));
        } else if (acceptLanguage.startsWith("fr,")) {
            QVERIFY2(message.contains(QStringLiteral("送信")), qPrintable(message));
        }
        QCOMPARE(reply.errorCode(), QStringLiteral("unsupported_media_type"));
    }
};

HUISUAN_REGISTER_TEST(TestBureauService)
#include "TestBureauService.moc"
