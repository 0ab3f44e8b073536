// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauEndpoint.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace huisuan::bench {

/**
 * The real `huisuan-bureau` process on loopback for the filing benchmarks: a fresh temporary data
 * folder, the tests' cheapest scrypt (N = 2^10), its log in a file of that folder rather than a
 * pipe nobody reads. Stopped with SIGTERM when this object goes.
 */
class BenchBureau
{
public:
    explicit BenchBureau(QString program);
    ~BenchBureau();
    BenchBureau(const BenchBureau&) = delete;
    BenchBureau& operator=(const BenchBureau&) = delete;

    /** Starts the bureau and waits for its ready line; throws std::runtime_error when it does not come. */
    void start();
    void stop();

    const BureauEndpoint& endpoint() const { return m_endpoint; }
    QString logFile() const;
    /** CPU seconds (user + system) the bureau process has used so far, from /proc; 0 when unknown. */
    double cpuSeconds() const;

private:
    QString m_program;
    QTemporaryDir m_directory;
    QProcess m_process;
    BureauEndpoint m_endpoint;
};

/**
 * The `index`-th synthetic resident identity number (GB 11643): Beijing Xicheng's division code, a
 * birth date from 1960 on and a sequence number, with its ISO 7064 MOD 11-2 check character.
 */
QString syntheticIdentityNumber(int index);

} // namespace huisuan::bench
