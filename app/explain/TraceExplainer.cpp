// SPDX-License-Identifier: GPL-3.0-or-later
#include "explain/TraceExplainer.h"

namespace huisuan {

namespace {

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
    const QByteArray utf8 = source.toUtf8();
    return QCoreApplication::translate("Trace", utf8.constData());
}

void appendLine(QString& out, const JsonValue& line)
{
    const QString indent = QStringLiteral("    ");
    out += QStringLiteral("%1 = %2\n").arg(translatedTrace(text(line, "label")), text(line, "value"));
    out += indent + TraceExplainer::tr("How: %1").arg(translatedTrace(text(line, "formula"))) + QLatin1Char('\n');
    const JsonValue* inputs = line.find(QStringLiteral("inputs"));
    if (inputs && !inputs->items().empty()) {
        QStringList parts;
        for (const JsonValue& input : inputs->items()) {
            parts << QStringLiteral("%1 = %2").arg(text(input, "name"), text(input, "value"));
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
    const QString note = text(line, "note");
    if (!note.isEmpty()) {
        out += indent + TraceExplainer::tr("Note: %1").arg(note) + QLatin1Char('\n');
    }
}

} // namespace

QString TraceExplainer::explain(const QString& kindName, const JsonValue& result)
{
    QString out = kindTitle(kindName) + QLatin1Char('\n');
    const QString pack = text(result, "rule_pack");
    if (!pack.isEmpty()) {
        out += tr("Rule pack: %1").arg(pack) + QLatin1Char('\n');
    }
    out += tr("Engine version: %1").arg(text(result, "engine_version")) + QLatin1String("\n\n");
    const JsonValue* trace = result.find(QStringLiteral("trace"));
    if (trace) {
        for (const JsonValue& line : trace->items()) {
            appendLine(out, line);
        }
    }
    if (kindName == QLatin1String("identifier")) {
        out += tr("Valid: %1").arg(text(result, "valid")) + QLatin1Char('\n');
    }
    return out;
}

} // namespace huisuan
