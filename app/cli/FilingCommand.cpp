// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/FilingCommand.h"

#include "cli/BureauLocation.h"
#include "cli/CliApplication.h"
#include "cli/PassphrasePrompt.h"
#include "cli/ReceiptPrinter.h"
#include "explain/TraceExplainer.h"
#include "filing/FilingService.h"
#include "vault/Vault.h"

#include "json/JsonReader.h"
#include <QFile>
#include <QMap>

namespace huisuan {

namespace {

const QStringList commands = {QStringLiteral("enrol"),
                              QStringLiteral("prefill"),
                              QStringLiteral("file"),
                              QStringLiteral("correct"),
                              QStringLiteral("status"),
                              QStringLiteral("withdraw"),
                              QStringLiteral("dispute")};

/** The options each command takes a value for; anything else starting with -- is refused. */
const QStringList valueOptions = {QStringLiteral("--vault"),
                                  QStringLiteral("--lang"),
                                  QStringLiteral("--wait"),
                                  QStringLiteral("--name"),
                                  QStringLiteral("--id"),
                                  QStringLiteral("--bureau"),
                                  QStringLiteral("--bureau-dir"),
                                  QStringLiteral("--tls-ca"),
                                  QStringLiteral("--sm2-ca"),
                                  QStringLiteral("--replaces"),
                                  QStringLiteral("--reason"),
                                  QStringLiteral("--note")};

/** Exit status of a filing that is queued but not answered yet (0, 1 and 2 as for compute). */
constexpr int ExitQueued = 3;

struct Invocation
{
    QMap<QString, QString> options;
    QStringList positional;

    QString option(const char* name, const QString& fallback = QString()) const
    {
        return options.value(QString::fromLatin1(name), fallback);
    }
};

bool parse(const QStringList& arguments, Invocation& invocation, QTextStream& err)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (valueOptions.contains(argument)) {
            if (i + 1 >= arguments.size() || arguments.at(i + 1).startsWith(QLatin1String("--"))) {
                err << FilingCommand::tr("%1 needs a value").arg(argument) << '\n';
                return false;
            }
            invocation.options.insert(argument.mid(2), arguments.at(++i));
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << FilingCommand::tr("unknown option %1").arg(argument) << '\n';
            return false;
        } else {
            invocation.positional << argument;
        }
    }
    return true;
}

int fail(QTextStream& err, const BureauStatus& status)
{
    err << status.toString() << '\n';
    for (const BureauProblem& problem : status.problems) {
        err << QStringLiteral("  %1 [%2]: %3").arg(problem.field, problem.rule, problem.message) << '\n';
    }
    return status.kind == BureauStatus::Kind::Refused ? ExitRefused : ExitFailure;
}

int failVault(QTextStream& err, const VaultStatus& status)
{
    err << status.toString() << '\n';
    return ExitFailure;
}

FilingResult<BureauEndpoint> endpointFrom(const Invocation& invocation)
{
    return BureauLocation::endpoint(invocation.options);
}

std::chrono::milliseconds patience(const Invocation& invocation)
{
    bool ok = false;
    const int seconds = invocation.option("wait", QStringLiteral("60")).toInt(&ok);
    return std::chrono::seconds(ok && seconds >= 0 ? seconds : 60);
}

/** Prints what became of each filing drained; the exit status of the last one. */
int report(const QList<DrainedFiling>& drained, QTextStream& out, QTextStream& err)
{
    int exit = ExitOk;
    for (const DrainedFiling& filing : drained) {
        if (filing.receipt) {
            out << ReceiptPrinter::receipt(*filing.receipt) << '\n';
        }
        switch (filing.outcome) {
        case DrainedFiling::Outcome::Accepted:
            exit = ExitOk;
            break;
        case DrainedFiling::Outcome::Rejected:
            err << filing.message << '\n';
            exit = ExitRefused;
            break;
        case DrainedFiling::Outcome::Waiting:
            err << FilingCommand::tr("%1: %2 Next attempt at %3.")
                       .arg(filing.submissionId, filing.message, filing.nextAttemptAt)
                << '\n';
            exit = ExitQueued;
            break;
        case DrainedFiling::Outcome::Alarm:
            err << FilingCommand::tr("ALARM for %1: %2").arg(filing.submissionId, filing.message) << '\n';
            exit = ExitFailure;
            break;
        }
    }
    return exit;
}

/** Sends what a crash or a dropped network left in the outbox before anything new. */
int drainLeftovers(FilingService& service, QTextStream& out, QTextStream& err)
{
    BureauResult<QList<DrainedFiling>> drained = service.drain(std::chrono::milliseconds(0));
    if (!drained.ok()) {
        return fail(err, drained.status);
    }
    return report(drained.value, out, err);
}

