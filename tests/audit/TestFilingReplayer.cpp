// SPDX-License-Identifier: GPL-3.0-or-later
// FilingReplayer: filings made by an earlier build (the committed fixtures) replay byte for byte with
// this build; altered returns differ on named lines; an unknown rule pack is refused; a difference
// names the changelog's formula fix for its tax year.

#include "TestRegistry.h"
#include "audit/AuditTestSupport.h"
#include "audit/FilingReplayer.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QtTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

/** The result bytes without engine_version: the replaying engine's version is not the filing's. */
QByteArray withoutEngineVersion(const QByteArray& result)
{
    const JsonReader::Result parsed = JsonReader::parse(result);
    JsonValue stripped = JsonValue::object();
    for (const JsonValue::Member& member : parsed.value.members()) {
        if (member.first != QLatin1String("engine_version")) {
            stripped.insert(member.first, member.second);
        }
    }
    return CanonicalJsonWriter::write(stripped).bytes;
}

QStringList differingIds(const ReplayReport& report)
{
    QStringList ids;
    for (const ReplayLine& line : report.lines) {
        if (line.differs) {
            ids << line.id;
        }
    }
    return ids;
}

AuditFile withSpecialDeductions(const AuditFile& file, const char* amount)
{
    return alteredEnvelope(file, [amount](JsonValue& envelope) {
        const JsonValue* input = envelope.find(QStringLiteral("return"));
        envelope = withMember(
            envelope,
            QStringLiteral("return"),
            withMember(*input, QStringLiteral("special_deductions"), JsonValue::string(QString::fromLatin1(amount))));
    });
}

} // namespace

