// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/BureauEndpoint.h"

#include "filing/OpenSslHandles.h"

#include <QFile>
#include <QSslCertificate>

namespace huisuan {

namespace {

/** Certificates are a few kilobytes; anything much larger is not one. */
constexpr qint64 maximumCertificateFileSize = 64 * 1024;

FilingResult<QByteArray> readSmallFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly) || file.size() > maximumCertificateFileSize) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     BureauEndpoint::tr("The certificate file %1 cannot be read.").arg(path),
                                     file.errorString());
    }
    return file.readAll();
}

} // namespace

FilingResult<BureauEndpoint>
BureauEndpoint::fromFiles(const QUrl& url, const QString& tlsCaPemFile, const QString& sm2CaDerFile)
{
    FilingResult<QByteArray> tlsCa = readSmallFile(tlsCaPemFile);
    if (!tlsCa.ok()) {
        return tlsCa.status;
    }
    FilingResult<QByteArray> sm2Ca = readSmallFile(sm2CaDerFile);
    if (!sm2Ca.ok()) {
        return sm2Ca.status;
    }
    BureauEndpoint endpoint {url, tlsCa.value, sm2Ca.value};
    FilingStatus checked = endpoint.check();
    if (!checked.ok()) {
        return checked;
    }
    return endpoint;
}

FilingStatus BureauEndpoint::check() const
{
    if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty() ||
        !(url.path().isEmpty() || url.path() == QLatin1String("/")) || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("The bureau address must be https://host:port, for example "
                                        "https://127.0.0.1:8443; \"%1\" is not.")
                                         .arg(url.toString()));
    }
    const QList<QSslCertificate> tlsCa = QSslCertificate::fromData(tlsCaPem, QSsl::Pem);
    if (tlsCa.size() != 1 || tlsCa.front().isNull()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("The bureau's TLS certificate authority must be exactly one PEM certificate."));
    }
    if (parseCertificateDer(sm2CaDer) == nullptr) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("The bureau's SM2 certificate authority is not a DER certificate."),
                                     takeOpenSslErrors());
    }
    return FilingStatus::success();
}

} // namespace huisuan
