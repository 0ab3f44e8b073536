// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauTables.h"

#include "vault/SqlStatement.h"

namespace huisuan {

namespace {

FilingRow filingFrom(const SqlStatement& query)
{
    FilingRow row;
    row.identityNumber = query.text(0);
    row.submissionId = query.text(1);
    row.taxYear = int(query.integer(2));
    row.kind = query.text(3);
    row.outcome = query.text(4);
    row.state = query.text(5);
    row.replaces = query.text(6);
    row.rulePack = query.text(7);
    row.engineVersion = query.text(8);
    row.balance = query.text(9);
    row.acceptedDay = query.integer(10);
    row.receiptSequence = query.integer(11);
    return row;
}

#define BUREAU_FILING_COLUMNS                                                                                        \
    "identity_number, submission_id, tax_year, kind, outcome, state, replaces, rule_pack, engine_version, balance, " \
    "accepted_day, receipt_sequence"

} // namespace

BureauTables::BureauTables(SqlCipherConnection& connection, AuditLog* audit)
    : m_connection(connection)
    , m_audit(audit)
{
}

VaultStatus BureauTables::audit(const QString& action, const QString& detail)
{
    return m_audit != nullptr ? m_audit->append(action, detail) : VaultStatus::success();
}

VaultResult<std::optional<QByteArray>> BureauTables::meta(const QString& name)
{
    SqlStatement query(m_connection, "SELECT value FROM bureau_meta WHERE name = ?;");
    query.bind(1, name);
    std::optional<QByteArray> value;
    if (query.next()) {
        value = query.blob(0);
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return value;
}

VaultStatus BureauTables::setMeta(const QString& name, const QByteArray& value)
{
    SqlStatement statement(m_connection, "INSERT OR REPLACE INTO bureau_meta (name, value) VALUES (?, ?);");
    statement.bind(1, name);
    statement.bind(2, value);
    return statement.run();
}

VaultResult<std::optional<StoredAnswer>> BureauTables::answer(const QString& scope, const QString& clientId)
{
    SqlStatement query(
        m_connection, "SELECT request_digest, status, response FROM bureau_answers WHERE scope = ? AND client_id = ?;");
    query.bind(1, scope);
    query.bind(2, clientId);
    std::optional<StoredAnswer> answer;
    if (query.next()) {
        answer = StoredAnswer {query.text(0), int(query.integer(1)), query.blob(2)};
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return answer;
}

VaultStatus BureauTables::storeAnswer(const QString& scope, const QString& clientId, const StoredAnswer& answer)
{
    SqlStatement statement(m_connection,
                           "INSERT INTO bureau_answers (scope, client_id, request_digest, status, response) "
                           "VALUES (?, ?, ?, ?, ?);");
    statement.bind(1, scope);
    statement.bind(2, clientId);
    statement.bind(3, answer.requestDigest);
    statement.bind(4, qint64(answer.status));
    statement.bind(5, answer.response);
    return statement.run();
}

VaultStatus
BureauTables::addCertificate(const QString& identityNumber, const QString& enrolmentId, const QByteArray& certificate)
{
    SqlStatement statement(
        m_connection, "INSERT INTO bureau_certificates (identity_number, enrolment_id, certificate) VALUES (?, ?, ?);");
    statement.bind(1, identityNumber);
    statement.bind(2, enrolmentId);
    statement.bind(3, certificate);
    if (auto status = statement.run(); !status.ok()) {
        return status;
    }
    return audit(QStringLiteral("bureau.enrolment"), QStringLiteral("certificate %1").arg(m_connection.lastInsertId()));
}

VaultResult<std::optional<QString>> BureauTables::currentDeclaration(const QString& creditCode, const QString& period)
{
    SqlStatement query(m_connection,
                       "SELECT declaration_id FROM bureau_declarations "
                       "WHERE credit_code = ? AND period = ? AND replaced_by IS NULL;");
    query.bind(1, creditCode);
    query.bind(2, period);
    std::optional<QString> id;
    if (query.next()) {
        id = query.text(0);
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return id;
}

VaultResult<bool> BureauTables::declarationExists(const QString& declarationId)
{
    SqlStatement query(m_connection, "SELECT 1 FROM bureau_declarations WHERE declaration_id = ?;");
    query.bind(1, declarationId);
    const bool found = query.next();
    if (!query.status().ok()) {
        return query.status();
    }
    return found;
}

VaultStatus BureauTables::addDeclaration(const QString& declarationId,
                                         const QString& creditCode,
                                         const QString& employerName,
                                         const QString& period)
{
    SqlStatement statement(m_connection,
                           "INSERT INTO bureau_declarations (declaration_id, credit_code, employer_name, period) "
                           "VALUES (?, ?, ?, ?);");
    statement.bind(1, declarationId);
    statement.bind(2, creditCode);
    statement.bind(3, employerName);
    statement.bind(4, period);
    if (auto status = statement.run(); !status.ok()) {
        return status;
    }
    return audit(QStringLiteral("bureau.declaration"), QStringLiteral("declaration %1").arg(declarationId));
}

VaultStatus BureauTables::replaceDeclaration(const QString& declarationId, const QString& replacedBy)
{
    SqlStatement statement(m_connection, "UPDATE bureau_declarations SET replaced_by = ? WHERE declaration_id = ?;");
    statement.bind(1, replacedBy);
    statement.bind(2, declarationId);
    return statement.run();
}

VaultStatus
BureauTables::addPrefillRecord(const QString& declarationId, const QString& identityNumber, const PrefillRecord& record)
{
    SqlStatement statement(m_connection,
                           "INSERT INTO bureau_prefill_records "
                           "(record_id, declaration_id, identity_number, month, income_type, income, tax_withheld) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?);");
    statement.bind(1, record.recordId);
    statement.bind(2, declarationId);
    statement.bind(3, identityNumber);
    statement.bind(4, record.month);
    statement.bind(5, record.incomeType);
    statement.bind(6, record.income);
    statement.bind(7, record.taxWithheld);
    return statement.run();
}

VaultResult<QList<PrefillRecord>> BureauTables::prefill(const QString& identityNumber, int taxYear)
{
    SqlStatement query(m_connection,
                       "SELECT r.record_id, d.credit_code, d.employer_name, r.month, r.income_type, r.income, "
                       "r.tax_withheld, r.disputed FROM bureau_prefill_records r "
                       "JOIN bureau_declarations d ON d.declaration_id = r.declaration_id "
                       "WHERE r.identity_number = ? AND r.month LIKE ? AND d.replaced_by IS NULL "
                       "ORDER BY r.month, d.credit_code, r.record_id;");
    query.bind(1, identityNumber);
    query.bind(2, QStringLiteral("%1-%").arg(taxYear, 4, 10, QLatin1Char('0')));
    QList<PrefillRecord> records;
    while (query.next()) {
        records.append({query.text(0),
                        query.text(1),
                        query.text(2),
                        query.text(3),
                        query.text(4),
                        query.text(5),
                        query.text(6),
                        query.integer(7) != 0});
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return records;
}

VaultResult<bool> BureauTables::hasRecord(const QString& identityNumber, const QString& recordId)
{
    SqlStatement query(m_connection,
                       "SELECT 1 FROM bureau_prefill_records r JOIN bureau_declarations d "
                       "ON d.declaration_id = r.declaration_id "
                       "WHERE r.record_id = ? AND r.identity_number = ? AND d.replaced_by IS NULL;");
    query.bind(1, recordId);
    query.bind(2, identityNumber);
    const bool found = query.next();
    if (!query.status().ok()) {
        return query.status();
    }
    return found;
}

VaultStatus BureauTables::addDispute(const QString& identityNumber,
                                     const QString& disputeId,
                                     const QString& recordId,
                                     const QString& reason,
                                     const QString& note)
{
    SqlStatement statement(m_connection,
                           "INSERT INTO bureau_disputes (identity_number, dispute_id, record_id, reason, note) "
                           "VALUES (?, ?, ?, ?, ?);");
    statement.bind(1, identityNumber);
    statement.bind(2, disputeId);
    statement.bind(3, recordId);
    statement.bind(4, reason);
    statement.bind(5, note);
    if (auto status = statement.run(); !status.ok()) {
        return status;
    }
    SqlStatement mark(m_connection, "UPDATE bureau_prefill_records SET disputed = 1 WHERE record_id = ?;");
    mark.bind(1, recordId);
    if (auto status = mark.run(); !status.ok()) {
        return status;
    }
    return audit(QStringLiteral("bureau.dispute"), QStringLiteral("record %1").arg(recordId));
}

VaultStatus BureauTables::setElection(const ElectionRow& election)
{
    SqlStatement statement(m_connection,
                           "INSERT OR REPLACE INTO bureau_deduction_elections (identity_number, credit_code, tax_year, "
                           "election_id, monthly_json, pushed_at) VALUES (?, ?, ?, ?, ?, ?);");
    statement.bind(1, election.identityNumber);
    statement.bind(2, election.creditCode);
    statement.bind(3, qint64(election.taxYear));
    statement.bind(4, election.electionId);
    statement.bind(5, election.monthlyJson);
    statement.bind(6, election.pushedAt);
    if (auto status = statement.run(); !status.ok()) {
        return status;
    }
    return audit(
        QStringLiteral("bureau.election"),
        QStringLiteral("election %1 for %2, %3").arg(election.electionId, election.creditCode).arg(election.taxYear));
}

VaultResult<QList<ElectionRow>> BureauTables::elections(const QString& creditCode, int taxYear)
{
    SqlStatement query(m_connection,
                       "SELECT identity_number, election_id, monthly_json, pushed_at FROM bureau_deduction_elections "
                       "WHERE credit_code = ? AND tax_year = ? ORDER BY identity_number;");
    query.bind(1, creditCode);
    query.bind(2, qint64(taxYear));
    QList<ElectionRow> elections;
    while (query.next()) {
        elections.append({query.text(0), creditCode, taxYear, query.text(1), query.blob(2), query.text(3)});
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return elections;
}

VaultResult<std::optional<FilingRow>> BureauTables::filing(const QString& identityNumber, const QString& submissionId)
{
    SqlStatement query(m_connection,
                       "SELECT " BUREAU_FILING_COLUMNS
                       " FROM bureau_filings WHERE identity_number = ? AND submission_id = ?;");
    query.bind(1, identityNumber);
    query.bind(2, submissionId);
    std::optional<FilingRow> row;
    if (query.next()) {
        row = filingFrom(query);
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return row;
}

VaultResult<std::optional<FilingRow>> BureauTables::currentFiling(const QString& identityNumber, int taxYear)
{
    SqlStatement query(m_connection,
                       "SELECT " BUREAU_FILING_COLUMNS " FROM bureau_filings "
                       "WHERE identity_number = ? AND tax_year = ? AND state = 'accepted';");
    query.bind(1, identityNumber);
    query.bind(2, qint64(taxYear));
    std::optional<FilingRow> row;
    if (query.next()) {
        row = filingFrom(query);
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return row;
}

VaultStatus BureauTables::addFiling(const FilingRow& row)
{
    SqlStatement statement(m_connection,
                           "INSERT INTO bureau_filings (" BUREAU_FILING_COLUMNS
                           ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    statement.bind(1, row.identityNumber);
    statement.bind(2, row.submissionId);
    statement.bind(3, qint64(row.taxYear));
    statement.bind(4, row.kind);
    statement.bind(5, row.outcome);
    statement.bind(6, row.state);
    statement.bind(7, row.replaces);
    statement.bind(8, row.rulePack);
    statement.bind(9, row.engineVersion);
    statement.bind(10, row.balance);
    statement.bind(11, row.acceptedDay);
    statement.bind(12, row.receiptSequence);
    return statement.run();
}

VaultStatus
BureauTables::setFilingState(const QString& identityNumber, const QString& submissionId, const QString& state)
{
    SqlStatement statement(m_connection,
                           "UPDATE bureau_filings SET state = ? WHERE identity_number = ? AND submission_id = ?;");
    statement.bind(1, state);
    statement.bind(2, identityNumber);
    statement.bind(3, submissionId);
    return statement.run();
}

VaultResult<qint64> BureauTables::nextReceiptSequence()
{
    SqlStatement query(m_connection, "SELECT COALESCE(MAX(sequence), 0) + 1 FROM bureau_receipts;");
    const qint64 next = query.next() ? query.integer(0) : 0;
    if (!query.status().ok()) {
        return query.status();
    }
    return next;
}

VaultStatus BureauTables::addReceipt(qint64 sequence,
                                     const QString& receiptId,
                                     const QString& identityNumber,
                                     const QString& submissionId,
                                     const QString& kind,
                                     const QString& outcome,
                                     const QByteArray& signedReceipt)
{
    SqlStatement statement(m_connection,
                           "INSERT INTO bureau_receipts "
                           "(sequence, receipt_id, identity_number, submission_id, kind, outcome, signed) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?);");
    statement.bind(1, sequence);
    statement.bind(2, receiptId);
    statement.bind(3, identityNumber);
    statement.bind(4, submissionId);
    statement.bind(5, kind);
    statement.bind(6, outcome);
    statement.bind(7, signedReceipt);
    if (auto status = statement.run(); !status.ok()) {
        return status;
    }
    return audit(QStringLiteral("bureau.receipt"), QStringLiteral("receipt %1 %2 %3").arg(sequence).arg(kind, outcome));
}

VaultResult<QByteArray> BureauTables::receipt(qint64 sequence)
{
    SqlStatement query(m_connection, "SELECT signed FROM bureau_receipts WHERE sequence = ?;");
    query.bind(1, sequence);
    QByteArray bytes;
    if (query.next()) {
        bytes = query.blob(0);
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return bytes;
}

VaultResult<qint64> BureauTables::count(const char* table)
{
    // Only the fixed names below reach SQL: the table is never text from a request.
    static const QList<QByteArray> tables {"bureau_answers",
                                           "bureau_certificates",
                                           "bureau_declarations",
                                           "bureau_prefill_records",
                                           "bureau_filings",
                                           "bureau_receipts",
                                           "bureau_disputes"};
    if (!tables.contains(QByteArray(table))) {
        return VaultStatus::failure(VaultErrorCode::InvalidArgument, QString(), QString::fromLatin1(table));
    }
    const QByteArray sql = "SELECT count(*) FROM " + QByteArray(table) + ";";
    SqlStatement query(m_connection, sql.constData());
    const qint64 counted = query.next() ? query.integer(0) : 0;
    if (!query.status().ok()) {
        return query.status();
    }
    return counted;
}

VaultResult<QList<AcceptedCount>> BureauTables::acceptedCounts()
{
    SqlStatement query(m_connection,
                       "SELECT identity_number, tax_year, count(*), sum(state = 'accepted') FROM bureau_filings "
                       "WHERE outcome = 'accepted' GROUP BY identity_number, tax_year "
                       "ORDER BY identity_number, tax_year;");
    QList<AcceptedCount> counts;
    while (query.next()) {
        counts.append({query.text(0), int(query.integer(1)), query.integer(2), query.integer(3)});
    }
    if (!query.status().ok()) {
        return query.status();
    }
    return counts;
}

} // namespace huisuan
