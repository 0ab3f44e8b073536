// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace huisuan {

/**
 * The app's confirmations, asked in a modal message box. A test answers the next one in advance
 * with setNextAnswer (as KeePassXC's MessageBox::setNextAnswer does), so no dialog waits for a
 * click no one makes and no timer races it; the question asked stays readable for the test.
 */
class MessageBoxSeam
{
public:
    /** Asks `text`; true when the user chose `confirmText`, false on Cancel or Escape. */
    static bool confirm(QWidget* parent, const QString& title, const QString& text, const QString& confirmText);

    /** The answer the next confirm() gives without showing anything; for tests. */
    static void setNextAnswer(bool confirmed) { s_nextAnswer = confirmed; }
    /** The text of the last question asked. */
    static const QString& lastQuestion() { return s_lastQuestion; }

private:
    static inline std::optional<bool> s_nextAnswer;
    static inline QString s_lastQuestion;
};

} // namespace huisuan
