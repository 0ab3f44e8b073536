// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace huisuan {

/**
 * One line of an engine trace as people read it, in the language of the installed translator:
 * the label, the value, the formula in words, the inputs it used, the rule parameters with their
 * citations, the roundings applied and a remark such as a cap that bit. Plain data (Qt Core
 * only), so that the command line's text and the desktop app's "why?" read the same words.
 */
struct TraceStep
{
    struct Input
    {
        QString key; // the engine's name, e.g. "wages"
        QString name; // translated
        QString value; // canonical amount, rate or count, or a translated word
    };
    struct Rule
    {
        QString id; // the rule pack parameter, e.g. "basic_deduction.annual"
        QString value;
        QString citation; // the law or announcement, as the pack cites it
        bool unverified = false; // a working hypothesis ([M] in the rules reference)
    };
    struct Rounding
    {
        QString unrounded;
        QString rounded; // half-up to the fen, the only rounding the rules use
    };

    QString id; // the engine's line id, e.g. "annual_return.taxable_income"
    QString label;
    QString value; // canonical amount, rate or count, or a translated word
    QString formula;
    QList<Input> inputs;
    QList<Rule> rules;
    QList<Rounding> roundings;
    QString note; // translated with its argument; empty when there is nothing to add
};

} // namespace huisuan
