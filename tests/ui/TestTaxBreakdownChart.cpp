// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/ReturnTestSupport.h"
#include "ui/DisplayAmount.h"
#include "ui/TaxBreakdownChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QPieSeries>
#include <QTest>

using namespace huisuan;

/** The three charts and their summary in words, over a breakdown of a real return. */
class TestTaxBreakdownChart : public QObject
{
    Q_OBJECT
private:
    static TaxBreakdown breakdownOf(const QByteArray& input)
    {
        const AnnualReturnRecord record = test::computedReturn(input);
        return TaxBreakdown::fromJson(record.resultJson, record.traceJson);
    }

    static QStringList sliceLabels(QChart* chart)
    {
        QStringList labels;
        const auto* pie = qobject_cast<QPieSeries*>(chart->series().value(0));
        for (const QPieSlice* slice : pie ? pie->slices() : QList<QPieSlice*>()) {
            labels << slice->label();
        }
        return labels;
    }

private slots:
    void incomeAndDeductionSlices()
    {
        TaxBreakdownChart chart;
        const TaxBreakdown breakdown = breakdownOf(test::healthInsuranceCappedReturn);
        chart.setBreakdown(breakdown);
        QCOMPARE(chart.incomeChart()->series().size(), 1);
        QCOMPARE(sliceLabels(chart.incomeChart()), QStringList({QStringLiteral("wages"), QStringLiteral("labor")}));
        // The amounts, exact, in the words under the charts.
        QVERIFY(chart.summary().contains(
            QStringLiteral("Income: wages %1, labor %2.")
                .arg(displayAmount(QStringLiteral("200000.00")), displayAmount(QStringLiteral("10000.00")))));
        const auto* income = qobject_cast<QPieSeries*>(chart.incomeChart()->series().at(0));
        // Sized in fen: wages are 20 times the labor income.
        QCOMPARE(income->slices().at(0)->value(), 20.0 * income->slices().at(1)->value());

        const QStringList deductions = sliceLabels(chart.deductionChart());
        QCOMPARE(deductions.size(), breakdown.deductions.size());
        QVERIFY(deductions.contains(QStringLiteral("Commercial health insurance")));
        QVERIFY(deductions.contains(QStringLiteral("Basic deduction")));
        QVERIFY(chart.summary().contains(
            QStringLiteral("Commercial health insurance %1").arg(displayAmount(QStringLiteral("2400.00")))));
    }

    void oneBarPerBracketReachedAndTheBonus()
    {
        TaxBreakdownChart chart;
        chart.setBreakdown(breakdownOf(test::bonusSeparateReturn)); // taxable 48000.00, bonus tax 4590.00
        const auto* series = qobject_cast<QBarSeries*>(chart.bracketChart()->series().value(0));
        QVERIFY(series);
        QCOMPARE(series->barSets().size(), 1);
        const QBarSet* tax = series->barSets().at(0);
        QCOMPARE(tax->count(), 3);
        QCOMPARE(tax->at(0), 108000.0); // 1080.00 in fen
        QCOMPARE(tax->at(1), 120000.0);
        QCOMPARE(tax->at(2), 459000.0);
        const auto axes = chart.bracketChart()->axes(Qt::Horizontal);
        const auto* categories = qobject_cast<QBarCategoryAxis*>(axes.value(0));
        QVERIFY(categories);
        QCOMPARE(categories->count(), 3);
        QVERIFY(categories->at(0).contains(displayAmount(QStringLiteral("1080.00"))));
        QVERIFY(categories->at(0).startsWith(displayRate(QStringLiteral("0.03"))));
        QVERIFY(categories->at(2).contains(displayAmount(QStringLiteral("4590.00"))));

        const QString summary = chart.summary();
        QVERIFY2(summary.contains(QStringLiteral("reaches 2 bracket")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("together %1").arg(displayAmount(QStringLiteral("2280.00")))),
                 qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("adds %1").arg(displayAmount(QStringLiteral("4590.00")))),
                 qPrintable(summary));
        QCOMPARE(chart.accessibleDescription(), summary);
    }

    void nothingTaxable()
    {
        TaxBreakdownChart chart;
        chart.setBreakdown(
            breakdownOf(QByteArrayLiteral("{\"tax_year\": 2024, \"income\": {\"wages\": \"50000.00\"}}")));
        const auto* series = qobject_cast<QBarSeries*>(chart.bracketChart()->series().value(0));
        QCOMPARE(series->barSets().at(0)->count(), 0);
        QVERIFY(chart.summary().contains(QStringLiteral("Nothing is taxable")));
    }
};

HUISUAN_REGISTER_TEST(TestTaxBreakdownChart)
#include "TestTaxBreakdownChart.moc"
