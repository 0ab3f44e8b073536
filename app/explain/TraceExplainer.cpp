// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/TraceExplainer.h"

#include <QRegularExpression>

namespace huisuan {

namespace {

// The names of the inputs and the word values the engine writes into its traces, marked for
// translation here because the engine stays language-neutral.
[[maybe_unused]] constexpr const char* traceInputNames[] = {
    QT_TRANSLATE_NOOP("TraceInput", "amount"),
    QT_TRANSLATE_NOOP("TraceInput", "expense"),
    QT_TRANSLATE_NOOP("TraceInput", "taxable"),
    QT_TRANSLATE_NOOP("TraceInput", "bonus"),
    QT_TRANSLATE_NOOP("TraceInput", "months_counted"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_wages"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_tax_free_income"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_basic_deduction"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_special_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_special_additional_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_other_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_taxable_income"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_tax"),
    QT_TRANSLATE_NOOP("TraceInput", "cumulative_tax_relief"),
    QT_TRANSLATE_NOOP("TraceInput", "already_withheld"),
    QT_TRANSLATE_NOOP("TraceInput", "months"),
    QT_TRANSLATE_NOOP("TraceInput", "share_percent"),
    QT_TRANSLATE_NOOP("TraceInput", "degree_months"),
    QT_TRANSLATE_NOOP("TraceInput", "certificate"),
    QT_TRANSLATE_NOOP("TraceInput", "out_of_pocket"),
    QT_TRANSLATE_NOOP("TraceInput", "monthly_share"),
    QT_TRANSLATE_NOOP("TraceInput", "paid"),
    QT_TRANSLATE_NOOP("TraceInput", "wages"),
    QT_TRANSLATE_NOOP("TraceInput", "labor"),
    QT_TRANSLATE_NOOP("TraceInput", "author"),
    QT_TRANSLATE_NOOP("TraceInput", "royalties"),
    QT_TRANSLATE_NOOP("TraceInput", "expenses_row"),
    QT_TRANSLATE_NOOP("TraceInput", "author_exempt_row"),
    QT_TRANSLATE_NOOP("TraceInput", "bonus_combined"),
    QT_TRANSLATE_NOOP("TraceInput", "comprehensive_income"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_free_income"),
    QT_TRANSLATE_NOOP("TraceInput", "basic_deduction"),
    QT_TRANSLATE_NOOP("TraceInput", "special_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "special_additional_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "other_deductions"),
    QT_TRANSLATE_NOOP("TraceInput", "taxable_income_before_donations"),
    QT_TRANSLATE_NOOP("TraceInput", "limited_donations"),
    QT_TRANSLATE_NOOP("TraceInput", "full_donations"),
    QT_TRANSLATE_NOOP("TraceInput", "limit"),
    QT_TRANSLATE_NOOP("TraceInput", "donations_deducted"),
    QT_TRANSLATE_NOOP("TraceInput", "taxable_income"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_relief_claimed"),
    QT_TRANSLATE_NOOP("TraceInput", "tax"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_on_comprehensive_income"),
    QT_TRANSLATE_NOOP("TraceInput", "bonus_tax"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_relief"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_payable_separate"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_payable_combined"),
    QT_TRANSLATE_NOOP("TraceInput", "tax_payable"),
    QT_TRANSLATE_NOOP("TraceInput", "prepaid"),
    QT_TRANSLATE_NOOP("TraceInput", "balance"),
    QT_TRANSLATE_NOOP("TraceInput", "gross_comprehensive_income"),
};
[[maybe_unused]] constexpr const char* traceWordValues[] = {
    QT_TRANSLATE_NOOP("TraceValue", "true"),
    QT_TRANSLATE_NOOP("TraceValue", "false"),
    QT_TRANSLATE_NOOP("TraceValue", "separate"),
    QT_TRANSLATE_NOOP("TraceValue", "combined"),
};

QString translated(const char* context, const QString& source)
{
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate(context, utf8.constData());
}

/** Trace values are amounts, rates and counts, or one of a few words that get translated. */
QString translatedValue(const QString& value)
{
    const bool word = !value.isEmpty() && value.at(0).isLetter();
    return word ? translated("TraceValue", value) : value;
}

/** "Month 3: " for the per-month lines of a withholding trace, whose ids name the month. */
QString monthPrefix(const QString& lineId)
{
    static const QRegularExpression monthPattern(QStringLiteral("\\.month_(\\d+)\\."));
    const auto match = monthPattern.match(lineId);
    return match.hasMatch() ? TraceExplainer::tr("Month %1: ").arg(match.captured(1).toInt()) : QString();
}

QString kindTitle(const QString& kindName)
{
    if (kindName == QLatin1String("wage-withholding")) {
        return TraceExplainer::tr("Cumulative withholding of wages");
    }
    if (kindName == QLatin1String("payment-prepayment")) {
        return TraceExplainer::tr("Prepayment on one payment of labor, author or royalty income");
    }
    if (kindName == QLatin1String("annual-bonus")) {
        return TraceExplainer::tr("Annual one-off bonus taxed separately");
    }
    if (kindName == QLatin1String("annual-return")) {
        return TraceExplainer::tr("Annual reconciliation of comprehensive income");
    }
    return TraceExplainer::tr("Identifier check");
}

QString text(const JsonValue& object, const char* key)
{
    const JsonValue* value = object.find(QLatin1String(key));
    if (!value) {
        return {};
    }
    if (value->isBool()) {
        return value->toBool() ? TraceExplainer::tr("yes") : TraceExplainer::tr("no");
    }
    return value->text();
}

QString translatedTrace(const QString& source)
{
    return translated("Trace", source);
}

void appendLine(QString& out, const JsonValue& line)
{
    const QString indent = QStringLiteral("    ");
    out += QLatin1Char('\n') + monthPrefix(text(line, "id")) +
        QStringLiteral("%1 = %2\n").arg(translatedTrace(text(line, "label")), translatedValue(text(line, "value")));
    out += indent + TraceExplainer::tr("How: %1").arg(translatedTrace(text(line, "formula"))) + QLatin1Char('\n');
    const JsonValue* inputs = line.find(QStringLiteral("inputs"));
    if (inputs && !inputs->items().empty()) {
        QStringList parts;
        for (const JsonValue& input : inputs->items()) {
            parts << QStringLiteral("%1 = %2").arg(translated("TraceInput", text(input, "name")),
                                                   translatedValue(text(input, "value")));
        }
        out += indent + TraceExplainer::tr("From: %1").arg(parts.join(QStringLiteral("; "))) + QLatin1Char('\n');
    }
    const JsonValue* parameters = line.find(QStringLiteral("parameters"));
    if (parameters) {
        for (const JsonValue& parameter : parameters->items()) {
            QString entry = TraceExplainer::tr("Rule: %1 = %2 — %3")
                                .arg(text(parameter, "id"), text(parameter, "value"), text(parameter, "citation"));
            if (text(parameter, "confidence") == QLatin1String("M")) {
                entry += QLatin1Char(' ') +
                    TraceExplainer::tr("(unverified: a working hypothesis, see the rules reference)");
            }
            out += indent + entry + QLatin1Char('\n');
        }
    }
    const JsonValue* roundings = line.find(QStringLiteral("rounding"));
    if (roundings) {
        for (const JsonValue& rounding : roundings->items()) {
            out += indent +
                TraceExplainer::tr("Rounded half-up to the fen: %1 → %2")
                    .arg(text(rounding, "unrounded"), text(rounding, "rounded")) +
                QLatin1Char('\n');
        }
    }
    if (const JsonValue* note = line.find(QStringLiteral("note"))) {
        const QString remark = translatedTrace(text(*note, "text")).arg(text(*note, "argument"));
        out += indent + TraceExplainer::tr("Note: %1").arg(remark) + QLatin1Char('\n');
    }
}

/** The one sentence a person wants at the end: what is withheld, owed or refunded. */
QString conclusion(const QString& kindName, const JsonValue& result)
{
    if (kindName == QLatin1String("wage-withholding")) {
        return TraceExplainer::tr("In total the employer withholds %1.").arg(text(result, "total_withheld"));
    }
    if (kindName == QLatin1String("payment-prepayment")) {
        return TraceExplainer::tr("The payer withholds %1 from this payment.").arg(text(result, "withheld"));
    }
    if (kindName == QLatin1String("annual-bonus")) {
        return TraceExplainer::tr("The tax on the bonus is %1.").arg(text(result, "tax"));
    }
    if (kindName == QLatin1String("identifier")) {
        const JsonValue* valid = result.find(QStringLiteral("valid"));
        return valid && valid->toBool() ? TraceExplainer::tr("The identifier is valid.")
                                        : TraceExplainer::tr("The identifier is not valid.");
    }
    const JsonValue* exempt = result.find(QStringLiteral("exempt_from_payment"));
    const QString refund = text(result, "refund");
    const QString due = text(result, "amount_due");
    if (exempt && exempt->toBool()) {
        return TraceExplainer::tr("%1 would be due, but you are exempt from paying it this year.")
            .arg(text(result, "balance"));
    }
    if (refund != QLatin1String("0.00")) {
        return TraceExplainer::tr("You are owed a refund of %1.").arg(refund);
    }
    if (due != QLatin1String("0.00")) {
        return TraceExplainer::tr("You must pay %1.").arg(due);
    }
    return TraceExplainer::tr("Nothing to pay and nothing to refund.");
}

} // namespace

QString TraceExplainer::explain(const QString& kindName, const JsonValue& result)
{
    QString out = kindTitle(kindName) + QLatin1Char('\n');
    const QString pack = text(result, "rule_pack");
    if (!pack.isEmpty()) {
        out += tr("Rule pack: %1").arg(pack) + QLatin1Char('\n');
    }
    out += tr("Engine version: %1").arg(text(result, "engine_version")) + QLatin1Char('\n');
    const JsonValue* trace = result.find(QStringLiteral("trace"));
    if (trace) {
        for (const JsonValue& line : trace->items()) {
            appendLine(out, line);
        }
    }
    out += QLatin1Char('\n') + conclusion(kindName, result) + QLatin1Char('\n');
    return out;
}

} // namespace huisuan
