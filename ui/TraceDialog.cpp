// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/TraceDialog.h"

#include "ui/DisplayAmount.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace huisuan {

namespace {

/** Trace values are amounts ("120000.00"), counts, shares and rates, or words; amounts read as money. */
QString displayTraceValue(const QString& value)
{
    static const QRegularExpression amount(QStringLiteral("^-?\\d+\\.\\d\\d$"));
    return amount.match(value).hasMatch() ? displayAmount(value) : value;
}

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/** One step as HTML: its formula, inputs, rules with citations, roundings and note. */
QString stepHtml(const TraceStep& step)
{
    QString html = QStringLiteral("<p><b>%1</b> %2</p>")
                       .arg(escaped(TraceDialog::tr("How it is computed:")), escaped(step.formula));
    if (!step.inputs.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(TraceDialog::tr("From:")));
        for (const TraceStep::Input& input : step.inputs) {
            html +=
                QStringLiteral("<li>%1 = %2</li>").arg(escaped(input.name), escaped(displayTraceValue(input.value)));
        }
        html += QStringLiteral("</ul>");
    }
    if (!step.rules.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(TraceDialog::tr("Rule and citation:")));
        for (const TraceStep::Rule& rule : step.rules) {
            QString entry = TraceDialog::tr("%1 = %2, set by %3").arg(rule.id, rule.value, rule.citation);
            if (rule.unverified) {
                entry +=
                    QLatin1Char(' ') + TraceDialog::tr("(unverified: a working hypothesis, see the rules reference)");
            }
            html += QStringLiteral("<li>%1</li>").arg(escaped(entry));
        }
        html += QStringLiteral("</ul>");
    }
    html += QStringLiteral("<p><b>%1</b> ").arg(escaped(TraceDialog::tr("Rounding:")));
    if (step.roundings.isEmpty()) {
        html += escaped(TraceDialog::tr("none; the value is exact."));
    }
    for (const TraceStep::Rounding& rounding : step.roundings) {
        html += escaped(TraceDialog::tr("half-up to the fen, %1 → %2").arg(rounding.unrounded, rounding.rounded)) +
            QLatin1Char(' ');
    }
    html += QStringLiteral("</p>");
    if (!step.note.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(TraceDialog::tr("Note:")), escaped(step.note));
    }
    return html;
}

} // namespace

QString displayValue(const ResultLine& line)
{
    switch (line.kind) {
    case ResultLine::Kind::Amount:
        return displayAmount(line.value);
    case ResultLine::Kind::Rate:
        return displayRate(line.value);
    case ResultLine::Kind::Word:
        break;
    }
    return line.value;
}

TraceDialog::TraceDialog(QWidget* parent)
    : QDialog(parent)
    , m_headline(new QLabel)
    , m_details(new QTextBrowser)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("traceDialog"));
    m_headline->setObjectName(QStringLiteral("traceHeadline"));
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont headlineFont = m_headline->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.2);
    headlineFont.setBold(true);
    m_headline->setFont(headlineFont);
    m_details->setObjectName(QStringLiteral("traceDetails"));
    m_details->setOpenLinks(false);
    m_buttons->setObjectName(QStringLiteral("traceButtons"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("traceCloseButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_buttons);
    setFocusProxy(m_details);
    resize(560, 460);
}

void TraceDialog::setLine(const ResultLine& line)
{
    m_line = line;
    render();
}

QString TraceDialog::detailsText() const
{
    return m_headline->text() + QLatin1Char('\n') + m_details->toPlainText();
}

void TraceDialog::render()
{
    const QString value = displayValue(m_line);
    setWindowTitle(tr("Why %1?").arg(m_line.label));
    m_headline->setText(tr("%1: %2").arg(m_line.label, value));
    m_details->setAccessibleName(tr("How %1 is computed").arg(m_line.label));
    QString html = stepHtml(m_line.explanation);
    if (!m_line.subLines.isEmpty()) {
        html += QStringLiteral("<h3>%1</h3>").arg(escaped(tr("Made up of")));
        for (const TraceStep& step : m_line.subLines) {
            html += QStringLiteral("<h4>%1: %2</h4>").arg(escaped(step.label), escaped(displayTraceValue(step.value)));
            html += stepHtml(step);
        }
    }
    m_details->setHtml(html);
    QPushButton* closeButton = m_buttons->button(QDialogButtonBox::Close);
    closeButton->setText(tr("&Close"));
    closeButton->setAccessibleName(tr("Close the explanation"));
}

} // namespace huisuan
