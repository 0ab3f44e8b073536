// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauLanguage.h"
#include "bureau/BureauResponse.h"
#include "bureau/BureauService.h"
#include "bureau/FaultPlan.h"

#include <QAbstractHttpServer>
#include <QPointer>

class QTcpSocket;

namespace huisuan {

/**
 * The bureau's HTTPS transport (Qt HttpServer, TLS from BureauIdentity): checks method, path, size
 * (1 MiB) and media type, installs the language of Accept-Language, passes the body to
 * BureauService and writes the answer itself on the socket, which is what lets the fault plan act
 * at the socket level: abort before or after the commit, reply late, twice, or truncated.
 */
class BureauHttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qsizetype maxBodyBytes = 1024 * 1024;

    struct FaultSettings
    {
        FaultPlan plan;
        int delayMs = 3000;
        bool allWrites = false;
    };

    BureauHttpServer(BureauService& service,
                     BureauLanguage& languages,
                     FaultSettings faults,
                     QObject* parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    BureauResponse answer(const QHttpServerRequest& request, const QString& path);
    static void write(QTcpSocket* socket, const BureauResponse& response);
    static QByteArray httpBytes(const BureauResponse& response);
    void logFault(FaultMode mode, const QString& path) const;

    BureauService& m_service;
    BureauLanguage& m_languages;
    FaultSettings m_faults;
};

} // namespace huisuan
