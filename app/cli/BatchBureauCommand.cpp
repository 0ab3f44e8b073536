// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BatchBureauCommand.h"

#include "batch/BatchService.h"
#include "batch/DeclarationDrainer.h"
#include "batch/DeclarationQueue.h"
#include "cli/BureauLocation.h"
#include "cli/CliApplication.h"
#include "cli/PassphrasePrompt.h"
#include "cli/ReceiptPrinter.h"
#include "vault/BureauDeductionStore.h"
#include "vault/Vault.h"
#include "vault/WithholdingDeclarationStore.h"

#include "json/CanonicalJsonWriter.h"
#include <QMap>
#include <QRegularExpression>
#include <algorithm>

namespace huisuan {

namespace {

/** Exit status of a declaration queued but not answered yet, as for filings. */
constexpr int ExitQueued = 3;

const QStringList valueOptions = {QStringLiteral("--vault"),
                                  QStringLiteral("--lang"),
                                  QStringLiteral("--workspace"),
                                  QStringLiteral("--month"),
                                  QStringLiteral("--year"),
                                  QStringLiteral("--wait"),
                                  QStringLiteral("--bureau"),
                                  QStringLiteral("--bureau-dir"),
                                  QStringLiteral("--tls-ca"),
                                  QStringLiteral("--sm2-ca")};

struct Invocation
{
    QMap<QString, QString> options;
    QStringList positional;
    int year = 0;
    int month = 0;

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
                err << BatchBureauCommand::tr("%1 needs a value").arg(argument) << '\n';
                return false;
            }
            invocation.options.insert(argument.mid(2), arguments.at(++i));
        } else if (argument.startsWith(QLatin1String("--"))) {
            err << BatchBureauCommand::tr("unknown option %1").arg(argument) << '\n';
            return false;
        } else {
            invocation.positional << argument;
        }
    }
    static const QRegularExpression monthShape(QStringLiteral("^(\\d{4})-(0[1-9]|1[0-2])$"));
    if (invocation.options.contains(QStringLiteral("month"))) {
        const auto match = monthShape.match(invocation.option("month"));
        if (!match.hasMatch()) {
            err << BatchBureauCommand::tr("--month needs a month such as 2025-04") << '\n';
            return false;
        }
        invocation.year = match.captured(1).toInt();
        invocation.month = match.captured(2).toInt();
    }
    if (invocation.options.contains(QStringLiteral("year"))) {
        bool number = false;
        invocation.year = invocation.option("year").toInt(&number);
        if (!number || invocation.year < 1 || invocation.year > 9999) {
            err << BatchBureauCommand::tr("--year needs a year such as 2025") << '\n';
            return false;
        }
    }
    return !invocation.positional.isEmpty() && !invocation.option("workspace").isEmpty();
}

int failVault(QTextStream& err, const VaultStatus& status)
{
    err << status.toString() << '\n';
    return ExitFailure;
}

QString periodText(int year, int month)
{
    return QStringLiteral("%1-%2").arg(year).arg(month, 2, 10, QLatin1Char('0'));
}

/** Prints what became of each declaration drained; the exit status of the worst. */
int report(const QList<DrainedDeclaration>& drained, QTextStream& out, QTextStream& err)
{
    int exit = ExitOk;
    for (const DrainedDeclaration& declaration : drained) {
        if (declaration.receipt) {
            out << ReceiptPrinter::receipt(*declaration.receipt) << '\n';
        }
        switch (declaration.outcome) {
        case DrainedDeclaration::Outcome::Declared:
            out << BatchBureauCommand::tr("%1: declared (receipt %2)")
                       .arg(periodText(declaration.taxYear, declaration.month), declaration.receipt->receipt.receiptId)
                << '\n';
            break;
        case DrainedDeclaration::Outcome::Refused:
            err << declaration.message << '\n';
            for (const BureauProblem& problem : declaration.problems) {
                err << QStringLiteral("  %1 [%2]: %3").arg(problem.field, problem.rule, problem.message) << '\n';
            }
            exit = std::max(exit, int(ExitRefused));
            break;
        case DrainedDeclaration::Outcome::Waiting:
            err << BatchBureauCommand::tr("%1: %2 Next attempt at %3.")
                       .arg(declaration.declarationId, declaration.message, declaration.nextAttemptAt)
                << '\n';
            exit = std::max(exit, ExitQueued);
            break;
        case DrainedDeclaration::Outcome::Alarm:
            err << BatchBureauCommand::tr("ALARM for %1: %2").arg(declaration.declarationId, declaration.message)
                << '\n';
            return ExitFailure;
        }
    }
    return exit;
}

