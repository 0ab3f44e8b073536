// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/FilingAuditReader.h"

#include "audit/AuditFile.h"
#include "audit/FilingReplayer.h"
#include "audit/FilingVerifier.h"
#include "explain/TraceStepReader.h"
#include "filing/Receipt.h"
#include "report/FilingReportPdf.h"

#include "json/JsonReader.h"
#include <QFile>
#include <QFileInfo>
#include <QHash>

namespace huisuan {

namespace {

/** Audit files are a few hundred kilobytes; anything far larger is not one, and is not read into memory. */
constexpr qint64 maximumFileSize = 16 * 1024 * 1024;

/** The filed trace's steps by line id, each id's occurrences in order (an id may repeat, e.g. per cap). */
QHash<QString, QList<TraceStep>> filedSteps(const QByteArray& traceJson)
{
    QHash<QString, QList<TraceStep>> steps;
    if (traceJson.isEmpty()) {
        return steps;
    }
    const JsonReader::Result parsed = JsonReader::parse(traceJson);
    if (!parsed.ok || !parsed.value.isArray()) {
        return steps;
    }
    for (const TraceStep& step : TraceStepReader::readAll(parsed.value)) {
        steps[step.id].append(step);
    }
    return steps;
}

/** What the receipt says, checked against the CAs the file carries; the checks say whether to trust them. */
QString receiptSentence(const AuditFile& file)
{
    if (file.signedReceipt.isEmpty()) {
        return FilingAuditReader::tr("The file holds no receipt from the tax bureau.");
    }
    for (const QByteArray& ca : file.caCertificates) {
        const FilingResult<Receipt> receipt = Receipt::verify(file.signedReceipt, ca);
        if (receipt.ok()) {
            const QString issued = receipt.value.issuedAt.toUTC().toString(Qt::ISODate);
            return receipt.value.isAccepted()
                ? FilingAuditReader::tr("Receipt %1: accepted by the tax bureau at %2 (UTC).")
                      .arg(receipt.value.receiptId, issued)
                : FilingAuditReader::tr("Receipt %1: refused by the tax bureau at %2 (UTC).")
                      .arg(receipt.value.receiptId, issued);
        }
    }
    return FilingAuditReader::tr("The file holds a receipt, but it does not verify: see the checks.");
}

FilingAudit::Replay replayOf(ReplayReport::Outcome outcome)
{
    switch (outcome) {
    case ReplayReport::Outcome::Clean:
        return FilingAudit::Replay::Clean;
    case ReplayReport::Outcome::Differs:
        return FilingAudit::Replay::Differs;
    case ReplayReport::Outcome::CannotCompare:
        return FilingAudit::Replay::CannotCompare;
    case ReplayReport::Outcome::Refused:
    case ReplayReport::Outcome::Failed:
        break;
    }
    return FilingAudit::Replay::NotReplayed;
}

QList<AuditLineRow> linesOf(const ReplayReport& replay, const QByteArray& filedTrace)
{
    const QHash<QString, QList<TraceStep>> steps = filedSteps(filedTrace);
    QHash<QString, int> seen;
    QList<AuditLineRow> lines;
    for (const ReplayLine& line : replay.lines) {
        AuditLineRow row;
        row.id = line.id;
        row.label = line.label;
        row.filed = line.filedValue;
        row.replayed = line.replayedValue;
        row.formula = line.formula;
        row.citations = line.citations;
        row.differs = line.differs;
        const int occurrence = seen[line.id]++;
        const QList<TraceStep> filed = steps.value(line.id);
        if (occurrence < filed.size()) {
            row.inputs = filed.at(occurrence).inputs;
            row.rules = filed.at(occurrence).rules;
        }
        lines.append(row);
    }
    return lines;
}

} // namespace

FilingAuditReader::Opened FilingAuditReader::open(const QString& path)
{
    Opened opened;
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        opened.message =
            tr("%1 could not be opened (%2). Check the name and that you may read it.").arg(path, input.errorString());
        return opened;
    }
    if (input.size() > maximumFileSize) {
        opened.message = tr("%1 is too large to be a filing or an audit file. Choose the file the taxpayer or the "
                            "tax bureau sent.")
                             .arg(path);
        return opened;
    }
    AuditFile file;
    const AuditFile::ReadResult read = AuditFile::read(input.readAll(), file);
    if (!read.ok) {
        opened.message = read.message;
        return opened;
    }
    const VerifyReport verified = FilingVerifier::verify(file);
    const ReplayReport replayed = FilingReplayer::replay(file);

    FilingAudit& audit = opened.audit;
    audit.path = QFileInfo(path).absoluteFilePath();
    audit.submissionId = verified.submissionId;
    audit.taxYear = verified.taxYear;
    audit.taxpayerName = verified.signerName;
    audit.maskedIdentityNumber = FilingReportPdf::maskedIdentity(verified.signerIdentityNumber);
    audit.rulePack = verified.rulePack;
    audit.engineVersion = verified.engineVersion;
    audit.receipt = receiptSentence(file);
    for (const AuditCheck& check : verified.checks) {
        audit.checks.append({check.id, check.name, check.passed, check.sentence});
    }
    audit.replay = replayOf(replayed.outcome);
    audit.replayMessage = replayed.message;
    for (const FormulaFix& fix : replayed.formulaFixes) {
        audit.explanations.append(
            tr("Rule pack %1 (%2) changed a formula for %3: %4").arg(fix.version, fix.date, fix.periods, fix.change));
    }
    audit.lines = linesOf(replayed, file.filedTrace);
    opened.ok = true;
    return opened;
}

AuditReport FilingAuditReader::report(const FilingAudit& audit, const QString& language)
{
    AuditReport report;
    report.language = language;
    report.source = QFileInfo(audit.path).fileName();
    report.submissionId = audit.submissionId;
    report.taxYear = audit.taxYear;
    report.taxpayerName = audit.taxpayerName;
    report.identityNumber = audit.maskedIdentityNumber;
    report.rulePack = audit.rulePack;
    report.engineVersion = audit.engineVersion;
    report.receipt = audit.receipt;
    report.replayOutcome = audit.replayMessage;
    report.explanations = audit.explanations;
    for (const AuditCheckRow& check : audit.checks) {
        report.checks.append({check.name, check.passed, check.sentence});
    }
    for (const AuditLineRow& line : audit.lines) {
        report.lines.append({line.label, line.filed, line.replayed, line.formula, line.citations, line.differs});
    }
    return report;
}

} // namespace huisuan
