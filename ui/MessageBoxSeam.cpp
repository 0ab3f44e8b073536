// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageBoxSeam.h"

#include <QMessageBox>
#include <QPushButton>
#include <utility>

namespace huisuan {

bool MessageBoxSeam::confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText)
{
    s_lastQuestion = text;
    if (const std::optional<bool> answer = std::exchange(s_nextAnswer, std::nullopt)) {
        return *answer;
    }
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* confirmButton = box.addButton(confirmText, QMessageBox::AcceptRole);
    confirmButton->setAccessibleName(confirmText);
    // A mistaken Return must not send, delete or withdraw anything: Cancel is the default.
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == confirmButton;
}

} // namespace huisuan
