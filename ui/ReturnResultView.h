// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/ReturnExplanation.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QScrollArea;

namespace huisuan {

class TraceDialog;

/**
 * The lines of a computed return, each amount as the user's locale writes it and each with a
 * "why?" button that opens its explanation (TraceDialog). The reconciliation wizard's result page
 * and the return page both show it.
 */
class ReturnResultView : public QWidget
{
    Q_OBJECT
public:
    explicit ReturnResultView(QWidget* parent = nullptr);

    /** Shows `explanation`'s lines; an open explanation follows (e.g. into a new language). */
    void setExplanation(const ReturnExplanation& explanation);
    /** Opens the explanation of the line `key` without blocking and returns it; nullptr if no such line. */
    TraceDialog* explain(const QString& key);
    /** The explanation open now, or nullptr. */
    TraceDialog* openExplanation() const;

private:
    void clearRows();

    ReturnExplanation m_explanation;
    QGridLayout* m_grid;
    QScrollArea* m_scroll;
    QPointer<TraceDialog> m_dialog;
};

} // namespace huisuan
