// SPDX-License-Identifier: GPL-3.0-or-later
// ComputeService: the engine's one entry point, JSON in and JSON out. Documents may be a bare input
// or a whole case; refusals carry paths; every result carries the rule pack and engine version, and
// the trace unless it was turned off, which changes nothing else.
#include "EngineVersion.h"
#include "TestRegistry.h"
#include "compute/ComputeService.h"
#include "rules/RulePackRegistry.h"

#include "json/JsonReader.h"
#include <QTest>

using namespace huisuan;

Q_DECLARE_METATYPE(huisuan::ComputeKind)

namespace {

QStringList texts(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        lines << problem.toString();
    }
    return lines;
}

QStringList keysOf(const JsonValue& object)
{
    QStringList keys;
    for (const auto& member : object.members()) {
        keys << member.first;
    }
    return keys;
}

JsonValue withoutTrace(const JsonValue& result)
{
    JsonValue copy = JsonValue::object();
    for (const auto& [key, value] : result.members()) {
        if (key != QLatin1String("trace")) {
            copy.insert(key, value);
        }
    }
    return copy;
}

QString textAt(const JsonValue& object, const char* key)
{
    const JsonValue* value = object.find(QLatin1String(key));
    return value ? value->text() : QStringLiteral("(missing)");
}

const QByteArray bonusInput = R"({"tax_year": 2024, "amount": "36000.01"})";

// Every amount at the grammar's ceiling and every count at its maximum, in each kind.
const QByteArray maximumWages = [] {
    QByteArray months;
    for (int month = 1; month <= 12; ++month) {
        months += (month > 1 ? "," : "") +
            QByteArray(R"({"month": %1, "wages": "999999999999.99", "tax_free_income": "999999999999.99",
                "special_deductions": "999999999999.99", "special_additional_deductions": "999999999999.99",
                "other_deductions": "999999999999.99", "tax_relief": "999999999999.99"})")
                .replace("%1", QByteArray::number(month));
    }
    return R"({"tax_year": 2024, "months": [)" + months + "]}";
}();

const QByteArray maximumReturn = R"({
    "tax_year": 2024,
    "income": {"wages": "999999999999.99", "labor": "999999999999.99", "author": "999999999999.99",
               "royalties": "999999999999.99", "annual_bonus": {"amount": "999999999999.99", "method": "%METHOD%"}},
    "prepaid": "999999999999.99", "tax_free_income": "999999999999.99",
    "special_deductions": "999999999999.99", "tax_relief": "999999999999.99",
    "special_additional_deductions": {
        "children_education": [{"months": 12, "share_percent": 100}, {"months": 12, "share_percent": 100}],
        "infant_care": [{"months": 12, "share_percent": 100}],
        "continuing_education": {"degree_months": 12, "certificate": true},
        "serious_illness": [{"out_of_pocket": "999999999999.99"}, {"out_of_pocket": "999999999999.99"}],
        "housing_loan_interest": {"months": 12, "share_percent": 100},
        "elderly_support": {"months": 12, "only_child": true}},
    "other_deductions": {"annuity": "999999999999.99", "commercial_health_insurance": "999999999999.99",
                         "tax_deferred_pension": "999999999999.99", "individual_pension": "999999999999.99"},
    "donations": [{"amount": "999999999999.99", "limit": "30%"}, {"amount": "999999999999.99", "limit": "30%"},
                  {"amount": "999999999999.99", "limit": "full"}, {"amount": "999999999999.99", "limit": "full"}]
})";

} // namespace

