// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsonValue.h"
#include "json/Problems.h"
#include <QByteArray>
#include <QString>
#include <optional>

namespace huisuan {

/** The calculations the engine offers, by their names in the case format. */
enum class ComputeKind { WageWithholding, PaymentPrepayment, AnnualBonus, AnnualReturn, Identifier };

std::optional<ComputeKind> computeKindFromName(const QString& name);
QString computeKindName(ComputeKind kind);
QStringList computeKindNames();

/**
 * The engine's one public entry point for a computation: JSON in, JSON out, as
 * docs/case-format.md defines. `huisuan-cli compute` and the acceptance runner both call it, so
 * what a user runs is what the tests run. No exception leaves it.
 */
class ComputeService
{
public:
    enum class Status {
        Computed, // result holds the result object
        Refused, // problems say why; nothing was computed
        Failed, // failure says what went wrong inside (a bug or an overflow); nothing was computed
    };

    struct Outcome
    {
        Status status = Status::Failed;
        JsonValue result;
        Problems problems;
        QString failure;
    };

    struct Options
    {
        bool withTrace = true;
    };

    /** Computes from an input object. */
    [[nodiscard]] static Outcome compute(ComputeKind kind, const JsonValue& input, const Options& options);
    [[nodiscard]] static Outcome compute(ComputeKind kind, const JsonValue& input)
    {
        return compute(kind, input, Options());
    }

    /**
     * Computes from a document's bytes: a bare input object, or a whole case
     * ({"id", "source", "kind", "input", "expect" | "expect_error"}) whose kind must match.
     * Malformed JSON is a refusal, reported at the path "(document)".
     */
    [[nodiscard]] static Outcome computeDocument(ComputeKind kind, const QByteArray& bytes, const Options& options);
};

} // namespace huisuan
