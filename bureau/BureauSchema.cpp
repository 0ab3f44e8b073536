// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauSchema.h"

#include "vault/SqlStatement.h"

namespace huisuan {

namespace {

// migrations[v - 1] takes the bureau's tables from version v - 1 to v. Released migrations never
// change: a fix is a new version.
const char* const migrations[] = {
    // 1: identity, exactly-once answers, enrolments, declarations and prefill, filings, receipts,
    // disputes.
    R"sql(
    CREATE TABLE bureau_meta (name TEXT PRIMARY KEY, value BLOB NOT NULL);
    CREATE TABLE bureau_answers (
        scope TEXT NOT NULL,
        client_id TEXT NOT NULL,
        request_digest TEXT NOT NULL,
        status INTEGER NOT NULL,
        response BLOB NOT NULL,
        PRIMARY KEY (scope, client_id));
    CREATE TABLE bureau_certificates (
        id INTEGER PRIMARY KEY,
        identity_number TEXT NOT NULL,
        enrolment_id TEXT NOT NULL,
        certificate BLOB NOT NULL);
    CREATE TABLE bureau_declarations (
        declaration_id TEXT PRIMARY KEY,
        credit_code TEXT NOT NULL,
        employer_name TEXT NOT NULL,
        period TEXT NOT NULL,
        replaced_by TEXT);
    CREATE TABLE bureau_prefill_records (
        record_id TEXT PRIMARY KEY,
        declaration_id TEXT NOT NULL REFERENCES bureau_declarations(declaration_id),
        identity_number TEXT NOT NULL,
        month TEXT NOT NULL,
        income_type TEXT NOT NULL,
        income TEXT NOT NULL,
        tax_withheld TEXT NOT NULL,
        disputed INTEGER NOT NULL DEFAULT 0);
    CREATE INDEX bureau_prefill_by_taxpayer ON bureau_prefill_records (identity_number, month);
    CREATE TABLE bureau_filings (
        identity_number TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        tax_year INTEGER NOT NULL,
        kind TEXT NOT NULL,
        outcome TEXT NOT NULL,
        state TEXT NOT NULL,
        replaces TEXT NOT NULL,
        rule_pack TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        balance TEXT NOT NULL,
        accepted_day INTEGER NOT NULL,
        receipt_sequence INTEGER NOT NULL,
        PRIMARY KEY (identity_number, submission_id));
    CREATE TABLE bureau_receipts (
        sequence INTEGER PRIMARY KEY,
        receipt_id TEXT NOT NULL UNIQUE,
        identity_number TEXT NOT NULL,
        submission_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        outcome TEXT NOT NULL,
        signed BLOB NOT NULL);
    CREATE TABLE bureau_disputes (
        identity_number TEXT NOT NULL,
        dispute_id TEXT NOT NULL,
        record_id TEXT NOT NULL REFERENCES bureau_prefill_records(record_id),
        reason TEXT NOT NULL,
        note TEXT NOT NULL,
        PRIMARY KEY (identity_number, dispute_id));
    CREATE TABLE bureau_schema (version INTEGER NOT NULL);
    INSERT INTO bureau_schema (version) VALUES (1);
    )sql",
    // 2: taxpayers' special additional deduction elections for an employer and year (issue 6), the
    // latest push of each standing; the employer downloads them for its withholding.
    R"sql(
    CREATE TABLE bureau_deduction_elections (
        identity_number TEXT NOT NULL,
        credit_code TEXT NOT NULL,
        tax_year INTEGER NOT NULL,
        election_id TEXT NOT NULL,
        monthly_json BLOB NOT NULL,
        pushed_at TEXT NOT NULL,
        PRIMARY KEY (identity_number, credit_code, tax_year));
    CREATE INDEX bureau_elections_by_employer ON bureau_deduction_elections (credit_code, tax_year);
    )sql",
};

static_assert(std::size(migrations) == BureauSchema::currentVersion);

} // namespace

int BureauSchema::version(SqlCipherConnection& connection)
{
    SqlStatement exists(connection,
                        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'bureau_schema';");
    if (!exists.next() || exists.integer(0) == 0) {
        return 0;
    }
    SqlStatement query(connection, "SELECT version FROM bureau_schema;");
    return query.next() ? int(query.integer(0)) : 0;
}

VaultStatus BureauSchema::migrate(SqlCipherConnection& connection)
{
    const int from = version(connection);
    if (from > currentVersion) {
        return VaultStatus::failure(
            VaultErrorCode::NewerVersion,
            SqlCipherConnection::tr("The vault was written by a newer Huisuan."),
            QStringLiteral("bureau schema %1, this bureau knows %2").arg(from).arg(currentVersion));
    }
    for (int next = from + 1; next <= currentVersion; ++next) {
        if (auto status = connection.execute(migrations[next - 1]); !status.ok()) {
            return status;
        }
        SqlStatement record(connection, "UPDATE bureau_schema SET version = ?;");
        record.bind(1, qint64(next));
        if (auto status = record.run(); !status.ok()) {
            return status;
        }
    }
    return VaultStatus::success();
}

} // namespace huisuan
