// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FilingsPage.h"

#include "ui/DisplayAmount.h"
#include "ui/FileDialogSeam.h"
#include "ui/FilingListModel.h"
#include "ui/MessageBoxSeam.h"
#include "ui/PageStyle.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>
#include <utility>

namespace huisuan {

namespace {

QString receiptKindText(ReceiptRow::Kind kind)
{
    switch (kind) {
    case ReceiptRow::Kind::Filing:
        return FilingsPage::tr("Filing receipt");
    case ReceiptRow::Kind::Correction:
        return FilingsPage::tr("Correction receipt");
    case ReceiptRow::Kind::Withdrawal:
        return FilingsPage::tr("Withdrawal receipt");
    }
    return {};
}

/** The bureau's code for a failed refund, as a sentence with what to do. */
QString reasonText(const QString& reason)
{
    if (reason == QLatin1String("bank_account_closed")) {
        return FilingsPage::tr("The bank account is closed: register another bank card with the tax bureau.");
    }
    return FilingsPage::tr("The tax bureau's reason: %1").arg(reason);
}

bool refundPaid(const FilingRow& filing)
{
    return filing.settlement && filing.settlement->direction == SettlementRow::Direction::Refund &&
        filing.settlement->state == SettlementRow::State::Paid;
}

} // namespace

FilingsPage::FilingsPage(DesktopSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_table(new QTableView)
    , m_model(new FilingListModel(this))
    , m_details(new QLabel)
    , m_busyIndicator(new QProgressBar)
    , m_backButton(new QPushButton)
    , m_refreshButton(new QPushButton)
    , m_withdrawButton(new QPushButton)
    , m_correctButton(new QPushButton)
    , m_exportButton(new QPushButton)
{
    m_title->setObjectName(QStringLiteral("filingsTitle"));
    styleAsPageTitle(m_title);
    m_message->setObjectName(QStringLiteral("filingsMessage"));
    m_message->setWordWrap(true);

    m_table->setObjectName(QStringLiteral("filingsView"));
    m_table->setModel(m_model);
    styleAsRecordTable(m_table);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &FilingsPage::showSelected);

    // The details are selectable text, reachable with Tab, so that a screen reader and the keyboard
    // can read the submission id and the digest.
    m_details->setObjectName(QStringLiteral("filingDetails"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_details->setFocusPolicy(Qt::StrongFocus);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* detailsArea = new QScrollArea;
    detailsArea->setObjectName(QStringLiteral("filingDetailsArea"));
    detailsArea->setWidget(m_details);
    detailsArea->setWidgetResizable(true);

    m_busyIndicator->setObjectName(QStringLiteral("filingsBusy"));
    m_busyIndicator->setRange(0, 0);
    m_busyIndicator->setVisible(false);

    m_backButton->setObjectName(QStringLiteral("filingsBackButton"));
    m_refreshButton->setObjectName(QStringLiteral("refreshFilingsButton"));
    m_withdrawButton->setObjectName(QStringLiteral("withdrawButton"));
    m_correctButton->setObjectName(QStringLiteral("correctButton"));
    m_exportButton->setObjectName(QStringLiteral("exportPdfButton"));
    connect(m_backButton, &QPushButton::clicked, this, &FilingsPage::backRequested);
    connect(m_refreshButton, &QPushButton::clicked, this, &FilingsPage::refresh);
    connect(m_withdrawButton, &QPushButton::clicked, this, &FilingsPage::withdraw);
    connect(m_correctButton, &QPushButton::clicked, this, &FilingsPage::correct);
    connect(m_exportButton, &QPushButton::clicked, this, &FilingsPage::exportPdf);

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_refreshButton);
    buttons->addWidget(m_withdrawButton);
    buttons->addWidget(m_correctButton);
    buttons->addWidget(m_exportButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addWidget(detailsArea, 1);
    layout->addWidget(m_busyIndicator);
    layout->addLayout(buttons);
    setFocusProxy(m_table);
    setTabOrder(m_table, m_details);
    setTabOrder(m_details, m_refreshButton);
    setTabOrder(m_refreshButton, m_withdrawButton);
    setTabOrder(m_withdrawButton, m_correctButton);
    setTabOrder(m_correctButton, m_exportButton);
    setTabOrder(m_exportButton, m_backButton);

    connect(&m_session, &DesktopSession::filingsReady, this, &FilingsPage::showFilings);
    connect(&m_session, &DesktopSession::filingsFailed, m_message, &QLabel::setText);
    connect(&m_session, &DesktopSession::settlementRefreshed, this, &FilingsPage::onSettlementRefreshed);
    connect(&m_session, &DesktopSession::withdrawFinished, this, &FilingsPage::onWithdrawn);
    connect(&m_session, &DesktopSession::pdfExported, this, &FilingsPage::onExported);
    retranslateUi();
    updateButtons();
}

void FilingsPage::showYear(int taxYear)
{
    m_taxYear = taxYear;
    m_selectedSubmission.clear();
    m_model->setFilings({});
    m_details->clear();
    retranslateUi();
    m_message->setText(tr("Reading your filings…"));
    m_reading = true;
    updateButtons();
    m_session.requestFilings();
}

void FilingsPage::clear()
{
    m_taxYear = 0;
    m_reading = false;
    m_selectedSubmission.clear();
    m_refreshing.clear();
    m_refreshFailures.clear();
    setBusy(false);
    m_message->clear();
    m_details->clear();
    m_model->setFilings({});
    updateButtons();
}

void FilingsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void FilingsPage::retranslateUi()
{
    m_title->setText(tr("Filings of the %1 tax year").arg(m_taxYear));
    m_table->setAccessibleName(tr("Filings"));
    m_message->setAccessibleName(tr("Filings status"));
    m_details->setAccessibleName(tr("Details of the selected filing"));
    m_busyIndicator->setAccessibleName(tr("Waiting for the tax bureau"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back to your tax years"));
    m_refreshButton->setText(tr("&Refresh from the bureau"));
    m_refreshButton->setAccessibleName(tr("Ask the tax bureau where your filings, refunds and payments stand"));
    m_withdrawButton->setText(tr("&Withdraw…"));
    m_withdrawButton->setAccessibleName(tr("Withdraw the selected filing"));
    m_correctButton->setText(tr("&Correct…"));
    m_correctButton->setAccessibleName(tr("Correct the selected filing"));
    m_exportButton->setText(tr("Export &PDF…"));
    m_exportButton->setAccessibleName(tr("Export the selected filing as a PDF"));
    m_model->retranslate();
    showSelected();
}

void FilingsPage::showFilings(const QList<FilingRow>& filings)
{
    if (m_taxYear == 0) {
        return;
    }
    QList<FilingRow> ofYear;
    for (const FilingRow& filing : filings) {
        if (filing.taxYear == m_taxYear) {
            ofYear.append(filing);
        }
    }
    if (m_reading) {
        m_reading = false;
        m_message->setText(ofYear.isEmpty() ? tr("Nothing was filed for this year yet.") : QString());
    }
    m_model->setFilings(ofYear);
    int row = 0;
    for (int i = 0; i < ofYear.size(); ++i) {
        if (ofYear.at(i).submissionId == m_selectedSubmission) {
            row = i;
        }
    }
    if (!ofYear.isEmpty()) {
        m_table->selectRow(row);
    }
    showSelected();
    emit filingsShown();
}

const FilingRow* FilingsPage::selected() const
{
    return m_table->currentIndex().isValid() ? m_model->filing(m_table->currentIndex().row()) : nullptr;
}

void FilingsPage::showSelected()
{
    const FilingRow* filing = selected();
    if (filing != nullptr) {
        m_selectedSubmission = filing->submissionId;
    }
    m_details->setText(filing != nullptr ? detailsOf(*filing) : QString());
    updateButtons();
}

void FilingsPage::updateButtons()
{
    const FilingRow* filing = selected();
    bool anyAccepted = false;
    for (const FilingRow& row : m_model->filings()) {
        anyAccepted = anyAccepted || row.status == FilingRow::Status::Accepted;
    }
    const bool idle = !m_busy && m_refreshing.isEmpty();
    m_refreshButton->setEnabled(idle && anyAccepted);
    // The bureau withdraws an accepted filing only while its refund is not yet paid (bureau-api.md §8.3).
    m_withdrawButton->setEnabled(idle && filing != nullptr && filing->canWithdraw() && !refundPaid(*filing));
    m_correctButton->setEnabled(idle && filing != nullptr && filing->canCorrect());
    m_exportButton->setEnabled(idle && filing != nullptr);
}

QString FilingsPage::detailsOf(const FilingRow& filing) const
{
    QStringList lines;
    lines << tr("Submission %1: %2, %3")
                 .arg(filing.submissionId,
                      FilingListModel::kindText(filing.kind),
                      FilingListModel::statusText(filing.status));
    if (!filing.replaces.isEmpty()) {
        lines << tr("It replaces submission %1.").arg(filing.replaces);
    }
    if (!filing.replacedBy.isEmpty()) {
        lines << tr("It was replaced by the correction %1.").arg(filing.replacedBy);
    }
    if (!filing.amount.isEmpty()) {
        lines << (filing.balance == TaxYearOverview::Balance::Refund
                      ? tr("The return filed: refund of %1.").arg(displayAmount(filing.amount))
                      : tr("The return filed: %1 to pay.").arg(displayAmount(filing.amount)));
    }
    lines << QString() << tr("Status history:");
    for (const FilingRow::StatusChange& change : filing.history) {
        lines << tr("  %1  %2").arg(FilingListModel::timeText(change.at), FilingListModel::statusText(change.status));
    }
    lines << QString();
    if (filing.unverifiedReceipt) {
        lines << tr("A receipt kept for this filing does not verify against the tax bureau's certificate; it is not "
                    "shown. Refresh from the bureau to fetch it again.");
    }
    if (filing.receipts.isEmpty()) {
        lines << tr("No receipt from the tax bureau yet.");
    }
    for (const ReceiptRow& receipt : filing.receipts) {
        lines << tr("%1 %2, issued %3: %4")
                     .arg(receiptKindText(receipt.kind),
                          receipt.receiptId,
                          FilingListModel::timeText(receipt.issuedAt),
                          receipt.accepted ? tr("accepted") : tr("refused"));
        if (!receipt.balance.isEmpty()) {
            lines << tr("  Tax payable %1, withheld %2, balance %3 (negative: a refund)")
                         .arg(displayAmount(receipt.taxPayable), displayAmount(receipt.taxWithheld), receipt.balance);
        }
        lines << tr("  Signed by %1; SM3 digest of the filed return %2").arg(receipt.signer, receipt.filingDigest);
        for (const QString& problem : receipt.problems) {
            lines << tr("  The bureau says: %1").arg(problem);
        }
    }
    if (filing.settlement) {
        const SettlementRow& settlement = *filing.settlement;
        lines << QString() << FilingListModel::settlementText(filing);
        if (settlement.state == SettlementRow::State::Failed && !settlement.reason.isEmpty()) {
            lines << reasonText(settlement.reason);
        }
        for (const SettlementRow::Step& step : settlement.history) {
            lines << tr("  %1  %2")
                         .arg(FilingListModel::timeText(step.at), FilingListModel::settlementStateText(step.state));
        }
        lines << tr("As the tax bureau said at %1.").arg(FilingListModel::timeText(settlement.checkedAt));
    }
    return lines.join(QLatin1Char('\n'));
}

void FilingsPage::refresh()
{
    if (m_busy || !m_refreshing.isEmpty()) {
        return;
    }
    m_refreshFailures.clear();
    for (const FilingRow& filing : m_model->filings()) {
        if (filing.status == FilingRow::Status::Accepted) {
            m_refreshing.append(filing.submissionId);
        }
    }
    if (m_refreshing.isEmpty()) {
        return;
    }
    m_message->setText(tr("Asking the tax bureau…"));
    m_busyIndicator->setVisible(true);
    updateButtons();
    for (const QString& submissionId : std::as_const(m_refreshing)) {
        m_session.refreshSettlement(submissionId);
    }
}

void FilingsPage::onSettlementRefreshed(const QString& submissionId,
                                        const SettlementRow& settlement,
                                        const SessionOutcome& outcome)
{
    Q_UNUSED(settlement) // kept in the vault by the session; the reload below shows it with the rest
    if (!m_refreshing.removeOne(submissionId)) {
        return;
    }
    if (!outcome.ok()) {
        m_refreshFailures.append(outcome.message);
    }
    if (!m_refreshing.isEmpty()) {
        return;
    }
    m_busyIndicator->setVisible(m_busy);
    m_message->setText(m_refreshFailures.isEmpty() ? tr("The tax bureau's answer is shown below.")
                                                   : m_refreshFailures.join(QLatin1Char('\n')));
    m_session.requestFilings();
    emit operationFinished();
}

void FilingsPage::withdraw()
{
    const FilingRow* filing = selected();
    if (m_busy || filing == nullptr || !filing->canWithdraw()) {
        return;
    }
    const QString submissionId = filing->submissionId;
    if (!MessageBoxSeam::confirm(
            this,
            tr("Withdraw the filing"),
            tr("Withdraw filing %1 of the %2 tax year? The tax bureau then treats the return as never filed, and a "
               "refund not yet paid is stopped. This cannot be undone; you can file the year again afterwards.")
                .arg(submissionId)
                .arg(m_taxYear),
            tr("Withdraw"))) {
        return;
    }
    setBusy(true);
    m_message->setText(tr("Asking the tax bureau to withdraw filing %1…").arg(submissionId));
    m_session.withdraw(submissionId);
}

void FilingsPage::onWithdrawn(const QString& submissionId, const SessionOutcome& outcome)
{
    if (!m_busy) {
        return;
    }
    setBusy(false);
    m_message->setText(
        outcome.ok() ? tr("The tax bureau withdrew filing %1; its receipt is kept in your vault.").arg(submissionId)
                     : outcome.message);
    m_session.requestFilings();
    emit operationFinished();
}

void FilingsPage::correct()
{
    const FilingRow* filing = selected();
    if (m_busy || filing == nullptr || !filing->canCorrect()) {
        return;
    }
    emit correctionRequested(m_taxYear, filing->submissionId);
}

void FilingsPage::exportPdf()
{
    const FilingRow* filing = selected();
    if (m_busy || filing == nullptr) {
        return;
    }
    const QString submissionId = filing->submissionId;
    const QString suggested =
        QDir::home().filePath(QStringLiteral("huisuan-%1-%2.pdf").arg(m_taxYear).arg(submissionId));
    const QString path =
        FileDialogSeam::saveFileName(this, tr("Export the filing as a PDF"), suggested, tr("PDF documents (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    setBusy(true);
    m_message->setText(tr("Writing the PDF…"));
    m_session.exportFilingPdf(submissionId, path);
}

void FilingsPage::onExported(const QString& path, const SessionOutcome& outcome)
{
    if (!m_busy) {
        return;
    }
    setBusy(false);
    m_message->setText(
        outcome.ok()
            ? tr("Saved the return, the receipt and the year's tax record as %1.").arg(QDir::toNativeSeparators(path))
            : outcome.message);
    emit operationFinished();
}

void FilingsPage::setBusy(bool busy)
{
    m_busy = busy;
    m_busyIndicator->setVisible(busy || !m_refreshing.isEmpty());
    updateButtons();
}

} // namespace huisuan
