// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/SignedRequest.h"

#include "filing/SignedDocument.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/WireFormat.h"

#include <optional>

namespace huisuan {

namespace {

const QString requestMember = QStringLiteral("request");
const QString requestedAtMember = QStringLiteral("requested_at");

std::optional<QDateTime> requestedAt(const JsonValue& request)
{
    const JsonValue* value = request.isObject() ? request.find(requestedAtMember) : nullptr;
    if (value == nullptr || !value->isString()) {
        return std::nullopt;
    }
    return WireFormat::parseTime(value->text());
}

} // namespace

FilingResult<QByteArray>
SignedRequest::sign(const JsonValue& request, const Sm2KeyPair& key, const QByteArray& certificateDer)
{
    if (!requestedAt(request)) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("A signed request needs the time it was made, in UTC to the second."));
    }
    return SignedDocument::sign(requestMember, request, key, certificateDer);
}

FilingResult<VerifiedRequest>
SignedRequest::verify(const QByteArray& signedRequest, const QByteArray& caCertificateDer, const QDateTime& at)
{
    const QString malformedMessage = tr("The request is not a well-formed signed request.");
    FilingResult<SignedDocument::Parsed> parsed =
        SignedDocument::parse(signedRequest, requestMember, FilingErrorCode::MalformedRequest, malformedMessage);
    if (!parsed.ok()) {
        return parsed.status;
    }
    const std::optional<QDateTime> time = requestedAt(parsed.value.content);
    if (!time) {
        return FilingStatus::failure(FilingErrorCode::MalformedRequest,
                                     malformedMessage,
                                     QStringLiteral("request.requested_at: missing or not yyyy-MM-ddTHH:mm:ssZ"));
    }
    FilingResult<Sm2KeyPair> signer = SignedDocument::verify(parsed.value, caCertificateDer, at);
    if (!signer.ok()) {
        return signer.status;
    }
    FilingResult<CertificateSubject> subject = Sm2CertificateAuthority::subject(parsed.value.certificateDer);
    if (!subject.ok()) {
        return subject.status;
    }
    return VerifiedRequest {parsed.value.content, subject.value, *time, parsed.value.certificateDer};
}

} // namespace huisuan
