// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AutoLock.h"

#include <QCoreApplication>
#include <QEvent>

namespace huisuan {

AutoLock::AutoLock(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::idle);
    QCoreApplication::instance()->installEventFilter(this);
}

AutoLock::~AutoLock()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

void AutoLock::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
    if (m_timer.isActive()) {
        m_timer.start();
    }
}

void AutoLock::arm()
{
    m_timer.start();
}

void AutoLock::disarm()
{
    m_timer.stop();
}

bool AutoLock::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (m_timer.isActive()) {
            m_timer.start();
        }
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

} // namespace huisuan
