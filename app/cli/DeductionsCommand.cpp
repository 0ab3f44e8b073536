// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DeductionsCommand.h"

#include "cli/CliApplication.h"
#include "cli/PassphrasePrompt.h"
#include "filing/FilingService.h"
#include "identifiers/SocialCreditCode.h"
#include "session/MonthlyDeductions.h"
#include "session/ReturnDraftStore.h"
#include "vault/Vault.h"

namespace huisuan {

namespace {

struct Invocation
{
    QString vault;
    QString employer;
    int year = 0;
};

bool parse(const QStringList& arguments, Invocation& invocation, QTextStream& err)
{
    if (arguments.value(0) != QLatin1String("push")) {
        return false;
    }
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (i + 1 >= arguments.size()) {
            err << DeductionsCommand::tr("%1 needs a value").arg(argument) << '\n';
            return false;
        }
        const QString value = arguments.at(++i);
        if (argument == QLatin1String("--vault")) {
            invocation.vault = value;
        } else if (argument == QLatin1String("--employer")) {
            invocation.employer = value;
        } else if (argument == QLatin1String("--year")) {
            invocation.year = value.toInt();
        } else if (argument != QLatin1String("--lang")) {
            err << DeductionsCommand::tr("unknown option %1").arg(argument) << '\n';
            return false;
        }
    }
    return !invocation.employer.isEmpty() && invocation.year > 0;
}

int fail(QTextStream& err, const BureauStatus& status)
{
    err << status.toString() << '\n';
    for (const BureauProblem& problem : status.problems) {
        err << QStringLiteral("  %1 [%2]: %3").arg(problem.field, problem.rule, problem.message) << '\n';
    }
    return status.kind == BureauStatus::Kind::Refused ? ExitRefused : ExitFailure;
}

} // namespace

QString DeductionsCommand::usage()
{
    return tr("usage: huisuan-cli deductions push --employer CREDIT_CODE --year YYYY [--vault DIR]\n"
              "  Pushes the special additional deductions saved for YYYY to the employer through the tax bureau "
              "you enrolled with, as monthly amounts.");
}

int DeductionsCommand::run(const QStringList& arguments, const QString& language, QTextStream& out, QTextStream& err)
{
    Invocation invocation;
    if (!parse(arguments, invocation, err)) {
        err << usage() << '\n';
        return ExitFailure;
    }
    if (!SocialCreditCode::isValid(invocation.employer)) {
        err << tr("\"%1\" is not a valid unified social credit code: it has 18 characters and ends with a check "
                  "character. Ask the employer for it again.")
                   .arg(invocation.employer)
            << '\n';
        return ExitFailure;
    }
    auto passphrase = PassphrasePrompt::read("HUISUAN_PASSPHRASE", tr("Vault passphrase: "), false);
    if (!passphrase.ok()) {
        err << passphrase.status.toString() << '\n';
        return ExitFailure;
    }
    auto vault =
        Vault::open(invocation.vault.isEmpty() ? Vault::defaultDirectory() : invocation.vault, passphrase.value);
    if (!vault.ok()) {
        err << vault.status.toString() << '\n';
        return ExitFailure;
    }
    FilingService::Options options;
    options.acceptLanguage = language == QLatin1String("zh_CN") ? QByteArrayLiteral("zh-CN") : language.toLatin1();
    FilingService service(*vault.value, options);
    BureauResult<qint64> profile = service.enrolledProfile();
    if (!profile.ok()) {
        return fail(err, profile.status);
    }
    auto draft = ReturnDraftStore(*vault.value).load(profile.value, invocation.year);
    if (!draft.ok()) {
        err << draft.status.toString() << '\n';
        return ExitFailure;
    }
    const MonthlyDeductions::Result monthly = MonthlyDeductions::fromDraft(draft.value);
    if (!monthly.problem.isEmpty()) {
        err << monthly.problem << '\n';
        return ExitRefused;
    }
    for (const QString& category : monthly.leftOut) {
        err << tr("%1 is not deducted by employers month by month; it stays for your annual reconciliation.")
                   .arg(category)
            << '\n';
    }
    if (monthly.monthly.isEmpty()) {
        err << tr("There are no special additional deductions for %1 in this vault that an employer deducts "
                  "monthly. Enter them in the app first.")
                   .arg(invocation.year)
            << '\n';
        return ExitRefused;
    }
    DeductionElection election;
    election.employerCreditCode = invocation.employer;
    election.taxYear = invocation.year;
    election.monthly = monthly.monthly;
    BureauResult<ElectionPushAnswer> pushed = service.pushDeductions(election);
    if (!pushed.ok()) {
        return fail(err, pushed.status);
    }
    for (const auto& [category, amount] : election.monthly) {
        out << QStringLiteral("  %1  %2").arg(category, amount.toString()) << '\n';
    }
    out << tr("Pushed %1 a month of special additional deductions for %2 to the employer %3 (election %4).")
               .arg(election.monthlyTotal().toString())
               .arg(invocation.year)
               .arg(invocation.employer, pushed.value.electionId)
        << '\n';
    return ExitOk;
}

} // namespace huisuan
