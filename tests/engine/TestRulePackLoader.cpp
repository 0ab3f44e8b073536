// SPDX-License-Identifier: GPL-3.0-or-later
// RulePackLoader: every built-in pack loads clean and is identified by the hash of its canonical
// form; a pack with any defect is refused whole, each defect reported at its exact path. The
// defective packs are the 2024 pack with one edit each.
#include "TestRegistry.h"
#include "rules/RulePackLoader.h"
#include "rules/RulePackRegistry.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace huisuan;

namespace {

JsonValue parsed(const QByteArray& json)
{
    const auto result = JsonReader::parse(json);
    if (!result.ok) {
        qFatal("test input is not JSON: %s", qPrintable(result.error));
    }
    return result.value;
}

/**
 * A copy of value with the member or array item at path (array items addressed by their index as
 * text) replaced by replacement, added when absent, or removed when replacement is empty.
 */
JsonValue edited(const JsonValue& value, const QStringList& path, const std::optional<JsonValue>& replacement)
{
    const QString& head = path.first();
    const QStringList rest = path.mid(1);
    if (value.isArray()) {
        JsonValue result = JsonValue::array();
        const size_t index = head.toULongLong();
        for (size_t i = 0; i < value.items().size(); ++i) {
            if (i != index) {
                result.append(value.items()[i]);
            } else if (!rest.isEmpty()) {
                result.append(edited(value.items()[i], rest, replacement));
            } else if (replacement) {
                result.append(*replacement);
            }
        }
        return result;
    }
    JsonValue result = JsonValue::object();
    bool found = false;
    for (const auto& [key, member] : value.members()) {
        if (key != head) {
            result.insert(key, member);
            continue;
        }
        found = true;
        if (!rest.isEmpty()) {
            result.insert(key, edited(member, rest, replacement));
        } else if (replacement) {
            result.insert(key, *replacement);
        }
    }
    if (!found && rest.isEmpty() && replacement) {
        result.insert(head, *replacement);
    }
    return result;
}

/** The same document with members in reverse order and unusual (but legal) white space. */
QByteArray reversedWithOddSpacing(const JsonValue& value)
{
    if (value.isObject()) {
        QList<QByteArray> members;
        for (auto it = value.members().rbegin(); it != value.members().rend(); ++it) {
            members << CanonicalJsonWriter::write(JsonValue::string(it->first)).bytes + " :\t" +
                    reversedWithOddSpacing(it->second);
        }
        return "{ \r\n" + members.join(",\n\n ") + "\t}";
    }
    if (value.isArray()) {
        QList<QByteArray> items;
        for (const JsonValue& item : value.items()) {
            items << reversedWithOddSpacing(item);
        }
        return "[ " + items.join(" , ") + " ]";
    }
    return CanonicalJsonWriter::write(value).bytes;
}

QStringList texts(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        lines << problem.toString();
    }
    return lines;
}

const QString amountHint = QStringLiteral("is not an amount: write yuan with at most two decimals, no sign, no "
                                          "separators, no leading zeros, at most 999999999999.99");

} // namespace

class TestRulePackLoader : public QObject
{
    Q_OBJECT

private slots:
    void builtInPacksLoad_data()
    {
        QTest::addColumn<int>("year");
        for (int year = 2019; year <= 2026; ++year) {
            QTest::newRow(qPrintable(QString::number(year))) << year;
        }
    }

    void builtInPacksLoad()
    {
        QFETCH(int, year);
        const QByteArray bytes = RulePackRegistry::builtInBytes(year);
        QVERIFY(!bytes.isEmpty());
        const auto result = RulePackLoader::load(bytes);
        QCOMPARE(texts(result.problems), QStringList());
        QVERIFY(result.pack);
        QCOMPARE(result.pack->taxYear, year);
        QCOMPARE(result.pack->version, QStringLiteral("1.0.0"));
        QVERIFY(QRegularExpression(QStringLiteral("^sha256:[0-9a-f]{64}$")).match(result.pack->id).hasMatch());

        // The id hashes the canonical form, not the file as laid out on disk.
        const QByteArray canonical = CanonicalJsonWriter::write(parsed(bytes)).bytes;
        const QString canonicalHash =
            QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
        QCOMPARE(result.pack->id, QStringLiteral("sha256:") + canonicalHash);
        const QString fileHash =
            QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        QVERIFY(result.pack->id != QStringLiteral("sha256:") + fileHash);
    }

