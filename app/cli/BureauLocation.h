// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauEndpoint.h"

#include <QMap>
#include <QString>

namespace huisuan {

/**
 * The bureau a command talks to, from its options: --bureau URL (default https://127.0.0.1:8443)
 * and the pinned certificates, --tls-ca and --sm2-ca, or the files a sandbox bureau publishes in
 * --bureau-dir (default: huisuan-bureau in the user's data folder, as the README runs it).
 */
class BureauLocation
{
public:
    /** The option names without their dashes ("bureau", "bureau-dir", "tls-ca", "sm2-ca") to their values. */
    static FilingResult<BureauEndpoint> endpoint(const QMap<QString, QString>& options);
};

} // namespace huisuan
