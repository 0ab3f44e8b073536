// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace huisuan {

/**
 * Turns SIGTERM and SIGINT into QCoreApplication::quit() through a self-pipe: a signal handler may
 * only write to a file descriptor, and the event loop then ends normally, so the vault is closed
 * and its lock released instead of the process dying mid-write.
 */
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject* parent = nullptr);
    ~ShutdownSignals() override;

    /** False when the pipe or the handlers could not be set up. */
    bool isActive() const { return m_notifier != nullptr; }

private:
    static void handle(int signal);

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace huisuan
