// SPDX-License-Identifier: GPL-3.0-or-later
// Filings: the signed envelope stored as given, receipts, a status history that only moves forward,
// one filing per submission id, audit entries.
#include "TestRegistry.h"
#include "vault/FilingStore.h"
#include "vault/VaultTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestFilingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    static qint64 storeReturn(Vault& vault)
    {
        AnnualReturnRecord record;
        record.profileId = 1;
        record.taxYear = 2024;
        return vault.saveAnnualReturn(record).value;
    }

private slots:
    void filingKeepsEnvelopeReceiptsAndHistory()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "filing");
        QVERIFY(vault);
        const qint64 returnId = storeReturn(*vault);
        FilingStore store(*vault);
        const QByteArray envelope("{\"payload\":\"...\",\"sm2\":\"\\u0000\\u00ff\"}\0\xff", 36);
        auto created = store.create(returnId, QStringLiteral("7d3c1e0a-5b2f-4c8e-9a61-0f2d4b6c8e10"), envelope);
        QVERIFY2(created.ok(), qPrintable(created.status.toString()));
        QCOMPARE(lastAuditEntry(directory, "filing"),
                 (QStringList {QStringLiteral("filing.created"),
                               QStringLiteral("filing %1 of annual return %2").arg(created.value).arg(returnId)}));
        QVERIFY(store.setStatus(created.value, FilingRecord::Status::Submitted).ok());
        QVERIFY(store.addReceipt(created.value, QByteArrayLiteral("receipt-bytes")).ok());
        QVERIFY(store.setStatus(created.value, FilingRecord::Status::Accepted, QStringLiteral("refund 1480.00")).ok());

        auto filing = store.filing(created.value);
        QVERIFY(filing.ok());
        QCOMPARE(filing.value.signedEnvelope, envelope);
        QCOMPARE(filing.value.annualReturnId, returnId);
        QCOMPARE(filing.value.status, FilingRecord::Status::Accepted);
        QCOMPARE(filing.value.receipts.size(), 1);
        QCOMPARE(filing.value.receipts.first().bytes, QByteArrayLiteral("receipt-bytes"));
        QCOMPARE(filing.value.statusHistory.size(), 3);
        QCOMPARE(filing.value.statusHistory.at(0).status, FilingRecord::Status::Signed);
        QCOMPARE(filing.value.statusHistory.at(1).status, FilingRecord::Status::Submitted);
        QCOMPARE(filing.value.statusHistory.at(2).note, QStringLiteral("refund 1480.00"));
        QVERIFY(!filing.value.statusHistory.at(2).changedAt.isEmpty());

        // Final is final, and a submission id names one filing.
        QCOMPARE(store.setStatus(created.value, FilingRecord::Status::Submitted).code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.create(returnId, QStringLiteral("7d3c1e0a-5b2f-4c8e-9a61-0f2d4b6c8e10"), envelope).status.code,
                 VaultErrorCode::AlreadyExists);
        QCOMPARE(store.filing(created.value).value.statusHistory.size(), 3);
        QVERIFY(vault->verify().value.healthy());
    }

    void invalidFilingsAreRefused()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "filing");
        QVERIFY(vault);
        const qint64 returnId = storeReturn(*vault);
        const QStringList auditBefore = lastAuditEntry(directory, "filing");
        FilingStore store(*vault);
        QCOMPARE(store.create(returnId, QStringLiteral("has space"), "x").status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.create(returnId, QString(), "x").status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.create(returnId, QStringLiteral("id-1"), QByteArray()).status.code,
                 VaultErrorCode::InvalidArgument);
        QCOMPARE(store.create(returnId + 1, QStringLiteral("id-1"), "x").status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.addReceipt(5, "r").code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.setStatus(5, FilingRecord::Status::Submitted).code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.filing(5).status.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(lastAuditEntry(directory, "filing"), auditBefore);
    }
};

HUISUAN_REGISTER_TEST(TestFilingStore)
#include "TestFilingStore.moc"
