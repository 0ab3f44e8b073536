// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauEndpoint.h"
#include "filing/FilingResult.h"

#include <QCoreApplication>
#include <QProcess>
#include <QStringList>
#include <QTemporaryDir>

namespace huisuan {

/**
 * A `huisuan-bureau` process on loopback with its data in a temporary folder, for `huisuan-cli
 * demo`: started next to this executable, known by the ready line it prints, stopped (and its
 * folder removed) when this object goes.
 */
class SandboxBureau
{
    Q_DECLARE_TR_FUNCTIONS(SandboxBureau)

public:
    SandboxBureau();
    ~SandboxBureau();
    SandboxBureau(const SandboxBureau&) = delete;
    SandboxBureau& operator=(const SandboxBureau&) = delete;

    /** Starts the bureau with `arguments` beyond its data folder and port, and waits until it listens. */
    FilingStatus start(const QStringList& arguments);
    /** The bureau's address and the certificates it published, as a client pins them. */
    const BureauEndpoint& endpoint() const { return m_endpoint; }
    /** Asks the bureau to stop and waits for it. */
    void stop();

private:
    QTemporaryDir m_directory;
    QProcess m_process;
    BureauEndpoint m_endpoint;
};

} // namespace huisuan
