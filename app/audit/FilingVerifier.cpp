// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/FilingVerifier.h"

#include "filing/FilingEnvelope.h"
#include "filing/OpenSslHandles.h"
#include "filing/Receipt.h"
#include "filing/SignedDocument.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2Signature.h"
#include "filing/Sm3Digest.h"
#include "filing/WireFormat.h"
#include "rules/RulePackRegistry.h"

#include <optional>

namespace huisuan {

namespace {

const QString envelopeMember = QStringLiteral("envelope");
const QString receiptMember = QStringLiteral("receipt");

AuditCheck check(const char* id, const QString& name, bool passed, const QString& sentence)
{
    return AuditCheck {QString::fromLatin1(id), name, passed, sentence};
}

QString memberText(const JsonValue& object, const char* key)
{
    const JsonValue* value = object.find(QString::fromLatin1(key));
    return value != nullptr && value->isString() ? value->text() : QString();
}

/** The filing's own statements, read leniently: the report shows them even when the form is refused. */
void describe(const JsonValue& envelope, VerifyReport& report)
{
    report.submissionId = memberText(envelope, "submission_id");
    report.rulePack = memberText(envelope, "rule_pack");
    report.engineVersion = memberText(envelope, "engine_version");
    report.replaces = memberText(envelope, "replaces");
    const JsonValue* year = envelope.find(QStringLiteral("tax_year"));
    report.taxYear = year != nullptr ? int(year->toInteger().value_or(0)) : 0;
    report.createdAt = WireFormat::parseTime(memberText(envelope, "created_at")).value_or(QDateTime());
}

/** The CAs to trust: the auditor's pinned one, or those the audit file carries. */
QList<QByteArray> trustedCas(const AuditFile& file, const QByteArray& pinnedCaDer, VerifyReport& report)
{
    if (!pinnedCaDer.isEmpty()) {
        report.caSource = VerifyReport::CaSource::Pinned;
        return {pinnedCaDer};
    }
    report.caSource = file.caCertificates.isEmpty() ? VerifyReport::CaSource::None : VerifyReport::CaSource::AuditFile;
    return file.caCertificates;
}

AuditCheck envelopeCheck(const AuditFile& file, const FilingResult<SignedDocument::Parsed>& parsed)
{
    const QString name = FilingVerifier::tr("Well-formed filing");
    if (!parsed.ok()) {
        return check("envelope",
                     name,
                     false,
                     FilingVerifier::tr("%1 Nothing else in it can be trusted.").arg(parsed.status.toString()));
    }
    // FilingEnvelope::verify reads the envelope's members before it looks at any certificate, so
    // its MalformedFiling answer is the verdict on the form alone, whatever CA is given.
    const FilingResult<FilingEnvelope> read = FilingEnvelope::verify(file.signedFiling, QByteArray(), QDateTime());
    if (read.status.code == FilingErrorCode::MalformedFiling) {
        return check("envelope",
                     name,
                     false,
                     FilingVerifier::tr("%1 Nothing else in it can be trusted.").arg(read.status.toString()));
    }
    return check("envelope",
                 name,
                 true,
                 FilingVerifier::tr("The signed filing is in its one exact canonical form with every member it "
                                    "needs."));
}

AuditCheck certificateCheck(const FilingResult<SignedDocument::Parsed>& parsed,
                            const QList<QByteArray>& cas,
                            const QDateTime& at,
                            VerifyReport::CaSource source)
{
    const QString name = FilingVerifier::tr("Certificate chain");
    if (!parsed.ok()) {
        return check("certificate",
                     name,
                     false,
                     FilingVerifier::tr("The signer's certificate cannot be read from a malformed filing."));
    }
    if (cas.isEmpty()) {
        return check("certificate",
                     name,
                     false,
                     FilingVerifier::tr("There is no CA certificate to check the signer's certificate against: give "
                                        "the tax bureau's SM2 CA certificate with --ca."));
    }
    if (!at.isValid()) {
        return check("certificate",
                     name,
                     false,
                     FilingVerifier::tr("The filing does not say when it was made, so the certificate's validity "
                                        "cannot be checked."));
    }
    FilingStatus last;
    for (const QByteArray& ca : cas) {
        const FilingResult<Sm2KeyPair> verified =
            Sm2CertificateAuthority::verifyCertificate(ca, parsed.value.certificateDer, at);
        if (verified.ok()) {
            return check("certificate",
                         name,
                         true,
                         source == VerifyReport::CaSource::Pinned
                             ? FilingVerifier::tr("The signer's certificate was issued by the pinned CA and was valid "
                                                  "when the filing was made (%1).")
                                   .arg(WireFormat::formatTime(at))
                             : FilingVerifier::tr("The signer's certificate was issued by the CA in the audit file and "
                                                  "was valid when the filing was made (%1); pin the bureau's CA with "
                                                  "--ca to check that this CA is the bureau's.")
                                   .arg(WireFormat::formatTime(at)));
        }
        last = verified.status;
    }
    return check("certificate",
                 name,
                 false,
                 FilingVerifier::tr("%1 The filing may not come from the person it names.").arg(last.toString()));
}

AuditCheck signatureCheck(const FilingResult<SignedDocument::Parsed>& parsed)
{
    const QString name = FilingVerifier::tr("SM2 signature");
    if (!parsed.ok()) {
        return check(
            "signature", name, false, FilingVerifier::tr("The signature cannot be checked on a malformed filing."));
    }
    X509Handle certificate = parseCertificateDer(parsed.value.certificateDer);
    const Sm2KeyPair key = certificate ? Sm2KeyPair::adopt(X509_get_pubkey(certificate.get())) : Sm2KeyPair();
    takeOpenSslErrors();
    if (key.isNull()) {
        return check("signature",
                     name,
                     false,
                     FilingVerifier::tr("The filing's certificate holds no SM2 key to check the signature with."));
    }
    const FilingStatus verified = Sm2Signature::verify(key, parsed.value.contentBytes, parsed.value.signature);
    if (!verified.ok()) {
        return check("signature",
                     name,
                     false,
                     FilingVerifier::tr("The SM2 signature does not match the envelope: the filing was changed after "
                                        "it was signed, or the signature was damaged (%1).")
                         .arg(verified.toString()));
    }
    return check("signature",
                 name,
                 true,
                 FilingVerifier::tr("The SM2-with-SM3 signature over the envelope's canonical bytes verifies with the "
                                    "certificate's key."));
}

/** The receipt's authenticity, and whether it answers exactly this filing. */
void receiptChecks(const AuditFile& file, const QList<QByteArray>& cas, VerifyReport& report)
{
    const QString name = FilingVerifier::tr("Bureau receipt");
    const QString answersName = FilingVerifier::tr("Receipt answers this filing");
    std::optional<FilingStatus> failure;
    std::optional<Receipt> receipt;
    for (const QByteArray& ca : cas) {
        FilingResult<Receipt> verified = Receipt::verify(file.signedReceipt, ca);
        if (verified.ok()) {
            receipt = verified.value;
            break;
        }
        failure = verified.status;
    }
    if (receipt) {
        report.checks.append(
            check("receipt",
                  name,
                  true,
                  FilingVerifier::tr("The receipt %1 (%2, issued %3) is signed by the bureau's receipt certificate.")
                      .arg(receipt->receiptId,
                           receipt->isAccepted() ? FilingVerifier::tr("accepted") : FilingVerifier::tr("rejected"),
                           WireFormat::formatTime(receipt->issuedAt))));
    } else {
        report.checks.append(
            check("receipt",
                  name,
                  false,
                  failure ? FilingVerifier::tr("%1 Do not rely on what the receipt says.").arg(failure->toString())
                          : FilingVerifier::tr("There is no CA certificate to check the receipt "
                                               "against: give the bureau's SM2 CA with --ca.")));
    }
    // Read without trust, so that an answer to other bytes is named even when the signature fails too.
    const FilingResult<SignedDocument::Parsed> parsed = SignedDocument::parse(
        file.signedReceipt, receiptMember, FilingErrorCode::MalformedReceipt, FilingVerifier::tr("malformed receipt"));
    if (!parsed.ok()) {
        report.checks.append(check("receipt_answers",
                                   answersName,
                                   false,
                                   FilingVerifier::tr("The receipt cannot be read, so it cannot be matched to the "
                                                      "filing.")));
        return;
    }
    const QString digest = Sm3Digest::tagged(file.signedFiling);
    const QString answered = memberText(parsed.value.content, "filing_digest");
    const QString submission = memberText(parsed.value.content, "submission_id");
    if (answered != digest) {
        report.checks.append(check("receipt_answers",
                                   answersName,
                                   false,
                                   FilingVerifier::tr("The receipt answers other bytes (%1) than this filing's (%2): "
                                                      "the filing or the receipt was swapped or changed.")
                                       .arg(answered, digest)));
    } else if (submission != report.submissionId) {
        report.checks.append(check("receipt_answers",
                                   answersName,
                                   false,
                                   FilingVerifier::tr("The receipt names submission %1, the filing %2.")
                                       .arg(submission, report.submissionId)));
    } else {
        report.checks.append(check("receipt_answers",
                                   answersName,
                                   true,
                                   FilingVerifier::tr("The receipt answers exactly these bytes (%1).").arg(digest)));
    }
}

AuditCheck rulePackCheck(const VerifyReport& report)
{
    const QString name = FilingVerifier::tr("Rule pack");
    const RulePack* pack = RulePackRegistry::builtIn().byId(report.rulePack);
    if (pack == nullptr) {
        return check("rule_pack",
                     name,
                     false,
                     FilingVerifier::tr("The rule pack %1 is not built into this version of Huisuan, so the filing "
                                        "cannot be replayed: use the version that made it, or a newer one.")
                         .arg(report.rulePack.isEmpty() ? FilingVerifier::tr("(none)") : report.rulePack));
    }
    if (pack->taxYear != report.taxYear) {
        return check("rule_pack",
                     name,
                     false,
                     FilingVerifier::tr("The rule pack %1 is the pack of tax year %2, but the filing is for %3.")
                         .arg(report.rulePack)
                         .arg(pack->taxYear)
                         .arg(report.taxYear));
    }
    return check("rule_pack",
                 name,
                 true,
                 FilingVerifier::tr("The rule pack %1 of tax year %2 is built into this version.")
                     .arg(report.rulePack)
                     .arg(pack->taxYear));
}

} // namespace

VerifyReport FilingVerifier::verify(const AuditFile& file, const QByteArray& pinnedCaDer)
{
    VerifyReport report;
    const QList<QByteArray> cas = trustedCas(file, pinnedCaDer, report);
    const FilingResult<SignedDocument::Parsed> parsed =
        SignedDocument::parse(file.signedFiling,
                              envelopeMember,
                              FilingErrorCode::MalformedFiling,
                              tr("The filing is not a well-formed signed filing."));
    if (parsed.ok()) {
        describe(parsed.value.content, report);
        const FilingResult<CertificateSubject> subject = Sm2CertificateAuthority::subject(parsed.value.certificateDer);
        if (subject.ok()) {
            report.signerName = subject.value.commonName;
            report.signerIdentityNumber = subject.value.serialNumber;
        }
    }
    report.checks.append(envelopeCheck(file, parsed));
    report.checks.append(certificateCheck(parsed, cas, report.createdAt, report.caSource));
    report.checks.append(signatureCheck(parsed));
    report.hasReceipt = !file.signedReceipt.isEmpty();
    if (report.hasReceipt) {
        receiptChecks(file, cas, report);
    }
    report.checks.append(rulePackCheck(report));
    return report;
}

} // namespace huisuan