int enrol(FilingService& service, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    const QString name = invocation.option("name");
    const QString identity = invocation.option("id");
    if (name.isEmpty() || identity.isEmpty() || !invocation.positional.isEmpty()) {
        err << FilingCommand::usage() << '\n';
        return ExitFailure;
    }
    FilingResult<BureauEndpoint> endpoint = endpointFrom(invocation);
    if (!endpoint.ok()) {
        err << endpoint.status.toString() << '\n';
        return ExitFailure;
    }
    BureauResult<EnrolmentAnswer> enrolled = service.enrol(endpoint.value, name, identity);
    if (!enrolled.ok()) {
        return fail(err, enrolled.status);
    }
    out << FilingCommand::tr("Enrolled %1 with the tax bureau at %2; the certificate is valid until %3.")
               .arg(name, endpoint.value.url.toString(), enrolled.value.notAfter.toString(Qt::ISODate))
        << '\n';
    return ExitOk;
}

int prefill(FilingService& service, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    bool ok = false;
    const int year = invocation.positional.size() == 1 ? invocation.positional.first().toInt(&ok) : 0;
    if (!ok) {
        err << FilingCommand::usage() << '\n';
        return ExitFailure;
    }
    BureauResult<PrefillAnswer> prefill = service.downloadPrefill(year);
    if (!prefill.ok()) {
        return fail(err, prefill.status);
    }
    out << ReceiptPrinter::prefill(prefill.value) << '\n';
    return ExitOk;
}

int file(FilingService& service, const Invocation& invocation, bool correction, QTextStream& out, QTextStream& err)
{
    if (invocation.positional.size() != 1) {
        err << FilingCommand::usage() << '\n';
        return ExitFailure;
    }
    const QString path = invocation.positional.first();
    QFile input(path);
    if (!input.open(QIODevice::ReadOnly)) {
        err << FilingCommand::tr("cannot read %1: %2").arg(path, input.errorString()) << '\n';
        return ExitFailure;
    }
    const JsonReader::Result parsed = JsonReader::parse(input.readAll());
    if (!parsed.ok || !parsed.value.isObject()) {
        err << FilingCommand::tr("%1 is not a JSON object: %2").arg(path, parsed.error) << '\n';
        return ExitRefused;
    }
    QString replaces = invocation.option("replaces");
    if (correction && replaces.isEmpty()) {
        const JsonValue* year = parsed.value.find(QStringLiteral("tax_year"));
        BureauResult<QString> accepted =
            service.acceptedSubmission(year != nullptr ? int(year->toInteger().value_or(0)) : 0);
        if (!accepted.ok()) {
            return fail(err, accepted.status);
        }
        if (accepted.value.isEmpty()) {
            err << FilingCommand::tr("There is no accepted filing of that tax year in this vault to correct; "
                                     "name it with --replaces.")
                << '\n';
            return ExitFailure;
        }
        replaces = accepted.value;
    }
    if (!correction && !replaces.isEmpty()) {
        err << FilingCommand::tr("--replaces belongs to correct, not to file") << '\n';
        return ExitFailure;
    }
    BureauResult<PreparedFiling> prepared = service.prepare(parsed.value, replaces);
    if (!prepared.ok()) {
        return fail(err, prepared.status);
    }
    out << TraceExplainer::explain(QStringLiteral("annual-return"), prepared.value.result) << '\n';
    out << FilingCommand::tr("Signed and queued as %1.").arg(prepared.value.submissionId) << '\n';
    BureauResult<QList<DrainedFiling>> drained = service.drain(patience(invocation));
    if (!drained.ok()) {
        return fail(err, drained.status);
    }
    return report(drained.value, out, err);
}

QString localStatusText(FilingRecord::Status status)
{
    switch (status) {
    case FilingRecord::Status::Signed:
        return FilingCommand::tr("signed, not sent yet");
    case FilingRecord::Status::Submitted:
        return FilingCommand::tr("sent, awaiting the bureau's answer");
    case FilingRecord::Status::Accepted:
        return FilingCommand::tr("accepted");
    case FilingRecord::Status::Rejected:
        return FilingCommand::tr("rejected");
    case FilingRecord::Status::Withdrawn:
        return FilingCommand::tr("withdrawn");
    case FilingRecord::Status::Replaced:
        return FilingCommand::tr("replaced by a correction");
    }
    return {};
}

/** Every filing the vault holds, a line each: what `status` without a submission shows. */
int listFilings(FilingService& service, QTextStream& out, QTextStream& err)
{
    BureauResult<QList<FilingRecord>> filings = service.filings();
    if (!filings.ok()) {
        return fail(err, filings.status);
    }
    if (filings.value.isEmpty()) {
        out << FilingCommand::tr("This vault holds no filings yet.") << '\n';
    }
    for (const FilingRecord& filing : filings.value) {
        const QString kind = filing.kind == FilingRecord::Kind::Correction
            ? FilingCommand::tr("correction of %1").arg(filing.replaces)
            : FilingCommand::tr("filing");
        out << FilingCommand::tr("%1  %2  %3: %4")
                   .arg(filing.createdAt.left(10), filing.submissionId, kind, localStatusText(filing.status))
            << '\n';
    }
    return ExitOk;
}

