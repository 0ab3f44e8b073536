// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "filing/PrefillReturn.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QTest>

using namespace huisuan;

namespace {

PrefillRecord record(const QString& type, const char* income, const char* withheld, bool disputed = false)
{
    PrefillRecord prefilled;
    prefilled.recordId = type + QString::fromLatin1(income);
    prefilled.incomeType = type;
    prefilled.month = QStringLiteral("2025-03");
    prefilled.income = *Money::parse(QString::fromLatin1(income));
    prefilled.taxWithheld = *Money::parse(QString::fromLatin1(withheld));
    prefilled.disputed = disputed;
    return prefilled;
}

JsonValue json(const char* text)
{
    return JsonReader::parse(QByteArray(text)).value;
}

} // namespace

class TestPrefillReturn : public QObject
{
    Q_OBJECT

private slots:
    void sumsIncomeByKindAndWithheldTax()
    {
        PrefillAnswer prefill;
        prefill.taxYear = 2025;
        prefill.records = {record(QStringLiteral("wages"), "25000.00", "525.00"),
                           record(QStringLiteral("wages"), "25000.01", "525.00"),
                           record(QStringLiteral("labor"), "4000.00", "640.00"),
                           record(QStringLiteral("wages"), "99999.00", "9999.00", true)};
        const PrefillReturn::Result merged =
            PrefillReturn::merge(json("{\"tax_year\":2025,\"special_deductions\":\"30000.00\"}"), prefill);
        QVERIFY2(merged.problem.isEmpty(), qPrintable(merged.problem));
        QCOMPARE(CanonicalJsonWriter::write(merged.input).bytes,
                 QByteArrayLiteral("{\"income\":{\"labor\":\"4000.00\",\"wages\":\"50000.01\"},\"prepaid\":\"1690.00\","
                                   "\"special_deductions\":\"30000.00\",\"tax_year\":2025}"));
    }

    void aBonusIsTaxedTheBetterWay()
    {
        PrefillAnswer prefill;
        prefill.taxYear = 2025;
        prefill.records = {record(QStringLiteral("annual_bonus"), "36000.00", "1080.00")};
        const PrefillReturn::Result merged = PrefillReturn::merge(json("{\"tax_year\":2025}"), prefill);
        QVERIFY(merged.problem.isEmpty());
        QCOMPARE(CanonicalJsonWriter::write(*merged.input.find(QStringLiteral("income"))).bytes,
                 QByteArrayLiteral("{\"annual_bonus\":{\"amount\":\"36000.00\",\"method\":\"optimal\"}}"));
        prefill.records.append(record(QStringLiteral("annual_bonus"), "1000.00", "30.00"));
        QVERIFY(!PrefillReturn::merge(json("{\"tax_year\":2025}"), prefill).problem.isEmpty());
    }

    void refusesWhatItWouldHaveToGuess_data()
    {
        QTest::addColumn<QByteArray>("taxpayerPart");
        QTest::newRow("another year") << QByteArrayLiteral("{\"tax_year\":2024}");
        QTest::newRow("no year") << QByteArrayLiteral("{}");
        QTest::newRow("own income") << QByteArrayLiteral("{\"tax_year\":2025,\"income\":{}}");
        QTest::newRow("own prepaid") << QByteArrayLiteral("{\"tax_year\":2025,\"prepaid\":\"1.00\"}");
        QTest::newRow("not an object") << QByteArrayLiteral("[]");
    }

    void refusesWhatItWouldHaveToGuess()
    {
        QFETCH(QByteArray, taxpayerPart);
        PrefillAnswer prefill;
        prefill.taxYear = 2025;
        QVERIFY(!PrefillReturn::merge(JsonReader::parse(taxpayerPart).value, prefill).problem.isEmpty());
    }
};

HUISUAN_REGISTER_TEST(TestPrefillReturn)
#include "TestPrefillReturn.moc"
