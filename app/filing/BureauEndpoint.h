// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/FilingResult.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QUrl>

namespace huisuan {

/**
 * Where the bureau is and the two certificates the client pins for it (docs/bureau-api.md §1): the
 * TLS CA that must have issued the server's certificate (no system store, no click-through), and
 * the SM2 CA that must have issued every certificate on a receipt.
 */
struct BureauEndpoint
{
    Q_DECLARE_TR_FUNCTIONS(BureauEndpoint)

public:
    QUrl url; // https://host:port, no path
    QByteArray tlsCaPem;
    QByteArray sm2CaDer;

    /**
     * The endpoint of a sandbox bureau from the files it publishes in its data directory
     * (tls-ca.pem, sm2-ca.der), at `url`.
     */
    static FilingResult<BureauEndpoint>
    fromFiles(const QUrl& url, const QString& tlsCaPemFile, const QString& sm2CaDerFile);

    /** An https URL with a host and nothing after the port, and both certificates parse. */
    FilingStatus check() const;
};

} // namespace huisuan
