// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ReturnExplanation.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTextBrowser;

namespace huisuan {

/**
 * The "why?" of one number of a return: how it is computed, from what, under which rule and
 * citation, how it was rounded, and the items it is made of. Opened with open(), so that it never
 * blocks and a test reads it as the user would.
 */
class TraceDialog : public QDialog
{
    Q_OBJECT
public:
    explicit TraceDialog(QWidget* parent = nullptr);

    /** Shows `line`; called again with the line rebuilt after a language change. */
    void setLine(const ResultLine& line);
    QString key() const { return m_line.key; }
    /** What the dialog says, as plain text: what a screen reader reads and what tests check. */
    QString detailsText() const;

private:
    void render();

    ResultLine m_line;
    QLabel* m_headline;
    QTextBrowser* m_details;
    QDialogButtonBox* m_buttons;
};

/** A result line's value as the user's locale writes it: an amount, a percentage or a word. */
QString displayValue(const ResultLine& line);

} // namespace huisuan
