// SPDX-License-Identifier: GPL-3.0-or-later
// Filings: the signed envelope stored as given, receipts, a status history that only moves forward
// along the allowed moves (a repeat is a no-op), one filing per submission id, corrections that name
// the filing they replace, lookups by submission id and by tax year, audit entries.
#include "TestRegistry.h"
#include "vault/FilingStore.h"
#include "vault/VaultTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

Q_DECLARE_METATYPE(huisuan::FilingRecord::Status)

namespace {

using Status = FilingRecord::Status;

const QList<Status> everyStatus {
    Status::Signed, Status::Submitted, Status::Accepted, Status::Rejected, Status::Withdrawn, Status::Replaced};

const char* nameOf(Status status)
{
    static const char* const names[] = {"signed", "submitted", "accepted", "rejected", "withdrawn", "replaced"};
    return names[int(status)];
}

/** The moves from Signed that reach `status`. */
QList<Status> pathTo(Status status)
{
    switch (status) {
    case Status::Signed:
        return {};
    case Status::Submitted:
        return {Status::Submitted};
    case Status::Accepted:
    case Status::Rejected:
        return {Status::Submitted, status};
    case Status::Withdrawn:
    case Status::Replaced:
        return {Status::Submitted, Status::Accepted, status};
    }
    return {};
}

} // namespace

class TestFilingStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    static qint64 storeReturn(Vault& vault, int taxYear = 2024)
    {
        AnnualReturnRecord record;
        record.profileId = 1;
        record.taxYear = taxYear;
        return vault.saveAnnualReturn(record).value;
    }

    /** A filing of a new 2024 return, moved along the allowed path to `status`. */
    static qint64 filingAt(Vault& vault, Status status, const QString& submissionId)
    {
        FilingStore store(vault);
        auto created = store.create(storeReturn(vault), submissionId, QByteArrayLiteral("signed"));
        if (!created.ok()) {
            return 0;
        }
        for (const Status step : pathTo(status)) {
            if (!store.setStatus(created.value, step).ok()) {
                return 0;
            }
        }
        return created.value;
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
        // A repeated answer is the same receipt: kept once.
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

    void statusMoves_data()
    {
        QTest::addColumn<Status>("from");
        QTest::addColumn<Status>("to");
        QTest::addColumn<bool>("allowed");
        const QList<QPair<Status, Status>> allowedMoves {{Status::Signed, Status::Submitted},
                                                         {Status::Submitted, Status::Accepted},
                                                         {Status::Submitted, Status::Rejected},
                                                         {Status::Accepted, Status::Withdrawn},
                                                         {Status::Accepted, Status::Replaced}};
        for (const Status from : everyStatus) {
            for (const Status to : everyStatus) {
                // The same status again is allowed: a repeated receipt must not fail.
                const bool allowed = from == to || allowedMoves.contains(qMakePair(from, to));
                QTest::addRow("%s to %s", nameOf(from), nameOf(to)) << from << to << allowed;
            }
        }
    }

    void statusMoves()
    {
        QFETCH(Status, from);
        QFETCH(Status, to);
        QFETCH(bool, allowed);
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "filing");
        QVERIFY(vault);
        const qint64 id = filingAt(*vault, from, QStringLiteral("sub-1"));
        QVERIFY(id > 0);
        FilingStore store(*vault);
        const int historyBefore = store.filing(id).value.statusHistory.size();
        const QStringList auditBefore = lastAuditEntry(directory, "filing");

        const VaultStatus moved = store.setStatus(id, to, QStringLiteral("receipt R1"));
        auto after = store.filing(id);
        QVERIFY(after.ok());
        if (!allowed) {
            QCOMPARE(moved.code, VaultErrorCode::InvalidArgument);
            QVERIFY2(moved.message.contains(QString::number(id)), qPrintable(moved.message));
            QCOMPARE(after.value.status, from);
            QCOMPARE(after.value.statusHistory.size(), historyBefore);
            QCOMPARE(lastAuditEntry(directory, "filing"), auditBefore);
        } else if (from == to) {
            QVERIFY2(moved.ok(), qPrintable(moved.toString()));
            QCOMPARE(after.value.status, from);
            QCOMPARE(after.value.statusHistory.size(), historyBefore);
            QCOMPARE(lastAuditEntry(directory, "filing"), auditBefore);
        } else {
            QVERIFY2(moved.ok(), qPrintable(moved.toString()));
            QCOMPARE(after.value.status, to);
            QCOMPARE(after.value.statusHistory.size(), historyBefore + 1);
            QCOMPARE(after.value.statusHistory.last().status, to);
            QCOMPARE(after.value.statusHistory.last().note, QStringLiteral("receipt R1"));
            QCOMPARE(lastAuditEntry(directory, "filing"),
                     (QStringList {QStringLiteral("filing.status"),
                                   QStringLiteral("filing %1: %2").arg(id).arg(QLatin1String(nameOf(to)))}));
        }
    }

    void correctionNamesTheFilingItReplaces()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "filing");
        QVERIFY(vault);
        const qint64 original = filingAt(*vault, Status::Accepted, QStringLiteral("sub-original"));
        QVERIFY(original > 0);
        FilingStore store(*vault);
        const qint64 correctedReturn = storeReturn(*vault);
        auto correction = store.create(correctedReturn,
                                       QStringLiteral("sub-correction"),
                                       QByteArrayLiteral("signed correction"),
                                       FilingRecord::Kind::Correction,
                                       QStringLiteral("sub-original"));
        QVERIFY2(correction.ok(), qPrintable(correction.status.toString()));
        QCOMPARE(lastAuditEntry(directory, "filing"),
                 (QStringList {QStringLiteral("filing.created"),
                               QStringLiteral("filing %1 of annual return %2, correcting filing %3")
                                   .arg(correction.value)
                                   .arg(correctedReturn)
                                   .arg(original)}));
        auto stored = store.filing(correction.value);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.kind, FilingRecord::Kind::Correction);
        QCOMPARE(stored.value.replaces, QStringLiteral("sub-original"));
        QCOMPARE(stored.value.status, Status::Signed);
        auto first = store.filing(original);
        QCOMPARE(first.value.kind, FilingRecord::Kind::Filing);
        QVERIFY(first.value.replaces.isEmpty());

        // When the bureau accepts the correction, the original is replaced.
        QVERIFY(store.setStatus(correction.value, Status::Submitted).ok());
        QVERIFY(store.setStatus(correction.value, Status::Accepted).ok());
        QVERIFY(store.setStatus(original, Status::Replaced).ok());
        QCOMPARE(store.filing(original).value.status, Status::Replaced);
        QVERIFY(vault->verify().value.healthy());
    }

    void invalidCorrectionsAreRefused_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("replaces");
        QTest::addColumn<int>("taxYear");
        QTest::addColumn<QString>("named");
        const int filing = int(FilingRecord::Kind::Filing);
        const int correction = int(FilingRecord::Kind::Correction);
        QTest::newRow("first filing naming one")
            << filing << QStringLiteral("sub-2024") << 2024 << QStringLiteral("sub-2024");
        QTest::newRow("correction naming none") << correction << QString() << 2024 << QStringLiteral("must name");
        QTest::newRow("correction naming an invalid id")
            << correction << QStringLiteral("has space") << 2024 << QStringLiteral("has space");
        QTest::newRow("correction naming an unknown filing")
            << correction << QStringLiteral("sub-unknown") << 2024 << QStringLiteral("sub-unknown");
        QTest::newRow("correction naming itself")
            << correction << QStringLiteral("sub-new") << 2024 << QStringLiteral("names itself");
        QTest::newRow("correction of another year")
            << correction << QStringLiteral("sub-2024") << 2023 << QStringLiteral("2023");
    }

    void invalidCorrectionsAreRefused()
    {
        QFETCH(int, kind);
        QFETCH(QString, replaces);
        QFETCH(int, taxYear);
        QFETCH(QString, named);
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "filing");
        QVERIFY(vault);
        QVERIFY(filingAt(*vault, Status::Accepted, QStringLiteral("sub-2024")) > 0);
        const qint64 returnId = storeReturn(*vault, taxYear);
        const QStringList auditBefore = lastAuditEntry(directory, "filing");
        FilingStore store(*vault);
        auto created = store.create(returnId, QStringLiteral("sub-new"), "x", FilingRecord::Kind(kind), replaces);
        QCOMPARE(created.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(created.status.message.contains(named), qPrintable(created.status.message));
        QCOMPARE(lastAuditEntry(directory, "filing"), auditBefore);
        QCOMPARE(store.bySubmissionId(QStringLiteral("sub-new")).status.code, VaultErrorCode::InvalidArgument);
    }

    void filingsAreFoundBySubmissionIdAndYear()
    {
        auto vault = createVaultWithProfile(freshDirectory(), "filing");
        QVERIFY(vault);
        FilingStore store(*vault);
        const qint64 first = filingAt(*vault, Status::Accepted, QStringLiteral("sub-a"));
        QVERIFY(first > 0);
        QVERIFY(store.addReceipt(first, QByteArrayLiteral("receipt a")).ok());
        const qint64 otherYear = store.create(storeReturn(*vault, 2023), QStringLiteral("sub-b"), "b").value;
        QVERIFY(otherYear > 0);
        const qint64 correction = store
                                      .create(storeReturn(*vault),
                                              QStringLiteral("sub-c"),
                                              "c",
                                              FilingRecord::Kind::Correction,
                                              QStringLiteral("sub-a"))
                                      .value;
        QVERIFY(correction > 0);

        auto found = store.bySubmissionId(QStringLiteral("sub-a"));
        QVERIFY2(found.ok(), qPrintable(found.status.toString()));
        QCOMPARE(found.value.id, first);
        QCOMPARE(found.value.status, Status::Accepted);
        QCOMPARE(found.value.receipts.size(), 1);
        QCOMPARE(found.value.receipts.first().bytes, QByteArrayLiteral("receipt a"));
        QCOMPARE(found.value.statusHistory.size(), 3);
        QCOMPARE(store.bySubmissionId(QStringLiteral("sub-c")).value.replaces, QStringLiteral("sub-a"));
        auto unknown = store.bySubmissionId(QStringLiteral("sub-z"));
        QCOMPARE(unknown.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(unknown.status.message.contains(QStringLiteral("sub-z")), qPrintable(unknown.status.message));

        auto year = store.forYear(2024);
        QVERIFY(year.ok());
        QCOMPARE(year.value.size(), 2);
        QCOMPARE(year.value.at(0).id, first);
        QCOMPARE(year.value.at(0).receipts.size(), 1);
        QCOMPARE(year.value.at(1).id, correction);
        QCOMPARE(year.value.at(1).kind, FilingRecord::Kind::Correction);
        QCOMPARE(store.forYear(2023).value.size(), 1);
        QCOMPARE(store.forYear(2023).value.first().submissionId, QStringLiteral("sub-b"));
        auto none = store.forYear(2022);
        QVERIFY(none.ok());
        QVERIFY(none.value.isEmpty());

        vault->lock();
        QCOMPARE(store.bySubmissionId(QStringLiteral("sub-a")).status.code, VaultErrorCode::Locked);
        QCOMPARE(store.forYear(2024).status.code, VaultErrorCode::Locked);
    }
};

HUISUAN_REGISTER_TEST(TestFilingStore)
#include "TestFilingStore.moc"