int status(FilingService& service, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    if (invocation.positional.isEmpty()) {
        return listFilings(service, out, err);
    }
    const QString submission = invocation.positional.first();
    BureauResult<FilingState> state = service.status(submission);
    if (!state.ok()) {
        return fail(err, state.status);
    }
    out << FilingCommand::tr("%1: %2").arg(submission, ReceiptPrinter::filingState(state.value.state)) << '\n';
    if (state.value.receipt) {
        out << ReceiptPrinter::receipt(*state.value.receipt) << '\n';
    }
    if (state.value.state == FilingStatusAnswer::State::Accepted) {
        BureauResult<SettlementAnswer> settlement = service.settlement(submission);
        if (settlement.ok()) {
            out << ReceiptPrinter::settlement(settlement.value) << '\n';
        } else if (settlement.status.code != QLatin1String("not_found")) {
            return fail(err, settlement.status);
        }
    }
    return ExitOk;
}

int withdraw(FilingService& service, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    if (invocation.positional.size() != 1) {
        err << FilingCommand::usage() << '\n';
        return ExitFailure;
    }
    BureauResult<VerifiedReceipt> receipt = service.withdraw(invocation.positional.first());
    if (!receipt.ok()) {
        return fail(err, receipt.status);
    }
    out << ReceiptPrinter::receipt(receipt.value) << '\n';
    return receipt.value.receipt.isAccepted() ? ExitOk : ExitRefused;
}

int dispute(FilingService& service, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    const QString reason = invocation.option("reason", QStringLiteral("not_my_employer"));
    if (invocation.positional.size() != 1) {
        err << FilingCommand::usage() << '\n';
        return ExitFailure;
    }
    BureauResult<DisputeAnswer> disputed =
        service.disputeIncome(invocation.positional.first(), reason, invocation.option("note"));
    if (!disputed.ok()) {
        return fail(err, disputed.status);
    }
    out << FilingCommand::tr("Income record %1 is disputed (%2, dispute %3).")
               .arg(disputed.value.recordId, disputed.value.state, disputed.value.disputeId)
        << '\n';
    return ExitOk;
}

/** Whether the command takes that many positional arguments. */
bool positionalCountFits(const QString& command, qsizetype count)
{
    if (command == QLatin1String("enrol")) {
        return count == 0;
    }
    if (command == QLatin1String("status")) {
        return count <= 1;
    }
    return count == 1;
}

} // namespace

bool FilingCommand::handles(const QString& command)
{
    return commands.contains(command);
}

QString FilingCommand::usage()
{
    return tr("usage: huisuan-cli enrol --name NAME --id IDENTITY_NUMBER [--bureau URL] [--bureau-dir DIR | "
              "--tls-ca FILE --sm2-ca FILE]\n"
              "       huisuan-cli prefill YEAR\n"
              "       huisuan-cli file RETURN.json [--wait SECONDS]\n"
              "       huisuan-cli correct RETURN.json [--replaces SUBMISSION] [--wait SECONDS]\n"
              "       huisuan-cli status [SUBMISSION]\n"
              "       huisuan-cli withdraw SUBMISSION\n"
              "       huisuan-cli dispute RECORD [--reason not_my_employer|wrong_amount|other] [--note TEXT]\n"
              "  each with [--vault DIR] [--lang zh_CN|en|ja]; the passphrase comes from HUISUAN_PASSPHRASE or "
              "a prompt.\n"
              "  Exit status: 0 done, 1 failure, 2 refused or rejected by the bureau, 3 queued and not yet "
              "answered (any later command sends it again).");
}

int FilingCommand::run(
    const QString& command, const QStringList& arguments, const QString& language, QTextStream& out, QTextStream& err)
{
    Invocation invocation;
    if (!parse(arguments, invocation, err) || !positionalCountFits(command, invocation.positional.size())) {
        err << usage() << '\n';
        return ExitFailure;
    }
    VaultResult<SecureBuffer> passphrase =
        PassphrasePrompt::read("HUISUAN_PASSPHRASE", tr("Vault passphrase: "), false);
    if (!passphrase.ok()) {
        return failVault(err, passphrase.status);
    }
    VaultResult<std::unique_ptr<Vault>> vault =
        Vault::open(invocation.option("vault", Vault::defaultDirectory()), passphrase.value);
    if (!vault.ok()) {
        return failVault(err, vault.status);
    }
    FilingService::Options options;
    options.acceptLanguage = language == QLatin1String("zh_CN") ? QByteArrayLiteral("zh-CN") : language.toLatin1();
    FilingService service(*vault.value, options);
    if (command == QLatin1String("enrol")) {
        return enrol(service, invocation, out, err);
    }
    if (int leftovers = drainLeftovers(service, out, err); leftovers == ExitFailure) {
        return leftovers;
    }
    if (command == QLatin1String("prefill")) {
        return prefill(service, invocation, out, err);
    }
    if (command == QLatin1String("file") || command == QLatin1String("correct")) {
        return file(service, invocation, command == QLatin1String("correct"), out, err);
    }
    if (command == QLatin1String("status")) {
        return status(service, invocation, out, err);
    }
    if (command == QLatin1String("withdraw")) {
        return withdraw(service, invocation, out, err);
    }
    return dispute(service, invocation, out, err);
}

} // namespace huisuan
