// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/TraceExplainer.h"

#include "explain/TraceStepReader.h"

#include <QRegularExpression>

namespace huisuan {

namespace {

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
    return TraceStepReader::text(object, key);
}

void appendLine(QString& out, const TraceStep& step)
{
    const QString indent = QStringLiteral("    ");
    out += QLatin1Char('\n') + monthPrefix(step.id) + QStringLiteral("%1 = %2\n").arg(step.label, step.value);
    out += indent + TraceExplainer::tr("How: %1").arg(step.formula) + QLatin1Char('\n');
    if (!step.inputs.isEmpty()) {
        QStringList parts;
        for (const TraceStep::Input& input : step.inputs) {
            parts << QStringLiteral("%1 = %2").arg(input.name, input.value);
        }
        out += indent + TraceExplainer::tr("From: %1").arg(parts.join(QStringLiteral("; "))) + QLatin1Char('\n');
    }
    for (const TraceStep::Rule& rule : step.rules) {
        QString entry = TraceExplainer::tr("Rule: %1 = %2 — %3").arg(rule.id, rule.value, rule.citation);
        if (rule.unverified) {
            entry +=
                QLatin1Char(' ') + TraceExplainer::tr("(unverified: a working hypothesis, see the rules reference)");
        }
        out += indent + entry + QLatin1Char('\n');
    }
    for (const TraceStep::Rounding& rounding : step.roundings) {
        out += indent +
            TraceExplainer::tr("Rounded half-up to the fen: %1 → %2").arg(rounding.unrounded, rounding.rounded) +
            QLatin1Char('\n');
    }
    if (!step.note.isEmpty()) {
        out += indent + TraceExplainer::tr("Note: %1").arg(step.note) + QLatin1Char('\n');
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
        for (const TraceStep& step : TraceStepReader::readAll(*trace)) {
            appendLine(out, step);
        }
    }
    out += QLatin1Char('\n') + conclusion(kindName, result) + QLatin1Char('\n');
    return out;
}

} // namespace huisuan
