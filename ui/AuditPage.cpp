// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AuditPage.h"

#include "ui/AuditTraceModel.h"
#include "ui/DifferenceFilter.h"
#include "ui/FileDialogSeam.h"
#include "ui/PageStyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

namespace huisuan {

namespace {

const QColor failureText(0x9b, 0x1c, 0x1c);
const QColor failureGround(0xfd, 0xe2, 0xe1);

QString escaped(const QString& text)
{
    return text.toHtmlEscaped();
}

/** A list of `items` under a bold heading, or nothing when there are none. */
QString listHtml(const QString& heading, const QStringList& items)
{
    if (items.isEmpty()) {
        return {};
    }
    QString html = QStringLiteral("<p><b>%1</b></p><ul>").arg(escaped(heading));
    for (const QString& item : items) {
        html += QStringLiteral("<li>%1</li>").arg(escaped(item));
    }
    return html + QStringLiteral("</ul>");
}

} // namespace

AuditPage::AuditPage(DesktopSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_verdict(new QLabel)
    , m_checksLabel(new QLabel)
    , m_checks(new QListWidget)
    , m_summary(new QLabel)
    , m_differencesOnly(new QCheckBox)
    , m_trace(new QTreeView)
    , m_model(new AuditTraceModel(this))
    , m_filter(new DifferenceFilter(this))
    , m_details(new QTextBrowser)
    , m_message(new QLabel)
    , m_backButton(new QPushButton)
    , m_openButton(new QPushButton)
    , m_exportButton(new QPushButton)
{
    m_title->setObjectName(QStringLiteral("auditTitle"));
    styleAsPageTitle(m_title);
    m_verdict->setObjectName(QStringLiteral("auditVerdict"));
    m_verdict->setWordWrap(true);
    m_verdict->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_checksLabel->setObjectName(QStringLiteral("auditChecksLabel"));
    m_checksLabel->setBuddy(m_checks);
    m_checks->setObjectName(QStringLiteral("auditChecks"));
    m_checks->setWordWrap(true);
    m_checks->setMaximumHeight(150);
    m_summary->setObjectName(QStringLiteral("auditSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_differencesOnly->setObjectName(QStringLiteral("auditDifferencesOnly"));
    connect(m_differencesOnly, &QCheckBox::toggled, this, [this](bool only) {
        m_filter->setDifferencesOnly(only);
        expandDifferences();
    });
    m_filter->setSourceModel(m_model);
    m_trace->setObjectName(QStringLiteral("auditTrace"));
    m_trace->setModel(m_filter);
    m_trace->setUniformRowHeights(true);
    m_trace->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_trace->setSelectionMode(QAbstractItemView::SingleSelection);
    m_trace->header()->setStretchLastSection(false);
    m_trace->header()->setSectionResizeMode(AuditTraceModel::LabelColumn, QHeaderView::Stretch);
    connect(m_trace->selectionModel(), &QItemSelectionModel::currentChanged, this, &AuditPage::showLine);
    m_details->setObjectName(QStringLiteral("auditLineDetails"));
    m_details->setOpenLinks(false);

    m_message->setObjectName(QStringLiteral("auditMessage"));
    m_message->setWordWrap(true);
    m_backButton->setObjectName(QStringLiteral("auditBackButton"));
    m_openButton->setObjectName(QStringLiteral("auditOpenButton"));
    m_exportButton->setObjectName(QStringLiteral("auditExportButton"));
    connect(m_backButton, &QPushButton::clicked, this, &AuditPage::backRequested);
    connect(m_openButton, &QPushButton::clicked, this, &AuditPage::chooseFile);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditPage::exportPdf);

    auto* splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName(QStringLiteral("auditSplitter"));
    auto* treeColumn = new QWidget;
    auto* treeLayout = new QVBoxLayout(treeColumn);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_differencesOnly);
    treeLayout->addWidget(m_trace, 1);
    splitter->addWidget(treeColumn);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_openButton);
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_verdict);
    layout->addWidget(m_checksLabel);
    layout->addWidget(m_checks);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    setFocusProxy(m_openButton);
    setTabOrder(m_openButton, m_checks);
    setTabOrder(m_checks, m_differencesOnly);
    setTabOrder(m_differencesOnly, m_trace);
    setTabOrder(m_trace, m_details);
    setTabOrder(m_details, m_exportButton);
    setTabOrder(m_exportButton, m_backButton);

    connect(&m_session, &DesktopSession::auditReady, this, &AuditPage::onAuditReady);
    connect(&m_session, &DesktopSession::auditFailed, this, &AuditPage::onAuditFailed);
    connect(&m_session, &DesktopSession::auditPdfExported, this, &AuditPage::onExported);
    retranslateUi();
    showAudit();
}

