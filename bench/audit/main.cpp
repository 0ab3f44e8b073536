// SPDX-License-Identifier: GPL-3.0-or-later
// huisuan-audit-bench (issue 7): replay and verify throughput over a folder of 10 000 audit files,
// each signed with a real SM2 key and answered by a receipt signed by a bureau receipt key, against
// the baseline of computing the same returns without any verification, in the same run.
//
// usage: huisuan-audit-bench [FOLDER]   (default: huisuan-audit-bench-folder in the temp dir; made once, reused)
#include "audit/AuditFile.h"
#include "audit/FilingReplayer.h"
#include "audit/FilingVerifier.h"
#include "compute/ComputeService.h"
#include "filing/FilingEnvelope.h"
#include "filing/Receipt.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2CertificateRequest.h"
#include "filing/Sm3Digest.h"

#include "json/CanonicalJsonWriter.h"
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSaveFile>
#include <QTimeZone>
#include <cstdio>

using namespace huisuan;

namespace {

constexpr int filings = 10000;
constexpr int taxYear = 2025;

QDateTime utc(int year, int month, int day)
{
    return QDateTime(QDate(year, month, day), QTime(0, 0), QTimeZone::utc());
}

JsonValue returnInput(int i)
{
    return JsonValue::object({
        {QStringLiteral("income"),
         JsonValue::object(
             {{QStringLiteral("wages"), JsonValue::string(QStringLiteral("%1.00").arg(60000 + 37 * i))}})},
        {QStringLiteral("prepaid"), JsonValue::string(QStringLiteral("%1.00").arg(1000 + i % 3000))},
        {QStringLiteral("special_deductions"), JsonValue::string(QStringLiteral("%1.00").arg(6000 + i % 500))},
        {QStringLiteral("tax_year"), JsonValue::integer(taxYear)},
    });
}

JsonValue withoutTrace(const JsonValue& result)
{
    JsonValue stripped = JsonValue::object();
    for (const JsonValue::Member& member : result.members()) {
        if (member.first != QLatin1String("trace")) {
            stripped.insert(member.first, member.second);
        }
    }
    return stripped;
}

bool generate(const QDir& folder)
{
    auto authority = Sm2CertificateAuthority::create(
        Sm2KeyPair::generate().value, QStringLiteral("Bench SM2 CA"), utc(2025, 1, 1), utc(2035, 1, 1));
    auto taxpayer = Sm2KeyPair::generate();
    auto receiptKey = Sm2KeyPair::generate();
    if (!authority.ok() || !taxpayer.ok() || !receiptKey.ok()) {
        return false;
    }
    const QByteArray certificate =
        authority.value
            .issue(Sm2CertificateRequest::create(
                       taxpayer.value, QStringLiteral("张三"), QStringLiteral("11010519491231002X"))
                       .value,
                   utc(2026, 1, 1),
                   utc(2027, 1, 1))
            .value;
    const QByteArray receiptCertificate =
        authority.value
            .issue(Sm2CertificateRequest::createForBureauService(receiptKey.value, Receipt::signerCommonName()).value,
                   utc(2026, 1, 1),
                   utc(2027, 1, 1))
            .value;
    folder.mkpath(QStringLiteral("."));
    for (int i = 0; i < filings; ++i) {
        const JsonValue input = returnInput(i);
        const ComputeService::Outcome computed = ComputeService::compute(ComputeKind::AnnualReturn, input);
        const QString submission = QStringLiteral("sub-bench-%1").arg(i, 5, 10, QLatin1Char('0'));
        const QDateTime at = utc(2026, 3, 1).addSecs(i);
        const FilingEnvelope envelope(submission,
                                      taxYear,
                                      computed.result.find(QStringLiteral("rule_pack"))->text(),
                                      computed.result.find(QStringLiteral("engine_version"))->text(),
                                      input,
                                      at);
        AuditFile file;
        file.signedFiling = envelope.sign(taxpayer.value, certificate).value;
        Receipt receipt;
        receipt.receiptId = QStringLiteral("R%1").arg(i);
        receipt.requestId = submission;
        receipt.submissionId = submission;
        receipt.filingDigest = Sm3Digest::tagged(file.signedFiling);
        receipt.issuedAt = at.addSecs(1);
        receipt.taxYear = taxYear;
        receipt.rulePack = envelope.rulePack();
        receipt.engineVersion = envelope.engineVersion();
        receipt.sequence = i + 1;
        const auto money = [&](const char* key) {
            return Money::parse(computed.result.find(QString::fromLatin1(key))->text()).value_or(Money());
        };
        receipt.result = Receipt::Result {money("balance"), money("tax_payable"), money("prepaid")};
        file.signedReceipt = receipt.sign(receiptKey.value, receiptCertificate).value;
        file.filedResult = CanonicalJsonWriter::write(withoutTrace(computed.result)).bytes;
        file.filedTrace = CanonicalJsonWriter::write(*computed.result.find(QStringLiteral("trace"))).bytes;
        file.caCertificates = {authority.value.certificateDer()};
        QSaveFile out(folder.filePath(submission + QStringLiteral(".audit.json")));
        if (file.signedFiling.isEmpty() || file.signedReceipt.isEmpty() || !out.open(QIODevice::WriteOnly) ||
            out.write(file.toBytes()) < 0 || !out.commit()) {
            return false;
        }
    }
    return true;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    const QDir folder(argc > 1 ? QString::fromLocal8Bit(argv[1])
                               : QDir::temp().filePath(QStringLiteral("huisuan-audit-bench-folder")));
    QStringList names = folder.entryList({QStringLiteral("*.audit.json")}, QDir::Files, QDir::Name);
    if (names.size() != filings) {
        QElapsedTimer made;
        made.start();
        if (!generate(folder)) {
            std::fprintf(stderr, "could not generate the audit files in %s\n", qPrintable(folder.path()));
            return 1;
        }
        std::printf("generated %d audit files in %.1f s\n", filings, double(made.elapsed()) / 1000.0);
        names = folder.entryList({QStringLiteral("*.audit.json")}, QDir::Files, QDir::Name);
    }
    QList<AuditFile> files;
    for (const QString& name : names) {
        QFile in(folder.filePath(name));
        AuditFile file;
        if (!in.open(QIODevice::ReadOnly) || !AuditFile::read(in.readAll(), file).ok) {
            std::fprintf(stderr, "unreadable %s\n", qPrintable(name));
            return 1;
        }
        files.append(file);
    }
    QElapsedTimer timer;
    // Baseline: the same returns computed (trace on) with no reading of signatures or comparison.
    timer.start();
    int computed = 0;
    for (int i = 0; i < files.size(); ++i) {
        computed += ComputeService::compute(ComputeKind::AnnualReturn, returnInput(i)).status ==
            ComputeService::Status::Computed;
    }
    const double baseline = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    int verified = 0;
    for (const AuditFile& file : files) {
        verified += FilingVerifier::verify(file).passed();
    }
    const double verifying = double(timer.nsecsElapsed()) / 1e9;
    timer.restart();
    int clean = 0;
    for (const AuditFile& file : files) {
        clean += FilingReplayer::replay(file).clean();
    }
    const double replaying = double(timer.nsecsElapsed()) / 1e9;
    const double n = double(files.size());
    std::printf("%d filings: %d computed, %d verified, %d replayed clean\n", int(n), computed, verified, clean);
    std::printf("baseline compute : %9.0f filings/s\n", n / baseline);
    std::printf(
        "verify only      : %9.0f filings/s  (%.2fx the baseline's time)\n", n / verifying, verifying / baseline);
    std::printf(
        "replay           : %9.0f filings/s  (%.2fx the baseline's time)\n", n / replaying, replaying / baseline);
    std::printf("verify + replay  : %9.0f filings/s\n", n / (verifying + replaying));
    return computed == files.size() && verified == files.size() && clean == files.size() ? 0 : 1;
}
