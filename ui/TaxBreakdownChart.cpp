// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TaxBreakdownChart.h"

#include "ui/DisplayAmount.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QLabel>
#include <QPieSeries>
#include <QTabWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace huisuan {

namespace {

/**
 * The size of a slice or bar. A chart draws with floating point, so an amount becomes a qreal
 * here and only here, for geometry; every number the user reads is the exact text beside it.
 */
qreal extent(const QString& canonical)
{
    QString fen = canonical;
    fen.remove(QLatin1Char('.'));
    return static_cast<qreal>(fen.toLongLong());
}

QChartView* makeView(const char* objectName)
{
    auto* chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    // One entry a line beside the pie: a row under it cuts every label short in a narrow chart.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setShowToolTips(true);
    auto* view = new QChartView(chart);
    view->setObjectName(QLatin1String(objectName));
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(280, 240);
    return view;
}

QPieSeries* pieOf(const QList<TaxBreakdown::Part>& parts)
{
    auto* series = new QPieSeries;
    for (const TaxBreakdown::Part& part : parts) {
        QPieSlice* slice = series->append(part.label, extent(part.amount));
        slice->setObjectName(part.key);
    }
    return series;
}

/** The pie of `parts`. The legend names them only: at full length an entry would be cut, and the summary under the
 *  charts gives every amount. */
void drawPie(QChart* chart, const QList<TaxBreakdown::Part>& parts)
{
    chart->removeAllSeries();
    chart->addSeries(pieOf(parts));
}

QString partsText(const QList<TaxBreakdown::Part>& parts)
{
    QStringList items;
    for (const TaxBreakdown::Part& part : parts) {
        items << TaxBreakdownChart::tr("%1 %2").arg(part.label, displayAmount(part.amount));
    }
    return items.join(TaxBreakdownChart::tr(", "));
}

QString bracketText(const TaxBreakdown::BracketPart& bracket)
{
    return TaxBreakdownChart::tr("%1 × %2").arg(displayRate(bracket.rate), displayAmount(bracket.taxed));
}

} // namespace

