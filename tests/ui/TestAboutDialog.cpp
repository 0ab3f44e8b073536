// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "UiTestSupport.h"
#include "rules/RulePackRegistry.h"
#include "ui/AboutDialog.h"
#include "ui/SettingsDialog.h"

#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>

using namespace huisuan;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;

    static AboutDialog* openFromSettings(test::DesktopApp& app)
    {
        SettingsDialog* settings = app.window->openSettings();
        auto* aboutButton = settings->findChild<QPushButton*>(QStringLiteral("aboutButton"));
        if (aboutButton == nullptr) {
            return nullptr;
        }
        QTest::mouseClick(aboutButton, Qt::LeftButton);
        return settings->findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
    }

private slots:
    void showsTheVersionAndEveryRulePackWithItsId()
    {
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault")));
        AboutDialog* about = openFromSettings(app);
        QVERIFY(about != nullptr);
        QTRY_VERIFY(about->isVisible());

        const QString version = about->findChild<QLabel*>(QStringLiteral("aboutVersion"))->text();
        QVERIFY2(version.contains(QRegularExpression(QStringLiteral("^Version \\d+\\.\\d+\\.\\d+"))),
                 qPrintable(version));
        QVERIFY(!about->findChild<QLabel*>(QStringLiteral("aboutBuild"))->text().isEmpty());

        // Every pack the engine can compute with, each with the id a filing records.
        const RulePackRegistry& registry = RulePackRegistry::builtIn();
        auto* table = about->findChild<QTableWidget*>(QStringLiteral("rulePackTable"));
        QCOMPARE(table->rowCount(), registry.lastYear() - registry.firstYear() + 1);
        for (int row = 0; row < table->rowCount(); ++row) {
            const int year = table->item(row, 0)->text().toInt();
            QVERIFY(registry.forYear(year) != nullptr);
            QCOMPARE(table->item(row, 1)->text(), registry.forYear(year)->id);
        }
    }

    void opensAndClosesWithTheKeyboard()
    {
        test::DesktopApp app(m_root.filePath(QStringLiteral("vault")));
        SettingsDialog* settings = app.window->openSettings();
        QTRY_VERIFY(settings->isActiveWindow());
        QTest::keyClick(settings->findChild<QWidget*>(QStringLiteral("languageCombo")), Qt::Key_H, Qt::AltModifier);
        // A mnemonic clicks its button after a short press animation.
        QTRY_VERIFY(settings->findChild<AboutDialog*>(QStringLiteral("aboutDialog")) != nullptr);
        auto* about = settings->findChild<AboutDialog*>(QStringLiteral("aboutDialog"));
        QTRY_VERIFY(about->isVisible());
        auto* close = about->findChild<QPushButton*>(QStringLiteral("closeAboutButton"));
        QVERIFY(!close->accessibleName().isEmpty());

        QPointer<AboutDialog> watched(about);
        QTest::keyClick(about, Qt::Key_Escape);
        QTRY_VERIFY(watched.isNull());
    }
};

HUISUAN_REGISTER_TEST(TestAboutDialog)
#include "TestAboutDialog.moc"
