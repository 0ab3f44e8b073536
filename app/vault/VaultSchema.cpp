// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultSchema.h"

#include "vault/SqlStatement.h"

namespace huisuan {

namespace {

// migrations[v - 1] takes a vault from version v - 1 to v. Released migrations never change:
// a fix is a new version.
const char* const migrations[] = {
    // 1: taxpayer profiles, income, deductions and annual returns.
    R"sql(
    CREATE TABLE vault_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE taxpayer_profiles (
        id INTEGER PRIMARY KEY,
        identifier_type TEXT NOT NULL,
        identifier TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        details_json BLOB NOT NULL DEFAULT '{}');
    CREATE TABLE family_members (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES taxpayer_profiles(id) ON DELETE CASCADE,
        relation TEXT NOT NULL,
        identifier_type TEXT NOT NULL,
        identifier TEXT NOT NULL,
        name TEXT NOT NULL,
        birth_date TEXT);
    CREATE TABLE bank_cards (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES taxpayer_profiles(id) ON DELETE CASCADE,
        bank TEXT NOT NULL,
        card_number TEXT NOT NULL,
        for_refunds INTEGER NOT NULL DEFAULT 0);
    CREATE TABLE income_records (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES taxpayer_profiles(id) ON DELETE CASCADE,
        tax_year INTEGER NOT NULL,
        category TEXT NOT NULL,
        payer TEXT NOT NULL,
        amount TEXT NOT NULL,
        withheld TEXT NOT NULL DEFAULT '0.00',
        origin TEXT NOT NULL CHECK (origin IN ('prefill', 'typed', 'imported')));
    CREATE INDEX income_records_by_year ON income_records (profile_id, tax_year);
    CREATE TABLE deduction_claims (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER NOT NULL REFERENCES taxpayer_profiles(id) ON DELETE CASCADE,
        tax_year INTEGER NOT NULL,
        kind TEXT NOT NULL,
        claim_json BLOB NOT NULL);
    CREATE TABLE annual_returns (
        id INTEGER PRIMARY KEY,
        profile_id INTEGER REFERENCES taxpayer_profiles(id) ON DELETE SET NULL,
        tax_year INTEGER NOT NULL,
        input_json BLOB NOT NULL,
        result_json BLOB NOT NULL,
        trace_json BLOB NOT NULL,
        rule_pack_id TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        created_at TEXT NOT NULL);
    )sql",
    // 2: income records can be disputed; filings, receipts and the outbox.
    R"sql(
    ALTER TABLE income_records ADD COLUMN dispute_state TEXT NOT NULL DEFAULT 'none'
        CHECK (dispute_state IN ('none', 'disputed', 'resolved', 'rejected'));
    CREATE TABLE filings (
        id INTEGER PRIMARY KEY,
        annual_return_id INTEGER NOT NULL REFERENCES annual_returns(id),
        submission_id TEXT NOT NULL UNIQUE,
        signed_envelope BLOB NOT NULL,
        status TEXT NOT NULL,
        created_at TEXT NOT NULL);
    CREATE TABLE filing_receipts (
        id INTEGER PRIMARY KEY,
        filing_id INTEGER NOT NULL REFERENCES filings(id),
        receipt BLOB NOT NULL,
        received_at TEXT NOT NULL);
    CREATE TABLE filing_status_history (
        id INTEGER PRIMARY KEY,
        filing_id INTEGER NOT NULL REFERENCES filings(id),
        status TEXT NOT NULL,
        changed_at TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '');
    CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        filing_id INTEGER NOT NULL UNIQUE REFERENCES filings(id),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT NOT NULL DEFAULT '');
    )sql",
    // 3: company workspaces for accountants.
    R"sql(
    CREATE TABLE company_workspaces (
        id INTEGER PRIMARY KEY,
        credit_code TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL);
    CREATE TABLE employees (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES company_workspaces(id) ON DELETE CASCADE,
        identifier_type TEXT NOT NULL,
        identifier TEXT NOT NULL,
        name TEXT NOT NULL,
        details_json BLOB NOT NULL DEFAULT '{}',
        UNIQUE (workspace_id, identifier_type, identifier));
    CREATE TABLE payroll_months (
        id INTEGER PRIMARY KEY,
        employee_id INTEGER NOT NULL REFERENCES employees(id) ON DELETE CASCADE,
        tax_year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        payroll_json BLOB NOT NULL,
        UNIQUE (employee_id, tax_year, month));
    CREATE TABLE withholding_results (
        id INTEGER PRIMARY KEY,
        payroll_month_id INTEGER NOT NULL UNIQUE REFERENCES payroll_months(id) ON DELETE CASCADE,
        result_json BLOB NOT NULL,
        rule_pack_id TEXT NOT NULL,
        engine_version TEXT NOT NULL);
    )sql",
    // 4: the append-only audit log, each entry chained to the previous one by SHA-256.
    R"sql(
    CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        recorded_at TEXT NOT NULL,
        action TEXT NOT NULL,
        detail TEXT NOT NULL,
        previous_hash BLOB NOT NULL,
        entry_hash BLOB NOT NULL);
    CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    )sql",
    // 5: an outbox entry stays once acknowledged, so that a submission id enqueued again after its
    // receipt is still one entry (exactly-once); the audit head is sealed by the caller's step.
    R"sql(
    ALTER TABLE outbox ADD COLUMN acknowledged_at TEXT;
    CREATE INDEX outbox_pending ON outbox (next_attempt_at) WHERE acknowledged_at IS NULL;
    )sql",
    // 6: signed filing (issue 4). The taxpayer's enrolment with the bureau, its private key inside
    // the encrypted database; filings that are corrections name the submission they replace; prefill
    // records keep the bureau's record id, so that a new download updates them instead of adding
    // copies, with their month and the payer's credit code.
    R"sql(
    CREATE TABLE bureau_enrolments (
        id INTEGER PRIMARY KEY,
        identity_number TEXT NOT NULL,
        name TEXT NOT NULL,
        endpoint_url TEXT NOT NULL,
        tls_ca_certificate_pem BLOB NOT NULL,
        sm2_ca_certificate_der BLOB NOT NULL,
        private_key_der BLOB NOT NULL,
        certificate_der BLOB NOT NULL,
        not_before TEXT NOT NULL,
        not_after TEXT NOT NULL,
        enrolled_at TEXT NOT NULL);
    ALTER TABLE filings ADD COLUMN kind TEXT NOT NULL DEFAULT 'filing'
        CHECK (kind IN ('filing', 'correction'));
    ALTER TABLE filings ADD COLUMN replaces TEXT NOT NULL DEFAULT ''
        CHECK ((kind = 'correction') = (replaces <> ''));
    ALTER TABLE income_records ADD COLUMN bureau_record_id TEXT NOT NULL DEFAULT ''
        CHECK (bureau_record_id = '' OR origin = 'prefill');
    ALTER TABLE income_records ADD COLUMN month TEXT NOT NULL DEFAULT '';
    ALTER TABLE income_records ADD COLUMN payer_credit_code TEXT NOT NULL DEFAULT '';
    CREATE UNIQUE INDEX income_records_by_bureau_id ON income_records (profile_id, bureau_record_id)
        WHERE bureau_record_id <> '';
    )sql",
    // 7: a filing's receipts and status history are read with the filing, on every outbox drain;
    // without these indexes each read scanned (and decrypted) every receipt ever kept, and a drain
    // of N filings took time quadratic in N (bench/bureau, issue 4).
    R"sql(
    CREATE INDEX filing_receipts_by_filing ON filing_receipts (filing_id);
    CREATE INDEX filing_status_history_by_filing ON filing_status_history (filing_id);
    CREATE INDEX filings_by_annual_return ON filings (annual_return_id);
    )sql",
    // 8: the bureau's last settlement answer of each filing (refund in progress, paid, payment due),
    // so that the overview can say it without asking the bureau (issue 5, ADR 0006).
    R"sql(
    CREATE TABLE filing_settlements (
        filing_id INTEGER PRIMARY KEY REFERENCES filings(id),
        direction TEXT NOT NULL CHECK (direction IN ('refund', 'payment')),
        amount TEXT NOT NULL,
        state TEXT NOT NULL,
        due TEXT NOT NULL DEFAULT '',
        reason TEXT NOT NULL DEFAULT '',
        history_json BLOB NOT NULL DEFAULT '[]',
        checked_at TEXT NOT NULL);
    )sql",
    // 9: labor payments (劳务报酬) a company paid to people not on its roster, each with the
    // prepayment the engine computed at import and its trace (issue 6). One row per payee and
    // month: a month's payments for the same service are one payment for the prepayment.
    R"sql(
    CREATE TABLE labor_payments (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES company_workspaces(id) ON DELETE CASCADE,
        tax_year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        identifier_type TEXT NOT NULL,
        identifier TEXT NOT NULL,
        name TEXT NOT NULL,
        amount TEXT NOT NULL,
        result_json BLOB NOT NULL,
        rule_pack_id TEXT NOT NULL,
        engine_version TEXT NOT NULL,
        UNIQUE (workspace_id, tax_year, month, identifier_type, identifier));
    )sql",
    // 10: a company's monthly declarations to the bureau, each its own outbox entry (exactly once,
    // ADR 0005): the canonical bytes and the declaration id are fixed before the first send, and
    // the bureau's signed receipt is kept. Employees' special additional deductions as downloaded
    // from the bureau, per year: monthly amounts by category (issue 6).
    R"sql(
    CREATE TABLE withholding_declarations (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES company_workspaces(id) ON DELETE CASCADE,
        tax_year INTEGER NOT NULL,
        month INTEGER NOT NULL CHECK (month BETWEEN 1 AND 12),
        declaration_id TEXT NOT NULL UNIQUE,
        replaces TEXT NOT NULL DEFAULT '',
        body BLOB NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('queued', 'submitted', 'declared', 'refused')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at TEXT NOT NULL,
        last_error TEXT NOT NULL DEFAULT '',
        receipt BLOB,
        receipt_id TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL);
    CREATE INDEX withholding_declarations_by_month ON withholding_declarations (workspace_id, tax_year, month);
    CREATE TABLE employee_bureau_deductions (
        id INTEGER PRIMARY KEY,
        workspace_id INTEGER NOT NULL REFERENCES company_workspaces(id) ON DELETE CASCADE,
        identity_number TEXT NOT NULL,
        tax_year INTEGER NOT NULL,
        election_id TEXT NOT NULL,
        monthly_json BLOB NOT NULL,
        downloaded_at TEXT NOT NULL,
        UNIQUE (workspace_id, identity_number, tax_year));
    )sql",
};
static_assert(sizeof migrations / sizeof migrations[0] == VaultSchema::currentVersion,
              "one migration per schema version");

} // namespace

