// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DisputePanel.h"

#include "ui/DisplayAmount.h"
#include "ui/MessageBoxSeam.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace huisuan {

DisputePanel::DisputePanel(QWidget* parent)
    : QGroupBox(parent)
    , m_record(new QLabel)
    , m_reasonLabel(new QLabel)
    , m_reason(new QComboBox)
    , m_noteLabel(new QLabel)
    , m_note(new QLineEdit)
    , m_cancelButton(new QPushButton)
    , m_sendButton(new QPushButton)
{
    m_record->setObjectName(QStringLiteral("disputeRecordLabel"));
    m_record->setWordWrap(true);
    m_reason->setObjectName(QStringLiteral("disputeReasonCombo"));
    for (const DisputeReason reason :
         {DisputeReason::NotMyEmployer, DisputeReason::WrongAmount, DisputeReason::Other}) {
        m_reason->addItem(QString(), static_cast<int>(reason));
    }
    m_note->setObjectName(QStringLiteral("disputeNoteEdit"));
    m_note->setMaxLength(500); // what the bureau takes (docs/bureau-api.md §8.5)
    m_cancelButton->setObjectName(QStringLiteral("disputeCancelButton"));
    m_sendButton->setObjectName(QStringLiteral("sendDisputeButton"));
    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel->setBuddy(m_note);
    connect(m_note, &QLineEdit::returnPressed, this, &DisputePanel::send);
    connect(m_sendButton, &QPushButton::clicked, this, &DisputePanel::send);
    connect(m_cancelButton, &QPushButton::clicked, this, &DisputePanel::cancelled);

    auto* form = new QFormLayout;
    form->addRow(m_reasonLabel, m_reason);
    form->addRow(m_noteLabel, m_note);
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_sendButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_record);
    layout->addLayout(form);
    layout->addLayout(buttons);

    setTabOrder(m_reason, m_note);
    setTabOrder(m_note, m_cancelButton);
    setTabOrder(m_cancelButton, m_sendButton);
    setFocusProxy(m_reason);
    retranslateUi();
}

void DisputePanel::start(const IncomeRow& row)
{
    m_row = row;
    m_reason->setCurrentIndex(0);
    m_note->clear();
    setBusy(false);
    retranslateUi();
    setVisible(true);
    m_reason->setFocus();
}

void DisputePanel::setBusy(bool busy)
{
    for (QWidget* widget :
         {static_cast<QWidget*>(m_reason), static_cast<QWidget*>(m_note), static_cast<QWidget*>(m_sendButton)}) {
        widget->setEnabled(!busy);
    }
}

void DisputePanel::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void DisputePanel::retranslateUi()
{
    setTitle(tr("Dispute a prefilled record"));
    setAccessibleName(title());
    m_record->setText(tr("%1 paid you %2 in %3, says the bureau. If that is not right, tell the bureau why; until "
                         "it has looked into it, the record is left out of your return.")
                          .arg(m_row.payer, displayAmount(m_row.amount), m_row.month));
    m_record->setAccessibleName(tr("The record disputed"));
    const QStringList reasons {tr("This payer never paid me"), tr("The amount is wrong"), tr("Another reason")};
    for (int i = 0; i < reasons.size(); ++i) {
        m_reason->setItemText(i, reasons.at(i));
    }
    m_reasonLabel->setText(tr("&Reason:"));
    m_reason->setAccessibleName(tr("Reason for the dispute"));
    m_noteLabel->setText(tr("&Note:"));
    m_note->setAccessibleName(tr("Note for the bureau, optional"));
    m_note->setPlaceholderText(tr("optional, for example what you know of this payer"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the dispute"));
    m_sendButton->setText(tr("Send dispu&te"));
    m_sendButton->setAccessibleName(tr("Send the dispute to the bureau"));
}

void DisputePanel::send()
{
    if (!m_sendButton->isEnabled() ||
        !MessageBoxSeam::confirm(window(),
                                 tr("Dispute this income?"),
                                 tr("Send the dispute of %1 from %2 to the tax bureau? The bureau will look into it; "
                                    "meanwhile the record is left out of your return.")
                                     .arg(displayAmount(m_row.amount), m_row.payer),
                                 tr("Send dispute"))) {
        return;
    }
    emit submitted(m_row.id, static_cast<DisputeReason>(m_reason->currentData().toInt()), m_note->text().trimmed());
}

} // namespace huisuan
