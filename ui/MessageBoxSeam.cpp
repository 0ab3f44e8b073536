// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/MessageBoxSeam.h"

namespace huisuan {

QMessageBox::StandardButton MessageBoxSeam::question(QWidget* parent, const QString& title, const QString& text)
{
    s_lastQuestion = text;
    if (s_nextAnswer) {
        const QMessageBox::StandardButton answer = *s_nextAnswer;
        s_nextAnswer.reset();
        return answer;
    }
    return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
}

} // namespace huisuan
