// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/DemoCommand.h"

#include "cli/CliApplication.h"
#include "cli/PassphrasePrompt.h"
#include "cli/ReceiptPrinter.h"
#include "cli/SandboxBureau.h"
#include "explain/TraceExplainer.h"
#include "filing/FilingService.h"
#include "filing/PrefillReturn.h"
#include "vault/Vault.h"

#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <QDir>
#include <QFile>

namespace huisuan {

namespace {

const char* const passphraseVariable = "HUISUAN_PASSPHRASE";
/** The tax year the demo files: the last one whose annual reconciliation is open in 2026. */
constexpr int demoTaxYear = 2025;
/** Simulated days after which the sandbox has paid a refund (under review, then treasury). */
constexpr int daysUntilPaid = 10;

struct DemoOptions
{
    QString vaultDirectory;
    int kdfLog2N = 0;
};

JsonValue resource(const QString& name)
{
    QFile file(QStringLiteral(":/huisuan/demo/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        return JsonValue();
    }
    return JsonReader::parse(file.readAll()).value;
}

void heading(QTextStream& out, int step, const QString& title)
{
    out << '\n' << QStringLiteral("== %1. %2").arg(step).arg(title) << '\n';
    out.flush();
}

int fail(QTextStream& err, const QString& message)
{
    err << message << '\n';
    return ExitFailure;
}

VaultResult<std::unique_ptr<Vault>> openOrCreateVault(const DemoOptions& options, QTextStream& out)
{
    const bool exists = QFileInfo::exists(QDir(options.vaultDirectory).filePath(QStringLiteral("vault.key")));
    VaultResult<SecureBuffer> passphrase =
        PassphrasePrompt::read(passphraseVariable, DemoCommand::tr("Vault passphrase: "), !exists);
    if (!passphrase.ok()) {
        return passphrase.status;
    }
    if (exists) {
        out << DemoCommand::tr("Opening the vault in %1.").arg(QDir::toNativeSeparators(options.vaultDirectory))
            << '\n';
        return Vault::open(options.vaultDirectory, passphrase.value);
    }
    ScryptCost cost = Vault::calibratedCost();
    if (options.kdfLog2N != 0) {
        cost.n = quint64(1) << options.kdfLog2N;
    }
    out << DemoCommand::tr("Creating a vault in %1.").arg(QDir::toNativeSeparators(options.vaultDirectory)) << '\n';
    return Vault::create(options.vaultDirectory, passphrase.value, cost);
}

bool parse(const QStringList& arguments, DemoOptions& options, QTextStream& err)
{
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        const bool hasValue = i + 1 < arguments.size();
        if (argument == QLatin1String("--vault") && hasValue) {
            options.vaultDirectory = arguments.at(++i);
        } else if (argument == QLatin1String("--kdf-log2n") && hasValue) {
            bool number = false;
            options.kdfLog2N = arguments.at(++i).toInt(&number);
            if (!number || options.kdfLog2N < 10 || options.kdfLog2N > 22) {
                err << DemoCommand::tr("--kdf-log2n must be between 10 and 22") << '\n';
                return false;
            }
        } else if (argument == QLatin1String("--lang") && hasValue) {
            ++i; // handled by runCli
        } else {
            err << DemoCommand::tr("unknown argument %1").arg(argument) << '\n';
            return false;
        }
    }
    if (options.vaultDirectory.isEmpty()) {
        options.vaultDirectory = Vault::defaultDirectory();
    }
    return true;
}

} // namespace

QString DemoCommand::usage()
{
    return tr("usage: huisuan-cli demo [--vault DIR] [--lang zh_CN|en|ja]\n"
              "  The whole taxpayer journey against a sandbox bureau on this machine; the vault passphrase "
              "comes from HUISUAN_PASSPHRASE or a prompt.");
}

int DemoCommand::run(const QStringList& arguments, const QString& language, QTextStream& out, QTextStream& err)
{
    DemoOptions options;
    if (!parse(arguments, options, err)) {
        err << usage() << '\n';
        return ExitFailure;
    }
    const JsonValue demo = resource(QStringLiteral("bureau-declarations-2025.json"));
    const JsonValue taxpayerPart = resource(QStringLiteral("taxpayer-2025.json"));
    const JsonValue* taxpayer = demo.find(QStringLiteral("taxpayer"));
    const JsonValue* declarations = demo.find(QStringLiteral("declarations"));
    if (taxpayer == nullptr || declarations == nullptr || !taxpayerPart.isObject()) {
        return fail(err, tr("internal error: the demo data is missing from this build"));
    }
    const QString name = taxpayer->find(QStringLiteral("name"))->text();
    const QString identityNumber = taxpayer->find(QStringLiteral("identity_number"))->text();

    heading(out, 1, tr("A sandbox tax bureau on this machine"));
    SandboxBureau bureau;
    if (FilingStatus started = bureau.start({QStringLiteral("--sandbox-controls")}); !started.ok()) {
        return fail(err, started.toString());
    }
    out << tr("Listening at %1; its TLS and SM2 certificate authorities are pinned.")
               .arg(bureau.endpoint().url.toString())
        << '\n';

    heading(out, 2, tr("Employers declare what they paid and withheld in %1").arg(demoTaxYear));
    const QByteArray acceptLanguage =
        language == QLatin1String("zh_CN") ? QByteArrayLiteral("zh-CN") : language.toLatin1();
    BureauClient employerDesk(bureau.endpoint(), BureauClient::Options {std::chrono::seconds(15), acceptLanguage, {}});
    for (const JsonValue& declaration : declarations->items()) {
        BureauResult<VerifiedReceipt> declared = employerDesk.declareWithholding(declaration);
        if (!declared.ok()) {
            return fail(err, declared.status.toString());
        }
    }
    out << tr("%n monthly declaration(s) accepted by the bureau.", nullptr, int(declarations->items().size())) << '\n';

    heading(out, 3, tr("The taxpayer's encrypted vault"));
    VaultResult<std::unique_ptr<Vault>> vault = openOrCreateVault(options, out);
    if (!vault.ok()) {
        return fail(err, vault.status.toString());
    }
    FilingService::Options serviceOptions;
    serviceOptions.acceptLanguage = acceptLanguage;
    FilingService service(*vault.value, serviceOptions);

    heading(out, 4, tr("Enrolment: a new SM2 key, certified by the bureau"));
    BureauResult<EnrolmentAnswer> enrolled = service.enrol(bureau.endpoint(), name, identityNumber);
    if (!enrolled.ok()) {
        return fail(err, enrolled.status.toString());
    }
    out << tr("%1 (%2) is enrolled; the certificate is valid until %3.")
               .arg(name,
                    identityNumber.left(6) + QStringLiteral("********") + identityNumber.right(4),
                    enrolled.value.notAfter.toString(Qt::ISODate))
        << '\n';

    heading(out, 5, tr("Prefill: the income the bureau knows of"));
    BureauResult<PrefillAnswer> prefill = service.downloadPrefill(demoTaxYear);
    if (!prefill.ok()) {
        return fail(err, prefill.status.toString());
    }
    out << ReceiptPrinter::prefill(prefill.value) << '\n';

    heading(out, 6, tr("The return, computed and explained"));
    const PrefillReturn::Result input = PrefillReturn::merge(taxpayerPart, prefill.value);
    if (!input.problem.isEmpty()) {
        return fail(err, input.problem);
    }
    BureauResult<PreparedFiling> prepared = service.prepare(input.input);
    if (!prepared.ok()) {
        return fail(err, prepared.status.toString());
    }
    out << TraceExplainer::explain(QStringLiteral("annual-return"), prepared.value.result) << '\n';

    heading(out, 7, tr("Signed with SM2, queued in the vault, filed exactly once"));
    out << tr("Submission %1.").arg(prepared.value.submissionId) << '\n';
    BureauResult<QList<DrainedFiling>> drained = service.drain(std::chrono::seconds(60));
    if (!drained.ok()) {
        return fail(err, drained.status.toString());
    }
    const DrainedFiling* filed = nullptr;
    for (const DrainedFiling& filing : drained.value) {
        if (filing.submissionId == prepared.value.submissionId) {
            filed = &filing;
        }
    }
    if (filed == nullptr || !filed->receipt) {
        return fail(err, filed != nullptr ? filed->message : tr("The filing was not answered."));
    }
    out << ReceiptPrinter::receipt(*filed->receipt) << '\n';
    if (filed->outcome != DrainedFiling::Outcome::Accepted) {
        return fail(err, filed->message);
    }

    heading(out, 8, tr("The refund, as the bureau's simulated days go by"));
    BureauResult<SettlementAnswer> settlement = service.settlement(prepared.value.submissionId);
    if (settlement.ok()) {
        out << ReceiptPrinter::settlement(settlement.value) << '\n';
        if (BureauResult<int> advanced = employerDesk.advanceSandboxClock(daysUntilPaid); advanced.ok()) {
            out << tr("(%n simulated day(s) later)", nullptr, daysUntilPaid) << '\n';
            settlement = service.settlement(prepared.value.submissionId);
            if (settlement.ok()) {
                out << ReceiptPrinter::settlement(settlement.value) << '\n';
            }
        }
    }
    if (!settlement.ok()) {
        err << settlement.status.toString() << '\n';
    }
    out.flush();
    bureau.stop();
    out << '\n' << tr("Done: the receipt verified, and the vault keeps the filing and its receipt.") << '\n';
    return ExitOk;
}

} // namespace huisuan
