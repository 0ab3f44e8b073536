// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QBrush;
class QLabel;
class QWidget;

namespace huisuan {

/**
 * Marks a field that holds a refused value (a tinted background, and the "problem" property
 * tests and styles read), or clears the mark. A palette, not a style sheet: a style sheet on a
 * spin box or a combo box replaces its native arrows.
 */
void markProblem(QWidget* field, bool wrong);
/** The background of a table row that holds a problem, the tint markProblem gives a field. */
QBrush problemRowBackground();
/** Makes `label` the line under a field that says what is wrong: red, wrapped, hidden until needed. */
void makeProblemLine(QLabel* label);

} // namespace huisuan
