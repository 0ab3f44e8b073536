// SPDX-License-Identifier: GPL-3.0-or-later
// The outbox's exactly-once contract: a submission id enqueued twice, before or after it was
// acknowledged, and across a reopen, is one entry; pending lists only what is unacknowledged.
#include "TestRegistry.h"
#include "vault/FilingStore.h"
#include "vault/Outbox.h"
#include "vault/VaultTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestOutbox : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    /** Stores a return and one signed filing per submission id. */
    static bool storeFilings(Vault& vault, const QStringList& submissionIds)
    {
        AnnualReturnRecord record;
        record.taxYear = 2024;
        const qint64 returnId = vault.saveAnnualReturn(record).value;
        for (const QString& id : submissionIds) {
            if (!FilingStore(vault).create(returnId, id, QByteArrayLiteral("signed")).ok()) {
                return false;
            }
        }
        return true;
    }

private slots:
    void submissionIdIsOneEntryForever()
    {
        const QString directory = freshDirectory();
        const QString first = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000001");
        const QString second = QStringLiteral("a1b2c3d4-0000-4000-8000-000000000002");
        {
            auto vault = createVaultWithProfile(directory, "outbox");
            QVERIFY(vault);
            QVERIFY(storeFilings(*vault, {first, second}));
            Outbox outbox(*vault);
            auto queued = outbox.enqueue(first);
            QVERIFY2(queued.ok(), qPrintable(queued.status.toString()));
            QVERIFY(queued.value.isPending());
            QCOMPARE(queued.value.submissionId, first);
            const QStringList audited = lastAuditEntry(directory, "outbox");
            QCOMPARE(audited.first(), QStringLiteral("outbox.enqueued"));

            auto again = outbox.enqueue(first);
            QVERIFY(again.ok());
            QCOMPARE(again.value.id, queued.value.id);
            QCOMPARE(lastAuditEntry(directory, "outbox"), audited); // nothing written
            QVERIFY(outbox.enqueue(second).ok());
            QCOMPARE(outbox.pending().value.size(), 2);

            QVERIFY(outbox
                        .recordFailedAttempt(
                            first, QStringLiteral("connection refused"), QStringLiteral("2099-01-01T00:00:00.000Z"))
                        .ok());
            auto pending = outbox.pending();
            QCOMPARE(pending.value.size(), 2);
            QCOMPARE(pending.value.at(0).submissionId, second); // due first
            QCOMPARE(pending.value.at(1).attempts, 1);
            QCOMPARE(pending.value.at(1).lastError, QStringLiteral("connection refused"));
        }
        auto reopened = Vault::open(directory, secret("outbox"));
        QVERIFY(reopened.ok());
        Outbox outbox(*reopened.value);
        QCOMPARE(outbox.enqueue(first).value.attempts, 1); // the crash-surviving entry, not a new one
        QVERIFY(outbox.markAcknowledged(first).ok());
        QCOMPARE(lastAuditEntry(directory, "outbox").first(), QStringLiteral("outbox.acknowledged"));
        QVERIFY(outbox.markAcknowledged(first).ok());
        auto pending = outbox.pending();
        QCOMPARE(pending.value.size(), 1);
        QCOMPARE(pending.value.first().submissionId, second);

        auto afterAcknowledgement = outbox.enqueue(first);
        QVERIFY(afterAcknowledgement.ok());
        QVERIFY(!afterAcknowledgement.value.isPending());
        QCOMPARE(outbox.pending().value.size(), 1);
        QCOMPARE(outbox.recordFailedAttempt(first, QString(), QStringLiteral("2099-01-01T00:00:00Z")).code,
                 VaultErrorCode::InvalidArgument);
        QVERIFY(reopened.value->verify().value.healthy());
    }

    void unknownOrInvalidIdsAreRefused()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "outbox");
        QVERIFY(vault);
        QVERIFY(storeFilings(*vault, {QStringLiteral("known")}));
        const QStringList auditBefore = lastAuditEntry(directory, "outbox");
        Outbox outbox(*vault);
        QCOMPARE(outbox.enqueue(QStringLiteral("unknown")).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(outbox.enqueue(QStringLiteral("not/valid")).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(outbox.markAcknowledged(QStringLiteral("known")).code, VaultErrorCode::InvalidArgument);
        QCOMPARE(outbox.entry(QStringLiteral("known")).status.code, VaultErrorCode::InvalidArgument);
        QVERIFY(outbox.enqueue(QStringLiteral("known")).ok());
        QCOMPARE(outbox.recordFailedAttempt(QStringLiteral("known"), QString(), QStringLiteral("tomorrow")).code,
                 VaultErrorCode::InvalidArgument);
        QVERIFY(outbox.pending().value.first().attempts == 0);
        QCOMPARE(lastAuditEntry(directory, "outbox").first(), QStringLiteral("outbox.enqueued"));
        QVERIFY(auditBefore.first() != QStringLiteral("outbox.enqueued"));
    }
};

HUISUAN_REGISTER_TEST(TestOutbox)
#include "TestOutbox.moc"