    void idsDifferPerYear()
    {
        QSet<QString> ids;
        for (int year = 2019; year <= 2026; ++year) {
            ids.insert(RulePackLoader::load(RulePackRegistry::builtInBytes(year)).pack->id);
        }
        QCOMPARE(ids.size(), 8);
    }

    void idIgnoresLayout()
    {
        const QByteArray bytes = RulePackRegistry::builtInBytes(2024);
        const QString id = RulePackLoader::load(bytes).pack->id;
        const JsonValue document = parsed(bytes);

        const QByteArray indented = CanonicalJsonWriter::writeIndented(document).bytes;
        const QByteArray reordered = reversedWithOddSpacing(document);
        QVERIFY(indented != bytes);
        QVERIFY(reordered != bytes);
        QVERIFY(reordered.startsWith("{ \r\n\"choices\" :\t"));

        const auto fromIndented = RulePackLoader::load(indented);
        const auto fromReordered = RulePackLoader::load(reordered);
        QCOMPARE(texts(fromIndented.problems), QStringList());
        QCOMPARE(texts(fromReordered.problems), QStringList());
        QCOMPARE(fromIndented.pack->id, id);
        QCOMPARE(fromReordered.pack->id, id);

        // Any change of content changes the id, even in a note.
        const JsonValue noted =
            edited(document,
                   {QStringLiteral("parameters"), QStringLiteral("basic_deduction.annual"), QStringLiteral("note")},
                   JsonValue::string(QStringLiteral("x")));
        const auto changed = RulePackLoader::load(CanonicalJsonWriter::write(noted).bytes);
        QVERIFY(changed.pack);
        QVERIFY(changed.pack->id != id);
    }

    // An entry without "kind" is a data change: the packs released before kinds existed keep their ids.
    void changelog()
    {
        const QByteArray bytes = RulePackRegistry::builtInBytes(2024);
        const auto pack = RulePackLoader::load(bytes).pack;
        QVERIFY(pack);
        QCOMPARE(pack->changelog.size(), 1);
        const RulePackChange& first = pack->changelog.front();
        QCOMPARE(first.version, QStringLiteral("1.0.0"));
        QCOMPARE(first.date, QStringLiteral("2026-11-27"));
        QCOMPARE(first.periods, QStringLiteral("2024-01-01/2024-12-31"));
        QCOMPARE(first.change, QStringLiteral("First release of the pack for tax year 2024."));
        QCOMPARE(first.kind, QStringLiteral("data"));

        const JsonValue formula = edited(parsed(bytes),
                                         {QStringLiteral("changelog"), QStringLiteral("0"), QStringLiteral("kind")},
                                         JsonValue::string(QStringLiteral("formula")));
        const auto fixed = RulePackLoader::load(CanonicalJsonWriter::write(formula).bytes);
        QCOMPARE(texts(fixed.problems), QStringList());
        QCOMPARE(fixed.pack->changelog.front().kind, QStringLiteral("formula"));
        QVERIFY(fixed.pack->id != pack->id);
    }

