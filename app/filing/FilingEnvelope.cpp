// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/FilingEnvelope.h"

#include "filing/SignedDocument.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/WireFormat.h"

#include "json/CanonicalJsonWriter.h"
#include "json/ObjectReader.h"
#include <optional>
#include <utility>

namespace huisuan {

namespace {

const QString envelopeMember = QStringLiteral("envelope");

} // namespace

FilingEnvelope::FilingEnvelope(QString submissionId,
                               int taxYear,
                               QString rulePack,
                               QString engineVersion,
                               JsonValue returnInput,
                               const QDateTime& createdAt,
                               QString replaces)
    : m_submissionId(std::move(submissionId))
    , m_taxYear(taxYear)
    , m_rulePack(std::move(rulePack))
    , m_engineVersion(std::move(engineVersion))
    , m_returnInput(std::move(returnInput))
    , m_createdAt(createdAt.isValid() ? QDateTime::fromSecsSinceEpoch(createdAt.toSecsSinceEpoch(), Qt::UTC)
                                      : QDateTime())
    , m_replaces(std::move(replaces))
{
}

JsonValue FilingEnvelope::toJson() const
{
    JsonValue envelope = JsonValue::object({
        {QStringLiteral("submission_id"), JsonValue::string(m_submissionId)},
        {QStringLiteral("tax_year"), JsonValue::integer(m_taxYear)},
        {QStringLiteral("rule_pack"), JsonValue::string(m_rulePack)},
        {QStringLiteral("engine_version"), JsonValue::string(m_engineVersion)},
        {QStringLiteral("return"), m_returnInput},
        {QStringLiteral("created_at"), JsonValue::string(WireFormat::formatTime(m_createdAt))},
    });
    // Omitted rather than null for a first filing: one meaning, one spelling.
    if (isCorrection()) {
        envelope.insert(QStringLiteral("replaces"), JsonValue::string(m_replaces));
    }
    return envelope;
}

FilingResult<QByteArray> FilingEnvelope::canonicalBytes() const
{
    if (m_submissionId.isEmpty() || m_rulePack.isEmpty() || m_engineVersion.isEmpty() || !m_returnInput.isObject() ||
        !m_createdAt.isValid() || m_replaces == m_submissionId) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("A filing needs a submission id, a rule pack, an engine version, a return "
                                        "and the time it was made, and cannot replace itself."));
    }
    const CanonicalJsonWriter::Result written = CanonicalJsonWriter::write(toJson());
    if (!written.ok) {
        return FilingStatus::failure(
            FilingErrorCode::InvalidArgument, tr("The return cannot be written as canonical JSON."), written.error);
    }
    return written.bytes;
}

FilingResult<QByteArray> FilingEnvelope::sign(const Sm2KeyPair& key, const QByteArray& certificateDer) const
{
    FilingResult<QByteArray> bytes = canonicalBytes();
    if (!bytes.ok()) {
        return bytes.status;
    }
    return SignedDocument::sign(envelopeMember, toJson(), key, certificateDer);
}

FilingResult<FilingEnvelope>
FilingEnvelope::verify(const QByteArray& signedFiling, const QByteArray& caCertificateDer, const QDateTime& at)
{
    const QString malformedMessage = tr("The filing is not a well-formed signed filing.");
    FilingResult<SignedDocument::Parsed> parsed =
        SignedDocument::parse(signedFiling, envelopeMember, FilingErrorCode::MalformedFiling, malformedMessage);
    if (!parsed.ok()) {
        return parsed.status;
    }
    Problems problems;
    ObjectReader inner(parsed.value.content, envelopeMember, problems);
    const std::optional<QString> submissionId = inner.string(QStringLiteral("submission_id"), true);
    const std::optional<int> taxYear = inner.integer(QStringLiteral("tax_year"), 1, 9999, true);
    const std::optional<QString> rulePack = inner.string(QStringLiteral("rule_pack"), true);
    const std::optional<QString> engineVersion = inner.string(QStringLiteral("engine_version"), true);
    const JsonValue* returnInput = inner.object(QStringLiteral("return"), true);
    const std::optional<QString> createdText = inner.string(QStringLiteral("created_at"), true);
    const std::optional<QString> replaces = inner.string(QStringLiteral("replaces"), false);
    inner.finish();
    std::optional<QDateTime> createdAt;
    if (createdText) {
        createdAt = WireFormat::parseTime(*createdText);
        if (!createdAt) {
            inner.addProblem(QStringLiteral("created_at"), QStringLiteral("not a UTC time yyyy-MM-ddTHH:mm:ssZ"));
        }
    }
    if (replaces && (replaces->isEmpty() || (submissionId && *replaces == *submissionId))) {
        inner.addProblem(QStringLiteral("replaces"), QStringLiteral("empty, or the filing's own submission id"));
    }
    if (!problems.empty()) {
        return FilingStatus::failure(FilingErrorCode::MalformedFiling, malformedMessage, problems.front().toString());
    }
    FilingResult<Sm2KeyPair> signer = SignedDocument::verify(parsed.value, caCertificateDer, at);
    if (!signer.ok()) {
        return signer.status;
    }
    FilingResult<CertificateSubject> subject = Sm2CertificateAuthority::subject(parsed.value.certificateDer);
    if (!subject.ok()) {
        return subject.status;
    }
    FilingEnvelope envelope(
        *submissionId, *taxYear, *rulePack, *engineVersion, *returnInput, *createdAt, replaces.value_or(QString()));
    envelope.m_signer = subject.value;
    return envelope;
}

} // namespace huisuan
