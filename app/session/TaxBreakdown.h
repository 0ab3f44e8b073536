// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace huisuan {

/**
 * Where an annual return's tax comes from, as plain data for a chart: the income by category,
 * the deductions by kind and the brackets of the annual table the taxable income reaches, with
 * the tax each bracket contributes. Amounts are canonical text ("12345.00"); labels are
 * translated in the language of the moment, so build it again after a language change.
 */
struct TaxBreakdown
{
    struct Part
    {
        QString key; // the engine's name: "wages", "basic_deduction", "children_education[0]", …
        QString label;
        QString amount;
    };
    struct BracketPart
    {
        QString lower; // the bracket's lower edge (exclusive, except 0)
        QString upper; // its upper edge (inclusive); empty for the open top bracket
        QString rate; // "0.10"
        QString taxed; // the part of the taxable income that falls in the bracket
        QString tax; // taxed × rate, exact to the fen
    };

    QList<Part> income; // gross, before the expenses row; nonzero categories only
    QList<Part> deductions; // nonzero only
    QList<BracketPart> brackets; // lowest first; empty when nothing is taxable
    QString taxableIncome;
    QString taxOnComprehensiveIncome; // the return's figure: the brackets' taxes add up to it
    QString bonusTax; // the bonus taxed on its own ("0.00" when combined or none)
    bool bracketsKnown = true; // false when the return's rule pack is not built into this version

    static TaxBreakdown fromJson(const QByteArray& resultJson, const QByteArray& traceJson);
};

} // namespace huisuan
