// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>
#include <atomic>
#include <functional>

namespace huisuan {

/**
 * Stops long batch work (issue 6) at its next safe point: set from the GUI thread, read on the
 * worker. Safe points are chosen so that stopping leaves the vault consistent: an import stops
 * before its one transaction, a computation between transactions of whole employees.
 */
class BatchCancel
{
public:
    void cancel() { m_cancelled.store(true); }
    bool isCancelled() const { return m_cancelled.load(); }

private:
    std::atomic<bool> m_cancelled {false};
};

/** How far long batch work has come, and whether the user asked it to stop. Both are optional. */
struct BatchControl
{
    /** `done` of `total` rows read or employees computed; `total` is 0 while it is not known yet. */
    std::function<void(qint64 done, qint64 total)> progress;
    const BatchCancel* cancel = nullptr;

    bool cancelled() const { return cancel != nullptr && cancel->isCancelled(); }
    void report(qint64 done, qint64 total) const
    {
        if (progress) {
            progress(done, total);
        }
    }
};

} // namespace huisuan
