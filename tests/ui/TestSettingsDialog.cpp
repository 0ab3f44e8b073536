// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "UiTestSupport.h"
#include "ui/SettingsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

using namespace huisuan;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;

    static void chooseLanguage(test::DesktopApp& app, const char* language)
    {
        SettingsDialog* dialog = app.window->openSettings();
        QVERIFY(dialog->isVisible());
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("languageCombo"));
        combo->setCurrentIndex(combo->findData(QString::fromLatin1(language)));
        QTest::mouseClick(dialog->findChild<QPushButton*>(QStringLiteral("saveSettingsButton")), Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
    }

private slots:
    void languageSwitchesTheVisibleTextsAtRuntime()
    {
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault")), QStringLiteral("en"));
        auto* title = app.find<QLabel>("firstRunTitle");
        auto* create = app.find<QPushButton>("createButton");
        QCOMPARE(title->text(), QStringLiteral("Create your vault"));

        // Installing a translator posts QEvent::LanguageChange: the texts change on the next event loop turn.
        chooseLanguage(app, "zh_CN");
        QTRY_COMPARE(title->text(), QStringLiteral("创建您的保险库"));
        QVERIFY(create->accessibleName().contains(QStringLiteral("保险库")));
        QCOMPARE(app.settings.language(), QStringLiteral("zh_CN"));

        chooseLanguage(app, "ja");
        QTRY_COMPARE(title->text(), QStringLiteral("保管庫を作成する"));

        chooseLanguage(app, "en");
        QTRY_COMPARE(title->text(), QStringLiteral("Create your vault"));
        QCOMPARE(app.settings.language(), QStringLiteral("en"));
    }

    void autoLockAndBureauAreStored()
    {
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault")));
        SettingsDialog* dialog = app.window->openSettings();
        auto* minutes = dialog->findChild<QSpinBox*>(QStringLiteral("autoLockMinutesSpin"));
        auto* url = dialog->findChild<QLineEdit*>(QStringLiteral("bureauUrlEdit"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveSettingsButton"));
        minutes->setValue(3);

        test::typeInto(url, QStringLiteral("http://bureau.example.cn/"));
        QTest::mouseClick(save, Qt::LeftButton);
        QVERIFY2(dialog->isVisible(), "a plain-http bureau address is refused");
        QVERIFY(
            dialog->findChild<QLabel*>(QStringLiteral("bureauUrlHint"))->text().contains(QStringLiteral("https://")));

        url->clear();
        test::typeInto(url, QStringLiteral("https://bureau.example.cn/"));
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());
        QCOMPARE(app.settings.autoLockMinutes(), 3);
        QCOMPARE(app.settings.bureauUrl(), QUrl(QStringLiteral("https://bureau.example.cn/")));
        QCOMPARE(app.window->autoLock().interval(), std::chrono::milliseconds(std::chrono::minutes(3)));
    }
};

HUISUAN_REGISTER_TEST(TestSettingsDialog)
#include "TestSettingsDialog.moc"
