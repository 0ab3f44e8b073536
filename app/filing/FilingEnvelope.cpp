// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/FilingEnvelope.h"

#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2Signature.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <optional>
#include <utility>

namespace huisuan {

namespace {

QString formatTimestamp(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

/** Base64 with padding in its one canonical spelling: other spellings of the same bytes are refused. */
std::optional<QByteArray> decodeCanonicalBase64(const QString& text)
{
    const QByteArray encoded = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != encoded ||
        QString::fromLatin1(encoded) != text) {
        return std::nullopt;
    }
    return *decoded;
}

} // namespace

FilingEnvelope::FilingEnvelope(QString submissionId,
                               int taxYear,
                               QString rulePack,
                               QString engineVersion,
                               JsonValue returnInput,
                               const QDateTime& createdAt)
    : m_submissionId(std::move(submissionId))
    , m_taxYear(taxYear)
    , m_rulePack(std::move(rulePack))
    , m_engineVersion(std::move(engineVersion))
    , m_returnInput(std::move(returnInput))
    , m_createdAt(createdAt.isValid() ? QDateTime::fromSecsSinceEpoch(createdAt.toSecsSinceEpoch(), Qt::UTC)
                                      : QDateTime())
{
}

JsonValue FilingEnvelope::toJson() const
{
    return JsonValue::object({
        {QStringLiteral("submission_id"), JsonValue::string(m_submissionId)},
        {QStringLiteral("tax_year"), JsonValue::integer(m_taxYear)},
        {QStringLiteral("rule_pack"), JsonValue::string(m_rulePack)},
        {QStringLiteral("engine_version"), JsonValue::string(m_engineVersion)},
        {QStringLiteral("return"), m_returnInput},
        {QStringLiteral("created_at"), JsonValue::string(formatTimestamp(m_createdAt))},
    });
}

FilingResult<QByteArray> FilingEnvelope::canonicalBytes() const
{
    if (m_submissionId.isEmpty() || m_rulePack.isEmpty() || m_engineVersion.isEmpty() || !m_returnInput.isObject() ||
        !m_createdAt.isValid()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("A filing needs a submission id, a rule pack, an engine version, a return "
                                        "and the time it was made."));
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
    FilingResult<QByteArray> signature = Sm2Signature::sign(key, bytes.value);
    if (!signature.ok()) {
        return signature.status;
    }
    const CanonicalJsonWriter::Result written = CanonicalJsonWriter::write(JsonValue::object({
        {QStringLiteral("envelope"), toJson()},
        {QStringLiteral("signature"), JsonValue::string(QString::fromLatin1(signature.value.toBase64()))},
        {QStringLiteral("certificate"), JsonValue::string(QString::fromLatin1(certificateDer.toBase64()))},
    }));
    if (!written.ok) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The signed filing could not be written."), written.error);
    }
    return written.bytes;
}

FilingResult<FilingEnvelope>
FilingEnvelope::verify(const QByteArray& signedFiling, const QByteArray& caCertificateDer, const QDateTime& at)
{
    const auto malformed = [](const QString& detail) {
        return FilingStatus::failure(
            FilingErrorCode::MalformedFiling, tr("The filing is not a well-formed signed filing."), detail);
    };
    const JsonReader::Result parsed = JsonReader::parse(signedFiling);
    if (!parsed.ok) {
        return malformed(parsed.error);
    }
    const CanonicalJsonWriter::Result canonical = CanonicalJsonWriter::write(parsed.value);
    if (!canonical.ok || canonical.bytes != signedFiling) {
        return malformed(QStringLiteral("not in RFC 8785 canonical form"));
    }

    Problems problems;
    ObjectReader outer(parsed.value, QString(), problems);
    const std::optional<QString> certificateText = outer.string(QStringLiteral("certificate"), true);
    const std::optional<QString> signatureText = outer.string(QStringLiteral("signature"), true);
    const JsonValue* envelopeValue = outer.object(QStringLiteral("envelope"), true);
    outer.finish();
    FilingEnvelope envelope;
    std::optional<QDateTime> createdAt;
    if (envelopeValue != nullptr) {
        ObjectReader inner(*envelopeValue, QStringLiteral("envelope"), problems);
        const std::optional<QString> submissionId = inner.string(QStringLiteral("submission_id"), true);
        const std::optional<int> taxYear = inner.integer(QStringLiteral("tax_year"), 1, 9999, true);
        const std::optional<QString> rulePack = inner.string(QStringLiteral("rule_pack"), true);
        const std::optional<QString> engineVersion = inner.string(QStringLiteral("engine_version"), true);
        const JsonValue* returnInput = inner.object(QStringLiteral("return"), true);
        const std::optional<QString> createdText = inner.string(QStringLiteral("created_at"), true);
        inner.finish();
        if (createdText) {
            const QDateTime time = QDateTime::fromString(*createdText, Qt::ISODate);
            if (time.isValid() && formatTimestamp(time) == *createdText) {
                createdAt = time;
            } else {
                inner.addProblem(QStringLiteral("created_at"), QStringLiteral("not a UTC time yyyy-MM-ddTHH:mm:ssZ"));
            }
        }
        if (problems.empty() && submissionId && taxYear && rulePack && engineVersion && returnInput && createdAt) {
            envelope = FilingEnvelope(*submissionId, *taxYear, *rulePack, *engineVersion, *returnInput, *createdAt);
        }
    }
    if (!problems.empty()) {
        return malformed(problems.front().toString());
    }
    const std::optional<QByteArray> certificateDer = decodeCanonicalBase64(*certificateText);
    const std::optional<QByteArray> signature = decodeCanonicalBase64(*signatureText);
    if (!certificateDer || !signature) {
        return malformed(QStringLiteral("certificate or signature is not canonical base64"));
    }

    FilingResult<Sm2KeyPair> signer = Sm2CertificateAuthority::verifyCertificate(caCertificateDer, *certificateDer, at);
    if (!signer.ok()) {
        return signer.status;
    }
    // Re-canonicalising the parsed envelope gives exactly the bytes the signer signed: the whole
    // filing was checked to be canonical above, and a canonical document's members are canonical.
    const CanonicalJsonWriter::Result signedBytes = CanonicalJsonWriter::write(*envelopeValue);
    if (!signedBytes.ok) {
        return malformed(signedBytes.error);
    }
    FilingStatus checked = Sm2Signature::verify(signer.value, signedBytes.bytes, *signature);
    if (!checked.ok()) {
        return checked;
    }
    return envelope;
}

} // namespace huisuan
