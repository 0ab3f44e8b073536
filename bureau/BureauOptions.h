// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/FaultPlan.h"
#include "vault/ScryptCost.h"

#include <QCoreApplication>
#include <QStringList>
#include <optional>

namespace huisuan {

/** What `huisuan-bureau` was asked to do, from its command line. */
struct BureauOptions
{
    Q_DECLARE_TR_FUNCTIONS(BureauOptions)

public:
    enum class Command { Serve, Report };

    Command command = Command::Serve;
    QString dataDir;
    quint16 port = 0; // 0: any free port, printed in the ready line
    std::optional<ScryptCost> scryptCost; // default: Vault::calibratedCost()
    qint64 daySeconds = 10;
    bool sandboxControls = false;
    FaultPlan faults;
    int faultDelayMs = 3000;
    bool faultAllWrites = false;
    QStringList refundFailures; // identity numbers whose refunds fail
    QStringList unpaidPayments; // identity numbers that never pay

    /** `arguments` as QCoreApplication::arguments() gives them, the program first. */
    static struct ParsedBureauOptions parse(const QStringList& arguments);
};

/** The options, or the usage error to print (exit 2), or the help text. */
struct ParsedBureauOptions
{
    std::optional<BureauOptions> options;
    QString error;
    bool helpRequested = false;
    QString help;
};

} // namespace huisuan
