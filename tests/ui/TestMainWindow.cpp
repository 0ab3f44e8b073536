// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "UiTestSupport.h"
#include "session/SessionTestSupport.h"
#include "ui/TaxYearListModel.h"

#include <QAction>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>

using namespace huisuan;
using namespace std::chrono_literals;

namespace {

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    static void unlock(test::DesktopApp& app, const QString& passphrase)
    {
        auto* edit = app.find<QLineEdit>("unlockPassphraseEdit");
        test::typeInto(edit, passphrase);
        QTest::keyClick(edit, Qt::Key_Return);
    }

private slots:
    void homeShowsEveryYearWithItsStateAndNextStep()
    {
        const QString directory = freshDirectory();
        {
            auto vault = Vault::create(directory, test::secret("quiet river lantern"), test::cheapCost());
            QVERIFY(vault.ok());
            const qint64 filed = test::storeReturnWithBalance(*vault.value, 2024, "1480.00", "0.00");
            QVERIFY(test::fileAccepted(*vault.value, filed, QStringLiteral("sub-2024")));
            test::storeReturnWithBalance(*vault.value, 2023, "0.00", "312.50");
            vault.value->close();
        }
        test::DesktopApp app(directory);
        QSignalSpy unlocked(&app.session, &DesktopSession::unlockFinished);
        QSignalSpy homeReady(app.window.get(), &MainWindow::homeReady);
        unlock(app, QStringLiteral("quiet river lantern"));
        QVERIFY(unlocked.wait(10000));
        // Unlock to a usable home page, the KDF apart: from the vault's answer to the years shown.
        QElapsedTimer sinceUnlock;
        sinceUnlock.start();
        QVERIFY(homeReady.wait(10000));
        qInfo("unlock answer to home usable: %lld ms; VmRSS after unlock: %s",
              static_cast<long long>(sinceUnlock.elapsed()),
              test::residentMemory().constData());

        auto* table = app.find<QTableView>("taxYearsView");
        QAbstractItemModel* model = table->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, TaxYearListModel::YearColumn).data().toString(), QStringLiteral("2025 tax year"));
        QCOMPARE(model->index(0, TaxYearListModel::StateColumn).data().toString(), QStringLiteral("Not started"));
        QCOMPARE(model->index(1, TaxYearListModel::StateColumn).data().toString(),
                 QStringLiteral("Filed: refund of ¥1,480.00"));
        QCOMPARE(model->index(2, TaxYearListModel::StateColumn).data().toString(),
                 QStringLiteral("Draft: ¥312.50 to pay"));
        QCOMPARE(model->index(2, TaxYearListModel::NextStepColumn).data().toString(),
                 QStringLiteral("Review the return, then sign and submit it"));
    }

    void locksAfterIdleAndShowsTheUnlockPage()
    {
        const QString directory = freshDirectory();
        QVERIFY(test::createClosedVault(directory, "quiet river lantern"));
        test::DesktopApp app(directory);
        app.window->autoLock().setInterval(300ms);
        QSignalSpy homeReady(app.window.get(), &MainWindow::homeReady);
        unlock(app, QStringLiteral("quiet river lantern"));
        QVERIFY(homeReady.wait(10000));
        QVERIFY(app.window->autoLock().isArmed());

        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Unlock, 5000);
        QCOMPARE(app.find<QTableView>("taxYearsView")->model()->rowCount(), 0);
        QCOMPARE(app.find<QLabel>("unlockMessage")->text(),
                 QStringLiteral("The vault was locked because you were away."));
        QVERIFY(!app.window->autoLock().isArmed());

        // Locked, not closed: the same session unlocks it again.
        unlock(app, QStringLiteral("quiet river lantern"));
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Home, 10000);
    }

    void inputKeepsTheVaultUnlocked()
    {
        const QString directory = freshDirectory();
        QVERIFY(test::createClosedVault(directory, "quiet river lantern"));
        test::DesktopApp app(directory);
        app.window->autoLock().setInterval(1000ms);
        QSignalSpy homeReady(app.window.get(), &MainWindow::homeReady);
        unlock(app, QStringLiteral("quiet river lantern"));
        QVERIFY(homeReady.wait(10000));
        auto* table = app.find<QTableView>("taxYearsView");
        // Keys every 200 ms for 1.6 s, twice the idle time: the vault must stay open throughout.
        for (int i = 0; i < 8; ++i) {
            QTest::keyClick(table, Qt::Key_Down);
            QTest::qWait(200);
            QCOMPARE(app.window->currentPage(), MainWindow::Page::Home);
        }
    }

    void lockActionLocksAtOnce()
    {
        const QString directory = freshDirectory();
        QVERIFY(test::createClosedVault(directory, "quiet river lantern"));
        test::DesktopApp app(directory);
        auto* lockAction = app.find<QAction>("lockAction");
        QVERIFY(!lockAction->isEnabled());
        QSignalSpy homeReady(app.window.get(), &MainWindow::homeReady);
        unlock(app, QStringLiteral("quiet river lantern"));
        QVERIFY(homeReady.wait(10000));
        QVERIFY(lockAction->isEnabled());
        lockAction->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(app.window->currentPage(), MainWindow::Page::Unlock, 5000);
        QVERIFY(app.find<QLabel>("unlockMessage")->text().isEmpty());
    }
};

HUISUAN_REGISTER_TEST(TestMainWindow)
#include "TestMainWindow.moc"
