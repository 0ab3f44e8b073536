// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace huisuan {

/**
 * Whether a text can be the number of a bank card issued in China for a refund: 16 to 19 digits
 * (spaces allowed between groups, as the card prints them) whose last digit is the Luhn check
 * digit (ISO/IEC 7812-1), as UnionPay debit cards carry it.
 */
class BankCardCheck
{
    Q_DECLARE_TR_FUNCTIONS(BankCardCheck)

public:
    enum class Verdict { Valid, Incomplete, Invalid };

    struct Result
    {
        Verdict verdict = Verdict::Incomplete;
        QString digits; // the number without spaces
        QString message; // why it is invalid, for the user; empty otherwise
    };

    static Result check(const QString& text);
    /** The number as the receipt page shows it: only the last four digits, "•••• 1234". */
    static QString masked(const QString& digits);
};

} // namespace huisuan
