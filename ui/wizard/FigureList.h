// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMap>
#include <QWidget>

class QFormLayout;
class QLabel;

namespace huisuan {

/** Named amounts of a computed return, one per row, right-aligned in the user's number format. */
class FigureList : public QWidget
{
    Q_OBJECT
public:
    /** `keys` are the result members shown, in order; each row's label object is named after its key. */
    explicit FigureList(const QStringList& keys, QWidget* parent = nullptr);

    /** The captions, in the order of the keys, in the language of the moment. */
    void setCaptions(const QStringList& captions);
    /** Shows each key's amount from `figures`; a key it lacks shows a dash, or its row is hidden if `hideMissing`. */
    void showFigures(const QMap<QString, QString>& figures, bool hideMissing = false);

private:
    QFormLayout* m_form;
    QStringList m_keys;
    QList<QLabel*> m_captions;
    QList<QLabel*> m_amounts;
};

} // namespace huisuan
