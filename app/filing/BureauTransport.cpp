// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/BureauTransport.h"

#include "EngineVersion.h"

#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>
#include <utility>

namespace huisuan {

namespace {

QSslConfiguration pinnedConfiguration(const QByteArray& tlsCaPem)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    // Setting the CA list replaces the system store and turns off on-demand loading of system
    // roots: only the bureau's own CA can vouch for the server.
    configuration.setCaCertificates(QSslCertificate::fromData(tlsCaPem, QSsl::Pem));
    configuration.setPeerVerifyMode(QSslSocket::VerifyPeer);
    configuration.setProtocol(QSsl::TlsV1_2OrLater);
    return configuration;
}

BureauReply::Outcome outcomeOf(QNetworkReply::NetworkError error, bool timedOut)
{
    if (timedOut) {
        return BureauReply::Outcome::TimedOut;
    }
    switch (error) {
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
        return BureauReply::Outcome::ConnectionRefused;
    case QNetworkReply::SslHandshakeFailedError:
        return BureauReply::Outcome::TlsFailure;
    case QNetworkReply::TimeoutError:
    case QNetworkReply::OperationCanceledError:
        return BureauReply::Outcome::TimedOut;
    default:
        return BureauReply::Outcome::ConnectionLost;
    }
}

std::optional<int> retryAfter(const QNetworkReply& reply)
{
    bool ok = false;
    const int seconds = reply.rawHeader("Retry-After").toInt(&ok);
    return ok && seconds >= 0 ? std::optional<int>(seconds) : std::nullopt;
}

} // namespace

BureauTransport::BureauTransport(BureauEndpoint endpoint, std::chrono::milliseconds timeout, QByteArray acceptLanguage)
    : m_endpoint(std::move(endpoint))
    , m_timeout(timeout)
    , m_acceptLanguage(std::move(acceptLanguage))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
    m_network->setStrictTransportSecurityEnabled(true);
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
}

BureauTransport::~BureauTransport() = default;

BureauReply BureauTransport::post(const QString& path, const QByteArray& body)
{
    QUrl url = m_endpoint.url;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setSslConfiguration(pinnedConfiguration(m_endpoint.tlsCaPem));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept-Language", m_acceptLanguage);
    request.setRawHeader("Huisuan-Client-Version", QByteArrayLiteral(HUISUAN_ENGINE_VERSION));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);

    QNetworkReply* reply = m_network->post(request, body);
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    bool timedOut = false;
    bool tooLarge = false;
    QObject::connect(&deadline, &QTimer::timeout, &loop, [&] {
        timedOut = true;
        reply->abort();
    });
    QObject::connect(reply, &QNetworkReply::downloadProgress, &loop, [&](qint64 received, qint64 total) {
        if (received > maximumAnswerSize || total > maximumAnswerSize) {
            tooLarge = true;
            reply->abort();
        }
    });
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    deadline.start(m_timeout);
    if (!reply->isFinished()) {
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    }
    deadline.stop();

    BureauReply answer;
    answer.httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // An aborted reply (timed out, too large) is closed: reading it only warns "device not open".
    answer.body = tooLarge || !reply->isOpen() ? QByteArray() : reply->readAll();
    answer.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
    answer.retryAfterSeconds = retryAfter(*reply);
    answer.detail = reply->errorString();
    const QNetworkReply::NetworkError error = reply->error();
    // An HTTP error status is still an answer; only a missing or broken exchange is not.
    const bool httpAnswer = answer.httpStatus != 0 && !timedOut && !tooLarge &&
        (error == QNetworkReply::NoError || error == QNetworkReply::ProtocolInvalidOperationError ||
         (error >= QNetworkReply::ContentAccessDenied && error <= QNetworkReply::UnknownContentError) ||
         (error >= QNetworkReply::InternalServerError && error <= QNetworkReply::UnknownServerError));
    if (tooLarge) {
        answer.outcome = BureauReply::Outcome::TooLarge;
    } else if (httpAnswer) {
        answer.outcome = BureauReply::Outcome::Answered;
    } else {
        answer.outcome = outcomeOf(error, timedOut);
    }
    reply->deleteLater();
    return answer;
}

} // namespace huisuan