std::chrono::milliseconds patience(const Invocation& invocation)
{
    bool ok = false;
    const int seconds = invocation.option("wait", QStringLiteral("60")).toInt(&ok);
    return std::chrono::seconds(ok && seconds >= 0 ? seconds : 60);
}

int submit(
    Vault& vault, const CompanyWorkspace& workspace, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    if (invocation.month == 0 || invocation.positional.size() != 1) {
        err << BatchBureauCommand::usage() << '\n';
        return ExitFailure;
    }
    FilingResult<BureauEndpoint> endpoint = BureauLocation::endpoint(invocation.options);
    if (!endpoint.ok()) {
        err << endpoint.status.toString() << '\n';
        return ExitFailure;
    }
    BureauClient client(endpoint.value, BureauClient::Options {});
    DeclarationDrainer drainer(vault, client, RetryPolicy(RetryPolicy::Settings {}));
    // What a crash or a dropped connection left queued goes first, so that a corrected month
    // can name the declaration the bureau holds.
    auto leftovers = drainer.drainDue();
    if (!leftovers.ok()) {
        return failVault(err, leftovers.status);
    }
    const int leftoverExit = report(leftovers.value, out, err);
    if (leftoverExit == ExitFailure) {
        return leftoverExit;
    }
    auto queued = DeclarationQueue(vault).queue(workspace, invocation.year, invocation.month);
    if (!queued.ok()) {
        return failVault(err, queued.status);
    }
    const QString period = periodText(invocation.year, invocation.month);
    if (queued.value.isNew) {
        out << (queued.value.replaces.isEmpty()
                    ? BatchBureauCommand::tr("Queued the declaration of %1 as %2.")
                          .arg(period, queued.value.declarationId)
                    : BatchBureauCommand::tr("Queued the declaration of %1 as %2, replacing %3.")
                          .arg(period, queued.value.declarationId, queued.value.replaces))
            << '\n';
    }
    auto drained = drainer.drainFor(patience(invocation));
    if (!drained.ok()) {
        return failVault(err, drained.status);
    }
    const int exit = report(drained.value, out, err);
    if (!queued.value.isNew && drained.value.isEmpty()) {
        auto month = WithholdingDeclarationStore(vault).forMonth(workspace.id, invocation.year, invocation.month);
        if (!month.ok()) {
            return failVault(err, month.status);
        }
        for (const WithholdingDeclaration& declaration : month.value) {
            if (declaration.declarationId == queued.value.declarationId && !declaration.isPending()) {
                out << BatchBureauCommand::tr("%1 is declared already as %2 (receipt %3); the figures have not "
                                              "changed, so nothing was sent.")
                           .arg(period, declaration.declarationId, declaration.receiptId)
                    << '\n';
            }
        }
    }
    return exit;
}

QString statusText(WithholdingDeclaration::Status status)
{
    switch (status) {
    case WithholdingDeclaration::Status::Queued:
        return BatchBureauCommand::tr("queued, not sent yet");
    case WithholdingDeclaration::Status::Submitted:
        return BatchBureauCommand::tr("sent, awaiting the bureau's answer");
    case WithholdingDeclaration::Status::Declared:
        return BatchBureauCommand::tr("declared");
    case WithholdingDeclaration::Status::Refused:
        return BatchBureauCommand::tr("refused");
    }
    return {};
}

int list(
    Vault& vault, const CompanyWorkspace& workspace, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    if (invocation.year == 0 || invocation.positional.size() != 1) {
        err << BatchBureauCommand::usage() << '\n';
        return ExitFailure;
    }
    auto declarations = WithholdingDeclarationStore(vault).forYear(workspace.id, invocation.year);
    if (!declarations.ok()) {
        return failVault(err, declarations.status);
    }
    if (declarations.value.isEmpty()) {
        out << BatchBureauCommand::tr("No declaration of %1 was submitted yet.").arg(invocation.year) << '\n';
    }
    for (const WithholdingDeclaration& declaration : declarations.value) {
        QString line = QStringLiteral("%1  %2  %3")
                           .arg(periodText(declaration.taxYear, declaration.month),
                                declaration.declarationId,
                                statusText(declaration.status));
        if (!declaration.receiptId.isEmpty()) {
            line += BatchBureauCommand::tr("  receipt %1").arg(declaration.receiptId);
        }
        if (!declaration.replaces.isEmpty()) {
            line += BatchBureauCommand::tr("  replaces %1").arg(declaration.replaces);
        }
        out << line << '\n';
    }
    return ExitOk;
}

