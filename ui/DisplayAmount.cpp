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

QString displayRate(const QString& canonical)
{
    // The decimal point moves two places: text in, text out, so the rate stays exact.
    const qsizetype dot = canonical.indexOf(QLatin1Char('.'));
    const QString whole = dot < 0 ? canonical : canonical.left(dot);
    const QString fraction = (dot < 0 ? QString() : canonical.mid(dot + 1)).leftJustified(2, QLatin1Char('0'));
    bool ok = false;
    const qlonglong percent = (whole + fraction.left(2)).toLongLong(&ok);
    if (!ok) {
        return canonical;
    }
    QString decimals = fraction.mid(2);
    while (decimals.endsWith(QLatin1Char('0'))) {
        decimals.chop(1);
    }
    const QLocale locale;
    QString text = locale.toString(percent);
    if (!decimals.isEmpty()) {
        text += locale.decimalPoint() + decimals;
    }
    return text + locale.percent();
}

} // namespace huisuan