class TestComputeService : public QObject
{
    Q_OBJECT

private slots:
    void kindNames()
    {
        const QStringList names = {QStringLiteral("wage-withholding"),
                                   QStringLiteral("payment-prepayment"),
                                   QStringLiteral("annual-bonus"),
                                   QStringLiteral("annual-return"),
                                   QStringLiteral("identifier")};
        QCOMPARE(computeKindNames(), names);
        const ComputeKind kinds[] = {ComputeKind::WageWithholding,
                                     ComputeKind::PaymentPrepayment,
                                     ComputeKind::AnnualBonus,
                                     ComputeKind::AnnualReturn,
                                     ComputeKind::Identifier};
        for (size_t i = 0; i < std::size(kinds); ++i) {
            QCOMPARE(computeKindName(kinds[i]), names.at(qsizetype(i)));
            QCOMPARE(computeKindFromName(names.at(qsizetype(i))), std::optional<ComputeKind>(kinds[i]));
        }
        for (const char* unknown : {"", "Annual-Bonus", "annual_bonus", "annual-bonus ", "bonus"}) {
            QVERIFY(!computeKindFromName(QLatin1String(unknown)));
        }
    }

    void bareInput()
    {
        const auto outcome = ComputeService::computeDocument(ComputeKind::AnnualBonus, bonusInput, {});
        QVERIFY(outcome.status == ComputeService::Status::Computed);
        QVERIFY(outcome.problems.empty());
        QVERIFY(outcome.failure.isEmpty());
        // 36000.01 × 10% − 210 = 3390.001 → 3390.00.
        QCOMPARE(textAt(outcome.result, "rate"), QStringLiteral("0.10"));
        QCOMPARE(textAt(outcome.result, "quick_deduction"), QStringLiteral("210.00"));
        QCOMPARE(textAt(outcome.result, "tax"), QStringLiteral("3390.00"));
        QCOMPARE(textAt(outcome.result, "rule_pack"), RulePackRegistry::builtIn().forYear(2024)->id);
        QCOMPARE(textAt(outcome.result, "engine_version"), QStringLiteral(HUISUAN_ENGINE_VERSION));
    }

    void wholeCase()
    {
        const QByteArray document = R"({"id": "x", "source": "derived", "kind": "annual-bonus",
            "input": )" +
            bonusInput + R"(, "expect": {"tax": "3390.00"}})";
        const auto fromCase = ComputeService::computeDocument(ComputeKind::AnnualBonus, document, {});
        QVERIFY(fromCase.status == ComputeService::Status::Computed);
        const auto bare = ComputeService::computeDocument(ComputeKind::AnnualBonus, bonusInput, {});
        QCOMPARE(fromCase.result, bare.result);

