// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauClock.h"
#include "bureau/BureauIdentity.h"
#include "bureau/BureauLanguage.h"
#include "bureau/BureauResponse.h"
#include "bureau/BureauResult.h"
#include "bureau/BureauStore.h"
#include "bureau/FilingDesk.h"
#include "filing/SignedRequest.h"

#include <QCoreApplication>
#include <functional>

namespace huisuan {

/**
 * The endpoints of docs/bureau-api.md §3–§9 without the transport: a path and the body's bytes in,
 * the status and canonical body out. BureauHttpServer checks the method, size and media type and
 * installs the request's language; this class does everything else.
 *
 * Exactly once (§7): every write is keyed by its client-made id in a scope (the endpoint, and for a
 * taxpayer's writes the identity number of the certificate). The answer is stored with the SM3
 * digest of the request bytes in the same transaction as the change, which commits before the
 * reply is written; a repeat of the same bytes gets the stored bytes again, other bytes 409.
 */
class BureauService
{
    Q_DECLARE_TR_FUNCTIONS(BureauService)

public:
    struct Settings
    {
        bool sandboxControls = false;
        QStringList refundFailures;
        QStringList unpaidPayments;
    };

    static constexpr qint64 freshnessSeconds = 5 * 60;

    BureauService(BureauStore& store,
                  const BureauIdentity& identity,
                  BureauClock& clock,
                  BureauLanguage& languages,
                  Settings settings);

    /** Whether `path` is an endpoint of this bureau (the sandbox control only when enabled). */
    bool isEndpoint(const QString& path) const;
    /** Endpoints that change data: the fault plan acts on filings and withdrawals, or on all of these. */
    static bool isWrite(const QString& path);
    static bool isFilingOrWithdrawal(const QString& path);

    BureauResponse handle(const QString& path, const QByteArray& body);

private:
    using Effect = std::function<BureauResult<BureauResponse>(BureauTables&)>;

    BureauResponse enrol(const QByteArray& body);
    BureauResponse declare(const QByteArray& body);
    BureauResponse prefill(const QByteArray& body);
    BureauResponse file(const QByteArray& body);
    BureauResponse filingStatus(const QByteArray& body);
    BureauResponse withdraw(const QByteArray& body);
    BureauResponse settlement(const QByteArray& body);
    BureauResponse dispute(const QByteArray& body);
    BureauResponse pushElection(const QByteArray& body);
    BureauResponse downloadElections(const QByteArray& body);
    BureauResponse advance(const QByteArray& body);

    /** The signed request's certificate, signature and freshness; the signer must be a taxpayer. */
    BureauResult<VerifiedRequest> verifySigned(const QByteArray& body);
    /** Verifies a signed request, reads its inner request with `parse`, then answers with `handle`. */
    template <typename Request>
    BureauResponse
    withSignedRequest(const QByteArray& body,
                      BureauResult<Request> (*parse)(const JsonValue&),
                      const std::function<BureauResponse(const VerifiedRequest&, const Request&)>& handle)
    {
        BureauResult<VerifiedRequest> verified = verifySigned(body);
        if (!verified.ok()) {
            return verified.error->toResponse();
        }
        BureauResult<Request> request = parse(verified.value.request);
        if (!request.ok()) {
            return request.error->toResponse();
        }
        return handle(verified.value, request.value);
    }
    /** The answer for (scope, id): stored, a conflict, or `effect` committed with its answer. */
    BureauResponse
    exactlyOnce(const QString& scope, const QString& clientId, const QByteArray& body, const Effect& effect);
    /** A read that answers 500 when the vault fails. */
    BureauResponse reading(const std::function<BureauResult<BureauResponse>(BureauTables&)>& body);

    BureauStore& m_store;
    const BureauIdentity& m_identity;
    BureauClock& m_clock;
    Settings m_settings;
    FilingDesk m_desk;
};

} // namespace huisuan
