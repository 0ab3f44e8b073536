// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/DesktopSettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;

class TestDesktopSettings : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;

private slots:
    void defaultsWhenNothingIsStored()
    {
        QSettings stored(m_root.filePath(QStringLiteral("empty.ini")), QSettings::IniFormat);
        DesktopSettings settings(stored);
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
        QCOMPARE(settings.autoLockMinutes(), DesktopSettings::defaultAutoLockMinutes);
        QVERIFY(settings.bureauUrl().isEmpty());
    }

    void storedValuesComeBackAndNonsenseIsIgnored()
    {
        const QString file = m_root.filePath(QStringLiteral("settings.ini"));
        {
            QSettings stored(file, QSettings::IniFormat);
            DesktopSettings settings(stored);
            settings.setLanguage(QStringLiteral("ja"));
            settings.setAutoLockMinutes(100000);
            settings.setBureauUrl(QUrl(QStringLiteral("https://bureau.example.cn/")));
        }
        QSettings stored(file, QSettings::IniFormat);
        DesktopSettings settings(stored);
        QCOMPARE(settings.language(), QStringLiteral("ja"));
        QCOMPARE(settings.autoLockMinutes(), DesktopSettings::maximumAutoLockMinutes);
        QCOMPARE(settings.bureauUrl(), QUrl(QStringLiteral("https://bureau.example.cn/")));
        settings.setLanguage(QStringLiteral("klingon"));
        QCOMPARE(settings.language(), QStringLiteral("zh_CN"));
    }
};

HUISUAN_REGISTER_TEST(TestDesktopSettings)
#include "TestDesktopSettings.moc"