TaxBreakdownChart::TaxBreakdownChart(QWidget* parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget)
    , m_incomeView(makeView("incomeChartView"))
    , m_deductionView(makeView("deductionChartView"))
    , m_bracketView(makeView("bracketChartView"))
    , m_summary(new QLabel)
{
    m_tabs->setObjectName(QStringLiteral("breakdownTabs"));
    m_tabs->addTab(m_bracketView, QString());
    m_tabs->addTab(m_incomeView, QString());
    m_tabs->addTab(m_deductionView, QString());
    m_summary->setObjectName(QStringLiteral("breakdownSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_summary);
    setFocusProxy(m_tabs);
    retranslateUi();
}

QChart* TaxBreakdownChart::incomeChart() const
{
    return m_incomeView->chart();
}

QChart* TaxBreakdownChart::deductionChart() const
{
    return m_deductionView->chart();
}

QChart* TaxBreakdownChart::bracketChart() const
{
    return m_bracketView->chart();
}

QString TaxBreakdownChart::summary() const
{
    return m_summary->text();
}

void TaxBreakdownChart::setBreakdown(const TaxBreakdown& breakdown)
{
    m_breakdown = breakdown;
    drawIncome();
    drawDeductions();
    retranslateUi();
}

void TaxBreakdownChart::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void TaxBreakdownChart::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Tax by bracket"));
    m_tabs->setTabText(1, tr("&Income"));
    m_tabs->setTabText(2, tr("&Deductions"));
    m_tabs->setAccessibleName(tr("Where the tax comes from"));
    incomeChart()->setTitle(tr("Income by category"));
    deductionChart()->setTitle(tr("Deductions by kind"));
    bracketChart()->setTitle(tr("Tax from each bracket of the annual table"));
    m_incomeView->setAccessibleName(tr("Income by category"));
    m_deductionView->setAccessibleName(tr("Deductions by kind"));
    m_bracketView->setAccessibleName(tr("Tax from each bracket"));
    drawBrackets(); // its axis labels are sentences in the language of the moment

    QStringList sentences;
    if (!m_breakdown.income.isEmpty()) {
        sentences << tr("Income: %1.").arg(partsText(m_breakdown.income));
        m_incomeView->setAccessibleDescription(sentences.constLast());
    }
    if (!m_breakdown.deductions.isEmpty()) {
        sentences << tr("Deductions: %1.").arg(partsText(m_breakdown.deductions));
        m_deductionView->setAccessibleDescription(sentences.constLast());
    }
    if (!m_breakdown.bracketsKnown) {
        sentences << tr("The brackets cannot be shown: this return was computed with rules this version does not "
                        "have. Update Huisuan to see them.");
    } else if (!m_breakdown.brackets.isEmpty()) {
        QStringList brackets;
        for (const TaxBreakdown::BracketPart& bracket : m_breakdown.brackets) {
            brackets << tr("%1 = %2").arg(bracketText(bracket), displayAmount(bracket.tax));
        }
        sentences << tr("The taxable income of %1 reaches %n bracket(s): %2; together %3.",
                        nullptr,
                        static_cast<int>(m_breakdown.brackets.size()))
                         .arg(displayAmount(m_breakdown.taxableIncome),
                              brackets.join(tr("; ")),
                              displayAmount(m_breakdown.taxOnComprehensiveIncome));
    } else if (!m_breakdown.taxableIncome.isEmpty()) {
        sentences << tr("Nothing is taxable, so no bracket is reached.");
    }
    if (extent(m_breakdown.bonusTax) > 0) {
        sentences << tr("The annual bonus, taxed on its own, adds %1.").arg(displayAmount(m_breakdown.bonusTax));
    }
    if (!m_breakdown.brackets.isEmpty() || extent(m_breakdown.bonusTax) > 0) {
        m_bracketView->setAccessibleDescription(sentences.constLast());
    }
    m_summary->setText(sentences.join(QLatin1Char(' ')));
    setAccessibleDescription(m_summary->text());
}

void TaxBreakdownChart::drawIncome()
{
    drawPie(incomeChart(), m_breakdown.income);
}

void TaxBreakdownChart::drawDeductions()
{
    drawPie(deductionChart(), m_breakdown.deductions);
}

void TaxBreakdownChart::drawBrackets()
{
    QChart* chart = bracketChart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    auto* tax = new QBarSet(tr("Tax"));
    QStringList categories;
    for (const TaxBreakdown::BracketPart& bracket : m_breakdown.brackets) {
        tax->append(extent(bracket.tax));
        // Short, to fit under a bar: the summary says how much of the income each rate taxes.
        categories << tr("%1: %2").arg(displayRate(bracket.rate), displayAmount(bracket.tax));
    }
    if (extent(m_breakdown.bonusTax) > 0) {
        tax->append(extent(m_breakdown.bonusTax));
        categories << tr("Bonus: %1").arg(displayAmount(m_breakdown.bonusTax));
    }
    auto* series = new QBarSeries;
    series->append(tax);
    chart->addSeries(series);
    chart->legend()->setVisible(false);
    auto* categoryAxis = new QBarCategoryAxis;
    categoryAxis->append(categories);
    categoryAxis->setTruncateLabels(false); // "10%: ¥6,…" says nothing; a label may run into the next one
    chart->addAxis(categoryAxis, Qt::AlignBottom);
    series->attachAxis(categoryAxis);
    // The value axis gives the bars their scale; its numbers would be rounded doubles, so it has none.
    auto* valueAxis = new QValueAxis;
    valueAxis->setLabelsVisible(false);
    valueAxis->setMin(0);
    chart->addAxis(valueAxis, Qt::AlignLeft);
    series->attachAxis(valueAxis);
}

} // namespace huisuan
