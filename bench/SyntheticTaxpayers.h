// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compute/AnnualReturn.h"

#include <QByteArray>
#include <vector>

namespace huisuan::bench {

/**
 * A synthetic population for the annual reconciliation benchmarks. Taxpayer i's figures follow
 * from i alone, so every run sees the same returns: wages for everybody, and labor, author and
 * royalty income, an annual bonus taxed by each method, every kind of special additional
 * deduction, other deductions and both kinds of donation each for a share of the population.
 *
 * The returns are written as case-format JSON and read back through the engine's own reader, so
 * the engine benchmarks compute only inputs that pass validation, as the engine requires.
 */
class SyntheticTaxpayers
{
public:
    /** Throws std::runtime_error when the reader refuses one of the synthetic returns. */
    SyntheticTaxpayers(int taxpayers, int taxYear);

    /** Each return's input object, as canonical JSON bytes. */
    const std::vector<QByteArray>& documents() const { return m_documents; }
    /** The same returns as read by the engine, with the pack of their tax year. */
    const std::vector<AnnualReturnInput>& inputs() const { return m_inputs; }
    const RulePack& pack() const { return *m_pack; }

private:
    std::vector<QByteArray> m_documents;
    std::vector<AnnualReturnInput> m_inputs;
    const RulePack* m_pack = nullptr;
};

} // namespace huisuan::bench