void AuditPage::chooseFile()
{
    if (!m_opening.isEmpty()) {
        return;
    }
    const QString folder = m_audit ? QFileInfo(m_audit->path).absolutePath() : QDir::homePath();
    const QString path = FileDialogSeam::openFileName(
        this, tr("Open a filing to audit"), folder, tr("Audit files and signed filings (*.json);;All files (*)"));
    if (!path.isEmpty()) {
        open(path);
    }
}

void AuditPage::clear()
{
    m_audit.reset();
    m_opening.clear();
    m_exporting = false;
    m_message->clear();
    setBusy(false);
    showAudit();
}

void AuditPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showAudit();
        // The checks and the lines were worded when the file was read: read it again in the new language.
        if (m_audit && m_opening.isEmpty() && !m_exporting) {
            open(m_audit->path);
        }
    }
    QWidget::changeEvent(event);
}

void AuditPage::retranslateUi()
{
    m_title->setText(tr("Audit a filing"));
    m_checksLabel->setText(tr("&Checks:"));
    m_checks->setAccessibleName(tr("Verification checks"));
    m_verdict->setAccessibleName(tr("Audit verdict"));
    m_summary->setAccessibleName(tr("The filing"));
    m_differencesOnly->setText(tr("&Differences only"));
    m_differencesOnly->setAccessibleName(tr("Show only the lines that differ"));
    m_trace->setAccessibleName(tr("The computation, line by line: filed and replayed"));
    m_details->setAccessibleName(tr("The selected line: formula and citations"));
    m_message->setAccessibleName(tr("Message"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back"));
    m_openButton->setText(tr("&Open a filing…"));
    m_openButton->setAccessibleName(tr("Open a filing to audit"));
    m_exportButton->setText(tr("&Export audit report (PDF)…"));
    m_exportButton->setAccessibleName(tr("Export the audit report as a PDF"));
    m_model->retranslate();
}

void AuditPage::open(const QString& path)
{
    m_opening = path;
    setBusy(true);
    m_message->setText(tr("Verifying and replaying %1…").arg(QFileInfo(path).fileName()));
    m_session.openAudit(path);
}

void AuditPage::onAuditReady(const FilingAudit& audit)
{
    if (m_opening.isEmpty()) {
        return;
    }
    m_opening.clear();
    setBusy(false);
    m_message->clear();
    m_audit = audit;
    m_differencesOnly->setChecked(false);
    showAudit();
    m_trace->setFocus();
}

void AuditPage::onAuditFailed(const QString& path, const QString& message)
{
    if (m_opening != path) {
        return;
    }
    m_opening.clear();
    setBusy(false);
    m_message->setText(message);
    m_openButton->setFocus();
}

void AuditPage::showAudit()
{
    m_model->setLines(m_audit ? m_audit->lines : QList<AuditLineRow>());
    expandDifferences();
    m_details->clear();
    showChecks();
    showSummary();
    m_exportButton->setEnabled(m_audit.has_value() && m_opening.isEmpty());
    m_differencesOnly->setEnabled(m_audit.has_value());
    // The first difference is where an auditor looks first; without one, the first line.
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (row == 0 || index.data(AuditTraceModel::DiffersRole).toBool()) {
            m_trace->setCurrentIndex(index);
            m_trace->scrollTo(index);
        }
        if (index.data(AuditTraceModel::DiffersRole).toBool()) {
            break;
        }
    }
}

void AuditPage::expandDifferences()
{
    // One row a line reads best; a differing line opens on what it was computed from.
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        m_trace->setExpanded(index, index.data(AuditTraceModel::DiffersRole).toBool());
    }
}

void AuditPage::showChecks()
{
    m_checks->clear();
    QPalette verdictPalette = palette();
    if (!m_audit) {
        m_verdict->setText(tr("Open an audit file or a signed filing: Huisuan checks its signature and receipt, "
                              "computes it again under the rules it names and shows any line that differs."));
        m_verdict->setPalette(verdictPalette);
        return;
    }
    int failed = 0;
    QStyle* style = QApplication::style();
    for (const AuditCheckRow& check : m_audit->checks) {
        auto* item = new QListWidgetItem(m_checks);
        item->setData(Qt::UserRole, check.id);
        if (check.passed) {
            item->setText(tr("Passed: %1. %2").arg(check.name, check.sentence));
            item->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
        } else {
            ++failed;
            item->setText(tr("FAILED: %1. %2").arg(check.name, check.sentence));
            item->setIcon(style->standardIcon(QStyle::SP_MessageBoxCritical));
            item->setForeground(failureText);
            item->setBackground(failureGround);
            QFont font = item->font();
            font.setBold(true);
            item->setFont(font);
        }
    }
    QString verdict = failed == 0 && !m_audit->checks.isEmpty()
        ? tr("All %n check(s) passed.", nullptr, int(m_audit->checks.size()))
        : tr("%n check(s) failed: do not rely on this filing until the failures are explained.", nullptr, failed);
    // The replay's own sentence counts the differing lines and says what explains them.
    const int differences = m_audit->differenceCount();
    if (!m_audit->replayMessage.isEmpty()) {
        verdict += QLatin1Char(' ') + m_audit->replayMessage;
    } else if (differences > 0) {
        verdict += QLatin1Char(' ') + tr("%n line(s) of the replay differ from what was filed.", nullptr, differences);
    }
    m_verdict->setText(verdict);
    if (failed > 0 || differences > 0) {
        verdictPalette.setColor(QPalette::WindowText, failureText);
    }
    m_verdict->setPalette(verdictPalette);
}

