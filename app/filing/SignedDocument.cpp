// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/SignedDocument.h"

#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2Signature.h"
#include "filing/WireFormat.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include "json/ObjectReader.h"
#include <optional>

namespace huisuan {

FilingResult<QByteArray> SignedDocument::sign(const QString& member,
                                              const JsonValue& content,
                                              const Sm2KeyPair& key,
                                              const QByteArray& certificateDer)
{
    const CanonicalJsonWriter::Result contentBytes = CanonicalJsonWriter::write(content);
    if (!content.isObject() || !contentBytes.ok) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("The document to sign cannot be written as canonical JSON."),
                                     contentBytes.error);
    }
    if (certificateDer.isEmpty()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument, tr("A signed document needs a certificate."));
    }
    FilingResult<QByteArray> signature = Sm2Signature::sign(key, contentBytes.bytes);
    if (!signature.ok()) {
        return signature.status;
    }
    const CanonicalJsonWriter::Result written = CanonicalJsonWriter::write(JsonValue::object({
        {member, content},
        {QStringLiteral("signature"), JsonValue::string(WireFormat::encodeBase64(signature.value))},
        {QStringLiteral("certificate"), JsonValue::string(WireFormat::encodeBase64(certificateDer))},
    }));
    if (!written.ok) {
        return FilingStatus::failure(
            FilingErrorCode::Crypto, tr("The signed document could not be written."), written.error);
    }
    return written.bytes;
}

FilingResult<SignedDocument::Parsed> SignedDocument::parse(const QByteArray& bytes,
                                                           const QString& member,
                                                           FilingErrorCode malformedCode,
                                                           const QString& malformedMessage)
{
    const auto malformed = [&](const QString& detail) {
        return FilingStatus::failure(malformedCode, malformedMessage, detail);
    };
    const JsonReader::Result parsed = JsonReader::parse(bytes);
    if (!parsed.ok) {
        return malformed(parsed.error);
    }
    const CanonicalJsonWriter::Result canonical = CanonicalJsonWriter::write(parsed.value);
    if (!canonical.ok || canonical.bytes != bytes) {
        return malformed(QStringLiteral("not in RFC 8785 canonical form"));
    }
    Problems problems;
    ObjectReader outer(parsed.value, QString(), problems);
    const std::optional<QString> certificateText = outer.string(QStringLiteral("certificate"), true);
    const std::optional<QString> signatureText = outer.string(QStringLiteral("signature"), true);
    const JsonValue* content = outer.object(member, true);
    outer.finish();
    if (!problems.empty()) {
        return malformed(problems.front().toString());
    }
    const std::optional<QByteArray> certificateDer = WireFormat::decodeBase64(*certificateText);
    const std::optional<QByteArray> signature = WireFormat::decodeBase64(*signatureText);
    if (!certificateDer || !signature) {
        return malformed(QStringLiteral("certificate or signature is not canonical base64"));
    }
    // Re-canonicalising the parsed member gives exactly the bytes the signer signed: the whole
    // document was checked to be canonical above, and a canonical document's members are canonical.
    const CanonicalJsonWriter::Result contentBytes = CanonicalJsonWriter::write(*content);
    if (!contentBytes.ok) {
        return malformed(contentBytes.error);
    }
    return Parsed {*content, contentBytes.bytes, *certificateDer, *signature};
}

FilingResult<Sm2KeyPair>
SignedDocument::verify(const Parsed& document, const QByteArray& caCertificateDer, const QDateTime& at)
{
    FilingResult<Sm2KeyPair> signer =
        Sm2CertificateAuthority::verifyCertificate(caCertificateDer, document.certificateDer, at);
    if (!signer.ok()) {
        return signer.status;
    }
    FilingStatus checked = Sm2Signature::verify(signer.value, document.contentBytes, document.signature);
    if (!checked.ok()) {
        return checked;
    }
    return signer;
}

} // namespace huisuan
