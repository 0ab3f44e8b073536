// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/LaborImport.h"

#include "batch/SheetRow.h"
#include "batch/SheetStream.h"
#include "compute/ComputeService.h"
#include "identifiers/ResidentIdNumber.h"

#include "json/CanonicalJsonWriter.h"

namespace huisuan {

LaborImport::LaborImport(qint64 workspaceId, int taxYear, int month)
    : m_workspaceId(workspaceId)
    , m_taxYear(taxYear)
    , m_month(month)
{
}

void LaborImport::header(const QString& file, const QStringList& header)
{
    m_file = file;
    QList<TabularProblem> problems;
    m_columns = BatchColumns::read(file, header, BatchSheetKind::LaborPayments, problems);
    m_problems.add(problems);
}

void LaborImport::row(const TabularRow& cells)
{
    QList<TabularProblem> problems;
    SheetRow row(m_file, BatchSheetKind::LaborPayments, cells, m_columns, problems);
    const QString identity = row.text(BatchField::IdentityNumber).toUpper();
    if (!identity.isEmpty() && !ResidentIdNumber::isValid(identity)) {
        row.problem(BatchField::IdentityNumber,
                    tr("\"%1\" is not a valid resident identity number: its length, birth date or check digit "
                       "is wrong. Copy it again from the payee's identity card.")
                        .arg(identity));
    }
    const QString name = row.text(BatchField::Name);
    int rowMonth = m_month;
    if (const auto written = row.month(BatchField::Month)) {
        if (written->year() != m_taxYear) {
            row.problem(BatchField::Month,
                        tr("The month %1 is not in %2, the tax year being imported. Import it with its own "
                           "year.")
                            .arg(written->toString(QStringLiteral("yyyy-MM")))
                            .arg(m_taxYear));
        } else {
            rowMonth = written->month();
        }
    }
    const auto key = std::make_pair(identity, rowMonth);
    if (!identity.isEmpty() && m_rowOfPayeeMonth.contains(key)) {
        row.problem(BatchField::IdentityNumber,
                    tr("This payee is already paid in month %1 on row %2. A month's labor payments for the same "
                       "service are one payment for the prepayment: add them up on one row.")
                        .arg(rowMonth)
                        .arg(m_rowOfPayeeMonth.value(key)));
    } else if (!identity.isEmpty()) {
        m_rowOfPayeeMonth.insert(key, row.number());
    }
    const QString amount = row.money(BatchField::LaborAmount);
    if (!row.hasProblems() && m_problems.isEmpty()) {
        JsonValue input = JsonValue::object();
        input.insert(QStringLiteral("tax_year"), JsonValue::integer(m_taxYear));
        input.insert(QStringLiteral("category"), JsonValue::string(QStringLiteral("labor")));
        input.insert(QStringLiteral("amount"), JsonValue::string(amount));
        const auto computed = ComputeService::compute(ComputeKind::PaymentPrepayment, input);
        if (computed.status == ComputeService::Status::Computed) {
            JsonValue result = JsonValue::object();
            for (const auto& [member, value] : computed.result.members()) {
                if (member != QLatin1String("rule_pack") && member != QLatin1String("engine_version")) {
                    result.insert(member, value);
                }
            }
            m_outcome.payments.append({0,
                                       m_workspaceId,
                                       m_taxYear,
                                       rowMonth,
                                       QStringLiteral("resident_id"),
                                       identity,
                                       name,
                                       amount,
                                       CanonicalJsonWriter::write(result).bytes,
                                       computed.result.find(QStringLiteral("rule_pack"))->text(),
                                       computed.result.find(QStringLiteral("engine_version"))->text()});
            m_outcome.months.insert(rowMonth);
        } else {
            QStringList reasons;
            for (const Problem& problem : computed.problems) {
                reasons.append(problem.translated());
            }
            row.problem(BatchField::LaborAmount,
                        tr("The prepayment on this payment cannot be computed: %1. Check the amount.")
                            .arg(computed.status == ComputeService::Status::Refused ? reasons.join(QStringLiteral("; "))
                                                                                    : computed.failure));
        }
    }
    if (!problems.isEmpty()) {
        m_outcome.payments.clear();
        m_outcome.payments.squeeze();
        m_problems.add(problems);
    }
}

LaborImport::Outcome LaborImport::finish(const QList<TabularProblem>& readerProblems)
{
    Outcome outcome = std::move(m_outcome);
    m_outcome = {};
    outcome.problems = readerProblems + m_problems.take(m_file);
    if (!outcome.problems.isEmpty()) {
        outcome.payments.clear();
        outcome.months.clear();
    }
    return outcome;
}

LaborImport::Outcome LaborImport::read(const TabularSheet& sheet, qint64 workspaceId, int taxYear, int month)
{
    LaborImport import(workspaceId, taxYear, month);
    import.header(sheet.file, sheet.header);
    for (const TabularRow& cells : sheet.rows) {
        import.row(cells);
    }
    return import.finish(sheet.problems);
}

LaborImport::Outcome LaborImport::readFile(const QString& path, qint64 workspaceId, int taxYear, int month)
{
    LaborImport import(workspaceId, taxYear, month);
    return streamSheet(path, import);
}

} // namespace huisuan
