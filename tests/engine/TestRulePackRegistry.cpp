// SPDX-License-Identifier: GPL-3.0-or-later
// RulePackRegistry: the built-in packs 2019–2026, found by year and by id, with the values that
// changed from year to year checked against the announcements that changed them; superseded
// versions kept under released/ found by id, and the changelog's formula fixes of a year.
#include "PackRevisions.h"
#include "TestRegistry.h"
#include "rules/RulePackRegistry.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;

namespace {

const RulePack& packFor(int year)
{
    const RulePack* pack = RulePackRegistry::builtIn().forYear(year);
    if (!pack) {
        qFatal("no built-in rule pack for %d", year);
    }
    return *pack;
}

// A rules folder on disk laid out as the built-in one: path in the folder → bytes.
void writeFolder(const QTemporaryDir& folder, const std::map<QString, QByteArray>& files)
{
    QDir(folder.path()).mkpath(QStringLiteral("released"));
    for (const auto& [path, bytes] : files) {
        QFile file(folder.filePath(path));
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size()) {
            qFatal("cannot write %s", qPrintable(file.fileName()));
        }
    }
}

QStringList texts(const Problems& problems)
{
    QStringList lines;
    for (const Problem& problem : problems) {
        lines << problem.toString();
    }
    return lines;
}

QStringList changeTexts(const QList<RulePackChange>& changes)
{
    QStringList lines;
    for (const RulePackChange& change : changes) {
        lines << QStringLiteral("%1 %2 %3: %4").arg(change.version, change.kind, change.periods, change.change);
    }
    return lines;
}

QString bracketsText(const RateTable& table)
{
    QStringList brackets;
    for (const Bracket& bracket : table.brackets) {
        brackets << QStringLiteral("%1 %2 %3")
                        .arg(bracket.upTo ? bracket.upTo->toString() : QStringLiteral("open"),
                             bracket.rate.toString(),
                             bracket.quickDeduction.toString());
    }
    return brackets.join(QStringLiteral("; "));
}

} // namespace

class TestRulePackRegistry : public QObject
{
    Q_OBJECT

private slots:
    void years()
    {
        const RulePackRegistry& registry = RulePackRegistry::builtIn();
        QCOMPARE(registry.firstYear(), 2019);
        QCOMPARE(registry.lastYear(), 2026);
        QVERIFY(registry.loadProblems().empty());
        for (int year = 2019; year <= 2026; ++year) {
            QVERIFY(registry.forYear(year));
            QCOMPARE(registry.forYear(year)->taxYear, year);
            QVERIFY(!RulePackRegistry::builtInBytes(year).isEmpty());
        }
        QVERIFY(!registry.forYear(2018));
        QVERIFY(!registry.forYear(2027));
        QVERIFY(!registry.forYear(0));
        QVERIFY(RulePackRegistry::builtInBytes(2018).isEmpty());
        QVERIFY(RulePackRegistry::builtInBytes(2027).isEmpty());
        // One process-wide instance, loaded once.
        QCOMPARE(&RulePackRegistry::builtIn(), &registry);
    }

    void byId()
    {
        const RulePackRegistry& registry = RulePackRegistry::builtIn();
        for (int year = 2019; year <= 2026; ++year) {
            const RulePack* pack = registry.forYear(year);
            QCOMPARE(registry.byId(pack->id), pack);
        }
        QVERIFY(!registry.byId(QString()));
        QVERIFY(!registry.byId(QStringLiteral("sha256:") + QString(64, QLatin1Char('0'))));
        QVERIFY(!registry.byId(registry.forYear(2024)->id.toUpper()));
    }

    void builtInFiles()
    {
        const auto files = RulePackRegistry::builtInFiles();
        QCOMPARE(files.size(), size_t(8));
        for (int year = 2019; year <= 2026; ++year) {
            const QString file = QStringLiteral("cn-iit-%1.json").arg(year);
            QVERIFY2(files.count(file), qPrintable(file));
            QCOMPARE(files.at(file), RulePackRegistry::builtInBytes(year));
        }
    }

