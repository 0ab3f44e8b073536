// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/IncomeRow.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace huisuan {

/**
 * The form for income the bureau does not know (typed by the taxpayer): kind, month, payer and
 * its credit code, amount and tax withheld, each checked as it is typed with the engine's rules.
 * It adds a new record, or changes the typed record given to edit().
 */
class IncomeEntryForm : public QGroupBox
{
    Q_OBJECT
public:
    explicit IncomeEntryForm(QWidget* parent = nullptr);

    /** The months offered are those of `taxYear`; clears the form. */
    void setTaxYear(int taxYear);
    /** Fills the form with the typed record `row`, to change it. */
    void edit(const IncomeRow& row);
    bool isEditing() const { return m_editedId != 0; }
    /** Empties the form, back to adding. */
    void reset();
    /** While the session saves, nothing is submitted twice. */
    void setBusy(bool busy);

signals:
    /** A valid record to save: `row.id` is 0 for a new one, else the id of the record edited. */
    void submitted(const huisuan::IncomeRow& row);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateValidity();
    void submit();
    /** The record as typed, amounts canonical; only meaningful when the input is valid. */
    IncomeRow typedRow() const;
    bool inputValid() const;

    int m_taxYear = 0;
    qint64 m_editedId = 0;
    bool m_busy = false;
    QLabel* m_categoryLabel;
    QComboBox* m_category;
    QLabel* m_monthLabel;
    QComboBox* m_month;
    QLabel* m_payerLabel;
    QLineEdit* m_payer;
    QLabel* m_creditCodeLabel;
    QLineEdit* m_creditCode;
    QLabel* m_creditCodeError;
    QLabel* m_amountLabel;
    QLineEdit* m_amount;
    QLabel* m_amountError;
    QLabel* m_withheldLabel;
    QLineEdit* m_withheld;
    QLabel* m_withheldError;
    QPushButton* m_cancelButton;
    QPushButton* m_submitButton;
};

} // namespace huisuan
