// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/WorkspacePanel.h"

#include "ui/BatchEmployeeListModel.h"
#include "ui/BatchMonthListModel.h"
#include "ui/FileDialogSeam.h"
#include "ui/MessageBoxSeam.h"
#include "ui/PageStyle.h"
#include "ui/ProblemMark.h"

#include <QAction>
#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace huisuan {

namespace {

/** "2025-01, 2025-03": the months a payroll would replace. */
QString monthList(int taxYear, const QList<int>& months)
{
    QStringList names;
    for (int month : months) {
        names.append(QStringLiteral("%1-%2").arg(taxYear).arg(month, 2, 10, QLatin1Char('0')));
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

WorkspacePanel::WorkspacePanel(BatchSession& batch, QWidget* parent)
    : QWidget(parent)
    , m_batch(batch)
    , m_title(new QLabel)
    , m_yearLabel(new QLabel)
    , m_yearBox(new QSpinBox)
    , m_filterEdit(new QLineEdit)
    , m_employeesLabel(new QLabel)
    , m_employeeTable(new QTableView)
    , m_employeeModel(new BatchEmployeeListModel(this))
    , m_employeeProxy(new QSortFilterProxyModel(this))
    , m_monthsLabel(new QLabel)
    , m_monthTable(new QTableView)
    , m_monthModel(new BatchMonthListModel(this))
    , m_rosterButton(new QPushButton)
    , m_payrollMonthLabel(new QLabel)
    , m_payrollMonthBox(new QSpinBox)
    , m_payrollButton(new QPushButton)
    , m_computeButton(new QPushButton)
    , m_templatesButton(new QToolButton)
    , m_rosterTemplateAction(new QAction(this))
    , m_payrollTemplateAction(new QAction(this))
    , m_laborTemplateAction(new QAction(this))
    , m_laborButton(new QPushButton)
    , m_exportButton(new QPushButton)
    , m_progress(new QProgressBar)
    , m_cancelButton(new QPushButton)
    , m_message(new QLabel)
    , m_problems(new QListWidget)
{
    m_title->setObjectName(QStringLiteral("workspaceTitle"));
    styleAsPageTitle(m_title);
    m_yearBox->setObjectName(QStringLiteral("batchYearBox"));
    m_yearBox->setRange(2019, 2100);
    m_yearBox->setValue(QDate::currentDate().year());
    m_yearLabel->setBuddy(m_yearBox);
    m_filterEdit->setObjectName(QStringLiteral("employeeFilterEdit"));
    m_filterEdit->setClearButtonEnabled(true);

    m_employeeProxy->setSourceModel(m_employeeModel);
    m_employeeProxy->setSortRole(BatchEmployeeListModel::SortRole);
    m_employeeProxy->setFilterKeyColumn(-1);
    m_employeeProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_employeeTable->setObjectName(QStringLiteral("employeeView"));
    m_employeeTable->setModel(m_employeeProxy);
    styleAsRecordTable(m_employeeTable);
    m_employeeTable->setSortingEnabled(true);
    m_employeeTable->sortByColumn(-1, Qt::AscendingOrder); // roster order until the user sorts
    m_employeesLabel->setBuddy(m_employeeTable);
    connect(m_filterEdit, &QLineEdit::textChanged, m_employeeProxy, &QSortFilterProxyModel::setFilterFixedString);

    m_monthTable->setObjectName(QStringLiteral("monthView"));
    m_monthTable->setModel(m_monthModel);
    styleAsRecordTable(m_monthTable);
    m_monthsLabel->setBuddy(m_monthTable);

    m_rosterButton->setObjectName(QStringLiteral("importRosterButton"));
    m_payrollMonthBox->setObjectName(QStringLiteral("payrollMonthBox"));
    m_payrollMonthBox->setRange(1, 12);
    m_payrollMonthBox->setValue(QDate::currentDate().month());
    m_payrollMonthLabel->setBuddy(m_payrollMonthBox);
    m_payrollButton->setObjectName(QStringLiteral("importPayrollButton"));
    m_computeButton->setObjectName(QStringLiteral("computeYearButton"));
    m_templatesButton->setObjectName(QStringLiteral("templatesButton"));
    m_templatesButton->setPopupMode(QToolButton::InstantPopup);
    m_templatesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_templatesButton->setFocusPolicy(Qt::StrongFocus);
    auto* templates = new QMenu(m_templatesButton);
    templates->setObjectName(QStringLiteral("templatesMenu"));
    m_rosterTemplateAction->setObjectName(QStringLiteral("rosterTemplateAction"));
    m_payrollTemplateAction->setObjectName(QStringLiteral("payrollTemplateAction"));
    m_laborTemplateAction->setObjectName(QStringLiteral("laborTemplateAction"));
    templates->addAction(m_rosterTemplateAction);
    templates->addAction(m_payrollTemplateAction);
    templates->addAction(m_laborTemplateAction);
    m_templatesButton->setMenu(templates);
    m_laborButton->setObjectName(QStringLiteral("importLaborButton"));
    m_exportButton->setObjectName(QStringLiteral("exportDeclarationButton"));
    m_progress->setObjectName(QStringLiteral("batchProgress"));
    m_progress->setVisible(false);
    m_cancelButton->setObjectName(QStringLiteral("cancelBatchButton"));
    m_cancelButton->setVisible(false);
    m_message->setObjectName(QStringLiteral("batchMessage"));
    m_message->setWordWrap(true);
    m_problems->setObjectName(QStringLiteral("batchProblems"));
    m_problems->setVisible(false);
    QPalette problemPalette = m_problems->palette();
    problemPalette.setBrush(QPalette::Base, problemRowBackground());
    m_problems->setPalette(problemPalette);

    connect(m_yearBox, &QSpinBox::valueChanged, this, &WorkspacePanel::refresh);
    connect(m_rosterButton, &QPushButton::clicked, this, &WorkspacePanel::importRoster);
    connect(m_payrollButton, &QPushButton::clicked, this, &WorkspacePanel::importPayroll);
    connect(m_computeButton, &QPushButton::clicked, this, &WorkspacePanel::compute);
    connect(m_laborButton, &QPushButton::clicked, this, &WorkspacePanel::importLaborPayments);
    connect(m_exportButton, &QPushButton::clicked, this, &WorkspacePanel::exportDeclaration);
    connect(m_rosterTemplateAction, &QAction::triggered, this, [this] {
        saveTemplate(BatchSession::Template::Roster, tr("roster template.csv"));
    });
    connect(m_payrollTemplateAction, &QAction::triggered, this, [this] {
        saveTemplate(BatchSession::Template::Payroll, tr("payroll template.csv"));
    });
    connect(m_laborTemplateAction, &QAction::triggered, this, [this] {
        saveTemplate(BatchSession::Template::LaborPayments, tr("labor payments template.csv"));
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_batch.cancel();
        m_message->setText(tr("Stopping…"));
        m_cancelButton->setEnabled(false);
    });
    connect(&m_batch, &BatchSession::yearReady, this, &WorkspacePanel::showYear);
    connect(&m_batch, &BatchSession::importFinished, this, &WorkspacePanel::onImported);
    connect(&m_batch, &BatchSession::computeFinished, this, &WorkspacePanel::onComputed);
    connect(&m_batch, &BatchSession::progressed, this, &WorkspacePanel::onProgress);
    connect(&m_batch, &BatchSession::templateSaved, this, &WorkspacePanel::onTemplateSaved);
    connect(&m_batch, &BatchSession::declarationExported, this, &WorkspacePanel::onDeclarationExported);

    auto* top = new QHBoxLayout;
    top->addWidget(m_title, 1);
    top->addWidget(m_yearLabel);
    top->addWidget(m_yearBox);

    // One above the other: each table needs the page's width for its amounts.
    auto* employeesHeader = new QHBoxLayout;
    employeesHeader->addWidget(m_employeesLabel);
    employeesHeader->addWidget(m_filterEdit, 1);

    auto* actions = new QHBoxLayout;
    actions->addWidget(m_rosterButton);
    actions->addSpacing(12);
    actions->addWidget(m_payrollMonthLabel);
    actions->addWidget(m_payrollMonthBox);
    actions->addWidget(m_payrollButton);
    actions->addStretch();
    actions->addWidget(m_computeButton);

    // The second row: what is not the month's routine, the files that go out and the labor payments.
    auto* outputs = new QHBoxLayout;
    outputs->addWidget(m_templatesButton);
    outputs->addWidget(m_laborButton);
    outputs->addStretch();
    outputs->addWidget(m_exportButton);

    auto* progress = new QHBoxLayout;
    progress->addWidget(m_progress, 1);
    progress->addWidget(m_cancelButton);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(employeesHeader);
    layout->addWidget(m_employeeTable, 3);
    layout->addWidget(m_monthsLabel);
    layout->addWidget(m_monthTable, 2);
    layout->addLayout(actions);
    layout->addLayout(outputs);
    layout->addLayout(progress);
    layout->addWidget(m_message);
    layout->addWidget(m_problems, 1);
    setTabOrder(m_yearBox, m_filterEdit);
    setTabOrder(m_filterEdit, m_employeeTable);
    setTabOrder(m_employeeTable, m_monthTable);
    setTabOrder(m_monthTable, m_rosterButton);
    setTabOrder(m_rosterButton, m_payrollMonthBox);
    setTabOrder(m_payrollMonthBox, m_payrollButton);
    setTabOrder(m_payrollButton, m_computeButton);
    setTabOrder(m_computeButton, m_templatesButton);
    setTabOrder(m_templatesButton, m_laborButton);
    setTabOrder(m_laborButton, m_exportButton);
    setTabOrder(m_exportButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_problems);
    retranslateUi();
    updateActions();
}

void WorkspacePanel::showWorkspace(const QString& creditCode, const QString& name)
{
    m_creditCode = creditCode;
    m_name = name;
    m_employeeModel->setRows({});
    m_employeeModel->setRefused({});
    m_monthModel->setRows(m_yearBox->value(), {});
    m_message->clear();
    m_problems->clear();
    m_problems->setVisible(false);
    retranslateUi();
    updateActions();
    refresh();
}

void WorkspacePanel::setTaxYear(int taxYear)
{
    m_yearBox->setValue(taxYear);
}

void WorkspacePanel::clear()
{
    m_creditCode.clear();
    m_name.clear();
    m_employeeModel->setRows({});
    m_employeeModel->setRefused({});
    m_monthModel->setRows(m_yearBox->value(), {});
    m_filterEdit->clear();
    m_message->clear();
    m_problems->clear();
    m_problems->setVisible(false);
    setBusy(false);
    retranslateUi();
}

void WorkspacePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void WorkspacePanel::retranslateUi()
{
    m_title->setText(m_creditCode.isEmpty() ? tr("Choose a company on the left, or add one.")
                                            : tr("%1 (%2)").arg(m_name, m_creditCode));
    m_yearLabel->setText(tr("Tax &year:"));
    m_yearBox->setAccessibleName(tr("Tax year"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, identity number or status"));
    m_filterEdit->setAccessibleName(tr("Filter employees"));
    m_employeesLabel->setText(tr("&Employees"));
    m_employeeTable->setAccessibleName(tr("Employees of the company"));
    m_monthsLabel->setText(tr("Mon&ths"));
    m_monthTable->setAccessibleName(tr("Months of the tax year"));
    m_rosterButton->setText(tr("Import &roster…"));
    m_rosterButton->setAccessibleName(tr("Import the employee roster from a CSV or XLSX file"));
    m_payrollMonthLabel->setText(tr("Payroll &month:"));
    m_payrollMonthBox->setAccessibleName(tr("Month of the payroll rows without a month column"));
    m_payrollButton->setText(tr("Import &payroll…"));
    m_payrollButton->setAccessibleName(tr("Import a payroll from a CSV or XLSX file"));
    m_computeButton->setText(tr("&Compute the year"));
    m_computeButton->setAccessibleName(tr("Compute every employee's withholding for the tax year"));
    m_templatesButton->setText(tr("Template&s"));
    m_templatesButton->setAccessibleName(tr("Save an empty template to fill in"));
    m_rosterTemplateAction->setText(tr("Save &roster template…"));
    m_payrollTemplateAction->setText(tr("Save &payroll template…"));
    m_laborTemplateAction->setText(tr("Save &labor payments template…"));
    m_laborButton->setText(tr("Import &labor payments…"));
    m_laborButton->setAccessibleName(
        tr("Import the payroll month's labor payments (劳务报酬) from a CSV or XLSX file"));
    m_exportButton->setText(tr("E&xport declaration…"));
    m_exportButton->setAccessibleName(tr("Save the payroll month's withholding declaration as CSV, Excel or PDF"));
    m_progress->setAccessibleName(tr("Progress of the import or computation"));
    m_cancelButton->setText(tr("Ca&ncel"));
    m_cancelButton->setAccessibleName(tr("Stop the import or computation"));
    m_message->setAccessibleName(tr("Batch work status"));
    m_problems->setAccessibleName(tr("Problems found"));
    m_employeeModel->retranslate();
    m_monthModel->retranslate();
}

void WorkspacePanel::refresh()
{
    if (m_creditCode.isEmpty()) {
        return;
    }
    m_batch.requestYear(m_creditCode, m_yearBox->value());
}

void WorkspacePanel::showYear(const BatchYear& year)
{
    if (year.creditCode != m_creditCode || year.taxYear != m_yearBox->value()) {
        return;
    }
    m_employeeModel->setRows(year.employees);
    m_monthModel->setRows(year.taxYear, year.months);
    if (year.employees.isEmpty() && m_message->text().isEmpty()) {
        m_message->setText(tr("No employees yet. Import the company's roster (花名册) first, then its payroll."));
    }
    emit yearShown();
}

QString WorkspacePanel::chooseFile(const QString& caption)
{
    return FileDialogSeam::openFileName(
        this, caption, QDir::homePath(), tr("Spreadsheets (*.csv *.xlsx);;All files (*)"));
}

void WorkspacePanel::importRoster()
{
    if (m_busy || m_creditCode.isEmpty()) {
        return;
    }
    const QString path = chooseFile(tr("Import the roster"));
    if (path.isEmpty()) {
        return;
    }
    setBusy(true);
    m_message->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_batch.importRoster(m_creditCode, m_yearBox->value(), path);
}

void WorkspacePanel::importPayroll()
{
    importMonthly(false);
}

void WorkspacePanel::importLaborPayments()
{
    importMonthly(true);
}

void WorkspacePanel::importMonthly(bool labor)
{
    if (m_busy || m_creditCode.isEmpty()) {
        return;
    }
    const QString path = chooseFile(labor ? tr("Import labor payments") : tr("Import a payroll"));
    if (path.isEmpty()) {
        return;
    }
    m_payrollPath = path;
    m_payrollMonth = m_payrollMonthBox->value();
    m_laborImport = labor;
    setBusy(true);
    m_message->setText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    if (labor) {
        m_batch.importLaborPayments(m_creditCode, m_yearBox->value(), m_payrollMonth, path, false);
    } else {
        m_batch.importPayroll(m_creditCode, m_yearBox->value(), m_payrollMonth, path, false);
    }
}

void WorkspacePanel::saveTemplate(BatchSession::Template kind, const QString& suggestedName)
{
    const QString path = FileDialogSeam::saveFileName(
        this, tr("Save the template"), QDir::home().filePath(suggestedName), tr("CSV (*.csv)"));
    if (path.isEmpty()) {
        return;
    }
    m_message->setText(tr("Saving %1…").arg(QFileInfo(path).fileName()));
    m_batch.saveTemplate(kind, path);
}

void WorkspacePanel::exportDeclaration()
{
    if (m_busy || m_creditCode.isEmpty()) {
        return;
    }
    const QString month = monthList(m_yearBox->value(), {m_payrollMonthBox->value()});
    const QString path = FileDialogSeam::saveFileName(this,
                                                      tr("Export the declaration of %1").arg(month),
                                                      QDir::home().filePath(tr("declaration %1.xlsx").arg(month)),
                                                      tr("CSV (*.csv);;Excel (*.xlsx);;PDF (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    m_message->setText(tr("Writing the declaration of %1…").arg(month));
    m_batch.exportDeclaration(m_creditCode, m_yearBox->value(), m_payrollMonthBox->value(), path);
}

void WorkspacePanel::onTemplateSaved(const QString& path, const SessionOutcome& outcome)
{
    m_message->setText(outcome.ok() ? tr("The template is saved as %1. Keep its header row, fill in one row per "
                                         "person, and import it.")
                                          .arg(QDir::toNativeSeparators(path))
                                    : outcome.message);
    emit outputWritten();
}

void WorkspacePanel::onDeclarationExported(const QString& path, int lines, const SessionOutcome& outcome)
{
    m_message->setText(
        outcome.ok()
            ? tr("The declaration, %n line(s), is saved as %1.", nullptr, lines).arg(QDir::toNativeSeparators(path))
            : outcome.message);
    emit outputWritten();
}

void WorkspacePanel::compute()
{
    if (m_busy || m_creditCode.isEmpty()) {
        return;
    }
    m_computing = true;
    setBusy(true);
    m_message->setText(tr("Computing the withholding of %1…").arg(m_yearBox->value()));
    m_batch.computeYear(m_creditCode, m_yearBox->value());
}

void WorkspacePanel::onImported(const BatchResult& result)
{
    if (!m_busy || m_computing) {
        return;
    }
    if (result.kind == BatchResult::Kind::MonthsAlreadyImported) {
        const QString months = monthList(m_yearBox->value(), result.monthsAlreadyImported);
        const bool replace = MessageBoxSeam::confirm(
            this,
            m_laborImport ? tr("Replace the labor payments?") : tr("Replace the payroll?"),
            m_laborImport
                ? tr("The labor payments of %1 are already imported. Replace them with this file? Every labor "
                     "payment of that month is replaced by the file's.")
                      .arg(months)
                : tr("The payroll of %1 is already imported. Replace it with this file? An employee missing from "
                     "the file loses that month's payroll, and the withholding from that month on must be computed "
                     "again.")
                      .arg(months),
            tr("&Replace"));
        if (replace) {
            m_message->setText(m_laborImport ? tr("Replacing the labor payments of %1…").arg(months)
                                             : tr("Replacing the payroll of %1…").arg(months));
            if (m_laborImport) {
                m_batch.importLaborPayments(m_creditCode, m_yearBox->value(), m_payrollMonth, m_payrollPath, true);
            } else {
                m_batch.importPayroll(m_creditCode, m_yearBox->value(), m_payrollMonth, m_payrollPath, true);
            }
            return;
        }
        m_message->setText(
            m_laborImport ? tr("Nothing was imported: the labor payments of %1 already imported are kept.").arg(months)
                          : tr("Nothing was imported: the payroll of %1 already imported is kept.").arg(months));
    } else {
        m_message->setText(result.message);
    }
    showProblems(result);
    setBusy(false);
    refresh();
    emit workFinished();
}

void WorkspacePanel::onComputed(const BatchResult& result)
{
    if (!m_busy || !m_computing) {
        return;
    }
    m_computing = false;
    QHash<QString, QString> refused;
    for (qsizetype i = 0; i < result.refusedIdentities.size(); ++i) {
        refused.insert(result.refusedIdentities.at(i), result.refusedReasons.value(i));
    }
    m_employeeModel->setRefused(refused);
    m_message->setText(result.message);
    showProblems(result);
    setBusy(false);
    refresh();
    emit workFinished();
}

void WorkspacePanel::showProblems(const BatchResult& result)
{
    m_problems->clear();
    for (const BatchProblemRow& problem : result.problems) {
        auto* item = new QListWidgetItem(tr("%1:%2:%3: %4")
                                             .arg(QFileInfo(problem.file).fileName(),
                                                  QString::number(problem.row),
                                                  QString::number(problem.column),
                                                  problem.reason),
                                         m_problems);
        item->setToolTip(problem.file);
    }
    for (const QString& reason : result.refusedReasons) {
        new QListWidgetItem(reason, m_problems);
    }
    m_problems->setVisible(m_problems->count() > 0);
}

void WorkspacePanel::onProgress(qint64 done, qint64 total)
{
    if (!m_busy) {
        return;
    }
    if (total == 0) {
        m_progress->setRange(0, 0);
        m_message->setText(tr("%L1 rows read…").arg(done));
        return;
    }
    m_progress->setRange(0, int(total));
    m_progress->setValue(int(done));
    if (m_computing) {
        m_message->setText(tr("%L1 of %L2 employees computed…").arg(done).arg(total));
    }
}

void WorkspacePanel::setBusy(bool busy)
{
    m_busy = busy;
    if (!busy && m_cancelButton->hasFocus()) {
        m_employeeTable->setFocus(); // the focus must not vanish with the hidden Cancel button
    }
    if (busy) {
        m_progress->setRange(0, 0);
        m_cancelButton->setEnabled(true);
        m_problems->clear();
        m_problems->setVisible(false);
    }
    m_progress->setVisible(busy);
    m_cancelButton->setVisible(busy);
    updateActions();
    if (busy) {
        m_cancelButton->setFocus();
    }
}

void WorkspacePanel::updateActions()
{
    const bool ready = !m_busy && !m_creditCode.isEmpty();
    m_rosterButton->setEnabled(ready);
    m_payrollButton->setEnabled(ready);
    m_payrollMonthBox->setEnabled(ready);
    m_computeButton->setEnabled(ready);
    m_laborButton->setEnabled(ready);
    m_exportButton->setEnabled(ready);
    m_templatesButton->setEnabled(!m_busy);
    m_yearBox->setEnabled(!m_busy);
}

} // namespace huisuan