    // A year with three released versions: the current one computes, the older two stay
    // findable by the id a filing recorded.
    void supersededVersions()
    {
        using namespace huisuan::test;
        const QByteArray first = RulePackRegistry::builtInBytes(2024);
        const QList<RulePackChange> second {
            packChange(QStringLiteral("1.0.1"),
                       QStringLiteral("2024-01-01/2024-12-31"),
                       QStringLiteral("The donation limit is applied before the special deductions."),
                       QStringLiteral("formula")),
            packChange(QStringLiteral("1.0.1"),
                       QStringLiteral("2024-01-01/2024-12-31"),
                       QStringLiteral("A better source for the rent standards."),
                       QStringLiteral("data"))};
        const QList<RulePackChange> third {packChange(QStringLiteral("1.0.2"),
                                                      QStringLiteral("2024-07-01/2025-12-31"),
                                                      QStringLiteral("The bonus is rounded after the table."),
                                                      QStringLiteral("formula"))};
        const QByteArray middle = revised(first, QStringLiteral("1.0.1"), second);
        const QByteArray current = revised(middle, QStringLiteral("1.0.2"), third);
        const QList<RulePackChange> fix2025 {packChange(QStringLiteral("1.0.1"),
                                                        QStringLiteral("2024-07-01/2025-12-31"),
                                                        QStringLiteral("The bonus is rounded after the table."),
                                                        QStringLiteral("formula"))};
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        writeFolder(folder,
                    {{QStringLiteral("cn-iit-2024.json"), current},
                     {QStringLiteral("released/cn-iit-2024-1.0.0.json"), first},
                     {QStringLiteral("released/cn-iit-2024-1.0.1.json"), middle},
                     {QStringLiteral("cn-iit-2025.json"),
                      revised(RulePackRegistry::builtInBytes(2025), QStringLiteral("1.0.1"), fix2025)}});
        const RulePackRegistry registry(folder.path());
        QCOMPARE(texts(registry.loadProblems()), QStringList());
        QCOMPARE(registry.forYear(2024)->version, QStringLiteral("1.0.2"));
        QCOMPARE(registry.forYear(2024)->id, huisuan::test::idOf(current));

        // The id a filing made with the first release recorded is the built-in 2024 pack's.
        const QString firstId = RulePackRegistry::builtIn().forYear(2024)->id;
        const RulePack* old = registry.byId(firstId);
        QVERIFY(old);
        QCOMPARE(old->version, QStringLiteral("1.0.0"));
        QCOMPARE(old->taxYear, 2024);
        QCOMPARE(old->childrenEducationMonthly.value.toString(), QStringLiteral("2000.00"));
        QCOMPARE(registry.byId(huisuan::test::idOf(middle))->version, QStringLiteral("1.0.1"));
        QVERIFY(!registry.byId(RulePackRegistry::builtIn().forYear(2023)->id));

        QCOMPARE(changeTexts(registry.formulaFixesFor(2024)),
                 (QStringList {
                     QStringLiteral("1.0.1 formula 2024-01-01/2024-12-31: The donation limit is applied before the "
                                    "special deductions."),
                     QStringLiteral("1.0.2 formula 2024-07-01/2025-12-31: The bonus is rounded after the table.")}));
        QCOMPARE(
            changeTexts(registry.formulaFixesFor(2025)),
            QStringList {QStringLiteral("1.0.1 formula 2024-07-01/2025-12-31: The bonus is rounded after the table.")});
        QCOMPARE(changeTexts(registry.formulaFixesFor(2023)), QStringList());

        QCOMPARE(registry.changesBetween(2024, QStringLiteral("1.0.0"), QStringLiteral("1.0.2")), second + third);
        QCOMPARE(registry.changesBetween(2024, QStringLiteral("1.0.1"), QStringLiteral("1.0.2")), third);
        QCOMPARE(registry.changesBetween(2024, QStringLiteral("1.0.0"), QStringLiteral("1.0.1")), second);
        QCOMPARE(registry.changesBetween(2024, QStringLiteral("1.0.2"), QStringLiteral("1.0.2")),
                 QList<RulePackChange>());
        QCOMPARE(registry.changesBetween(2024, QStringLiteral("1.0.0"), QStringLiteral("1.0.3")),
                 QList<RulePackChange>());
        QCOMPARE(registry.changesBetween(2025, QStringLiteral("1.0.0"), QStringLiteral("1.0.2")),
                 QList<RulePackChange>());
    }