int failBureau(QTextStream& err, const BureauStatus& status)
{
    err << status.toString() << '\n';
    for (const BureauProblem& problem : status.problems) {
        err << QStringLiteral("  %1 [%2]: %3").arg(problem.field, problem.rule, problem.message) << '\n';
    }
    return status.kind == BureauStatus::Kind::Refused ? ExitRefused : ExitFailure;
}

int downloadDeductions(
    Vault& vault, const CompanyWorkspace& workspace, const Invocation& invocation, QTextStream& out, QTextStream& err)
{
    if (invocation.year == 0 || invocation.positional.size() != 2 ||
        invocation.positional.at(1) != QLatin1String("download")) {
        err << BatchBureauCommand::usage() << '\n';
        return ExitFailure;
    }
    FilingResult<BureauEndpoint> endpoint = BureauLocation::endpoint(invocation.options);
    if (!endpoint.ok()) {
        err << endpoint.status.toString() << '\n';
        return ExitFailure;
    }
    BureauClient client(endpoint.value, BureauClient::Options {});
    BureauResult<ElectionsAnswer> answer = client.downloadDeductions(workspace.creditCode, invocation.year);
    if (!answer.ok()) {
        return failBureau(err, answer.status);
    }
    QList<BureauDeduction> deductions;
    for (const DeductionElection& election : answer.value.elections) {
        deductions.append({election.identityNumber,
                           invocation.year,
                           election.electionId,
                           CanonicalJsonWriter::write(election.monthlyJson()).bytes,
                           QString()});
        QStringList categories;
        for (const auto& [category, amount] : election.monthly) {
            categories << QStringLiteral("%1 %2").arg(category, amount.toString());
        }
        out << BatchBureauCommand::tr("%1: %2 a month (%3)")
                   .arg(election.identityNumber,
                        election.monthlyTotal().toString(),
                        categories.join(QStringLiteral(", ")))
            << '\n';
    }
    if (VaultStatus stored = BureauDeductionStore(vault).replaceYear(workspace.id, invocation.year, deductions);
        !stored.ok()) {
        return failVault(err, stored);
    }
    out << BatchBureauCommand::tr("Downloaded the special additional deductions of %n employee(s) for %1. Compute "
                                  "the year again to use them.",
                                  nullptr,
                                  int(deductions.size()))
               .arg(invocation.year)
        << '\n';
    return ExitOk;
}

} // namespace

bool BatchBureauCommand::handles(const QString& action)
{
    return action == QLatin1String("submit") || action == QLatin1String("declarations") ||
        action == QLatin1String("deductions");
}

QString BatchBureauCommand::usage()
{
    return tr("usage: huisuan-cli batch submit --workspace CREDIT_CODE --month YYYY-MM [--wait SECONDS]\n"
              "       huisuan-cli batch declarations --workspace CREDIT_CODE --year YYYY\n"
              "       huisuan-cli batch deductions download --workspace CREDIT_CODE --year YYYY\n"
              "  with [--vault DIR] and the bureau: [--bureau URL] [--bureau-dir DIR | --tls-ca FILE --sm2-ca FILE].\n"
              "  Exit status: 0 done, 1 failure, 2 refused by the bureau, 3 queued and not yet answered (the next "
              "submit sends it again).");
}

int BatchBureauCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    Invocation invocation;
    if (!parse(arguments, invocation, err)) {
        err << usage() << '\n';
        return ExitFailure;
    }
    auto passphrase = PassphrasePrompt::read("HUISUAN_PASSPHRASE", tr("Vault passphrase: "), false);
    if (!passphrase.ok()) {
        return failVault(err, passphrase.status);
    }
    auto vault = Vault::open(invocation.option("vault", Vault::defaultDirectory()), passphrase.value);
    if (!vault.ok()) {
        return failVault(err, vault.status);
    }
    auto workspace = BatchService(*vault.value).workspace(invocation.option("workspace"));
    if (!workspace.ok()) {
        return failVault(err, workspace.status);
    }
    const QString action = invocation.positional.first();
    if (action == QLatin1String("submit")) {
        return submit(*vault.value, workspace.value, invocation, out, err);
    }
    if (action == QLatin1String("deductions")) {
        return downloadDeductions(*vault.value, workspace.value, invocation, out, err);
    }
    return list(*vault.value, workspace.value, invocation, out, err);
}

} // namespace huisuan
