// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditFile.h"
#include "filing/FilingEnvelope.h"
#include "filing/FilingTestSupport.h"
#include "filing/Receipt.h"
#include "filing/Sm3Digest.h"
#include "session/ReturnTestSupport.h"

#include "json/JsonReader.h"
#include <QFile>
#include <QString>

namespace huisuan::test {

/**
 * A real audit file as a vault would export it: the return computed by the engine, an envelope signed
 * with a taxpayer's SM2 key whose certificate a fresh bureau CA issued, the receipt signed by that
 * bureau's receipt key for exactly those bytes, and the CA.
 */
inline AuditFile signedAuditFile(const QByteArray& returnInput, const QString& submissionId)
{
    AuditFile file;
    const EnrolledTaxpayer enrolled = enrolTaxpayer();
    const AnnualReturnRecord computed = computedReturn(returnInput);
    const JsonValue result = JsonReader::parse(computed.resultJson).value;
    const QString engineVersion = result.find(QStringLiteral("engine_version"))->text();
    const FilingEnvelope envelope(submissionId,
                                  computed.taxYear,
                                  computed.rulePackId,
                                  engineVersion,
                                  JsonReader::parse(returnInput).value,
                                  utc(2026, 3, 1));
    file.signedFiling = envelope.sign(enrolled.key, enrolled.certificate).value;

    const ReceiptSigner signer = receiptSigner(enrolled.authority);
    Receipt receipt;
    receipt.receiptId = QStringLiteral("rcp-") + submissionId;
    receipt.requestId = submissionId;
    receipt.submissionId = submissionId;
    receipt.filingDigest = Sm3Digest::tagged(file.signedFiling);
    receipt.issuedAt = utc(2026, 3, 2);
    receipt.taxYear = computed.taxYear;
    receipt.rulePack = computed.rulePackId;
    receipt.engineVersion = engineVersion;
    receipt.result = Receipt::Result {*Money::parse(result.find(QStringLiteral("balance"))->text()),
                                      *Money::parse(result.find(QStringLiteral("tax_payable"))->text()),
                                      *Money::parse(result.find(QStringLiteral("prepaid"))->text())};
    receipt.sequence = 1;
    file.signedReceipt = receipt.sign(signer.key, signer.certificate).value;

    file.filedResult = computed.resultJson;
    file.filedTrace = computed.traceJson;
    file.caCertificates = {enrolled.authority.certificateDer()};
    return file;
}

/** Writes `file` to `path`; false when it could not. */
inline bool writeAuditFile(const AuditFile& file, const QString& path)
{
    QFile output(path);
    return output.open(QIODevice::WriteOnly) && output.write(file.toBytes()) > 0;
}

} // namespace huisuan::test