    void builtInPacksHaveNoFormulaFixesYet()
    {
        for (int year = 2019; year <= 2026; ++year) {
            QCOMPARE(RulePackRegistry::builtIn().formulaFixesFor(year), QList<RulePackChange>());
            QCOMPARE(RulePackRegistry::builtIn().forYear(year)->changelog.size(), 1);
            QCOMPARE(RulePackRegistry::builtIn().forYear(year)->changelog.front().kind, QStringLiteral("data"));
        }
    }

    void misplacedVersions()
    {
        using namespace huisuan::test;
        const QByteArray first = RulePackRegistry::builtInBytes(2024);
        const QByteArray second = revised(first,
                                          QStringLiteral("1.0.1"),
                                          {packChange(QStringLiteral("1.0.1"),
                                                      QStringLiteral("2024-01-01/2024-12-31"),
                                                      QStringLiteral("A citation corrected."),
                                                      QStringLiteral("data"))});
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        writeFolder(folder,
                    {{QStringLiteral("cn-iit-2024.json"), first},
                     {QStringLiteral("released/cn-iit-2024-1.0.1.json"), second},
                     {QStringLiteral("released/cn-iit-2024-1.0.2.json"), second},
                     {QStringLiteral("released/cn-iit-2023-1.0.0.json"), RulePackRegistry::builtInBytes(2023)}});
        const RulePackRegistry registry(folder.path());
        QCOMPARE(
            texts(registry.loadProblems()),
            (QStringList {QStringLiteral("released/cn-iit-2024-1.0.2.json: holds version 1.0.1"),
                          QStringLiteral("released/cn-iit-2023-1.0.0.json: cn-iit-2023.json, the current pack of its "
                                         "year, is missing"),
                          QStringLiteral("cn-iit-2024.json: version 1.0.0 must be newer than the released "
                                         "released/cn-iit-2024-1.0.1.json it supersedes")}));
        QCOMPARE(registry.forYear(2024)->version, QStringLiteral("1.0.0"));
    }

