// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "UiTestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

using namespace huisuan;

class TestUnlockPage : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

private slots:
    void wrongThenRightPassphrase()
    {
        const QString directory = freshDirectory();
        QVERIFY(test::createClosedVault(directory, "quiet river lantern"));
        test::DesktopApp app(directory);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Unlock);
        auto* passphrase = app.find<QLineEdit>("unlockPassphraseEdit");
        auto* message = app.find<QLabel>("unlockMessage");

        test::typeInto(passphrase, QStringLiteral("quiet river lanterns"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        QVERIFY(passphrase->text().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(message->text().startsWith(QStringLiteral("That passphrase does not open")), 10000);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Unlock);
        QVERIFY(passphrase->isEnabled());
        QTRY_VERIFY(passphrase->hasFocus());

        QTest::keyClicks(passphrase, QStringLiteral("quiet river lantern"));
        QTest::mouseClick(app.find<QPushButton>("unlockButton"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 10000);
        QVERIFY(message->text().isEmpty());
    }

    void vaultInUseSaysSo()
    {
        const QString directory = freshDirectory();
        auto holder = Vault::create(directory, test::secret("quiet river lantern"), test::cheapCost());
        QVERIFY(holder.ok());
        test::DesktopApp app(directory);
        auto* passphrase = app.find<QLineEdit>("unlockPassphraseEdit");
        test::typeInto(passphrase, QStringLiteral("quiet river lantern"));
        QTest::keyClick(passphrase, Qt::Key_Return);
        auto* message = app.find<QLabel>("unlockMessage");
        QTRY_VERIFY_WITH_TIMEOUT(!message->text().isEmpty() && message->text() != QStringLiteral("Unlocking…"), 10000);
        QCOMPARE(app.window->currentPage(), MainWindow::Page::Unlock);
        QVERIFY(!message->text().startsWith(QStringLiteral("That passphrase")));
    }
};

HUISUAN_REGISTER_TEST(TestUnlockPage)
#include "TestUnlockPage.moc"
