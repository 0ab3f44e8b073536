// SPDX-License-Identifier: GPL-3.0-or-later
#include "trace/Trace.h"

namespace huisuan {

TraceLine& Trace::add(QString id, const char* label, const char* formula, QString value)
{
    TraceLine line;
    line.id = std::move(id);
    line.label = label;
    line.formula = formula;
    line.value = std::move(value);
    m_lines.push_back(std::move(line));
    return m_lines.back();
}

TraceLineBuilder::TraceLineBuilder(
    Trace* trace, const QString& id, const char* label, const char* formula, const QString& value)
{
    if (trace) {
        m_line = &trace->add(id, label, formula, value);
    }
}

TraceLineBuilder::TraceLineBuilder(
    Trace* trace, const QString& id, const char* label, const char* formula, const Money& value)
{
    if (trace) {
        m_line = &trace->add(id, label, formula, value.toString());
    }
}

TraceLineBuilder& TraceLineBuilder::input(const QString& name, const Money& value)
{
    if (m_line) {
        m_line->inputs.push_back({name, value.toString()});
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::input(const QString& name, int value)
{
    if (m_line) {
        m_line->inputs.push_back({name, QString::number(value)});
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::input(const QString& name, const QString& value)
{
    if (m_line) {
        m_line->inputs.push_back({name, value});
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::parameter(const CitedMoney& parameter)
{
    return this->parameter(parameter.source, parameter.value);
}

TraceLineBuilder& TraceLineBuilder::parameter(const CitedRate& parameter)
{
    if (m_line) {
        this->parameter(parameter.source, parameter.value.toString());
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::parameter(const Policy& policy)
{
    if (m_line) {
        const QString validTo = policy.validTo.isNull() ? QString() : policy.validTo.toString(Qt::ISODate);
        this->parameter(policy.source, QStringLiteral("%1/%2").arg(policy.validFrom.toString(Qt::ISODate), validTo));
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::parameter(const ParameterSource& source, const Money& value)
{
    if (m_line) {
        this->parameter(source, value.toString());
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::parameter(const ParameterSource& source, int value)
{
    if (m_line) {
        this->parameter(source, QString::number(value));
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::parameter(const ParameterSource& source, const QString& value)
{
    if (m_line) {
        m_line->parameters.push_back({source, value});
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::bracket(const RateTable& table, const Bracket& bracket)
{
    if (m_line) {
        // Interval notation reads the same in every language: "(36000.00, 144000.00] × 0.10 − 2520.00".
        const auto index = size_t(&bracket - table.brackets.data());
        const QString lower =
            index == 0 ? QStringLiteral("[0") : QStringLiteral("(") + table.brackets[index - 1].upTo->toString();
        const QString upper = bracket.upTo ? bracket.upTo->toString() + QLatin1Char(']') : QStringLiteral("∞)");
        m_line->parameters.push_back(
            {table.source,
             QStringLiteral("%1, %2 × %3 − %4")
                 .arg(lower, upper, bracket.rate.toString(), bracket.quickDeduction.toString())});
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::rounding(Rounding mode, const UnroundedMoney& unrounded, const Money& rounded)
{
    if (m_line) {
        m_line->roundings.push_back({mode, unrounded.toString(), rounded.toString()});
    }
    return *this;
}

TraceLineBuilder& TraceLineBuilder::note(const char* text, const Money& argument)
{
    if (m_line) {
        m_line->note = {text, argument.toString()};
    }
    return *this;
}

} // namespace huisuan
