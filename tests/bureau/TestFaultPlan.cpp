// SPDX-License-Identifier: GPL-3.0-or-later
// The fault plan: its option grammar in-process, and each mode against the real bureau, which must
// commit exactly what the mode says (docs/bureau-api.md §11). Each mode needs a bureau started with
// it, so each row starts its own; everything else in the module shares one bureau per class.

#include "TestRegistry.h"
#include "bureau/BureauTestSupport.h"
#include "bureau/FaultPlan.h"
#include "filing/Receipt.h"

#include <QtTest>

using namespace huisuan;
using namespace huisuan::test;

class TestFaultPlan : public QObject
{
    Q_OBJECT

private slots:
    void parseRule_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("every");
        QTest::newRow("mode") << QStringLiteral("http500") << true << 1;
        QTest::newRow("every third") << QStringLiteral("reset-after-commit:3") << true << 3;
        QTest::newRow("zero") << QStringLiteral("http503:0") << false << 0;
        QTest::newRow("unknown") << QStringLiteral("explode") << false << 0;
        QTest::newRow("too many parts") << QStringLiteral("http500:1:2") << false << 0;
    }

    void parseRule()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(int, every);
        const auto rule = FaultPlan::parseRule(text);
        QCOMPARE(rule.has_value(), valid);
        if (valid) {
            QCOMPARE(rule->every, every);
        }
    }

    void everyNthRequest()
    {
        FaultPlan plan;
        plan.add(*FaultPlan::parseRule(QStringLiteral("http500:2")));
        plan.add(*FaultPlan::parseRule(QStringLiteral("http503:3")));
        QList<std::optional<FaultMode>> seen;
        for (int i = 0; i < 6; ++i) {
            seen << plan.next();
        }
        QCOMPARE(seen,
                 (QList<std::optional<FaultMode>> {std::nullopt,
                                                   FaultMode::Http500,
                                                   FaultMode::Http503,
                                                   FaultMode::Http500,
                                                   std::nullopt,
                                                   FaultMode::Http500}));
        QCOMPARE(plan.counters(), QStringLiteral("http500 3/6, http503 1/6"));
    }

    void modeAgainstTheBureau_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::addColumn<bool>("replyUsable"); // the client got the receipt
        QTest::addColumn<int>("status"); // the HTTP status seen, 0 for a network error
        QTest::addColumn<bool>("committed"); // the bureau holds the receipt afterwards
        QTest::newRow("reset-before-commit") << QStringLiteral("reset-before-commit") << false << 0 << false;
        QTest::newRow("reset-after-commit") << QStringLiteral("reset-after-commit") << false << 0 << true;
        QTest::newRow("delay-after-commit") << QStringLiteral("delay-after-commit") << false << 0 << true;
        QTest::newRow("http500") << QStringLiteral("http500") << false << 500 << false;
        QTest::newRow("http503") << QStringLiteral("http503") << false << 503 << false;
        QTest::newRow("duplicate-response") << QStringLiteral("duplicate-response") << true << 200 << true;
        QTest::newRow("malformed-body") << QStringLiteral("malformed-body") << false << 200 << true;
    }

    void modeAgainstTheBureau()
    {
        QFETCH(QString, mode);
        QFETCH(bool, replyUsable);
        QFETCH(int, status);
        QFETCH(bool, committed);
        BureauProcess bureau;
        QVERIFY(bureau.start(
            {QStringLiteral("--fault"), mode, QStringLiteral("--fault-delay-ms"), QStringLiteral("1500")}));
        BureauClient client(bureau.url(), bureau.tlsCaPem());
        const Taxpayer taxpayer =
            enrol(client, QStringLiteral("张三"), QStringLiteral("11010519491231002X"), QStringLiteral("e"));
        QVERIFY2(!taxpayer.certificate.isEmpty(), bureau.log().constData());
        const QByteArray filing = signedFiling(taxpayer, QStringLiteral("sub-fault"), refundReturn2019());
        const BureauReply reply =
            client.post(QStringLiteral("/v1/filings"), filing, "application/json", QByteArray(), 700);
        QCOMPARE(reply.status, status);
        QCOMPARE(reply.error == QNetworkReply::NoError || status >= 500, status != 0);
        QCOMPARE(Receipt::verify(reply.body, bureau.sm2CaDer()).ok(), replyUsable);
        if (status == 503) {
            QCOMPARE(reply.retryAfter, QByteArray("1"));
        }
        // A status query (not a filing, so no fault) tells what the bureau committed.
        const BureauReply state =
            client.post(QStringLiteral("/v1/filings/status"),
                        signedRequest(taxpayer,
                                      JsonValue::object({{QStringLiteral("submission_id"),
                                                          JsonValue::string(QStringLiteral("sub-fault"))}})));
        QCOMPARE(state.status, 200);
        const JsonValue answer = state.json();
        QCOMPARE(answer.find(QStringLiteral("state"))->text(),
                 committed ? QStringLiteral("accepted") : QStringLiteral("unknown"));
        // Every filing request meets the fault (EVERY is 1), Qt's own resend of a reset request too;
        // resending the same bytes again must still leave one accepted filing at the bureau.
        static_cast<void>(client.post(QStringLiteral("/v1/filings"), filing, "application/json", QByteArray(), 700));
        QVERIFY(bureau.log().contains("fault " + mode.toLatin1()));
        QVERIFY(bureau.stop());
        const JsonValue report = bureau.report();
        const JsonValue* accepted = report.find(QStringLiteral("accepted"));
        QVERIFY(accepted);
        QCOMPARE(accepted->items().size(), size_t(committed ? 1 : 0));
        if (committed) {
            QCOMPARE(accepted->items()[0].find(QStringLiteral("accepted"))->toInteger().value_or(0), 1);
        }
    }
};

HUISUAN_REGISTER_TEST(TestFaultPlan)
#include "TestFaultPlan.moc"