    void citations()
    {
        const auto pack = RulePackLoader::load(RulePackRegistry::builtInBytes(2024)).pack;
        QVERIFY(pack);
        const ParameterSource& basic = pack->basicDeductionAnnual.source;
        QCOMPARE(basic.id, QStringLiteral("basic_deduction.annual"));
        QCOMPARE(basic.sourceId, QStringLiteral("LAW"));
        QCOMPARE(basic.citation,
                 QStringLiteral("《中华人民共和国个人所得税法》（2018年第七次修正） "
                                "第六条第一款第（一）项：居民个人的综合所得，以每一纳税年度的收入额减除费用六万元"));
        QCOMPARE(basic.confidence, QStringLiteral("V-law"));
        QCOMPARE(pack->basicDeductionAnnual.value.toString(), QStringLiteral("60000.00"));
        // A parameter's own confidence overrides its source's.
        QCOMPARE(pack->taxDeferredPensionCap.source.sourceId, QStringLiteral("CS2018-22"));
        QCOMPARE(pack->taxDeferredPensionCap.source.confidence, QStringLiteral("M"));
        QCOMPARE(pack->commercialHealthInsuranceCap.source.confidence, QStringLiteral("V-text"));
        QCOMPARE(pack->comprehensiveAnnual.source.id, QStringLiteral("comprehensive.annual"));
        QCOMPARE(pack->comprehensiveAnnual.source.sourceId, QStringLiteral("LAW"));
        QCOMPARE(pack->firstJobInYear.source.sourceId, QStringLiteral("SAT2020-13"));
        QCOMPARE(pack->sources.size(), size_t(13));
        QCOMPARE(pack->sources.front().first, QStringLiteral("LAW"));
        QCOMPARE(pack->sources.front().second.issuer, QStringLiteral("全国人民代表大会常务委员会"));
        QCOMPARE(pack->sources.front().second.date, QStringLiteral("2018-08-31"));
    }

