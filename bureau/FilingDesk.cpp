// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/FilingDesk.h"

#include "EngineVersion.h"
#include "bureau/SettlementSchedule.h"
#include "compute/AnnualReturn.h"
#include "compute/InputReaders.h"
#include "rules/RulePackRegistry.h"

#include "json/ObjectReader.h"
#include <QtGlobal>
#include <algorithm>
#include <exception>

namespace huisuan {

namespace {

using Severity = Receipt::Problem::Severity;

Receipt::Problem error(const QString& rule, const QString& field, const QString& message)
{
    return {rule, field, message, Severity::Error};
}

bool hasError(const QList<Receipt::Problem>& problems)
{
    return std::any_of(problems.begin(), problems.end(), [](const Receipt::Problem& problem) {
        return problem.severity == Severity::Error;
    });
}

/** Sums of the prefill the return is compared with: records under dispute are left out. */
struct PrefillTotals
{
    Money wages;
    Money withheld;
    bool any = false;
};

VaultResult<PrefillTotals> prefillTotals(BureauTables& tables, const QString& identityNumber, int taxYear)
{
    auto records = tables.prefill(identityNumber, taxYear);
    if (!records.ok()) {
        return records.status;
    }
    PrefillTotals totals;
    for (const PrefillRecord& record : records.value) {
        if (record.disputed) {
            continue;
        }
        totals.any = true;
        totals.withheld += Money::parse(record.taxWithheld).value_or(Money());
        if (record.incomeType == QLatin1String("wages")) {
            totals.wages += Money::parse(record.income).value_or(Money());
        }
    }
    return totals;
}

} // namespace

FilingDesk::FilingDesk(const BureauIdentity& identity,
                       BureauLanguage& languages,
                       QStringList refundFailures,
                       QStringList unpaidPayments)
    : m_identity(identity)
    , m_languages(languages)
    , m_refundFailures(std::move(refundFailures))
    , m_unpaidPayments(std::move(unpaidPayments))
{
}

QString FilingDesk::settlementState(const FilingRow& filing, qint64 today) const
{
    const Money balance = Money::parse(filing.balance).value_or(Money());
    if (balance.isZero()) {
        return QStringLiteral("none");
    }
    return SettlementSchedule::at(balance,
                                  filing.acceptedDay,
                                  today,
                                  refundFails(filing.identityNumber),
                                  leavesUnpaid(filing.identityNumber))
        .state;
}

BureauResult<BureauResponse>
FilingDesk::file(BureauTables& tables, const FilingEnvelope& envelope, const DeskContext& context)
{
    // A receipt is one byte string whatever the client reads: its messages are always Chinese.
    BureauLanguage::Scope chinese(m_languages, BureauLanguage::chinese);
    QList<Receipt::Problem> problems;
    const RulePackRegistry& registry = RulePackRegistry::builtIn();
    const RulePack* pack = registry.byId(envelope.rulePack());
    if (pack == nullptr || pack->taxYear != envelope.taxYear()) {
        problems.append(error(QStringLiteral("protocol.rule_pack"),
                              QStringLiteral("envelope.rule_pack"),
                              tr("The bureau does not know this rule pack for tax year %1. Update Huisuan and "
                                 "compute the return again.")
                                  .arg(envelope.taxYear())));
    }
    if (envelope.engineVersion() != QLatin1String(HUISUAN_ENGINE_VERSION)) {
        problems.append(error(QStringLiteral("protocol.engine_version"),
                              QStringLiteral("envelope.engine_version"),
                              tr("The bureau accepts returns computed by engine version %1. Update Huisuan and "
                                 "compute the return again.")
                                  .arg(QStringLiteral(HUISUAN_ENGINE_VERSION))));
    }
    Problems inputProblems;
    const ReadInput<AnnualReturnInput> read = readAnnualReturnInput(envelope.returnInput(), inputProblems);
    for (const Problem& problem : inputProblems) {
        problems.append(error(QStringLiteral("filing.return_invalid"),
                              childPath(QStringLiteral("envelope.return"), problem.path),
                              problem.message));
    }
    if (read.input && read.input->taxYear != envelope.taxYear()) {
        problems.append(error(QStringLiteral("protocol.tax_year"),
                              QStringLiteral("envelope.return.tax_year"),
                              tr("The return is for tax year %1 but the filing says %2.")
                                  .arg(read.input->taxYear)
                                  .arg(envelope.taxYear())));
    }

    auto current = tables.currentFiling(context.identityNumber, envelope.taxYear());
    if (!current.ok()) {
        return BureauError::internal();
    }
    if (!envelope.isCorrection() && current.value) {
        problems.append(error(QStringLiteral("filing.already_filed"),
                              QStringLiteral("envelope.submission_id"),
                              tr("A return for %1 was already accepted (submission %2). To change it, file a "
                                 "correction that names that submission.")
                                  .arg(envelope.taxYear())
                                  .arg(current.value->submissionId)));
    }
    if (envelope.isCorrection() && (!current.value || current.value->submissionId != envelope.replaces())) {
        problems.append(error(
            QStringLiteral("filing.replaces_not_current"),
            QStringLiteral("envelope.replaces"),
            current.value ? tr("The correction must name the accepted submission %1.").arg(current.value->submissionId)
                          : tr("There is no accepted return for %1 to correct.").arg(envelope.taxYear())));
    }

    Receipt receipt;
    receipt.kind = envelope.isCorrection() ? Receipt::Kind::Correction : Receipt::Kind::Filing;
    receipt.requestId = envelope.submissionId();
    receipt.submissionId = envelope.submissionId();
    receipt.filingDigest = context.requestDigest;
    receipt.issuedAt = context.now;
    receipt.taxYear = envelope.taxYear();
    receipt.rulePack = envelope.rulePack();
    receipt.engineVersion = envelope.engineVersion();
    receipt.replaces = envelope.replaces();

    FilingRow row;
    row.identityNumber = context.identityNumber;
    row.submissionId = envelope.submissionId();
    row.taxYear = envelope.taxYear();
    row.kind = Receipt::kindName(receipt.kind);
    row.replaces = envelope.replaces();
    row.rulePack = envelope.rulePack();
    row.engineVersion = envelope.engineVersion();

    if (!hasError(problems) && read.input && read.pack) {
        AnnualReturnResult result;
        try {
            result = AnnualReturn::compute(*read.pack, *read.input, nullptr);
        } catch (const std::exception&) {
            // An overflow in the engine: the bureau's failure, not the taxpayer's, and nothing is stored.
            return BureauError::internal();
        }
        receipt.result = Receipt::Result {result.balance, result.taxPayable, result.prepaid};
        row.balance = result.balance.toString();
        auto totals = prefillTotals(tables, context.identityNumber, envelope.taxYear());
        if (!totals.ok()) {
            return BureauError::internal();
        }
        if (totals.value.any && totals.value.wages != read.input->wages) {
            problems.append({QStringLiteral("filing.prefill_wages"),
                             QStringLiteral("envelope.return.income.wages"),
                             tr("The wages (%1) differ from what employers declared (%2).")
                                 .arg(read.input->wages.toString(), totals.value.wages.toString()),
                             Severity::Alert});
        }
        if (totals.value.any && totals.value.withheld != read.input->prepaid) {
            problems.append({QStringLiteral("filing.prefill_withheld"),
                             QStringLiteral("envelope.return.prepaid"),
                             tr("The tax prepaid (%1) differs from what employers withheld (%2).")
                                 .arg(read.input->prepaid.toString(), totals.value.withheld.toString()),
                             Severity::Alert});
        }
    }
    receipt.problems = problems;
    receipt.outcome = hasError(problems) ? Receipt::Outcome::Rejected : Receipt::Outcome::Accepted;
    if (!receipt.isAccepted()) {
        receipt.result.reset();
        row.balance.clear();
    }
    row.outcome = Receipt::outcomeName(receipt.outcome);
    row.state = row.outcome;
    row.acceptedDay = receipt.isAccepted() ? context.day : -1;

    BureauResult<BureauResponse> issued = issue(tables, receipt, context.identityNumber);
    if (!issued.ok()) {
        return issued;
    }
    row.receiptSequence = receipt.sequence;
    if (!tables.addFiling(row).ok()) {
        return BureauError::internal();
    }
    if (receipt.isAccepted() && envelope.isCorrection() &&
        !tables.setFilingState(context.identityNumber, envelope.replaces(), QStringLiteral("replaced")).ok()) {
        return BureauError::internal();
    }
    return issued;
}

BureauResult<BureauResponse>
FilingDesk::withdraw(BureauTables& tables, const WithdrawalRequest& request, const DeskContext& context)
{
    BureauLanguage::Scope chinese(m_languages, BureauLanguage::chinese);
    auto filing = tables.filing(context.identityNumber, request.submissionId);
    if (!filing.ok()) {
        return BureauError::internal();
    }
    if (!filing.value) {
        // No year, rule pack or engine to name in a receipt: the request names nothing the bureau has.
        return BureauError::notFound(QStringLiteral("request.submission_id"),
                                     tr("The bureau has no filing with this submission id from you."));
    }
    const FilingRow& row = *filing.value;
    QString state = row.state;
    if (state == QLatin1String("accepted") && settlementState(row, context.day) == QLatin1String("paid")) {
        state = QStringLiteral("paid");
    }
    Receipt receipt;
    receipt.kind = Receipt::Kind::Withdrawal;
    receipt.requestId = request.withdrawalId;
    receipt.submissionId = request.submissionId;
    receipt.filingDigest = context.requestDigest;
    receipt.issuedAt = context.now;
    receipt.taxYear = row.taxYear;
    receipt.rulePack = row.rulePack;
    receipt.engineVersion = row.engineVersion;
    if (state == QLatin1String("accepted")) {
        receipt.outcome = Receipt::Outcome::Accepted;
    } else {
        receipt.outcome = Receipt::Outcome::Rejected;
        receipt.problems.append(error(QStringLiteral("filing.not_withdrawable"),
                                      QStringLiteral("request.submission_id"),
                                      tr("Only an accepted return whose refund or payment is not yet paid can be "
                                         "withdrawn; this one is %1.")
                                          .arg(state)));
    }
    BureauResult<BureauResponse> issued = issue(tables, receipt, context.identityNumber);
    if (!issued.ok()) {
        return issued;
    }
    if (receipt.isAccepted() &&
        !tables.setFilingState(context.identityNumber, request.submissionId, QStringLiteral("withdrawn")).ok()) {
        return BureauError::internal();
    }
    return issued;
}

BureauResult<BureauResponse> FilingDesk::issue(BureauTables& tables, Receipt& receipt, const QString& holder)
{
    auto sequence = tables.nextReceiptSequence();
    if (!sequence.ok()) {
        return BureauError::internal();
    }
    receipt.sequence = sequence.value;
    receipt.receiptId =
        QStringLiteral("R%1%2").arg(receipt.issuedAt.date().year()).arg(sequence.value, 10, 10, QLatin1Char('0'));
    FilingResult<QByteArray> signedReceipt = receipt.sign(m_identity.receiptKey(), m_identity.receiptCertificateDer());
    if (!signedReceipt.ok()) {
        qWarning("huisuan-bureau: a receipt could not be signed: %s", qPrintable(signedReceipt.status.toString()));
        return BureauError::internal();
    }
    if (!tables
             .addReceipt(receipt.sequence,
                         receipt.receiptId,
                         holder,
                         receipt.submissionId,
                         Receipt::kindName(receipt.kind),
                         Receipt::outcomeName(receipt.outcome),
                         signedReceipt.value)
             .ok()) {
        return BureauError::internal();
    }
    return BureauResponse {200, signedReceipt.value, 0};
}

} // namespace huisuan
