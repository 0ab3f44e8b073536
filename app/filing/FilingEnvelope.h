// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/CertificateSubject.h"
#include "filing/FilingResult.h"
#include "filing/Sm2KeyPair.h"

#include "json/JsonValue.h"
#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace huisuan {

/**
 * What a taxpayer submits (issue 4): the annual-return input with the submission id, tax year,
 * rule-pack id and engine version that make a replay exact, signed over its RFC 8785 canonical
 * bytes with SM2-with-SM3 and the default signer id.
 *
 * The signed filing is itself canonical JSON:
 * {"certificate": base64 DER, "envelope": {...}, "signature": base64 DER} (SignedDocument). The verifier accepts
 * exactly that form and nothing equivalent to it, so that a filing has one byte string and every
 * changed byte is refused rather than read as the same filing.
 */
class FilingEnvelope
{
    Q_DECLARE_TR_FUNCTIONS(FilingEnvelope)

public:
    FilingEnvelope() = default;
    /** `createdAt` is given by the caller's clock, never read here; it is kept to the second, in UTC. */
    FilingEnvelope(QString submissionId,
                   int taxYear,
                   QString rulePack,
                   QString engineVersion,
                   JsonValue returnInput,
                   const QDateTime& createdAt,
                   QString replaces = QString());

    const QString& submissionId() const { return m_submissionId; }
    int taxYear() const { return m_taxYear; }
    const QString& rulePack() const { return m_rulePack; }
    const QString& engineVersion() const { return m_engineVersion; }
    const JsonValue& returnInput() const { return m_returnInput; }
    const QDateTime& createdAt() const { return m_createdAt; }
    /** The submission id of the accepted filing this one corrects (更正); empty for a first filing. */
    const QString& replaces() const { return m_replaces; }
    bool isCorrection() const { return !m_replaces.isEmpty(); }
    /** Whose certificate signed it: set by verify(), empty on an envelope made to be signed. */
    const CertificateSubject& signer() const { return m_signer; }

    /** The bytes the signature covers: the canonical JSON of the envelope object. */
    FilingResult<QByteArray> canonicalBytes() const;

    /** The signed filing, signed with `key` and carrying the certificate that vouches for it. */
    FilingResult<QByteArray> sign(const Sm2KeyPair& key, const QByteArray& certificateDer) const;

    /**
     * Reads a signed filing strictly, checks its certificate against the CA at `at` and its
     * signature, and returns the envelope with its signer; the failure's code says which part was
     * refused.
     */
    static FilingResult<FilingEnvelope>
    verify(const QByteArray& signedFiling, const QByteArray& caCertificateDer, const QDateTime& at);

private:
    JsonValue toJson() const;

    QString m_submissionId;
    int m_taxYear = 0;
    QString m_rulePack;
    QString m_engineVersion;
    JsonValue m_returnInput;
    QDateTime m_createdAt;
    QString m_replaces;
    CertificateSubject m_signer;
};

} // namespace huisuan
