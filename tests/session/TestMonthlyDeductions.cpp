// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/MonthlyDeductions.h"

#include <QTest>

using namespace huisuan;

/**
 * MonthlyDeductions over what the engine computes from a saved draft: each claim's allowed amount
 * per month it covers. 2024 standards: children and infants 2000, housing loan 1000, an only child's
 * elderly support 3000, a degree 400 a month (国发〔2023〕13号, 国发〔2018〕41号).
 */
class TestMonthlyDeductions : public QObject
{
    Q_OBJECT

private:
    static MonthlyDeductions::Result of(const QByteArray& deductions, int year = 2024)
    {
        ReturnDraft draft = ReturnDraft::emptyFor(year);
        draft.taxpayerPart = QByteArrayLiteral("{\"special_additional_deductions\":") + deductions +
            QByteArrayLiteral(",\"tax_year\":") + QByteArray::number(year) + '}';
        return MonthlyDeductions::fromDraft(draft);
    }

    static QString amountOf(const MonthlyDeductions::Result& result, const char* category)
    {
        for (const auto& [name, amount] : result.monthly) {
            if (name == QLatin1String(category)) {
                return amount.toString();
            }
        }
        return {};
    }

private slots:
    void everyMonthlyCategory()
    {
        const MonthlyDeductions::Result result =
            of("{\"children_education\":[{\"months\":12,\"share_percent\":100},{\"months\":7,\"share_percent\":50}],"
               "\"continuing_education\":{\"certificate\":true,\"degree_months\":9},"
               "\"elderly_support\":{\"months\":12,\"only_child\":true},"
               "\"housing_loan_interest\":{\"months\":12,\"share_percent\":100},"
               "\"infant_care\":[{\"months\":5,\"share_percent\":100}],"
               "\"serious_illness\":[{\"out_of_pocket\":\"40000.00\"}]}");
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        // 24000.00 / 12 + 7000.00 / 7: the second child, shared half, for the months it is claimed.
        QCOMPARE(amountOf(result, "children_education"), QStringLiteral("3000.00"));
        QCOMPARE(amountOf(result, "elderly_support"), QStringLiteral("3000.00"));
        QCOMPARE(amountOf(result, "housing_loan_interest"), QStringLiteral("1000.00"));
        QCOMPARE(amountOf(result, "infant_care"), QStringLiteral("2000.00"));
        // The certificate's 3600 is a one-off of the year, and illness is annual: both stay for the reconciliation.
        QVERIFY(amountOf(result, "continuing_education").isEmpty());
        QCOMPARE(result.leftOut,
                 (QStringList {QStringLiteral("continuing_education"), QStringLiteral("serious_illness")}));
        QCOMPARE(result.monthly.size(), 4);
        QCOMPARE(result.monthly.first().first, QStringLiteral("children_education"));
    }

    void aDegreeAloneIsMonthly()
    {
        const MonthlyDeductions::Result result =
            of("{\"continuing_education\":{\"certificate\":false,\"degree_months\":9},"
               "\"elderly_support\":{\"monthly_share\":\"1000.01\",\"months\":3,\"only_child\":false}}");
        QVERIFY2(result.problem.isEmpty(), qPrintable(result.problem));
        QCOMPARE(amountOf(result, "continuing_education"), QStringLiteral("400.00"));
        QCOMPARE(amountOf(result, "elderly_support"), QStringLiteral("1000.01"));
        QVERIFY(result.leftOut.isEmpty());
    }

    void nothingClaimedIsNothingToPush()
    {
        const MonthlyDeductions::Result result = of("{}");
        QVERIFY(result.problem.isEmpty());
        QVERIFY(result.monthly.isEmpty());
    }

    void aDraftTheEngineRefusesIsAProblem()
    {
        const MonthlyDeductions::Result refused =
            of("{\"children_education\":[{\"months\":13,\"share_percent\":100}]}");
        QVERIFY(!refused.problem.isEmpty());
        QVERIFY(refused.monthly.isEmpty());
        ReturnDraft broken = ReturnDraft::emptyFor(2024);
        broken.taxpayerPart = QByteArrayLiteral("{not json");
        QVERIFY(!MonthlyDeductions::fromDraft(broken).problem.isEmpty());
    }
};

HUISUAN_REGISTER_TEST(TestMonthlyDeductions)
#include "TestMonthlyDeductions.moc"