int VaultSchema::version(SqlCipherConnection& connection)
{
    SqlStatement statement(connection, "PRAGMA user_version;");
    return statement.next() ? int(statement.integer(0)) : -1;
}

VaultStatus VaultSchema::migrate(SqlCipherConnection& connection,
                                 int target,
                                 const std::function<VaultStatus(int version)>& completeStep)
{
    for (int from = version(connection); from < target; ++from) {
        if (from < 0) {
            return VaultStatus::failure(VaultErrorCode::Database, tr("The vault's schema version cannot be read."));
        }
        // PRAGMA user_version is transactional, so a crash leaves the old version with old tables.
        const QByteArray script = QByteArrayLiteral("BEGIN IMMEDIATE;") + migrations[from] +
            QByteArrayLiteral("PRAGMA user_version = ") + QByteArray::number(from + 1) + QByteArrayLiteral(";");
        VaultStatus status = connection.execute(script.constData());
        if (status.ok() && completeStep) {
            status = completeStep(from + 1);
        }
        if (status.ok()) {
            status = connection.execute("COMMIT;");
        }
        if (!status.ok()) {
            static_cast<void>(connection.execute("ROLLBACK;"));
            status.message =
                tr("The vault could not be upgraded from version %1 to %2; it is unchanged.").arg(from).arg(from + 1);
            return status;
        }
    }
    return VaultStatus::success();
}

} // namespace huisuan
