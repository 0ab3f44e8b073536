// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/FilingRowReader.h"

#include "filing/Receipt.h"
#include "filing/Sm3Digest.h"
#include "vault/SettlementStore.h"

#include "json/JsonReader.h"
#include <algorithm>
#include <tuple>

namespace huisuan {

namespace {

FilingRow::Status statusOf(FilingRecord::Status status)
{
    switch (status) {
    case FilingRecord::Status::Signed:
        return FilingRow::Status::Queued;
    case FilingRecord::Status::Submitted:
        return FilingRow::Status::Submitted;
    case FilingRecord::Status::Accepted:
        return FilingRow::Status::Accepted;
    case FilingRecord::Status::Rejected:
        return FilingRow::Status::Refused;
    case FilingRecord::Status::Withdrawn:
        return FilingRow::Status::Withdrawn;
    case FilingRecord::Status::Replaced:
        return FilingRow::Status::Replaced;
    }
    return FilingRow::Status::Queued;
}

ReceiptRow::Kind kindOf(Receipt::Kind kind)
{
    switch (kind) {
    case Receipt::Kind::Filing:
        return ReceiptRow::Kind::Filing;
    case Receipt::Kind::Correction:
        return ReceiptRow::Kind::Correction;
    case Receipt::Kind::Withdrawal:
        return ReceiptRow::Kind::Withdrawal;
    case Receipt::Kind::Declaration:
        // An employer's receipt: FilingService never stores one with a taxpayer's filing.
        break;
    }
    return ReceiptRow::Kind::Filing;
}

SettlementRow::State settlementStateOf(const QString& state)
{
    static const QList<std::pair<const char*, SettlementRow::State>> states {
        {"under_review", SettlementRow::State::UnderReview},
        {"treasury", SettlementRow::State::Treasury},
        {"paid", SettlementRow::State::Paid},
        {"failed", SettlementRow::State::Failed},
        {"due", SettlementRow::State::Due},
        {"overdue", SettlementRow::State::Overdue},
    };
    for (const auto& [name, value] : states) {
        if (state == QLatin1String(name)) {
            return value;
        }
    }
    return SettlementRow::State::Unknown;
}

QDateTime timeOf(const QString& iso)
{
    return QDateTime::fromString(iso, Qt::ISODateWithMs);
}

/** Every leaf of a return's JSON as a line: nested names joined with dots, values exact as text. */
void flatten(const JsonValue& value, const QString& key, QList<FilingReport::Line>& lines)
{
    switch (value.type()) {
    case JsonValue::Type::Object:
        for (const auto& [name, member] : value.members()) {
            flatten(member, key.isEmpty() ? name : key + QLatin1Char('.') + name, lines);
        }
        break;
    case JsonValue::Type::Array:
        for (std::size_t i = 0; i < value.items().size(); ++i) {
            flatten(value.items().at(i), QStringLiteral("%1[%2]").arg(key).arg(i + 1), lines);
        }
        break;
    case JsonValue::Type::Bool:
        lines.append({key, value.toBool() ? FilingRowReader::tr("yes") : FilingRowReader::tr("no")});
        break;
    case JsonValue::Type::Null:
        lines.append({key, QString()});
        break;
    default:
        lines.append({key, value.text()});
        break;
    }
}

QList<FilingReport::Line> linesOf(const QByteArray& json)
{
    QList<FilingReport::Line> lines;
    const JsonReader::Result parsed = JsonReader::parse(json);
    if (parsed.ok) {
        flatten(parsed.value, QString(), lines);
    }
    return lines;
}

} // namespace

FilingRowReader::FilingRowReader(Vault& vault, QByteArray sm2CaDer)
    : m_vault(vault)
    , m_sm2CaDer(std::move(sm2CaDer))
{
}

QList<ReceiptRow> FilingRowReader::receipts(const FilingRecord& filing, bool& unverified) const
{
    QList<ReceiptRow> rows;
    unverified = false;
    for (const FilingRecord::Receipt& kept : filing.receipts) {
        FilingResult<Receipt> receipt = Receipt::verify(kept.bytes, m_sm2CaDer);
        if (!receipt.ok()) {
            unverified = true;
            continue;
        }
        ReceiptRow row;
        row.kind = kindOf(receipt.value.kind);
        row.accepted = receipt.value.isAccepted();
        row.receiptId = receipt.value.receiptId;
        row.submissionId = receipt.value.submissionId;
        row.issuedAt = receipt.value.issuedAt;
        if (receipt.value.result) {
            row.balance = receipt.value.result->balance.toString();
            row.taxPayable = receipt.value.result->taxPayable.toString();
            row.taxWithheld = receipt.value.result->taxWithheld.toString();
        }
        // Receipt::verify checked that the signing certificate is the bureau's receipt certificate.
        row.signer = Receipt::signerCommonName();
        row.filingDigest = receipt.value.filingDigest;
        for (const Receipt::Problem& problem : receipt.value.problems) {
            row.problems.append(problem.message);
        }
        rows.append(row);
    }
    return rows;
}

VaultResult<QList<FilingRow>> FilingRowReader::rows(const QList<FilingRecord>& filings)
{
    QList<FilingRow> rows;
    SettlementStore settlements(m_vault);
    for (const FilingRecord& filing : filings) {
        VaultResult<AnnualReturnRecord> filed = m_vault.annualReturn(filing.annualReturnId);
        if (!filed.ok()) {
            return filed.status;
        }
        FilingRow row;
        row.submissionId = filing.submissionId;
        row.kind =
            filing.kind == FilingRecord::Kind::Correction ? FilingRow::Kind::Correction : FilingRow::Kind::Original;
        row.taxYear = filed.value.taxYear;
        row.status = statusOf(filing.status);
        for (const FilingRecord::StatusChange& change : filing.statusHistory) {
            row.history.append({timeOf(change.changedAt), statusOf(change.status)});
        }
        row.createdAt = timeOf(filing.createdAt);
        row.replaces = filing.replaces;
        for (const FilingRecord& other : filings) {
            if (other.replaces == filing.submissionId) {
                row.replacedBy = other.submissionId;
            }
        }
        row.receipts = receipts(filing, row.unverifiedReceipt);
        TaxYearOverview balance;
        readBalance(filed.value.resultJson, balance);
        row.balance = balance.balance;
        row.amount = balance.amount;
        VaultResult<std::optional<SettlementRecord>> settlement = settlements.forFiling(filing.id);
        if (!settlement.ok()) {
            return settlement.status;
        }
        if (settlement.value) {
            row.settlement = settlementRow(*settlement.value, filing.submissionId);
        }
        rows.append(row);
    }
    // Newest first; filings made within the same millisecond keep the vault's order, reversed.
    std::reverse(rows.begin(), rows.end());
    std::stable_sort(
        rows.begin(), rows.end(), [](const FilingRow& a, const FilingRow& b) { return a.createdAt > b.createdAt; });
    return rows;
}

VaultResult<FilingReport> FilingRowReader::report(const FilingRecord& filing,
                                                  const QList<IncomeRecord>& income,
                                                  const QString& taxpayerName,
                                                  const QString& identityNumber)
{
    VaultResult<AnnualReturnRecord> filed = m_vault.annualReturn(filing.annualReturnId);
    if (!filed.ok()) {
        return filed.status;
    }
    FilingReport report;
    report.taxYear = filed.value.taxYear;
    report.taxpayerName = taxpayerName;
    report.identityNumber = identityNumber;
    report.submissionId = filing.submissionId;
    report.rulePack = filed.value.rulePackId;
    report.inputs = linesOf(filed.value.inputJson);
    report.results = linesOf(filed.value.resultJson);
    bool unverified = false;
    for (const ReceiptRow& receipt : receipts(filing, unverified)) {
        if (receipt.kind == ReceiptRow::Kind::Withdrawal) {
            continue;
        }
        FilingReport::Receipt printed;
        printed.accepted = receipt.accepted;
        printed.receiptId = receipt.receiptId;
        printed.submissionId = receipt.submissionId;
        printed.submittedAt = timeOf(filing.createdAt);
        printed.issuedAt = receipt.issuedAt;
        printed.balance = receipt.balance;
        printed.taxPayable = receipt.taxPayable;
        printed.taxWithheld = receipt.taxWithheld;
        printed.signer = receipt.signer;
        printed.filingDigest = receipt.filingDigest;
        printed.digestMatches = receipt.filingDigest == Sm3Digest::tagged(filing.signedEnvelope);
        report.receipt = printed;
        break;
    }
    for (const IncomeRecord& record : income) {
        report.income.append({record.month, record.payer, record.category, record.amount, record.withheld});
    }
    std::stable_sort(report.income.begin(), report.income.end(), [](const auto& a, const auto& b) {
        return std::tie(a.month, a.payer) < std::tie(b.month, b.payer);
    });
    return report;
}

SettlementRow FilingRowReader::settlementRow(const SettlementRecord& record, const QString& submissionId)
{
    SettlementRow row;
    row.submissionId = submissionId;
    row.direction = record.direction == QLatin1String("payment") ? SettlementRow::Direction::Payment
                                                                 : SettlementRow::Direction::Refund;
    row.amount = record.amount;
    row.state = settlementStateOf(record.state);
    row.due = QDate::fromString(record.due, Qt::ISODate);
    row.reason = record.reason;
    for (const SettlementRecord::Step& step : record.history) {
        row.history.append({timeOf(step.at), settlementStateOf(step.state)});
    }
    row.checkedAt = timeOf(record.checkedAt);
    return row;
}

SettlementRecord FilingRowReader::settlementRecord(qint64 filingId, const SettlementAnswer& answer)
{
    SettlementRecord record;
    record.filingId = filingId;
    record.direction = answer.direction;
    record.amount = answer.amount.toString();
    record.state = answer.state;
    record.due = answer.due.isValid() ? answer.due.toString(Qt::ISODate) : QString();
    record.reason = answer.reason;
    for (const SettlementAnswer::Step& step : answer.history) {
        record.history.append({step.at.toUTC().toString(Qt::ISODateWithMs), step.state});
    }
    return record;
}

} // namespace huisuan
