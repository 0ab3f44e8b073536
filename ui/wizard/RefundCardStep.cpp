// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/RefundCardStep.h"

#include "session/BankCardCheck.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace huisuan {

RefundCardStep::RefundCardStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_bankCaption(new QLabel)
    , m_bank(new QLineEdit)
    , m_cardCaption(new QLabel)
    , m_card(new QLineEdit)
    , m_cardError(sentenceLabel("refundCardError"))
    , m_note(sentenceLabel("refundCardNote"))
{
    setObjectName(QStringLiteral("refundCardStep"));
    m_bank->setObjectName(QStringLiteral("refundBankEdit"));
    m_bank->setMaxLength(64);
    m_card->setObjectName(QStringLiteral("refundCardEdit"));
    m_card->setMaxLength(23); // 19 digits in groups of four
    m_card->setInputMethodHints(Qt::ImhDigitsOnly);
    m_bankCaption->setBuddy(m_bank);
    m_cardCaption->setBuddy(m_card);
    m_cardError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_cardError->setVisible(false);
    connect(m_bank, &QLineEdit::textChanged, this, &RefundCardStep::completeChanged);
    connect(m_card, &QLineEdit::textChanged, this, &RefundCardStep::checkCard);
    auto* form = new QFormLayout;
    form->addRow(m_bankCaption, m_bank);
    form->addRow(m_cardCaption, m_card);
    form->addRow(QString(), m_cardError);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addStretch();
    retranslate();
}

bool RefundCardStep::isComplete() const
{
    return !m_bank->text().trimmed().isEmpty() &&
        BankCardCheck::check(m_card->text()).verdict == BankCardCheck::Verdict::Valid;
}

void RefundCardStep::initializePage()
{
    // The card on file, if any, so that a second filing needs no typing.
    const TaxpayerIdentity& taxpayer = reconciliation().taxpayer();
    if (m_card->text().isEmpty() && !taxpayer.refundCard.isEmpty()) {
        m_bank->setText(taxpayer.refundBank);
        m_card->setText(taxpayer.refundCard);
    }
    m_bank->setFocus();
}

bool RefundCardStep::validatePage()
{
    reconciliation().setRefundCard(m_bank->text().trimmed(), BankCardCheck::check(m_card->text()).digits);
    return true;
}

void RefundCardStep::retranslate()
{
    setTitle(tr("Where your refund goes"));
    setSubTitle(tr("A bank card in your own name, issued in mainland China. The bureau pays the refund to it."));
    m_bankCaption->setText(tr("Ban&k:"));
    m_cardCaption->setText(tr("Ca&rd number:"));
    m_bank->setAccessibleName(tr("Bank"));
    m_bank->setPlaceholderText(tr("for example 中国工商银行"));
    m_card->setAccessibleName(tr("Card number"));
    m_note->setText(tr("The card is kept in your encrypted vault only."));
    checkCard();
}

void RefundCardStep::checkCard()
{
    const BankCardCheck::Result card = BankCardCheck::check(m_card->text());
    m_cardError->setText(card.message);
    m_cardError->setVisible(card.verdict == BankCardCheck::Verdict::Invalid);
    m_card->setAccessibleDescription(card.message);
    emit completeChanged();
}

} // namespace huisuan
