// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/IncomeEntryForm.h"

#include "session/AmountCheck.h"
#include "session/CreditCodeCheck.h"
#include "ui/IncomeRecordListModel.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace huisuan {

namespace {

// The comprehensive-income kinds of the annual return (docs/case-format.md, `income`), as the engine names them.
const char* const categories[] = {"wages", "labor", "author", "royalties"};

QLabel* errorLabel(const QString& objectName)
{
    auto* label = new QLabel;
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020"));
    label->setVisible(false);
    return label;
}

void showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

/** The sentence for an amount that is not right, or empty; `required` says whether it may be left empty. */
QString amountProblem(const AmountCheck::Result& checked, bool required)
{
    switch (checked.verdict) {
    case AmountCheck::Verdict::Invalid:
        return IncomeEntryForm::tr("Write the amount in yuan with digits and at most two decimals, without "
                                   "separators or signs: for example 12000 or 12000.50.");
    case AmountCheck::Verdict::TooLarge:
        return IncomeEntryForm::tr("This amount is larger than any income can be (at most 999999999999.99); "
                                   "check it.");
    case AmountCheck::Verdict::Valid:
        return required && checked.canonical == QLatin1String("0.00")
            ? IncomeEntryForm::tr("Enter the income you received; it is more than zero.")
            : QString();
    case AmountCheck::Verdict::Empty:
    case AmountCheck::Verdict::Incomplete:
        break;
    }
    return QString();
}

} // namespace

IncomeEntryForm::IncomeEntryForm(QWidget* parent)
    : QGroupBox(parent)
    , m_categoryLabel(new QLabel)
    , m_category(new QComboBox)
    , m_monthLabel(new QLabel)
    , m_month(new QComboBox)
    , m_payerLabel(new QLabel)
    , m_payer(new QLineEdit)
    , m_creditCodeLabel(new QLabel)
    , m_creditCode(new QLineEdit)
    , m_creditCodeError(errorLabel(QStringLiteral("incomeCreditCodeError")))
    , m_amountLabel(new QLabel)
    , m_amount(new QLineEdit)
    , m_amountError(errorLabel(QStringLiteral("incomeAmountError")))
    , m_withheldLabel(new QLabel)
    , m_withheld(new QLineEdit)
    , m_withheldError(errorLabel(QStringLiteral("incomeWithheldError")))
    , m_cancelButton(new QPushButton)
    , m_submitButton(new QPushButton)
{
    m_category->setObjectName(QStringLiteral("incomeCategoryCombo"));
    for (const char* category : categories) {
        m_category->addItem(QString(), QString::fromLatin1(category));
    }
    m_month->setObjectName(QStringLiteral("incomeMonthCombo"));
    m_payer->setObjectName(QStringLiteral("incomePayerEdit"));
    m_payer->setMaxLength(200);
    m_creditCode->setObjectName(QStringLiteral("incomeCreditCodeEdit"));
    m_creditCode->setMaxLength(18);
    m_amount->setObjectName(QStringLiteral("incomeAmountEdit"));
    m_withheld->setObjectName(QStringLiteral("incomeWithheldEdit"));
    m_withheld->setPlaceholderText(QStringLiteral("0.00"));
    m_cancelButton->setObjectName(QStringLiteral("incomeCancelEditButton"));
    m_cancelButton->setVisible(false);
    m_submitButton->setObjectName(QStringLiteral("addIncomeButton"));
    m_categoryLabel->setBuddy(m_category);
    m_monthLabel->setBuddy(m_month);
    m_payerLabel->setBuddy(m_payer);
    m_creditCodeLabel->setBuddy(m_creditCode);
    m_amountLabel->setBuddy(m_amount);
    m_withheldLabel->setBuddy(m_withheld);

    for (QLineEdit* edit : {m_payer, m_creditCode, m_amount, m_withheld}) {
        connect(edit, &QLineEdit::textChanged, this, &IncomeEntryForm::updateValidity);
        connect(edit, &QLineEdit::returnPressed, this, &IncomeEntryForm::submit);
    }
    connect(m_submitButton, &QPushButton::clicked, this, &IncomeEntryForm::submit);
    connect(m_cancelButton, &QPushButton::clicked, this, &IncomeEntryForm::reset);

    auto* grid = new QGridLayout;
    grid->addWidget(m_categoryLabel, 0, 0);
    grid->addWidget(m_category, 0, 1);
    grid->addWidget(m_monthLabel, 0, 2);
    grid->addWidget(m_month, 0, 3);
    grid->addWidget(m_payerLabel, 1, 0);
    grid->addWidget(m_payer, 1, 1);
    grid->addWidget(m_creditCodeLabel, 1, 2);
    grid->addWidget(m_creditCode, 1, 3);
    grid->addWidget(m_creditCodeError, 2, 2, 1, 2);
    grid->addWidget(m_amountLabel, 3, 0);
    grid->addWidget(m_amount, 3, 1);
    grid->addWidget(m_withheldLabel, 3, 2);
    grid->addWidget(m_withheld, 3, 3);
    grid->addWidget(m_amountError, 4, 0, 1, 2);
    grid->addWidget(m_withheldError, 4, 2, 1, 2);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_submitButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addLayout(buttons);

    setTabOrder(m_category, m_month);
    setTabOrder(m_month, m_payer);
    setTabOrder(m_payer, m_creditCode);
    setTabOrder(m_creditCode, m_amount);
    setTabOrder(m_amount, m_withheld);
    setTabOrder(m_withheld, m_cancelButton);
    setTabOrder(m_cancelButton, m_submitButton);
    setFocusProxy(m_category);
    retranslateUi();
}

