// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "session/DesktopSession.h"
#include "session/ReturnTestSupport.h"
#include "session/SessionTestSupport.h"
#include "vault/SettlementStore.h"
#include "vault/VaultTestSupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace huisuan;
using Kind = SessionOutcome::Kind;
using State = TaxYearOverview::State;
using Balance = TaxYearOverview::Balance;

Q_DECLARE_METATYPE(huisuan::TaxYearOverview::State)

class TestDesktopSession : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    static SessionOutcome waitFor(QSignalSpy& spy)
    {
        if (spy.isEmpty() && !spy.wait(10000)) {
            return {Kind::Failed, QStringLiteral("no answer")};
        }
        return spy.takeFirst().at(0).value<SessionOutcome>();
    }

    static QList<TaxYearOverview> overviewOf(DesktopSession& session)
    {
        QSignalSpy ready(&session, &DesktopSession::overviewReady);
        session.requestOverview();
        if (!ready.wait(10000)) {
            return {};
        }
        return ready.takeFirst().at(0).value<QList<TaxYearOverview>>();
    }

private slots:
    void createsThenLocksAndUnlocks()
    {
        const QString directory = freshDirectory();
        DesktopSession session;
        session.setCreationCost(test::cheapCost());
        QVERIFY(!DesktopSession::vaultExists(directory));

        QSignalSpy created(&session, &DesktopSession::vaultCreated);
        session.createVault(directory, test::secret("first passphrase"));
        QVERIFY(waitFor(created).ok());
        QVERIFY(DesktopSession::vaultExists(directory));

        QSignalSpy locked(&session, &DesktopSession::locked);
        session.lock();
        QVERIFY(locked.wait(10000));

        QSignalSpy unlocked(&session, &DesktopSession::unlockFinished);
        session.unlock(directory, test::secret("not it"));
        QCOMPARE(waitFor(unlocked).kind, Kind::WrongPassphrase);
        session.unlock(directory, test::secret("first passphrase"));
        QVERIFY(waitFor(unlocked).ok());
    }

    void secondSessionFindsTheVaultInUse()
    {
        const QString directory = freshDirectory();
        DesktopSession first;
        first.setCreationCost(test::cheapCost());
        QSignalSpy created(&first, &DesktopSession::vaultCreated);
        first.createVault(directory, test::secret("first passphrase"));
        QVERIFY(waitFor(created).ok());

        DesktopSession second;
        QSignalSpy unlocked(&second, &DesktopSession::unlockFinished);
        second.unlock(directory, test::secret("first passphrase"));
        const SessionOutcome outcome = waitFor(unlocked);
        QCOMPARE(outcome.kind, Kind::VaultInUse);
        QVERIFY(!outcome.message.isEmpty());
    }

    void overviewDerivesEachYearsState()
    {
        const QString directory = freshDirectory();
        {
            auto vault = Vault::create(directory, test::secret("pass"), test::cheapCost());
            QVERIFY(vault.ok());
            test::storeReturnWithBalance(*vault.value, 2023, "0.00", "0.00");
            const qint64 filed2024 = test::storeReturnWithBalance(*vault.value, 2024, "1480.00", "0.00");
            QVERIFY(test::fileAccepted(*vault.value, filed2024, QStringLiteral("sub-2024")));
            const qint64 filed2022 = test::storeReturnWithBalance(*vault.value, 2022, "0.00", "2610.00");
            QVERIFY(test::fileAccepted(*vault.value, filed2022, QStringLiteral("sub-2022")));
            vault.value->close();
        }
        DesktopSession session;
        session.setLastEndedTaxYear(2025);
        QSignalSpy unlocked(&session, &DesktopSession::unlockFinished);
        session.unlock(directory, test::secret("pass"));
        QVERIFY(waitFor(unlocked).ok());

        const QList<TaxYearOverview> years = overviewOf(session);
        const QList<TaxYearOverview> expected {
            {2025, State::NotStarted, Balance::None, QString()},
            {2024, State::Filed, Balance::Refund, QStringLiteral("1480.00"), true, true},
            {2023, State::Draft, Balance::None, QString(), false, true},
            {2022, State::Filed, Balance::Payment, QStringLiteral("2610.00"), true, true},
        };
        QCOMPARE(years, expected);
    }

    void overviewSaysWhatTheBureauLastSaidOfTheSettlement_data()
    {
        QTest::addColumn<QString>("direction");
        QTest::addColumn<QString>("settlementState");
        QTest::addColumn<State>("expected");
        QTest::newRow("under review") << QStringLiteral("refund") << QStringLiteral("under_review")
                                      << State::RefundInProgress;
        QTest::newRow("at the treasury") << QStringLiteral("refund") << QStringLiteral("treasury")
                                         << State::RefundInProgress;
        QTest::newRow("refund paid") << QStringLiteral("refund") << QStringLiteral("paid") << State::Paid;
        QTest::newRow("refund failed") << QStringLiteral("refund") << QStringLiteral("failed") << State::RefundFailed;
        QTest::newRow("payment due") << QStringLiteral("payment") << QStringLiteral("due") << State::PaymentDue;
        QTest::newRow("payment overdue") << QStringLiteral("payment") << QStringLiteral("overdue")
                                         << State::PaymentOverdue;
        QTest::newRow("payment paid") << QStringLiteral("payment") << QStringLiteral("paid") << State::Paid;
        QTest::newRow("a state this build does not know")
            << QStringLiteral("refund") << QStringLiteral("audited") << State::Filed;
    }

    void overviewSaysWhatTheBureauLastSaidOfTheSettlement()
    {
        QFETCH(QString, direction);
        QFETCH(QString, settlementState);
        QFETCH(State, expected);
        const QString directory = freshDirectory();
        {
            auto vault = Vault::create(directory, test::secret("pass"), test::cheapCost());
            QVERIFY(vault.ok());
            const bool refund = direction == QLatin1String("refund");
            const qint64 filed = test::storeReturnWithBalance(
                *vault.value, 2025, refund ? "1480.00" : "0.00", refund ? "0.00" : "312.50");
            QVERIFY(test::fileAccepted(*vault.value, filed, QStringLiteral("sub-2025")));
            SettlementRecord answer;
            answer.filingId = FilingStore(*vault.value).bySubmissionId(QStringLiteral("sub-2025")).value.id;
            answer.direction = direction;
            answer.amount = refund ? QStringLiteral("1480.00") : QStringLiteral("312.50");
            answer.state = settlementState;
            QVERIFY(SettlementStore(*vault.value).save(answer).ok());
            vault.value->close();
        }
        DesktopSession session;
        session.setLastEndedTaxYear(2025);
        QSignalSpy unlocked(&session, &DesktopSession::unlockFinished);
        session.unlock(directory, test::secret("pass"));
        QVERIFY(waitFor(unlocked).ok());
        const QList<TaxYearOverview> years = overviewOf(session);
        QCOMPARE(years.size(), 1);
        QCOMPARE(years.first().state, expected);
        QCOMPARE(years.first().balance, direction == QLatin1String("refund") ? Balance::Refund : Balance::Payment);
    }

    void filingsAreNewestFirstAndAReceiptThatDoesNotVerifyIsFlagged()
    {
        const QString directory = freshDirectory();
        {
            auto vault = Vault::create(directory, test::secret("pass"), test::cheapCost());
            QVERIFY(vault.ok());
            const qint64 filed2024 = test::storeReturnWithBalance(*vault.value, 2024, "1480.00", "0.00");
            QVERIFY(test::fileAccepted(*vault.value, filed2024, QStringLiteral("sub-2024")));
            QTest::qWait(5); // the vault's times have milliseconds: the next filing is newer
            const qint64 filed2023 = test::storeReturnWithBalance(*vault.value, 2023, "0.00", "312.50");
            QVERIFY(test::fileAccepted(*vault.value, filed2023, QStringLiteral("sub-2023")));
            FilingStore store(*vault.value);
            const qint64 id2023 = store.bySubmissionId(QStringLiteral("sub-2023")).value.id;
            QVERIFY(store.addReceipt(id2023, QByteArrayLiteral("{\"receipt\":\"forged\"}")).ok());
            vault.value->close();
        }
        DesktopSession session;
        QSignalSpy unlocked(&session, &DesktopSession::unlockFinished);
        session.unlock(directory, test::secret("pass"));
        QVERIFY(waitFor(unlocked).ok());
        QSignalSpy ready(&session, &DesktopSession::filingsReady);
        session.requestFilings();
        QVERIFY(ready.wait(10000));
        const auto rows = ready.takeFirst().at(0).value<QList<FilingRow>>();
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.at(0).submissionId, QStringLiteral("sub-2023"));
        QCOMPARE(rows.at(0).taxYear, 2023);
        QCOMPARE(rows.at(0).status, FilingRow::Status::Accepted);
        QCOMPARE(rows.at(0).balance, Balance::Payment);
        QCOMPARE(rows.at(0).amount, QStringLiteral("312.50"));
        QCOMPARE(rows.at(0).history.size(), 3); // queued, submitted, accepted
        QVERIFY(rows.at(0).unverifiedReceipt);
        QVERIFY(rows.at(0).receipts.isEmpty());
        QVERIFY(rows.at(0).filingReceipt() == nullptr);
        QCOMPARE(rows.at(1).submissionId, QStringLiteral("sub-2024"));
        QVERIFY(!rows.at(1).unverifiedReceipt);
        QVERIFY(!rows.at(1).settlement);
    }

    void overviewOfALockedVaultIsRefused()
    {
        const QString directory = freshDirectory();
        DesktopSession session;
        session.setCreationCost(test::cheapCost());
        QSignalSpy created(&session, &DesktopSession::vaultCreated);
        session.createVault(directory, test::secret("pass"));
        QVERIFY(waitFor(created).ok());
        session.lock();
        QSignalSpy failed(&session, &DesktopSession::overviewFailed);
        session.requestOverview();
        QVERIFY(failed.wait(10000));
    }

    void beforeEnrolmentThereIsNoIncomeAndNoEnrolment()
    {
        DesktopSession session;
        session.setCreationCost(test::cheapCost());
        QSignalSpy created(&session, &DesktopSession::vaultCreated);
        session.createVault(freshDirectory(), test::secret("pass"));
        QVERIFY(waitFor(created).ok());

        QSignalSpy known(&session, &DesktopSession::enrolmentKnown);
        session.requestEnrolment();
        QVERIFY(known.wait(10000));
        QCOMPARE(known.takeFirst().at(0).toBool(), false);

        QSignalSpy income(&session, &DesktopSession::incomeReady);
        session.requestIncome(2025);
        QVERIFY(income.wait(10000));
        const QList<QVariant> answer = income.takeFirst();
        QCOMPARE(answer.at(0).toInt(), 2025);
        QVERIFY(answer.at(1).value<QList<IncomeRow>>().isEmpty());

        // Downloading needs an enrolment: the answer is a sentence, not a crash or a silence.
        QSignalSpy downloaded(&session, &DesktopSession::prefillDownloaded);
        session.downloadPrefill(2025);
        QVERIFY(downloaded.wait(10000));
        const auto outcome = downloaded.takeFirst().at(2).value<SessionOutcome>();
        QVERIFY(!outcome.ok());
        QVERIFY(!outcome.message.isEmpty());
    }

    void enrolmentWithoutTheBureausCertificatesSaysWhichFileIsMissing()
    {
        DesktopSession session;
        session.setCreationCost(test::cheapCost());
        QSignalSpy created(&session, &DesktopSession::vaultCreated);
        session.createVault(freshDirectory(), test::secret("pass"));
        QVERIFY(waitFor(created).ok());
        QSignalSpy enrolled(&session, &DesktopSession::enrolFinished);
        const QString folder = m_root.filePath(QStringLiteral("no-such-folder"));
        session.enrol(QUrl(QStringLiteral("https://127.0.0.1:8443")),
                      folder,
                      QStringLiteral("李明"),
                      QStringLiteral("110105198806150032"));
        const SessionOutcome outcome = waitFor(enrolled);
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.message.contains(QStringLiteral("tls-ca.pem")), qPrintable(outcome.message));
    }

    void bureauCallsOnALockedVaultAreRefused()
    {
        DesktopSession session;
        session.setCreationCost(test::cheapCost());
        QSignalSpy created(&session, &DesktopSession::vaultCreated);
        session.createVault(freshDirectory(), test::secret("pass"));
        QVERIFY(waitFor(created).ok());
        session.lock();
        QSignalSpy enrolled(&session, &DesktopSession::enrolFinished);
        session.enrol(QUrl(QStringLiteral("https://127.0.0.1:8443")),
                      m_root.path(),
                      QStringLiteral("李明"),
                      QStringLiteral("110105198806150032"));
        QVERIFY(!waitFor(enrolled).ok());
        QSignalSpy failed(&session, &DesktopSession::incomeFailed);
        session.requestIncome(2025);
        QVERIFY(failed.wait(10000));
    }

    void typedIncomeNeedsAnEnrolmentAndAnUnlockedVault()
    {
        DesktopSession session;
        session.setCreationCost(test::cheapCost());
        QSignalSpy created(&session, &DesktopSession::vaultCreated);
        session.createVault(freshDirectory(), test::secret("pass"));
        QVERIFY(waitFor(created).ok());
        IncomeRow row;
        row.category = QStringLiteral("labor");
        row.payer = QStringLiteral("某出版社");
        row.month = QStringLiteral("2025-04");
        row.amount = QStringLiteral("3000.00");
        row.withheld = QStringLiteral("440.00");

        // Income belongs to the enrolled taxpayer's profile: before enrolling it has nowhere to go.
        QSignalSpy changed(&session, &DesktopSession::incomeChanged);
        session.addIncome(2025, row);
        QVERIFY(changed.wait(10000));
        QList<QVariant> answer = changed.takeFirst();
        QCOMPARE(answer.at(0).toInt(), 2025);
        auto outcome = answer.at(1).value<SessionOutcome>();
        QVERIFY(!outcome.ok());
        QVERIFY2(outcome.message.contains(QStringLiteral("Enrol")), qPrintable(outcome.message));

        session.lock();
        for (const auto& call : {std::function<void()>([&] { session.addIncome(2025, row); }),
                                 std::function<void()>([&] { session.removeIncome(2025, 1); })}) {
            call();
            QVERIFY(changed.wait(10000));
            QVERIFY(!changed.takeFirst().at(1).value<SessionOutcome>().ok());
        }
        QSignalSpy disputed(&session, &DesktopSession::incomeDisputed);
        session.disputeIncome(2025, 1, DisputeReason::Other, QString());
        QVERIFY(disputed.wait(10000));
        outcome = disputed.takeFirst().at(1).value<SessionOutcome>();
        QVERIFY(!outcome.ok());
        QVERIFY(outcome.message.contains(QStringLiteral("locked")));
    }

    void returnIsTheLatestComputedForTheYear()
    {
        const QString directory = freshDirectory();
        const AnnualReturnRecord first = test::computedReturn(test::bonusSeparateReturn);
        const AnnualReturnRecord latest = test::computedReturn(test::bonusCombinedReturn);
        {
            auto vault = Vault::create(directory, test::secret("pass"), test::cheapCost());
            QVERIFY(vault.ok());
            QVERIFY(vault.value->saveAnnualReturn(first).ok());
            QVERIFY(vault.value->saveAnnualReturn(test::computedReturn(test::exemptReturn)).ok());
            QVERIFY(vault.value->saveAnnualReturn(latest).ok());
            vault.value->close();
        }
        DesktopSession session;
        QSignalSpy unlocked(&session, &DesktopSession::unlockFinished);
        session.unlock(directory, test::secret("pass"));
        QVERIFY(waitFor(unlocked).ok());

        QSignalSpy ready(&session, &DesktopSession::returnReady);
        session.requestReturn(2024);
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().at(0).toInt(), 2024);
        const auto stored = ready.first().at(1).value<StoredReturn>();
        QCOMPARE(stored.taxYear, 2024);
        QCOMPARE(stored.resultJson, latest.resultJson);
        QCOMPARE(stored.traceJson, latest.traceJson);
        QCOMPARE(stored.rulePackId, latest.rulePackId);
        QVERIFY(!stored.createdAt.isEmpty());

        QSignalSpy failed(&session, &DesktopSession::returnFailed);
        session.requestReturn(2019);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.first().at(0).toInt(), 2019);
        QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("2019")));

        session.lock();
        session.requestReturn(2024);
        QVERIFY(failed.wait(10000));
        QCOMPARE(failed.last().at(1).toString(), QStringLiteral("The vault is locked. Unlock it first."));
    }
};

HUISUAN_REGISTER_TEST(TestDesktopSession)
#include "TestDesktopSession.moc"
