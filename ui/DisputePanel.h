// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DisputeReason.h"
#include "session/IncomeRow.h"

#include <QGroupBox>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace huisuan {

/**
 * 申诉: what the taxpayer tells the bureau about a prefilled record they do not recognise, a
 * reason and an optional note. Sending asks for confirmation first (MessageBoxSeam).
 */
class DisputePanel : public QGroupBox
{
    Q_OBJECT
public:
    explicit DisputePanel(QWidget* parent = nullptr);

    /** Shows the panel for the prefilled record `row`, reason and note empty. */
    void start(const IncomeRow& row);
    /** While the bureau is asked, nothing is sent twice. */
    void setBusy(bool busy);

signals:
    /** Confirmed: dispute the record `id` for `reason`. */
    void submitted(qint64 id, huisuan::DisputeReason reason, const QString& note);
    void cancelled();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void send();

    IncomeRow m_row;
    QLabel* m_record;
    QLabel* m_reasonLabel;
    QComboBox* m_reason;
    QLabel* m_noteLabel;
    QLineEdit* m_note;
    QPushButton* m_cancelButton;
    QPushButton* m_sendButton;
};

} // namespace huisuan
