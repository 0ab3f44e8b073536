// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DisplayAmount.h"

#include <QLocale>

namespace huisuan {

QString displayAmount(const QString& canonical)
{
    const qsizetype dot = canonical.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? canonical : canonical.left(dot);
    const QString fraction = dot < 0 ? QString() : canonical.mid(dot + 1);
    const QLocale locale;
    bool ok = false;
    const qlonglong yuan = whole.toLongLong(&ok);
    if (!ok) {
        return canonical;
    }
    QString text = QStringLiteral("¥") + locale.toString(yuan);
    if (!fraction.isEmpty()) {
        text += locale.decimalPoint() + fraction;
    }
    return text;
}

} // namespace huisuan
