// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ReceiptPrinter.h"

#include "filing/WireFormat.h"

#include <QStringList>

namespace huisuan {

namespace {

QString kindText(Receipt::Kind kind)
{
    switch (kind) {
    case Receipt::Kind::Filing:
        return ReceiptPrinter::tr("filing");
    case Receipt::Kind::Correction:
        return ReceiptPrinter::tr("correction");
    case Receipt::Kind::Withdrawal:
        return ReceiptPrinter::tr("withdrawal");
    case Receipt::Kind::Declaration:
        return ReceiptPrinter::tr("withholding declaration");
    }
    return {};
}

QString settlementStateText(const QString& state)
{
    if (state == QLatin1String("under_review")) {
        return ReceiptPrinter::tr("under review");
    }
    if (state == QLatin1String("treasury")) {
        return ReceiptPrinter::tr("at the treasury");
    }
    if (state == QLatin1String("paid")) {
        return ReceiptPrinter::tr("paid");
    }
    if (state == QLatin1String("failed")) {
        return ReceiptPrinter::tr("failed");
    }
    if (state == QLatin1String("due")) {
        return ReceiptPrinter::tr("due");
    }
    if (state == QLatin1String("overdue")) {
        return ReceiptPrinter::tr("overdue");
    }
    return state;
}

QString balanceText(const Money& balance)
{
    if (balance.isNegative()) {
        return ReceiptPrinter::tr("refund %1").arg((-balance).toString());
    }
    if (balance.isZero()) {
        return ReceiptPrinter::tr("nothing to pay or refund");
    }
    return ReceiptPrinter::tr("to pay %1").arg(balance.toString());
}

} // namespace

QString ReceiptPrinter::receipt(const VerifiedReceipt& verified)
{
    const Receipt& receipt = verified.receipt;
    QStringList lines;
    lines << tr("Receipt %1 (%2): %3")
                 .arg(
                     receipt.receiptId, kindText(receipt.kind), receipt.isAccepted() ? tr("ACCEPTED") : tr("REJECTED"));
    lines << tr("  Submission:   %1").arg(receipt.submissionId);
    if (!receipt.replaces.isEmpty()) {
        lines << tr("  Replaces:     %1").arg(receipt.replaces);
    }
    lines << tr("  Tax year:     %1").arg(receipt.taxYear);
    lines << tr("  Issued at:    %1").arg(WireFormat::formatTime(receipt.issuedAt));
    // A declaration is not recomputed, so its receipt names no rule pack or engine.
    if (!receipt.rulePack.isEmpty()) {
        lines << tr("  Rule pack:    %1").arg(receipt.rulePack);
        lines << tr("  Engine:       %1").arg(receipt.engineVersion);
    }
    if (receipt.result) {
        lines << tr("  Tax payable:  %1").arg(receipt.result->taxPayable.toString());
        lines << tr("  Tax withheld: %1").arg(receipt.result->taxWithheld.toString());
        lines << tr("  Balance:      %1").arg(balanceText(receipt.result->balance));
    }
    for (const Receipt::Problem& problem : receipt.problems) {
        const QString severity = problem.severity == Receipt::Problem::Severity::Alert ? tr("alert") : tr("error");
        lines << tr("  %1 [%2] %3: %4").arg(severity, problem.rule, problem.field, problem.message);
    }
    lines << tr("  Answers:      %1").arg(receipt.filingDigest);
    lines << tr("  Sequence:     %1").arg(receipt.sequence);
    lines << tr("  Signature:    verified (SM2 with SM3, the bureau's receipt certificate, issued by the "
                "pinned SM2 CA)");
    return lines.join(QLatin1Char('\n'));
}

QString ReceiptPrinter::prefill(const PrefillAnswer& prefill)
{
    QStringList lines;
    lines << tr("Income declared by payers for %1: %n record(s)", nullptr, int(prefill.records.size()))
                 .arg(prefill.taxYear);
    for (const PrefillRecord& record : prefill.records) {
        lines << tr("  %1  %2  %3 (%4)  income %5  withheld %6%7")
                     .arg(record.month,
                          record.incomeType,
                          record.employerName,
                          record.employerCreditCode,
                          record.income.toString(),
                          record.taxWithheld.toString(),
                          record.disputed ? tr("  [disputed]") : QString())
              << tr("      record %1").arg(record.recordId);
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReceiptPrinter::settlement(const SettlementAnswer& settlement)
{
    QStringList lines;
    const bool refund = settlement.direction == QLatin1String("refund");
    lines << (refund ? tr("Refund of %1: %2") : tr("Payment of %1: %2"))
                 .arg(settlement.amount.toString(), settlementStateText(settlement.state));
    if (settlement.due.isValid()) {
        lines << tr("  Due by %1").arg(settlement.due.toString(Qt::ISODate));
    }
    if (!settlement.reason.isEmpty()) {
        lines << tr("  Reason: %1").arg(settlement.reason);
    }
    for (const SettlementAnswer::Step& step : settlement.history) {
        lines << QStringLiteral("  %1  %2").arg(WireFormat::formatTime(step.at), settlementStateText(step.state));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ReceiptPrinter::filingState(FilingStatusAnswer::State state)
{
    switch (state) {
    case FilingStatusAnswer::State::Unknown:
        return tr("not received by the bureau");
    case FilingStatusAnswer::State::Accepted:
        return tr("accepted");
    case FilingStatusAnswer::State::Rejected:
        return tr("rejected");
    case FilingStatusAnswer::State::Replaced:
        return tr("replaced by a correction");
    case FilingStatusAnswer::State::Withdrawn:
        return tr("withdrawn");
    }
    return {};
}

} // namespace huisuan