    void yearSpecificValues_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<QString>("childrenEducation");
        QTest::addColumn<QString>("infantCare"); // empty: the deduction does not exist that year
        QTest::addColumn<QString>("onlyChild");
        QTest::addColumn<QString>("siblingCap");
        QTest::addColumn<bool>("individualPension");
        QTest::addColumn<bool>("firstJob");
        QTest::addColumn<bool>("fromJanuary");
        QTest::addColumn<QDate>("bonusSeparateUntil");
        QTest::addColumn<QDate>("exemptionUntil");
        // Children's education, elderly support: 国发〔2018〕41号, raised from 2023 by 国发〔2023〕13号.
        // Infant care: 国发〔2022〕8号 from 2022, raised by 国发〔2023〕13号. Separate bonus: 财税〔2018〕164号
        // to 2021, 2021年第42号 to 2023, 2023年第30号 to 2027. Exemption: 2019年第94号, 2021年第42号,
        // 2023年第32号.
        // clang-format off
        QTest::newRow("2019") << 2019 << "1000.00" << ""        << "2000.00" << "1000.00" << false << false << false << QDate(2021, 12, 31) << QDate(2020, 12, 31);
        QTest::newRow("2020") << 2020 << "1000.00" << ""        << "2000.00" << "1000.00" << false << true  << false << QDate(2021, 12, 31) << QDate(2020, 12, 31);
        QTest::newRow("2021") << 2021 << "1000.00" << ""        << "2000.00" << "1000.00" << false << true  << true  << QDate(2021, 12, 31) << QDate(2023, 12, 31);
        QTest::newRow("2022") << 2022 << "1000.00" << "1000.00" << "2000.00" << "1000.00" << true  << true  << true  << QDate(2023, 12, 31) << QDate(2023, 12, 31);
        QTest::newRow("2023") << 2023 << "2000.00" << "2000.00" << "3000.00" << "1500.00" << true  << true  << true  << QDate(2023, 12, 31) << QDate(2023, 12, 31);
        QTest::newRow("2024") << 2024 << "2000.00" << "2000.00" << "3000.00" << "1500.00" << true  << true  << true  << QDate(2027, 12, 31) << QDate(2027, 12, 31);
        QTest::newRow("2025") << 2025 << "2000.00" << "2000.00" << "3000.00" << "1500.00" << true  << true  << true  << QDate(2027, 12, 31) << QDate(2027, 12, 31);
        QTest::newRow("2026") << 2026 << "2000.00" << "2000.00" << "3000.00" << "1500.00" << true  << true  << true  << QDate(2027, 12, 31) << QDate(2027, 12, 31);
        // clang-format on
    }

    void yearSpecificValues()
    {
        QFETCH(int, year);
        QFETCH(QString, childrenEducation);
        QFETCH(QString, infantCare);
        QFETCH(QString, onlyChild);
        QFETCH(QString, siblingCap);
        QFETCH(bool, individualPension);
        QFETCH(bool, firstJob);
        QFETCH(bool, fromJanuary);
        QFETCH(QDate, bonusSeparateUntil);
        QFETCH(QDate, exemptionUntil);
        const RulePack& pack = packFor(year);

        QCOMPARE(pack.childrenEducationMonthly.value.toString(), childrenEducation);
        QCOMPARE(pack.elderlySupportOnlyChildMonthly.value.toString(), onlyChild);
        QCOMPARE(pack.elderlySupportSiblingCapMonthly.value.toString(), siblingCap);

        QCOMPARE(pack.infantCare.inForce, !infantCare.isEmpty());
        QCOMPARE(pack.infantCare.validFrom, QDate(2022, 1, 1));
        if (infantCare.isEmpty()) {
            QVERIFY(pack.infantCareMonthly.source.id.isEmpty());
        } else {
            QCOMPARE(pack.infantCareMonthly.value.toString(), infantCare);
            QCOMPARE(pack.infantCareMonthly.source.id, QStringLiteral("infant_care.monthly"));
        }

        QCOMPARE(pack.individualPension.inForce, individualPension);
        QCOMPARE(pack.individualPension.validFrom, QDate(2022, 1, 1));
        QCOMPARE(pack.individualPensionCap.value.toString(),
                 individualPension ? QStringLiteral("12000.00") : QStringLiteral("0.00"));

        QCOMPARE(pack.firstJobInYear.inForce, firstJob);
        QCOMPARE(pack.firstJobInYear.validFrom, QDate(2020, 7, 1));
        QVERIFY(pack.firstJobInYear.validTo.isNull());

        QCOMPARE(pack.basicDeductionFromJanuaryPolicy.inForce, fromJanuary);
        QCOMPARE(pack.basicDeductionFromJanuaryPolicy.validFrom, QDate(2021, 1, 1));
        QCOMPARE(pack.basicDeductionFromJanuary.value.toString(),
                 fromJanuary ? QStringLiteral("60000.00") : QStringLiteral("0.00"));

        QVERIFY(pack.annualBonusSeparate.inForce);
        QCOMPARE(pack.annualBonusSeparate.validFrom, QDate(2019, 1, 1));
        QCOMPARE(pack.annualBonusSeparate.validTo, bonusSeparateUntil);

        QVERIFY(pack.reconciliationExemption.inForce);
        QCOMPARE(pack.reconciliationExemption.validTo, exemptionUntil);
        QVERIFY(pack.housingLoanRentExclusion.inForce);
    }

    // What the law has not changed since 2019 must read the same in every pack.
    void unchangedValues_data()
    {
        QTest::addColumn<int>("year");
        for (int year = 2019; year <= 2026; ++year) {
            QTest::newRow(qPrintable(QString::number(year))) << year;
        }
    }

    void unchangedValues()
    {
        QFETCH(int, year);
        const RulePack& pack = packFor(year);
        QCOMPARE(pack.basicDeductionAnnual.value.toString(), QStringLiteral("60000.00"));
        QCOMPARE(pack.basicDeductionMonthly.value.toString(), QStringLiteral("5000.00"));
        QCOMPARE(pack.expenseRate.value.toString(), QStringLiteral("0.20"));
        QCOMPARE(pack.authorIncomeShare.value.toString(), QStringLiteral("0.70"));
        QCOMPARE(pack.prepaymentFixedExpense.value.toString(), QStringLiteral("800.00"));
        QCOMPARE(pack.prepaymentFixedExpenseCeiling.value.toString(), QStringLiteral("4000.00"));
        QCOMPARE(pack.authorRoyaltyPrepaymentRate.value.toString(), QStringLiteral("0.20"));
        QCOMPARE(pack.continuingEducationDegreeMonthly.value.toString(), QStringLiteral("400.00"));
        QCOMPARE(pack.continuingEducationCertificate.value.toString(), QStringLiteral("3600.00"));
        QCOMPARE(pack.seriousIllnessThreshold.value.toString(), QStringLiteral("15000.00"));
        QCOMPARE(pack.seriousIllnessCap.value.toString(), QStringLiteral("80000.00"));
        QCOMPARE(pack.housingLoanInterestMonthly.value.toString(), QStringLiteral("1000.00"));
        QCOMPARE(pack.commercialHealthInsuranceCap.value.toString(), QStringLiteral("2400.00"));
        QCOMPARE(pack.taxDeferredPensionCap.value.toString(), QStringLiteral("12000.00"));
        QCOMPARE(pack.donationLimitRate.value.toString(), QStringLiteral("0.30"));
        QCOMPARE(pack.exemptionIncomeCeiling.value.toString(), QStringLiteral("120000.00"));
        QCOMPARE(pack.exemptionBalanceCeiling.value.toString(), QStringLiteral("400.00"));
        QStringList rents;
        for (const Money& amount : pack.housingRentMonthlyStandards.amounts) {
            rents << amount.toString();
        }
        QCOMPARE(rents, (QStringList {QStringLiteral("1500.00"), QStringLiteral("1100.00"), QStringLiteral("800.00")}));
        QCOMPARE(pack.sharePercentages.integers, (std::vector<int> {100, 50}));

        // 个人所得税税率表一 (the law's annex), the monthly-converted table of 财税〔2018〕164号 and
        // 预扣率表二 of 国家税务总局公告2018年第61号.
        QCOMPARE(bracketsText(pack.comprehensiveAnnual),
                 QStringLiteral("36000.00 0.03 0.00; 144000.00 0.10 2520.00; 300000.00 0.20 16920.00; "
                                "420000.00 0.25 31920.00; 660000.00 0.30 52920.00; 960000.00 0.35 85920.00; "
                                "open 0.45 181920.00"));
        QCOMPARE(bracketsText(pack.comprehensiveMonthly),
                 QStringLiteral("3000.00 0.03 0.00; 12000.00 0.10 210.00; 25000.00 0.20 1410.00; "
                                "35000.00 0.25 2660.00; 55000.00 0.30 4410.00; 80000.00 0.35 7160.00; "
                                "open 0.45 15160.00"));
        QCOMPARE(bracketsText(pack.laborPrepayment),
                 QStringLiteral("20000.00 0.20 0.00; 50000.00 0.30 2000.00; open 0.40 7000.00"));
        QVERIFY(pack.comprehensiveAnnual.source.citation.startsWith(QStringLiteral("《中华人民共和国个人所得税法》")));
    }
};

HUISUAN_REGISTER_TEST(TestRulePackRegistry)
#include "TestRulePackRegistry.moc"