void IncomeEntryForm::setTaxYear(int taxYear)
{
    m_taxYear = taxYear;
    m_month->clear();
    for (int month = 1; month <= 12; ++month) {
        const QString text = QStringLiteral("%1-%2").arg(taxYear).arg(month, 2, 10, QLatin1Char('0'));
        m_month->addItem(text, text);
    }
    reset();
}

void IncomeEntryForm::edit(const IncomeRow& row)
{
    m_editedId = row.id;
    m_category->setCurrentIndex(std::max(0, m_category->findData(row.category)));
    m_month->setCurrentIndex(std::max(0, m_month->findData(row.month)));
    m_payer->setText(row.payer);
    m_creditCode->setText(row.payerCreditCode);
    m_amount->setText(row.amount);
    m_withheld->setText(row.withheld);
    m_cancelButton->setVisible(true);
    retranslateUi();
    m_payer->setFocus();
}

void IncomeEntryForm::reset()
{
    const bool hadFocus = isAncestorOf(QApplication::focusWidget());
    m_editedId = 0;
    m_category->setCurrentIndex(0);
    m_month->setCurrentIndex(0);
    for (QLineEdit* edit : {m_payer, m_creditCode, m_amount, m_withheld}) {
        edit->clear();
    }
    m_cancelButton->setVisible(false);
    retranslateUi();
    if (hadFocus) {
        m_category->setFocus();
    }
}

void IncomeEntryForm::setBusy(bool busy)
{
    m_busy = busy;
    updateValidity();
}

void IncomeEntryForm::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QGroupBox::changeEvent(event);
}

void IncomeEntryForm::retranslateUi()
{
    setTitle(isEditing() ? tr("Change income you typed in") : tr("Add income the bureau does not know"));
    setAccessibleName(title());
    for (int i = 0; i < m_category->count(); ++i) {
        m_category->setItemText(i, IncomeRecordListModel::categoryText(m_category->itemData(i).toString()));
    }
    m_categoryLabel->setText(tr("&Kind:"));
    m_category->setAccessibleName(tr("Kind of income"));
    m_monthLabel->setText(tr("&Month:"));
    m_month->setAccessibleName(tr("Month the income was paid"));
    m_payerLabel->setText(tr("&Payer:"));
    m_payer->setAccessibleName(tr("Payer's name"));
    m_creditCodeLabel->setText(tr("Credit c&ode:"));
    m_creditCode->setAccessibleName(tr("Payer's unified social credit code, if you know it"));
    m_creditCode->setPlaceholderText(tr("optional"));
    m_creditCodeError->setAccessibleName(tr("Credit code check"));
    m_amountLabel->setText(tr("&Income:"));
    m_amount->setAccessibleName(tr("Income in yuan, before tax"));
    m_amountError->setAccessibleName(tr("Income check"));
    m_withheldLabel->setText(tr("Tax &withheld:"));
    m_withheld->setAccessibleName(tr("Tax withheld in yuan"));
    m_withheldError->setAccessibleName(tr("Tax withheld check"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setAccessibleName(tr("Cancel the change"));
    m_submitButton->setText(isEditing() ? tr("&Save") : tr("&Add"));
    m_submitButton->setAccessibleName(isEditing() ? tr("Save the changed income") : tr("Add this income"));
    updateValidity();
}

bool IncomeEntryForm::inputValid() const
{
    const AmountCheck::Result amount = AmountCheck::check(m_amount->text());
    const AmountCheck::Verdict withheld = AmountCheck::check(m_withheld->text()).verdict;
    const CreditCodeCheck::Verdict code = CreditCodeCheck::check(m_creditCode->text());
    return m_taxYear != 0 && !m_payer->text().trimmed().isEmpty() && amount.verdict == AmountCheck::Verdict::Valid &&
        amountProblem(amount, true).isEmpty() &&
        (withheld == AmountCheck::Verdict::Empty || withheld == AmountCheck::Verdict::Valid) &&
        (code == CreditCodeCheck::Verdict::Empty || code == CreditCodeCheck::Verdict::Valid);
}

void IncomeEntryForm::updateValidity()
{
    showError(m_creditCodeError,
              CreditCodeCheck::check(m_creditCode->text()) == CreditCodeCheck::Verdict::Invalid
                  ? tr("This is not a valid unified social credit code: check its 18 characters against the payer's "
                       "business licence or your pay slip, or leave it empty.")
                  : QString());
    showError(m_amountError, amountProblem(AmountCheck::check(m_amount->text()), true));
    showError(m_withheldError, amountProblem(AmountCheck::check(m_withheld->text()), false));
    m_submitButton->setEnabled(!m_busy && inputValid());
}

IncomeRow IncomeEntryForm::typedRow() const
{
    IncomeRow row;
    row.id = m_editedId;
    row.category = m_category->currentData().toString();
    row.month = m_month->currentData().toString();
    row.payer = m_payer->text().trimmed();
    row.payerCreditCode = m_creditCode->text().trimmed().toUpper();
    row.amount = AmountCheck::check(m_amount->text()).canonical;
    const AmountCheck::Result withheld = AmountCheck::check(m_withheld->text());
    row.withheld = withheld.verdict == AmountCheck::Verdict::Empty ? QStringLiteral("0.00") : withheld.canonical;
    row.origin = IncomeRow::Origin::Typed;
    return row;
}

void IncomeEntryForm::submit()
{
    if (m_busy || !inputValid()) {
        return;
    }
    emit submitted(typedRow());
}

} // namespace huisuan
