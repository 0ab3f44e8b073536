// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QTimer>
#include <chrono>

namespace huisuan {

/**
 * Says when the user has been idle for the interval: an application-wide event filter restarts a
 * timer on every key, click, wheel turn and mouse move. While disarmed (the vault is locked
 * anyway) it says nothing.
 */
class AutoLock : public QObject
{
    Q_OBJECT
public:
    explicit AutoLock(QObject* parent = nullptr);
    ~AutoLock() override;

    void setInterval(std::chrono::milliseconds interval);
    std::chrono::milliseconds interval() const { return m_timer.intervalAsDuration(); }
    void arm();
    void disarm();
    bool isArmed() const { return m_timer.isActive(); }

signals:
    void idle();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTimer m_timer;
};

} // namespace huisuan