class TestFilingReplayer : public QObject
{
    Q_OBJECT

private slots:
    void earlierBuildsFilingsReplayByteForByte_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::newRow("2019 wages") << QStringLiteral("wages-2019.audit.json");
        QTest::newRow("2024 bonus and deductions") << QStringLiteral("bonus-deductions-2024.audit.json");
        QTest::newRow("2025 donation") << QStringLiteral("donation-2025.audit.json");
    }

    void earlierBuildsFilingsReplayByteForByte()
    {
        QFETCH(QString, fixture);
        const AuditFile file = readFixture(fixture.toLatin1().constData());
        QVERIFY(!file.isBareFiling());
        const ReplayReport report = FilingReplayer::replay(file);
        QVERIFY2(report.clean(), qPrintable(report.message + differingIds(report).join(QLatin1Char(','))));
        QCOMPARE(report.basis, ReplayReport::Basis::FiledResult);
        QCOMPARE(withoutEngineVersion(report.replayedResultBytes), withoutEngineVersion(file.filedResult));
        QVERIFY(report.lines.size() > 10);
        // Each line carries its formula, and the lines that read the pack cite the law.
        bool cited = false;
        for (const ReplayLine& line : report.lines) {
            QVERIFY2(!line.formula.isEmpty() && !line.label.isEmpty(), qPrintable(line.id));
            QCOMPARE(line.filedValue, line.replayedValue);
            cited = cited || !line.citations.isEmpty();
        }
        QVERIFY(cited);
    }

    void alteredAmountDiffersOnNamedLines()
    {
        const AuditFile file = readFixture("bonus-deductions-2024.audit.json");
        const ReplayReport report = FilingReplayer::replay(withSpecialDeductions(file, "30000.00"));
        QCOMPARE(report.outcome, ReplayReport::Outcome::Differs);
        const QStringList ids = differingIds(report);
        QVERIFY2(ids.contains(QStringLiteral("annual_return.special_deductions")),
                 qPrintable(ids.join(QLatin1Char(','))));
        QVERIFY(ids.contains(QStringLiteral("result.balance")));
        for (const ReplayLine& line : report.lines) {
            if (line.id == QLatin1String("annual_return.special_deductions")) {
                QCOMPARE(line.filedValue, QStringLiteral("12000.00"));
                QCOMPARE(line.replayedValue, QStringLiteral("30000.00"));
            }
        }
        QVERIFY(report.formulaFixes.isEmpty());
        QVERIFY(report.message.contains(QStringLiteral("no formula fix")));
    }

    void differenceNamesTheFormulaFix()
    {
        const AuditFile file = readFixture("donation-2025.audit.json");
        const FormulaFix fix {QStringLiteral("2025.2"),
                              QStringLiteral("2026-03-01"),
                              QStringLiteral("2025"),
                              QStringLiteral("donations deducted before the bracket")};
        QList<int> askedFor;
        const auto lookup = [&](int year) {
            askedFor << year;
            return QList<FormulaFix> {fix};
        };
        QCOMPARE(FilingReplayer::replay(file, lookup).outcome, ReplayReport::Outcome::Clean);
        QVERIFY(askedFor.isEmpty());
        AuditFile altered = file;
        // The filed result as an earlier formula computed it: the balance differs.
        altered.filedResult =
            CanonicalJsonWriter::write([&] {
                const JsonValue result = JsonReader::parse(file.filedResult).value;
                return withMember(result, QStringLiteral("balance"), JsonValue::string(QStringLiteral("1.00")));
            }())
                .bytes;
        const ReplayReport report = FilingReplayer::replay(altered, lookup);
        QCOMPARE(report.outcome, ReplayReport::Outcome::Differs);
        QCOMPARE(askedFor, QList<int> {2025});
        QCOMPARE(report.formulaFixes.size(), 1);
        QCOMPARE(report.formulaFixes.first().version, fix.version);
        QVERIFY(report.message.contains(fix.change));
        QCOMPARE(differingIds(report), QStringList {QStringLiteral("result.balance")});
    }

    void unknownRulePackIsRefused()
    {
        const AuditFile file = alteredEnvelope(readFixture("wages-2019.audit.json"), [](JsonValue& envelope) {
            envelope = withMember(envelope,
                                  QStringLiteral("rule_pack"),
                                  JsonValue::string(QStringLiteral("sha256:") + QString(64, QLatin1Char('f'))));
        });
        const ReplayReport report = FilingReplayer::replay(file);
        QCOMPARE(report.outcome, ReplayReport::Outcome::Refused);
        QVERIFY(report.lines.isEmpty());
        QVERIFY(report.replayedResultBytes.isEmpty());
        QVERIFY(report.message.contains(QStringLiteral("ffff")));
    }

    void anotherYearsPackIsRefused()
    {
        const AuditFile donation = readFixture("donation-2025.audit.json");
        const QString pack2025 =
            JsonReader::parse(donation.filedResult).value.find(QStringLiteral("rule_pack"))->text();
        const AuditFile file = alteredEnvelope(readFixture("wages-2019.audit.json"), [&](JsonValue& envelope) {
            envelope = withMember(envelope, QStringLiteral("rule_pack"), JsonValue::string(pack2025));
        });
        QCOMPARE(FilingReplayer::replay(file).outcome, ReplayReport::Outcome::Refused);
    }

    void bareFilingComparesWithTheReceiptOrNothing()
    {
        const AuditFile full = readFixture("bonus-deductions-2024.audit.json");
        AuditFile bare;
        bare.signedFiling = full.signedFiling;
        const ReplayReport alone = FilingReplayer::replay(bare);
        QCOMPARE(alone.outcome, ReplayReport::Outcome::CannotCompare);
        QVERIFY(!alone.lines.isEmpty());
        QVERIFY(alone.lines.first().filedValue.isEmpty());

        bare.signedReceipt = full.signedReceipt;
        const ReplayReport withReceipt = FilingReplayer::replay(bare);
        QCOMPARE(withReceipt.outcome, ReplayReport::Outcome::Clean);
        QCOMPARE(withReceipt.basis, ReplayReport::Basis::Receipt);

        const ReplayReport changed = FilingReplayer::replay(withSpecialDeductions(bare, "30000.00"));
        QCOMPARE(changed.outcome, ReplayReport::Outcome::Differs);
        QVERIFY(differingIds(changed).contains(QStringLiteral("receipt.balance")));
    }
};

HUISUAN_REGISTER_TEST(TestFilingReplayer)
#include "TestFilingReplayer.moc"
