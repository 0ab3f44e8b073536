// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "UiTestSupport.h"
#include "ui/FirstRunPage.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace huisuan;

class TestFirstRunPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

private slots:
    void createIsEnabledOnlyForMatchingFairPassphrases()
    {
        test::DesktopApp app(freshDirectory());
        QCOMPARE(app.window->currentPage(), MainWindow::Page::FirstRun);
        auto* passphrase = app.find<QLineEdit>("passphraseEdit");
        auto* confirmation = app.find<QLineEdit>("confirmationEdit");
        auto* create = app.find<QPushButton>("createButton");
        auto* verdict = app.find<QLabel>("strengthVerdict");
        QVERIFY(passphrase && confirmation && create && verdict);
        QVERIFY(!create->isEnabled());

        test::typeInto(passphrase, QStringLiteral("password"));
        test::typeInto(confirmation, QStringLiteral("password"));
        QVERIFY(verdict->text().startsWith(QStringLiteral("Weak")));
        QVERIFY(!create->isEnabled());

        passphrase->clear();
        confirmation->clear();
        test::typeInto(passphrase, QStringLiteral("quiet river lantern"));
        QVERIFY(verdict->text().startsWith(QStringLiteral("Strong")));
        QVERIFY(!create->isEnabled());
        test::typeInto(confirmation, QStringLiteral("quiet river lantern!"));
        QVERIFY(verdict->text().contains(QStringLiteral("differ")));
        QVERIFY(!create->isEnabled());
        QTest::keyClick(confirmation, Qt::Key_Backspace);
        QVERIFY(create->isEnabled());
    }

    void createsARealVaultAndOffersToEnrol()
    {
        const QString directory = freshDirectory();
        test::DesktopApp app(directory);
        test::typeInto(app.find<QLineEdit>("passphraseEdit"), QStringLiteral("quiet river lantern"));
        test::typeInto(app.find<QLineEdit>("confirmationEdit"), QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("createButton"), Qt::LeftButton);
        // The passphrase left the widgets the moment it was used.
        QVERIFY(app.find<QLineEdit>("passphraseEdit")->text().isEmpty());
        QVERIFY(app.find<QLineEdit>("confirmationEdit")->text().isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        QVERIFY(DesktopSession::vaultExists(directory));
        QVERIFY(Vault::open(directory, test::secret("quiet river lantern")).status.code == VaultErrorCode::VaultInUse);
    }

    void keyboardAloneCompletesTheFirstRun()
    {
        test::DesktopApp app(freshDirectory());
        QTRY_VERIFY(app.find<QLineEdit>("passphraseEdit")->hasFocus());
        QWidget* focused = QApplication::focusWidget();
        QTest::keyClicks(focused, QStringLiteral("quiet river lantern"));
        QTest::keyClick(focused, Qt::Key_Tab);
        focused = QApplication::focusWidget();
        QCOMPARE(focused, app.find<QLineEdit>("confirmationEdit"));
        QTest::keyClicks(focused, QStringLiteral("quiet river lantern"));
        QTest::keyClick(focused, Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), app.find<QPushButton>("createButton"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Space);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Enrol, 10000);
        // Enrolling can wait: Alt+L (Later) leads home.
        QTRY_VERIFY(app.find<QLineEdit>("enrolNameEdit")->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_L, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 10000);
    }

    void everyControlHasAnAccessibleName()
    {
        test::DesktopApp app(freshDirectory());
        for (const char* name : {"passphraseEdit", "confirmationEdit", "strengthMeter", "createButton"}) {
            QWidget* control = app.find<QWidget>(name);
            QVERIFY2(control && !control->accessibleName().isEmpty(), name);
        }
    }
};

HUISUAN_REGISTER_TEST(TestFirstRunPage)
#include "TestFirstRunPage.moc"
