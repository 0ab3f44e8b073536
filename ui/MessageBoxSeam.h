// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>
#include <QString>
#include <optional>

namespace huisuan {

/**
 * The app's one way to ask a modal question (after KeePassXC's MessageBox::setNextAnswer): a test
 * sets the next answer, and the question is then answered at once without a dialog, its text kept
 * for the test to read. Any page that asks a question goes through here.
 */
class MessageBoxSeam
{
public:
    /** Asks `text` with Yes and No, No the default; the answer given, or the one a test set. */
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text);

    /** The answer to the next question, which then shows no dialog. */
    static void setNextAnswer(QMessageBox::StandardButton answer) { s_nextAnswer = answer; }
    /** The text of the last question asked. */
    static const QString& lastQuestion() { return s_lastQuestion; }

private:
    static inline std::optional<QMessageBox::StandardButton> s_nextAnswer;
    static inline QString s_lastQuestion;
};

} // namespace huisuan