void AuditPage::showSummary()
{
    if (!m_audit) {
        m_summary->clear();
        return;
    }
    const QString year = m_audit->taxYear > 0 ? QString::number(m_audit->taxYear) : QString();
    m_summary->setText(tr("File: %1").arg(QFileInfo(m_audit->path).fileName()) + QLatin1Char('\n') +
                       tr("Submission id: %1").arg(m_audit->submissionId) + QLatin1Char('\n') +
                       tr("Taxpayer: %1 (%2)").arg(m_audit->taxpayerName, m_audit->maskedIdentityNumber) +
                       QLatin1Char('\n') + tr("Tax year: %1").arg(year) + QLatin1Char('\n') +
                       tr("Rule pack: %1").arg(m_audit->rulePack) + QLatin1Char('\n') +
                       tr("Engine version: %1").arg(m_audit->engineVersion) + QLatin1Char('\n') + m_audit->receipt);
}

void AuditPage::showLine(const QModelIndex& index)
{
    if (!m_audit || !index.isValid()) {
        m_details->clear();
        return;
    }
    const int lineIndex = index.data(AuditTraceModel::LineRole).toInt();
    if (lineIndex < 0 || lineIndex >= m_audit->lines.size()) {
        m_details->clear();
        return;
    }
    const AuditLineRow& line = m_audit->lines.at(lineIndex);
    QString html = QStringLiteral("<h3>%1</h3>").arg(escaped(line.label));
    if (line.differs) {
        html += QStringLiteral("<p style=\"color:#9b1c1c\"><b>%1</b></p>")
                    .arg(escaped(tr("Differs: the replay does not give what was filed.")));
    }
    html += QStringLiteral("<p>%1<br/>%2</p>")
                .arg(escaped(tr("Filed: %1").arg(line.filed.isEmpty() ? tr("(not in the filing)") : line.filed)),
                     escaped(tr("Replayed: %1")
                                 .arg(line.replayed.isEmpty() ? tr("(not in the recomputation)") : line.replayed)));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(escaped(tr("Formula:")), escaped(line.formula));
    html += listHtml(tr("Citations:"), line.citations);
    QStringList inputs;
    for (const TraceStep::Input& input : line.inputs) {
        inputs.append(tr("%1 = %2").arg(input.name, input.value));
    }
    html += listHtml(tr("From:"), inputs);
    QStringList rules;
    for (const TraceStep::Rule& rule : line.rules) {
        rules.append(tr("%1 = %2, set by %3").arg(rule.id, rule.value, rule.citation));
    }
    html += listHtml(tr("Rules:"), rules);
    if (line.differs) {
        html += m_audit->explanations.isEmpty()
            ? QStringLiteral("<p>%1</p>")
                  .arg(escaped(tr("No rule-pack changelog entry for this tax year explains the difference: the "
                                  "filed value did not come from these rules.")))
            : listHtml(tr("What explains it:"), m_audit->explanations);
    }
    m_details->setHtml(html);
}

void AuditPage::exportPdf()
{
    if (!m_audit || m_exporting || !m_opening.isEmpty()) {
        return;
    }
    const QString suggested = QDir::home().filePath(QStringLiteral("audit-%1.pdf").arg(m_audit->submissionId));
    const QString path = FileDialogSeam::saveFileName(
        this, tr("Export the audit report as a PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    m_exporting = true;
    setBusy(true);
    m_message->setText(tr("Writing the audit report…"));
    m_session.exportAuditPdf(*m_audit, path);
}

void AuditPage::onExported(const QString& path, const SessionOutcome& outcome)
{
    if (!m_exporting) {
        return;
    }
    m_exporting = false;
    setBusy(false);
    m_message->setText(outcome.ok() ? tr("The audit report was saved as %1.").arg(QDir::toNativeSeparators(path))
                                    : outcome.message);
}

void AuditPage::setBusy(bool busy)
{
    m_openButton->setEnabled(!busy);
    m_exportButton->setEnabled(!busy && m_audit.has_value());
}

} // namespace huisuan
