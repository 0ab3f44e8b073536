// SPDX-License-Identifier: GPL-3.0-or-later
#include "CellText.h"

#include <QRegularExpression>

namespace huisuan {

namespace {

constexpr int SignificantDigits = 15; // what Excel shows of a double (and all a double holds exactly)
constexpr int MaxYuanDigits = 12; // the engine's largest amount is 999999999999.99

/** Full-width digits, point, comma and space (as a Chinese input method types them) as their ASCII forms. */
QString halfWidth(const QString& text)
{
    QString result = text;
    for (QChar& character : result) {
        const char16_t code = character.unicode();
        if (code >= 0xFF10 && code <= 0xFF19) {
            character = QChar(u'0' + (code - 0xFF10));
        } else if (code == 0xFF0E) {
            character = u'.';
        } else if (code == 0xFF0C) {
            character = u',';
        } else if (code == 0x3000) {
            character = u' ';
        }
    }
    return result.trimmed();
}

/**
 * The decimal text of an XLSX number rounded half-up to 15 significant digits, without exponent
 * or trailing zeros ("1234.5600000000001" → "1234.56", "1.5E+3" → "1500"); empty when the text is
 * not a number.
 */
QString atSignificantDigits(const QString& number)
{
    static const QRegularExpression grammar(QStringLiteral("^(-?)(\\d+)(?:\\.(\\d+))?(?:[eE]([+-]?\\d{1,4}))?$"));
    const QRegularExpressionMatch match = grammar.match(number);
    if (!match.hasMatch()) {
        return QString();
    }
    QString digits = match.captured(2) + match.captured(3);
    int exponent = match.captured(4).toInt() - static_cast<int>(match.captured(3).size());
    while (digits.size() > 1 && digits.startsWith(u'0')) {
        digits.remove(0, 1);
    }
    if (digits.size() > SignificantDigits) {
        bool up = digits.at(SignificantDigits) >= u'5';
        exponent += static_cast<int>(digits.size()) - SignificantDigits;
        digits.truncate(SignificantDigits);
        for (qsizetype index = digits.size() - 1; up; --index) {
            if (index < 0) {
                digits.prepend(u'1');
                break;
            }
            up = digits.at(index) == u'9';
            digits[index] = up ? u'0' : QChar(digits.at(index).unicode() + 1);
        }
    }
    while (digits.size() > 1 && digits.endsWith(u'0')) {
        digits.chop(1);
        ++exponent;
    }
    if (digits == u"0") {
        return QStringLiteral("0");
    }
    if (exponent >= 0) {
        return match.captured(1) + digits + QString(exponent, u'0');
    }
    const qsizetype point = digits.size() + exponent;
    const QString plain = point > 0 ? digits.left(point) + u'.' + digits.mid(point)
                                    : QStringLiteral("0.") + QString(-point, u'0') + digits;
    return match.captured(1) + plain;
}

} // namespace

std::optional<QString> CellText::money(const QString& cell, QString* reason)
{
    static const QRegularExpression plain(QStringLiteral("^(0|[1-9]\\d*)(\\.\\d{1,2})?$"));
    static const QRegularExpression grouped(QStringLiteral("^[1-9]\\d{0,2}(,\\d{3})+(\\.\\d{1,2})?$"));
    static const QRegularExpression tooPrecise(QStringLiteral("^\\d[\\d,]*\\.\\d{3,}$"));
    const QString text = halfWidth(cell);
    QString why;
    QString amount;
    if (text.isEmpty()) {
        why = tr("The amount is empty. Enter the amount, or 0 if there is none.");
    } else if (plain.match(text).hasMatch()) {
        amount = text;
    } else if (grouped.match(text).hasMatch()) {
        amount = QString(text).remove(u',');
    } else if (text.startsWith(u'-') || text.startsWith(u'(')) {
        why = tr("The amount \"%1\" is negative; only amounts of 0 or more can be imported. Enter the amount "
                 "without a minus sign, or correct the month it belongs to.")
                  .arg(cell);
    } else if (tooPrecise.match(text).hasMatch()) {
        why = tr("The amount \"%1\" has more than two decimals, but amounts are in yuan and fen. Round it to the fen "
                 "(two decimals) and import again.")
                  .arg(cell);
    } else if (text.contains(u',')) {
        why = tr("The commas in \"%1\" are not thousands separators (a comma every three digits, before the "
                 "decimal point), so the amount could be read more than one way. Write it without commas, as "
                 "12000.50, and import again.")
                  .arg(cell);
    } else {
        why = tr("\"%1\" is not an amount. Write amounts in yuan with at most two decimals, as 12000.50, without a "
                 "currency sign or letters, and import again.")
                  .arg(cell);
    }
    if (!amount.isEmpty() && amount.section(u'.', 0, 0).size() > MaxYuanDigits) {
        why = tr("The amount \"%1\" is larger than 999999999999.99 yuan, the largest that can be imported. Check the "
                 "cell and import again.")
                  .arg(cell);
        amount.clear();
    }
    if (amount.isEmpty()) {
        if (reason) {
            *reason = why;
        }
        return std::nullopt;
    }
    const qsizetype point = amount.indexOf(u'.');
    if (point < 0) {
        return amount + QStringLiteral(".00");
    }
    return amount + QString(2 - (amount.size() - point - 1), u'0');
}

std::optional<QString> CellText::money(const TabularCell& cell, QString* reason)
{
    switch (cell.kind) {
    case TabularCell::Kind::Text:
        return money(cell.text, reason);
    case TabularCell::Kind::Number: {
        const QString decimal = atSignificantDigits(cell.text);
        const qsizetype point = decimal.indexOf(u'.');
        if (!decimal.isEmpty() && point >= 0 && decimal.size() - point - 1 > 2) {
            if (reason) {
                *reason = tr("The amount %1 has more than two decimals, but amounts are in yuan and fen. Round it "
                             "to the fen (two decimals) in the workbook and import again.")
                              .arg(decimal);
            }
            return std::nullopt;
        }
        return money(decimal.isEmpty() ? cell.text : decimal, reason);
    }
    case TabularCell::Kind::Date:
        if (reason) {
            *reason = tr("This cell is formatted as a date, but an amount belongs here. Format the cell as a number, "
                         "enter the amount and import again.");
        }
        return std::nullopt;
    case TabularCell::Kind::Boolean:
        break;
    }
    if (reason) {
        *reason = tr("This cell holds TRUE or FALSE, but an amount belongs here. Enter the amount and import again.");
    }
    return std::nullopt;
}

std::optional<QDate> CellText::date(const TabularCell& cell, QString* reason)
{
    if (cell.kind == TabularCell::Kind::Date || cell.kind == TabularCell::Kind::Number) {
        bool whole = false;
        const int serial = cell.text.toInt(&whole);
        // Serial 60 is Excel's 29 February 1900, a day that never was; from 61 on the serials are true days.
        if (whole && serial >= 61) {
            return QDate(1899, 12, 30).addDays(serial);
        }
    } else if (cell.kind == TabularCell::Kind::Text) {
        const QDate date = QDate::fromString(halfWidth(cell.text), Qt::ISODate);
        if (date.isValid()) {
            return date;
        }
    }
    if (reason) {
        *reason = tr("\"%1\" is not a date. Write dates as 2025-03-01 (year-month-day), or format the cell as a date "
                     "in Excel, and import again.")
                      .arg(cell.text);
    }
    return std::nullopt;
}

} // namespace huisuan
