// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QtGlobal>
#include <random>

namespace huisuan::test {

/** The seed of this run's random tests: HUISUAN_PROPERTY_SEED when set, so a failure replays. */
inline quint64 propertySeed()
{
    static const quint64 seed = [] {
        const QByteArray fromEnvironment = qgetenv("HUISUAN_PROPERTY_SEED");
        if (fromEnvironment.isEmpty()) {
            return QRandomGenerator::global()->generate64();
        }
        bool ok = false;
        const quint64 value = fromEnvironment.toULongLong(&ok);
        if (!ok) {
            qFatal("HUISUAN_PROPERTY_SEED must be an unsigned integer, not \"%s\"", fromEnvironment.constData());
        }
        return value;
    }();
    return seed;
}

/**
 * A generator seeded with propertySeed() that prints the seed. Its helpers use plain modulo rather
 * than std distributions, whose algorithms differ between standard libraries, so a seed replays
 * anywhere.
 */
class SeededRandom
{
public:
    SeededRandom()
        : m_engine(propertySeed())
    {
        qInfo("property seed %llu (replay with HUISUAN_PROPERTY_SEED=%llu)", propertySeed(), propertySeed());
    }

    quint64 next() { return m_engine(); }
    int between(int low, int high) { return low + int(m_engine() % quint64(high - low + 1)); }

protected:
    std::mt19937_64 m_engine;
};

} // namespace huisuan::test
