// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditFile.h"
#include "audit/VerifyReport.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * Verifies a signed filing as an auditor does (issue 7). Every check runs and is reported, in this
 * order and with these ids, so that one report names every failure and not just the first:
 *
 *  - "envelope": the signed filing is well-formed, as strictly as FilingEnvelope::verify reads it;
 *  - "certificate": the signer's certificate chains to the SM2 CA and was valid when the filing was made;
 *  - "signature": the SM2-with-SM3 signature over the envelope's canonical bytes verifies;
 *  - "receipt": the bureau's receipt is well-formed, signed by the bureau's receipt certificate (only when there is
 * one);
 *  - "receipt_answers": the receipt answers exactly these bytes (filing_digest) and this submission (idem);
 *  - "rule_pack": the filing's rule-pack id is a pack built into this build, of the filing's tax year.
 */
class FilingVerifier
{
    Q_DECLARE_TR_FUNCTIONS(FilingVerifier)

public:
    /**
     * With `pinnedCaDer` empty, the CA certificates in the audit file are used (the report says so);
     * a bare filing then has nothing to check the chain against, and the chain check fails.
     */
    static VerifyReport verify(const AuditFile& file, const QByteArray& pinnedCaDer = QByteArray());
};

} // namespace huisuan
