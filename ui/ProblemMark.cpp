// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ProblemMark.h"

#include <QBrush>
#include <QLabel>
#include <QPalette>
#include <QVariant>

namespace huisuan {

namespace {

const QColor problemText(0xb0, 0x00, 0x20);
const QColor problemBackground(0xfd, 0xe7, 0xe9);

} // namespace

void markProblem(QWidget* field, bool wrong)
{
    if (field == nullptr) {
        return;
    }
    field->setProperty("problem", wrong);
    if (!wrong) {
        field->setPalette(QPalette());
        return;
    }
    QPalette palette = field->palette();
    palette.setColor(QPalette::Base, problemBackground);
    palette.setColor(QPalette::Button, problemBackground);
    field->setPalette(palette);
}

QBrush problemRowBackground()
{
    return problemBackground;
}

void makeProblemLine(QLabel* label)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, problemText);
    label->setPalette(palette);
    label->setWordWrap(true);
    label->setVisible(false);
}

} // namespace huisuan