        const QByteArray refusalCase = R"({"kind": "annual-bonus", "input": {"tax_year": 2024},
            "expect_error": "amount"})";
        const auto refused = ComputeService::computeDocument(ComputeKind::AnnualBonus, refusalCase, {});
        QVERIFY(refused.status == ComputeService::Status::Refused);
        QCOMPARE(texts(refused.problems), QStringList {QStringLiteral("amount: is required")});
    }

    void documentRefusals_data()
    {
        QTest::addColumn<QByteArray>("document");
        QTest::addColumn<QStringList>("problems");
        QTest::newRow("case of another kind")
            << QByteArray(R"({"kind": "payment-prepayment", "input": {"tax_year": 2024, "amount": "1"}})")
            << QStringList {QStringLiteral("kind: the case is of kind \"payment-prepayment\", not \"annual-bonus\"")};
        QTest::newRow("case without a kind") << QByteArray(R"({"input": {"tax_year": 2024, "amount": "1"}})")
                                             << QStringList {QStringLiteral("kind: is required")};
        QTest::newRow("unknown key in the case")
            << QByteArray(R"({"kind": "annual-bonus", "input": {"tax_year": 2024, "amount": "1"}, "expected": {}})")
            << QStringList {QStringLiteral(
                   "expected: unknown key; allowed here: expect, expect_error, id, input, kind, source")};
        QTest::newRow("malformed JSON") << QByteArray("{")
                                        << QStringList {QStringLiteral(
                                               "(document): line 1, column 2: expected a string as object key")};
        QTest::newRow("byte-order mark") << QByteArray("\xEF\xBB\xBF{}")
                                         << QStringList {
                                                QStringLiteral("(document): line 1, column 1: expected a value")};
        QTest::newRow("duplicate key") << QByteArray(R"({"tax_year": 2024, "amount": "1", "amount": "2"})")
                                       << QStringList {QStringLiteral(
                                              "(document): line 1, column 35: duplicate key \"amount\"")};
        QTest::newRow("not an object") << QByteArray("[]")
                                       << QStringList {QStringLiteral("input: must be a JSON object, not an array")};
        // Problems come in the order of the schema, then the unknown keys.
        QTest::newRow("several problems")
            << QByteArray(R"({"tax_year": 2030, "amount": 5, "extra": true})")
            << QStringList {
                   QStringLiteral("tax_year: 2030 is not supported: rule packs exist for tax years 2019\u20132026"),
                   QStringLiteral("amount: must be an amount as a JSON string such as \"1234.50\", not a number"),
                   QStringLiteral("extra: unknown key; allowed here: amount, tax_year")};
    }

    void documentRefusals()
    {
        QFETCH(QByteArray, document);
        QFETCH(QStringList, problems);
        const auto outcome = ComputeService::computeDocument(ComputeKind::AnnualBonus, document, {});
        QVERIFY(outcome.status == ComputeService::Status::Refused);
        QCOMPARE(texts(outcome.problems), problems);
        QVERIFY(outcome.result.isNull());
    }

    void everyKind_data()
    {
        QTest::addColumn<ComputeKind>("kind");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("keys");
        QTest::addColumn<bool>("hasPack");
        QTest::newRow("wage-withholding")
            << ComputeKind::WageWithholding
            << QByteArray(R"({"tax_year": 2024, "months": [{"month": 1, "wages": "10000"}]})")
            << QStringList {QStringLiteral("months"), QStringLiteral("total_withheld")} << true;
        QTest::newRow("payment-prepayment")
            << ComputeKind::PaymentPrepayment
            << QByteArray(R"({"tax_year": 2024, "category": "labor", "amount": "4000.01"})")
            << QStringList {QStringLiteral("expense"),
                            QStringLiteral("taxable"),
                            QStringLiteral("rate"),
                            QStringLiteral("quick_deduction"),
                            QStringLiteral("withheld")}
            << true;
        QTest::newRow("annual-bonus") << ComputeKind::AnnualBonus << bonusInput
                                      << QStringList {QStringLiteral("rate"),
                                                      QStringLiteral("quick_deduction"),
                                                      QStringLiteral("tax")}
                                      << true;
        QTest::newRow("annual-return") << ComputeKind::AnnualReturn
                                       << QByteArray(R"({"tax_year": 2024, "income": {"wages": "100000", "annual_bonus":
                              {"amount": "20000", "method": "optimal"}}, "donations": [{"amount": "10", "limit": "full"}]})")
                                       << QStringList {QStringLiteral("gross_comprehensive_income"),
                                                       QStringLiteral("expenses"),
                                                       QStringLiteral("author_exempt"),
                                                       QStringLiteral("comprehensive_income"),
                                                       QStringLiteral("basic_deduction"),
                                                       QStringLiteral("special_deductions"),
                                                       QStringLiteral("special_additional_deductions"),
                                                       QStringLiteral("other_deductions"),
                                                       QStringLiteral("donations_deducted"),
                                                       QStringLiteral("taxable_income"),
                                                       QStringLiteral("rate"),
                                                       QStringLiteral("quick_deduction"),
                                                       QStringLiteral("tax_on_comprehensive_income"),
                                                       QStringLiteral("bonus_tax"),
                                                       QStringLiteral("tax_relief"),
                                                       QStringLiteral("tax_payable"),
                                                       QStringLiteral("prepaid"),
                                                       QStringLiteral("balance"),
                                                       QStringLiteral("exempt_from_payment"),
                                                       QStringLiteral("amount_due"),
                                                       QStringLiteral("refund"),
                                                       QStringLiteral("bonus_method")}
                                       << true;
        QTest::newRow("identifier") << ComputeKind::Identifier
                                    << QByteArray(R"({"type": "resident-id", "value": "11010519491231002X"})")
                                    << QStringList {QStringLiteral("valid"), QStringLiteral("birth_date")} << false;
    }

    void everyKind()
    {
        QFETCH(ComputeKind, kind);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, keys);
        QFETCH(bool, hasPack);
        const auto traced = ComputeService::computeDocument(kind, input, {});
        QVERIFY2(traced.status == ComputeService::Status::Computed,
                 qPrintable(texts(traced.problems).join(QLatin1Char('\n'))));
        ComputeService::Options options;
        options.withTrace = false;
        const auto untraced = ComputeService::computeDocument(kind, input, options);
        QVERIFY(untraced.status == ComputeService::Status::Computed);

        const QStringList expected = keys + QStringList {QStringLiteral("rule_pack"), QStringLiteral("engine_version")};
        QCOMPARE(keysOf(untraced.result), expected);
        // An identifier check reads no rule pack and has no computation to trace.
        QCOMPARE(keysOf(traced.result), hasPack ? expected + QStringList {QStringLiteral("trace")} : expected);

        const JsonValue* pack = traced.result.find(QStringLiteral("rule_pack"));
        QCOMPARE(pack->isString(), hasPack);
        QCOMPARE(pack->isNull(), !hasPack);
        QCOMPARE(textAt(traced.result, "engine_version"), QStringLiteral(HUISUAN_ENGINE_VERSION));
        if (hasPack) {
            const JsonValue* trace = traced.result.find(QStringLiteral("trace"));
            QVERIFY(trace->isArray());
            QVERIFY(!trace->items().empty());
        }

        // The trace is added; nothing else changes.
        QCOMPARE(withoutTrace(traced.result), untraced.result);
        // compute() on the parsed input is the same computation as computeDocument().
        const auto direct = ComputeService::compute(kind, JsonReader::parse(input).value);
        QCOMPARE(direct.result, traced.result);
    }

    void traceLines()
    {
        const auto outcome = ComputeService::computeDocument(ComputeKind::AnnualBonus, bonusInput, {});
        const JsonValue& lines = *outcome.result.find(QStringLiteral("trace"));
        QCOMPARE(lines.items().size(), size_t(1));
        const JsonValue& line = lines.items().front();
        QCOMPARE(keysOf(line),
                 (QStringList {QStringLiteral("id"),
                               QStringLiteral("label"),
                               QStringLiteral("formula"),
                               QStringLiteral("value"),
                               QStringLiteral("inputs"),
                               QStringLiteral("parameters"),
                               QStringLiteral("rounding")}));
        QCOMPARE(textAt(line, "id"), QStringLiteral("annual_bonus.tax"));
        QCOMPARE(textAt(line, "value"), QStringLiteral("3390.00"));
        const JsonValue& rounding = line.find(QStringLiteral("rounding"))->items().front();
        QCOMPARE(textAt(rounding, "mode"), QStringLiteral("half-up-to-fen"));
        QCOMPARE(textAt(rounding, "unrounded"), QStringLiteral("3390.001"));
        QCOMPARE(textAt(rounding, "rounded"), QStringLiteral("3390.00"));
        const JsonValue& parameter = line.find(QStringLiteral("parameters"))->items().front();
        QCOMPARE(textAt(parameter, "id"), QStringLiteral("comprehensive.monthly"));
        QCOMPARE(textAt(parameter, "source"), QStringLiteral("CS2018-164"));
        QCOMPARE(textAt(parameter, "confidence"), QStringLiteral("V-text"));
        QVERIFY(textAt(parameter, "citation").startsWith(QStringLiteral("《财政部 税务总局关于个人所得税法修改后")));
    }

    // No input that passes validation can overflow the 128-bit arithmetic: amounts stop at
    // 999999999999.99, counts at 12 and integers at 2^53. Every kind at its maxima computes.
    void maximaNeverFail_data()
    {
        QTest::addColumn<ComputeKind>("kind");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        // Every deduction at the maximum leaves nothing taxable.
        QTest::newRow("wages, every field") << ComputeKind::WageWithholding << maximumWages
                                            << QStringLiteral("total_withheld") << QStringLiteral("0.00");
        // 12 × 999999999999.99 − 60000 = 11999999939999.88; × 45% − 181920 = 5399999791079.946.
        QByteArray wagesOnly = maximumWages;
        for (const char* field : {"tax_free_income",
                                  "special_deductions",
                                  "special_additional_deductions",
                                  "other_deductions",
                                  "tax_relief"}) {
            wagesOnly.replace(QByteArray("\"") + field + "\": \"999999999999.99\"",
                              QByteArray("\"") + field + "\": \"0\"");
        }
        QTest::newRow("wages only") << ComputeKind::WageWithholding << wagesOnly << QStringLiteral("total_withheld")
                                    << QStringLiteral("5399999791079.95");
        QTest::newRow("first job") << ComputeKind::WageWithholding
                                   << QByteArray(
                                          R"({"tax_year": 2024, "first_month": 7, "first_job_in_year": true, "months":
                              [{"month": 12, "wages": "999999999999.99"}]})")
                                   // 999999999999.99 − 60000 = 999999939999.99; × 45% − 181920 = 449999791079.9955.
                                   << QStringLiteral("total_withheld") << QStringLiteral("449999791080.00");
        QTest::newRow("labor") << ComputeKind::PaymentPrepayment
                               << QByteArray(R"({"tax_year": 2024, "category": "labor", "amount": "999999999999.99"})")
                               << QStringLiteral("withheld") << QStringLiteral("319999993000.00");
        // 799999999999.99 × 70% = 559999999999.993 → 559999999999.99; × 20% = 111999999999.998.
        QTest::newRow("author") << ComputeKind::PaymentPrepayment
                                << QByteArray(
                                       R"({"tax_year": 2024, "category": "author", "amount": "999999999999.99"})")
                                << QStringLiteral("withheld") << QStringLiteral("112000000000.00");
        QTest::newRow("royalty") << ComputeKind::PaymentPrepayment
                                 << QByteArray(
                                        R"({"tax_year": 2024, "category": "royalty", "amount": "999999999999.99"})")
                                 << QStringLiteral("withheld") << QStringLiteral("160000000000.00");
        QTest::newRow("bonus") << ComputeKind::AnnualBonus
                               << QByteArray(R"({"tax_year": 2024, "amount": "999999999999.99"})")
                               << QStringLiteral("tax") << QStringLiteral("449999984840.00");
        for (const char* method : {"separate", "combined", "optimal"}) {
            QTest::newRow(qPrintable(QStringLiteral("annual return, bonus %1").arg(QLatin1String(method))))
                << ComputeKind::AnnualReturn
                << QByteArray(maximumReturn).replace("%METHOD%", method)
                // Relief at the maximum leaves no tax; everything prepaid is refunded.
                << QStringLiteral("refund") << QStringLiteral("999999999999.99");
        }
    }

    void maximaNeverFail()
    {
        QFETCH(ComputeKind, kind);
        QFETCH(QByteArray, input);
        QFETCH(QString, key);
        QFETCH(QString, value);
        const auto outcome = ComputeService::computeDocument(kind, input, {});
        QVERIFY2(outcome.status != ComputeService::Status::Failed, qPrintable(outcome.failure));
        QVERIFY2(outcome.status == ComputeService::Status::Computed,
                 qPrintable(texts(outcome.problems).join(QLatin1Char('\n'))));
        QCOMPARE(textAt(outcome.result, qPrintable(key)), value);
    }
};

HUISUAN_REGISTER_TEST(TestComputeService)
#include "TestComputeService.moc"
