// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/BureauLocation.h"

#include <QDir>
#include <QStandardPaths>
#include <QUrl>

namespace huisuan {

FilingResult<BureauEndpoint> BureauLocation::endpoint(const QMap<QString, QString>& options)
{
    const QUrl url(options.value(QStringLiteral("bureau"), QStringLiteral("https://127.0.0.1:8443")));
    const QString directory = options.value(QStringLiteral("bureau-dir"),
                                            QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
                                                .filePath(QStringLiteral("huisuan-bureau")));
    return BureauEndpoint::fromFiles(
        url,
        options.value(QStringLiteral("tls-ca"), QDir(directory).filePath(QStringLiteral("tls-ca.pem"))),
        options.value(QStringLiteral("sm2-ca"), QDir(directory).filePath(QStringLiteral("sm2-ca.der"))));
}

} // namespace huisuan
