// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauHttpServer.h"

#include <QHttpServerRequest>
#include <QTcpSocket>
#include <QTimer>
#include <QtGlobal>
#include <cstdio>

namespace huisuan {

namespace {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 422:
        return "Unprocessable Content";
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    default:
        return "Internal Server Error";
    }
}

bool isJson(const QByteArray& contentType)
{
    // "application/json", optionally with "; charset=utf-8": the body is UTF-8 JSON either way.
    const QList<QByteArray> parts = contentType.split(';');
    if (parts.first().trimmed().toLower() != "application/json") {
        return false;
    }
    for (int i = 1; i < parts.size(); ++i) {
        const QByteArray parameter = parts[i].trimmed().toLower();
        if (parameter != "charset=utf-8" && parameter != "charset=\"utf-8\"") {
            return false;
        }
    }
    return true;
}

} // namespace

BureauHttpServer::BureauHttpServer(BureauService& service,
                                   BureauLanguage& languages,
                                   FaultSettings faults,
                                   QObject* parent)
    : QAbstractHttpServer(parent)
    , m_service(service)
    , m_languages(languages)
    , m_faults(std::move(faults))
{
}

QByteArray BureauHttpServer::httpBytes(const BureauResponse& response)
{
    QByteArray bytes = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) +
        "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(response.body.size()) +
        "\r\nCache-Control: no-store\r\n";
    if (response.retryAfterSeconds > 0) {
        bytes += "Retry-After: " + QByteArray::number(response.retryAfterSeconds) + "\r\n";
    }
    return bytes + "\r\n" + response.body;
}

void BureauHttpServer::write(QTcpSocket* socket, const BureauResponse& response)
{
    socket->write(httpBytes(response));
}

void BureauHttpServer::logFault(FaultMode mode, const QString& path) const
{
    std::fprintf(stderr,
                 "huisuan-bureau: fault %s on %s (%s)\n",
                 qPrintable(FaultPlan::modeName(mode)),
                 qPrintable(path),
                 qPrintable(m_faults.plan.counters()));
    std::fflush(stderr);
}

BureauResponse BureauHttpServer::answer(const QHttpServerRequest& request, const QString& path)
{
    if (!m_service.isEndpoint(path)) {
        return BureauError::notFound(QString(), BureauService::tr("There is no endpoint at this path.")).toResponse();
    }
    if (request.method() != QHttpServerRequest::Method::Post) {
        BureauError error = BureauError::notFound(QString(), BureauService::tr("Every endpoint takes POST only."));
        error.status = 405;
        error.code = QStringLiteral("method_not_allowed");
        return error.toResponse();
    }
    if (request.body().size() > maxBodyBytes) {
        return BureauError::tooLarge().toResponse();
    }
    if (!isJson(request.value("Content-Type"))) {
        return BureauError::unsupportedMediaType().toResponse();
    }
    return m_service.handle(path, request.body());
}

bool BureauHttpServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    BureauLanguage::Scope language(m_languages, BureauLanguage::choose(request.value("Accept-Language")));
    const QString path = request.url().path();
    const bool eligible = !m_faults.plan.isEmpty() && m_service.isEndpoint(path) &&
        (m_faults.allWrites ? BureauService::isWrite(path) : BureauService::isFilingOrWithdrawal(path));
    const std::optional<FaultMode> fault = eligible ? m_faults.plan.next() : std::nullopt;
    if (fault) {
        logFault(*fault, path);
        switch (*fault) {
        case FaultMode::ResetBeforeCommit:
            socket->abort();
            return true;
        case FaultMode::Http500:
            write(socket, BureauError::internal().toResponse());
            return true;
        case FaultMode::Http503:
            write(socket, BureauError::unavailable(1).toResponse());
            return true;
        default:
            break;
        }
    }

    const BureauResponse response = answer(request, path);
    if (!fault) {
        write(socket, response);
        return true;
    }
    // Past this point the change, if any, is committed: the faults below only lose or spoil the reply.
    switch (*fault) {
    case FaultMode::ResetAfterCommit:
        socket->abort();
        break;
    case FaultMode::DelayAfterCommit: {
        QPointer<QTcpSocket> target(socket);
        QTimer::singleShot(m_faults.delayMs, this, [target, response] {
            if (target && target->state() == QAbstractSocket::ConnectedState) {
                write(target, response);
            }
        });
        break;
    }
    case FaultMode::DuplicateResponse:
        write(socket, response);
        write(socket, response);
        break;
    case FaultMode::MalformedBody: {
        BureauResponse spoiled = response;
        spoiled.status = 200;
        spoiled.body.truncate(spoiled.body.size() / 2);
        write(socket, spoiled);
        break;
    }
    default:
        write(socket, response);
        break;
    }
    return true;
}

void BureauHttpServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    BureauLanguage::Scope language(m_languages, BureauLanguage::choose(request.value("Accept-Language")));
    write(socket,
          BureauError::notFound(QString(), BureauService::tr("There is no endpoint at this path.")).toResponse());
}

} // namespace huisuan
