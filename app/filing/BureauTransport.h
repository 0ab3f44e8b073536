// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauEndpoint.h"
#include "filing/BureauReply.h"

#include <QByteArray>
#include <QString>
#include <chrono>
#include <memory>

class QNetworkAccessManager;

namespace huisuan {

/**
 * One HTTPS POST at a time to the bureau, with its TLS CA pinned and nothing else trusted.
 *
 * Blocking: it runs a local event loop until the answer, the timeout or the failure. The command
 * line calls it directly; the GUI must call it from a worker thread (STYLE.md: no network on the
 * GUI thread), and an instance belongs to the thread that made it.
 */
class BureauTransport
{
public:
    /** Answers are at most 1 MiB (docs/bureau-api.md §2); a bigger one is not read to the end. */
    static constexpr qint64 maximumAnswerSize = 1024 * 1024;

    BureauTransport(BureauEndpoint endpoint, std::chrono::milliseconds timeout, QByteArray acceptLanguage);
    ~BureauTransport();
    BureauTransport(const BureauTransport&) = delete;
    BureauTransport& operator=(const BureauTransport&) = delete;

    const BureauEndpoint& endpoint() const { return m_endpoint; }

    /** POSTs `body` as application/json to the API path, e.g. "/v1/filings". */
    BureauReply post(const QString& path, const QByteArray& body);

private:
    BureauEndpoint m_endpoint;
    std::chrono::milliseconds m_timeout;
    QByteArray m_acceptLanguage;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

} // namespace huisuan