    void bracketFor_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("amount");
        QTest::addColumn<int>("multiplier");
        QTest::addColumn<int>("bracket");
        // clang-format off
        QTest::newRow("negative")               << "annual"  << "-1"        << 1  << 0;
        QTest::newRow("zero")                   << "annual"  << "0"         << 1  << 0;
        QTest::newRow("first edge")             << "annual"  << "36000"     << 1  << 0;
        QTest::newRow("above first edge")       << "annual"  << "36000.01"  << 1  << 1;
        QTest::newRow("last edge")              << "annual"  << "960000"    << 1  << 5;
        QTest::newRow("open bracket")           << "annual"  << "960000.01" << 1  << 6;
        QTest::newRow("bonus at 12 × 3000")     << "monthly" << "36000"     << 12 << 0;
        QTest::newRow("bonus above 12 × 3000")  << "monthly" << "36000.01"  << 12 << 1;
        QTest::newRow("bonus at 12 × 80000")    << "monthly" << "960000"    << 12 << 5;
        QTest::newRow("bonus above 12 × 80000") << "monthly" << "960000.01" << 12 << 6;
        QTest::newRow("labor edge")             << "labor"   << "20000"     << 1  << 0;
        QTest::newRow("labor above edge")       << "labor"   << "20000.01"  << 1  << 1;
        QTest::newRow("labor top")              << "labor"   << "50000.01"  << 1  << 2;
        // clang-format on
    }

    void bracketFor()
    {
        QFETCH(QString, table);
        QFETCH(QString, amount);
        QFETCH(int, multiplier);
        QFETCH(int, bracket);
        const RulePack& pack = *RulePackRegistry::builtIn().forYear(2024);
        const RateTable& rates = table == QLatin1String("annual") ? pack.comprehensiveAnnual
            : table == QLatin1String("monthly")                   ? pack.comprehensiveMonthly
                                                                  : pack.laborPrepayment;
        const Bracket& found = rates.bracketFor(Money::parse(amount).value(), multiplier);
        QCOMPARE(&found - rates.brackets.data(), qsizetype(bracket));
    }

    void defectiveEdit_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QStringList>("path");
        QTest::addColumn<QByteArray>("replacement"); // JSON; empty removes the member
        QTest::addColumn<QStringList>("problems");
        const QString taxJump = QStringLiteral("tax jumps at %1: %2 below the edge, %3 above");
        const QString labor = QStringLiteral("tables.prepayment.labor.brackets");

        QTest::newRow("parameter removed")
            << 2024 << QStringList {QStringLiteral("parameters"), QStringLiteral("basic_deduction.annual")}
            << QByteArray() << QStringList {QStringLiteral("parameters.basic_deduction.annual: is required")};
        QTest::newRow("section removed") << 2024 << QStringList {QStringLiteral("tables")} << QByteArray()
                                         << QStringList {QStringLiteral("tables: is required")};
        QTest::newRow("unknown key at the root")
            << 2024 << QStringList {QStringLiteral("extra")} << QByteArray("1")
            << QStringList {QStringLiteral("extra: unknown key; allowed here: changelog, choices, format, parameters, "
                                           "policies, sources, tables, tax_year, title, version")};
        QTest::newRow("unknown key in a parameter")
            << 2024
            << QStringList {QStringLiteral("parameters"), QStringLiteral("expense.rate"), QStringLiteral("unit")}
            << QByteArray("\"CNY\"")
            << QStringList {QStringLiteral("parameters.expense.rate.unit: unknown key; allowed here: confidence, note, "
                                           "provision, source, value")};
        QTest::newRow("unknown source")
            << 2024
            << QStringList {QStringLiteral("parameters"), QStringLiteral("expense.rate"), QStringLiteral("source")}
            << QByteArray("\"NOPE\"")
            << QStringList {
                   QStringLiteral("parameters.expense.rate.source: \"NOPE\" is not one of the pack's sources")};
        QTest::newRow("source without title")
            << 2024 << QStringList {QStringLiteral("sources"), QStringLiteral("LAW"), QStringLiteral("title")}
            << QByteArray() << QStringList {QStringLiteral("sources.LAW.title: is required")};
        QTest::newRow("bad confidence of a source")
            << 2024 << QStringList {QStringLiteral("sources"), QStringLiteral("LAW"), QStringLiteral("confidence")}
            << QByteArray("\"V-maybe\"")
            << QStringList {QStringLiteral("sources.LAW.confidence: must be one of V-law, V-text, V-sec, M")};
        QTest::newRow("bad confidence of a parameter")
            << 2024
            << QStringList {QStringLiteral("parameters"),
                            QStringLiteral("tax_deferred_pension.cap"),
                            QStringLiteral("confidence")}
            << QByteArray("\"unsure\"")
            << QStringList {QStringLiteral(
                   "parameters.tax_deferred_pension.cap.confidence: must be one of V-law, V-text, V-sec, M")};
        QTest::newRow("rate as a number")
            << 2024
            << QStringList {QStringLiteral("parameters"), QStringLiteral("expense.rate"), QStringLiteral("value")}
            << QByteArray("1")
            << QStringList {QStringLiteral(
                   "parameters.expense.rate.value: must be a rate as a JSON string such as \"0.03\", not a number")};
        QTest::newRow("amount as a number")
            << 2024
            << QStringList {QStringLiteral("parameters"),
                            QStringLiteral("basic_deduction.annual"),
                            QStringLiteral("value")}
            << QByteArray("60000")
            << QStringList {QStringLiteral("parameters.basic_deduction.annual.value: must be an amount as a JSON "
                                           "string such as \"1234.50\", not a number")};
        QTest::newRow("negative amount")
            << 2024
            << QStringList {QStringLiteral("parameters"),
                            QStringLiteral("serious_illness.cap"),
                            QStringLiteral("value")}
            << QByteArray("\"-80000.00\"")
            << QStringList {QStringLiteral("parameters.serious_illness.cap.value: \"-80000.00\" ") + amountHint};
        QTest::newRow("edges not ascending")
            << 2024
            << QStringList {QStringLiteral("tables"),
                            QStringLiteral("prepayment.labor"),
                            QStringLiteral("brackets"),
                            QStringLiteral("1"),
                            QStringLiteral("up_to")}
            << QByteArray("\"20000.00\"")
            << QStringList {
                   labor + QStringLiteral("[1].up_to: edges must ascend"),
                   // The 30% bracket now ends at 20000, where 40% − 7000 gives less tax.
                   labor + QStringLiteral("[2].quick_deduction: ") +
                       taxJump.arg(QStringLiteral("20000.00"), QStringLiteral("4000.00"), QStringLiteral("1000.00"))};
        QTest::newRow("rates not ascending")
            << 2024
            << QStringList {QStringLiteral("tables"),
                            QStringLiteral("prepayment.labor"),
                            QStringLiteral("brackets"),
                            QStringLiteral("2"),
                            QStringLiteral("rate")}
            << QByteArray("\"0.30\"")
            << QStringList {
                   labor + QStringLiteral("[2].rate: rates must ascend"),
                   // 50000 × 30% − 2000 = 13000 below, 50000 × 30% − 7000 = 8000 above.
                   labor + QStringLiteral("[2].quick_deduction: ") +
                       taxJump.arg(QStringLiteral("50000.00"), QStringLiteral("13000.00"), QStringLiteral("8000.00"))};
        QTest::newRow("quick deduction makes the tax jump")
            << 2024
            << QStringList {QStringLiteral("tables"),
                            QStringLiteral("comprehensive.monthly"),
                            QStringLiteral("brackets"),
                            QStringLiteral("6"),
                            QStringLiteral("quick_deduction")}
            << QByteArray("\"15170.00\"")
            // 80000 × 35% − 7160 = 20840 below; 80000 × 45% − 15170 = 20830 above.
            << QStringList {
                   QStringLiteral("tables.comprehensive.monthly.brackets[6].quick_deduction: ") +
                   taxJump.arg(QStringLiteral("80000.00"), QStringLiteral("20840.00"), QStringLiteral("20830.00"))};
        QTest::newRow("first quick deduction not zero")
            << 2024
            << QStringList {QStringLiteral("tables"),
                            QStringLiteral("prepayment.labor"),
                            QStringLiteral("brackets"),
                            QStringLiteral("0"),
                            QStringLiteral("quick_deduction")}
            << QByteArray("\"1.00\"")
            << QStringList {
                   labor + QStringLiteral("[0].quick_deduction: the first bracket's quick deduction must be zero"),
                   labor + QStringLiteral("[1].quick_deduction: ") +
                       taxJump.arg(QStringLiteral("20000.00"), QStringLiteral("3999.00"), QStringLiteral("4000.00"))};
        QTest::newRow("open bracket not last")
            << 2024
            << QStringList {QStringLiteral("tables"),
                            QStringLiteral("comprehensive.annual"),
                            QStringLiteral("brackets"),
                            QStringLiteral("3"),
                            QStringLiteral("up_to")}
            << QByteArray("null")
            << QStringList {
                   QStringLiteral("tables.comprehensive.annual.brackets[3].up_to: only the last bracket may be open")};
        QTest::newRow("last bracket closed")
            << 2024
            << QStringList {QStringLiteral("tables"),
                            QStringLiteral("comprehensive.annual"),
                            QStringLiteral("brackets"),
                            QStringLiteral("6"),
                            QStringLiteral("up_to")}
            << QByteArray("\"2000000.00\"")
            << QStringList {QStringLiteral(
                   "tables.comprehensive.annual.brackets[6].up_to: the last bracket must be open (null)")};
        QTest::newRow("no brackets") << 2024
                                     << QStringList {QStringLiteral("tables"),
                                                     QStringLiteral("prepayment.labor"),
                                                     QStringLiteral("brackets")}
                                     << QByteArray("[]")
                                     << QStringList {labor + QStringLiteral(": needs at least one bracket")};
        QTest::newRow("in force but valid only later")
            << 2024
            << QStringList {QStringLiteral("policies"),
                            QStringLiteral("first_job_in_year"),
                            QStringLiteral("valid_from")}
            << QByteArray("\"2025-01-01\"")
            << QStringList {QStringLiteral(
                   "policies.first_job_in_year.in_force: contradicts the validity dates for tax year 2024")};
        QTest::newRow("in force but expired")
            << 2024
            << QStringList {QStringLiteral("policies"),
                            QStringLiteral("reconciliation_exemption"),
                            QStringLiteral("valid_to")}
            << QByteArray("\"2023-12-31\"")
            << QStringList {QStringLiteral(
                   "policies.reconciliation_exemption.in_force: contradicts the validity dates for tax year 2024")};
        QTest::newRow("not in force though valid")
            << 2024
            << QStringList {QStringLiteral("policies"),
                            QStringLiteral("annual_bonus_separate"),
                            QStringLiteral("in_force")}
            << QByteArray("false")
            << QStringList {QStringLiteral(
                   "policies.annual_bonus_separate.in_force: contradicts the validity dates for tax year 2024")};
        QTest::newRow("infant care amount without its policy")
            << 2024 << QStringList {QStringLiteral("policies"), QStringLiteral("infant_care")}
            << QByteArray("{\"in_force\":false,\"valid_from\":\"2025-01-01\",\"valid_to\":null,"
                          "\"source\":\"GF2022-8\",\"provision\":\"x\"}")
            << QStringList {QStringLiteral(
                   "parameters.infant_care.monthly: must be absent: its policy is not in force this year")};
        QTest::newRow("infant care amount in 2021")
            << 2021 << QStringList {QStringLiteral("parameters"), QStringLiteral("infant_care.monthly")}
            << QByteArray("{\"value\":\"1000.00\",\"source\":\"LAW\",\"provision\":\"x\"}")
            << QStringList {QStringLiteral(
                   "parameters.infant_care.monthly: must be absent: its policy is not in force this year")};
        QTest::newRow("infant care amount missing in 2024")
            << 2024 << QStringList {QStringLiteral("parameters"), QStringLiteral("infant_care.monthly")} << QByteArray()
            << QStringList {QStringLiteral("parameters.infant_care.monthly: is required")};
        QTest::newRow("wrong format") << 2024 << QStringList {QStringLiteral("format")}
                                      << QByteArray("\"huisuan-rule-pack/2\"")
                                      << QStringList {QStringLiteral("format: expected \"huisuan-rule-pack/1\"")};
        QTest::newRow("tax year before 2019")
            << 2024 << QStringList {QStringLiteral("tax_year")} << QByteArray("2018")
            << QStringList {QStringLiteral("tax_year: 2018 is outside 2019\u20132100")};
        QTest::newRow("empty changelog") << 2024 << QStringList {QStringLiteral("changelog")} << QByteArray("[]")
                                         << QStringList {QStringLiteral("changelog: needs at least the first release")};
        const QStringList firstEntry {QStringLiteral("changelog"), QStringLiteral("0")};
        QTest::newRow("changelog kind unknown")
            << 2024 << (firstEntry + QStringList {QStringLiteral("kind")}) << QByteArray("\"fix\"")
            << QStringList {QStringLiteral("changelog[0].kind: must be \"data\" or \"formula\"")};
        QTest::newRow("changelog periods not an interval")
            << 2024 << (firstEntry + QStringList {QStringLiteral("periods")}) << QByteArray("\"2024\"")
            << QStringList {QStringLiteral("changelog[0].periods: must be an interval \"YYYY-MM-DD/YYYY-MM-DD\"")};
        QTest::newRow("changelog periods reversed")
            << 2024 << (firstEntry + QStringList {QStringLiteral("periods")}) << QByteArray("\"2024-12-31/2024-01-01\"")
            << QStringList {QStringLiteral("changelog[0].periods: must be an interval \"YYYY-MM-DD/YYYY-MM-DD\"")};
        QTest::newRow("changelog periods of another year")
            << 2024 << (firstEntry + QStringList {QStringLiteral("periods")}) << QByteArray("\"2023-01-01/2023-12-31\"")
            << QStringList {QStringLiteral("changelog[0].periods: does not reach into tax year 2024")};
        QTest::newRow("changelog version not MAJOR.MINOR.PATCH")
            << 2024 << (firstEntry + QStringList {QStringLiteral("version")}) << QByteArray("\"1.0\"")
            << QStringList {QStringLiteral("changelog[0].version: must be a version MAJOR.MINOR.PATCH"),
                            QStringLiteral("changelog: the last entry must release this pack's version 1.0.0")};
        QTest::newRow("version without a changelog entry")
            << 2024 << QStringList {QStringLiteral("version")} << QByteArray("\"1.0.1\"")
            << QStringList {QStringLiteral("changelog: the last entry must release this pack's version 1.0.1")};
        QTest::newRow("version not MAJOR.MINOR.PATCH")
            << 2024 << QStringList {QStringLiteral("version")} << QByteArray("\"1.0.0-rc1\"")
            << QStringList {QStringLiteral("version: must be a version MAJOR.MINOR.PATCH"),
                            QStringLiteral("changelog: the last entry must release this pack's version 1.0.0-rc1")};
        QTest::newRow("changelog out of release order")
            << 2024 << QStringList {QStringLiteral("changelog")}
            << QByteArray("[{\"version\": \"1.0.0\", \"date\": \"2026-11-27\", \"periods\": "
                          "\"2024-01-01/2024-12-31\", \"change\": \"x\"}, {\"version\": \"0.9.0\", \"date\": "
                          "\"2026-11-28\", \"periods\": \"2024-01-01/2024-12-31\", \"change\": \"y\"}]")
            << QStringList {QStringLiteral("changelog[1].version: entries must be in release order"),
                            QStringLiteral("changelog: the last entry must release this pack's version 1.0.0")};
        QTest::newRow("changelog date not ISO")
            << 2024 << QStringList {QStringLiteral("changelog"), QStringLiteral("0"), QStringLiteral("date")}
            << QByteArray("\"27.11.2026\"")
            << QStringList {QStringLiteral("changelog[0].date: \"27.11.2026\" is not a date \"YYYY-MM-DD\"")};
        QTest::newRow("share percentage above 100")
            << 2024
            << QStringList {QStringLiteral("choices"),
                            QStringLiteral("share_percentages"),
                            QStringLiteral("values"),
                            QStringLiteral("1")}
            << QByteArray("150")
            << QStringList {
                   QStringLiteral("choices.share_percentages.values[1]: must be an integer percentage 0\u2013100")};
        QTest::newRow("rent standard as a number")
            << 2024
            << QStringList {QStringLiteral("choices"),
                            QStringLiteral("housing_rent.monthly_standards"),
                            QStringLiteral("values"),
                            QStringLiteral("0")}
            << QByteArray("1500")
            << QStringList {
                   QStringLiteral("choices.housing_rent.monthly_standards.values[0]: must be an amount string")};
    }

    void defectiveEdit()
    {
        QFETCH(int, year);
        QFETCH(QStringList, path);
        QFETCH(QByteArray, replacement);
        QFETCH(QStringList, problems);
        const JsonValue document = parsed(RulePackRegistry::builtInBytes(year));
        const std::optional<JsonValue> value =
            replacement.isEmpty() ? std::nullopt : std::optional<JsonValue>(parsed(replacement));
        const auto written = CanonicalJsonWriter::write(edited(document, path, value));
        QVERIFY2(written.ok, qPrintable(written.error));
        const auto result = RulePackLoader::load(written.bytes);
        QVERIFY(!result.pack);
        QCOMPARE(texts(result.problems), problems);
    }

    // Defects the JSON layer catches before the pack is read, made by editing the text.
    void defectiveText_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::addColumn<QString>("problem");
        QTest::newRow("fractional number")
            << QByteArray("\"expense.rate\": {\n      \"value\": \"0.20\"")
            << QByteArray("\"expense.rate\": {\n      \"value\": 0.20")
            << QStringLiteral(
                   "(rule pack): number 0.20 has no canonical form here: only integers up to 2^53-1 are allowed");
        QTest::newRow("duplicate key") << QByteArray("\"tax_year\": 2024,")
                                       << QByteArray("\"tax_year\": 2024,\n  \"tax_year\": 2024,")
                                       << QStringLiteral("(rule pack): line 4, column 3: duplicate key \"tax_year\"");
        QTest::newRow("trailing comma") << QByteArray("\"values\": [\n        100,\n        50\n      ]")
                                        << QByteArray("\"values\": [\n        100,\n        50,\n      ]")
                                        << QStringLiteral("(rule pack): line 385, column 7: expected a value");
    }

    void defectiveText()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        QFETCH(QString, problem);
        QByteArray bytes = RulePackRegistry::builtInBytes(2024);
        const qsizetype at = bytes.indexOf(from);
        QVERIFY(at >= 0);
        bytes.replace(at, from.size(), to);
        const auto result = RulePackLoader::load(bytes);
        QVERIFY(!result.pack);
        QCOMPARE(texts(result.problems), QStringList {problem});
    }

    void notAnObject()
    {
        const auto result = RulePackLoader::load("[]");
        QVERIFY(!result.pack);
        QCOMPARE(texts(result.problems), QStringList {QStringLiteral("input: must be a JSON object, not an array")});
    }
};

HUISUAN_REGISTER_TEST(TestRulePackLoader)
#include "TestRulePackLoader.moc"
