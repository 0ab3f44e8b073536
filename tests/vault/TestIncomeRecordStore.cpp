// SPDX-License-Identifier: GPL-3.0-or-later
// Income records per year: round trip with origin, dispute state, month, payer credit code and the
// bureau's record id, refusals that name the field, an audit entry for every change, and replacing
// the prefill with a new download in one transaction.
#include "TestRegistry.h"
#include "vault/IncomeRecordStore.h"
#include "vault/VaultTestSupport.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

IncomeRecord wages()
{
    IncomeRecord record;
    record.profileId = 1;
    record.taxYear = 2024;
    record.category = QStringLiteral("wages");
    record.payer = QStringLiteral("北京某某科技有限公司");
    record.amount = QStringLiteral("180000.00");
    record.withheld = QStringLiteral("6480.00");
    record.origin = IncomeRecord::Origin::Prefill;
    return record;
}

// A unified social credit code with a valid check character (GB 32100-2015).
const QString creditCode = QStringLiteral("91110000600037341L");

/** A record as the bureau's prefill download delivers it. */
IncomeRecord prefilled(const QString& bureauRecordId, const QString& amount, const QString& month = QString())
{
    IncomeRecord record = wages();
    record.bureauRecordId = bureauRecordId;
    record.amount = amount;
    record.withheld = QStringLiteral("0.00");
    record.month = month.isEmpty() ? QStringLiteral("2024-03") : month;
    record.payerCreditCode = creditCode;
    return record;
}

/** The year's records by the bureau's record id, or by payer for records without one. */
QMap<QString, IncomeRecord> byKey(const QList<IncomeRecord>& records)
{
    QMap<QString, IncomeRecord> keyed;
    for (const IncomeRecord& record : records) {
        keyed.insert(record.bureauRecordId.isEmpty() ? record.payer : record.bureauRecordId, record);
    }
    return keyed;
}

} // namespace

Q_DECLARE_METATYPE(huisuan::IncomeRecord)

class TestIncomeRecordStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

private slots:
    void recordsRoundTripPerYear()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "income");
        QVERIFY(vault);
        IncomeRecordStore store(*vault);
        auto first = store.save(wages());
        QVERIFY2(first.ok(), qPrintable(first.status.toString()));
        IncomeRecord typed = wages();
        typed.category = QStringLiteral("labor");
        typed.amount = QStringLiteral("3000.50");
        typed.withheld = QStringLiteral("0.00");
        typed.origin = IncomeRecord::Origin::Typed;
        QVERIFY(store.save(typed).ok());
        IncomeRecord otherYear = wages();
        otherYear.taxYear = 2023;
        otherYear.origin = IncomeRecord::Origin::Imported;
        QVERIFY(store.save(otherYear).ok());

        QVERIFY(store.setDisputeState(first.value, IncomeRecord::DisputeState::Disputed).ok());
        QCOMPARE(lastAuditEntry(directory, "income"),
                 (QStringList {QStringLiteral("income_record.dispute_state"),
                               QStringLiteral("income record %1: disputed").arg(first.value)}));

        auto year = store.forYear(1, 2024);
        QVERIFY(year.ok());
        QCOMPARE(year.value.size(), 2);
        QCOMPARE(year.value.at(0).payer, wages().payer);
        QCOMPARE(year.value.at(0).amount, QStringLiteral("180000.00"));
        QCOMPARE(year.value.at(0).withheld, QStringLiteral("6480.00"));
        QCOMPARE(year.value.at(0).origin, IncomeRecord::Origin::Prefill);
        QCOMPARE(year.value.at(0).disputeState, IncomeRecord::DisputeState::Disputed);
        QCOMPARE(year.value.at(1).origin, IncomeRecord::Origin::Typed);
        QCOMPARE(store.forYear(1, 2023).value.first().origin, IncomeRecord::Origin::Imported);

        IncomeRecord corrected = year.value.at(1);
        corrected.amount = QStringLiteral("3100.00");
        QCOMPARE(store.save(corrected).value, corrected.id);
        QCOMPARE(store.forYear(1, 2024).value.at(1).amount, QStringLiteral("3100.00"));
        QCOMPARE(lastAuditEntry(directory, "income"),
                 (QStringList {QStringLiteral("income_record.saved"),
                               QStringLiteral("income record %1").arg(corrected.id)}));
        QVERIFY(vault->verify().value.healthy());
    }

    void invalidRecordsAreRefused_data()
    {
        QTest::addColumn<IncomeRecord>("record");
        QTest::addColumn<QString>("named");
        IncomeRecord record = wages();
        record.taxYear = 2018;
        QTest::newRow("year before reconciliation") << record << QStringLiteral("2018");
        record = wages();
        record.amount = QStringLiteral("1,000.00");
        QTest::newRow("amount not canonical") << record << QStringLiteral("1,000.00");
        record = wages();
        record.withheld = QStringLiteral("-5.00");
        QTest::newRow("negative withholding") << record << QStringLiteral("tax withheld");
        record = wages();
        record.payer.clear();
        QTest::newRow("no payer") << record << QStringLiteral("payer");
        record = wages();
        record.profileId = 42;
        QTest::newRow("unknown profile") << record << QStringLiteral("42");
        record = wages();
        record.id = 99;
        QTest::newRow("unknown record") << record << QStringLiteral("99");
    }

    void invalidRecordsAreRefused()
    {
        QFETCH(IncomeRecord, record);
        QFETCH(QString, named);
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "income");
        QVERIFY(vault);
        const QStringList auditBefore = lastAuditEntry(directory, "income");
        auto saved = IncomeRecordStore(*vault).save(record);
        QCOMPARE(saved.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(saved.status.message.contains(named), qPrintable(saved.status.message));
        QCOMPARE(lastAuditEntry(directory, "income"), auditBefore);
        QVERIFY(IncomeRecordStore(*vault).forYear(1, 2024).value.isEmpty());
        QCOMPARE(IncomeRecordStore(*vault).setDisputeState(99, IncomeRecord::DisputeState::Resolved).code,
                 VaultErrorCode::InvalidArgument);
    }

    void removeDeletesOneRecordAndIsAudited()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "income");
        QVERIFY(vault);
        IncomeRecordStore store(*vault);
        const qint64 kept = store.save(wages()).value;
        IncomeRecord typed = wages();
        typed.origin = IncomeRecord::Origin::Typed;
        typed.payer = QStringLiteral("乙出版社");
        const qint64 removed = store.save(typed).value;
        QVERIFY(removed > kept);

        QVERIFY(store.remove(removed).ok());
        QCOMPARE(
            lastAuditEntry(directory, "income"),
            (QStringList {QStringLiteral("income_record.removed"), QStringLiteral("income record %1").arg(removed)}));
        const auto year = store.forYear(1, 2024);
        QCOMPARE(year.value.size(), 1);
        QCOMPARE(year.value.first().id, kept);

        const VaultStatus again = store.remove(removed);
        QCOMPARE(again.code, VaultErrorCode::InvalidArgument);
        QCOMPARE(store.forYear(1, 2024).value.size(), 1);
    }

    void bureauRecordIdFindsTheStoredRecord()
    {
        auto vault = createVaultWithProfile(freshDirectory(), "income");
        QVERIFY(vault);
        IncomeRecordStore store(*vault);
        QVERIFY(store.replacePrefill(1, 2024, {prefilled(QStringLiteral("r-1"), QStringLiteral("100.00"))}).ok());
        const auto stored = store.forYear(1, 2024);
        QCOMPARE(stored.value.size(), 1);
        QCOMPARE(store.idOfBureauRecord(1, QStringLiteral("r-1")).value, stored.value.first().id);
        QCOMPARE(store.idOfBureauRecord(1, QStringLiteral("r-2")).value, qint64(0));
        QCOMPARE(store.idOfBureauRecord(2, QStringLiteral("r-1")).value, qint64(0));
    }

    void prefillFieldsRoundTrip()
    {
        auto vault = createVaultWithProfile(freshDirectory(), "income");
        QVERIFY(vault);
        IncomeRecordStore store(*vault);
        auto saved =
            store.save(prefilled(QStringLiteral("R-1"), QStringLiteral("12000.00"), QStringLiteral("2024-12")));
        QVERIFY2(saved.ok(), qPrintable(saved.status.toString()));
        const IncomeRecord stored = store.forYear(1, 2024).value.first();
        QCOMPARE(stored.bureauRecordId, QStringLiteral("R-1"));
        QCOMPARE(stored.month, QStringLiteral("2024-12"));
        QCOMPARE(stored.payerCreditCode, creditCode);
        // A typed record knows none of them, and that is fine.
        IncomeRecord typed = wages();
        typed.origin = IncomeRecord::Origin::Typed;
        QVERIFY(store.save(typed).ok());
        const IncomeRecord second = store.forYear(1, 2024).value.last();
        QVERIFY(second.bureauRecordId.isEmpty());
        QVERIFY(second.month.isEmpty());
        QVERIFY(second.payerCreditCode.isEmpty());
        // One stored copy per bureau record.
        QCOMPARE(store.save(prefilled(QStringLiteral("R-1"), QStringLiteral("1.00"))).status.code,
                 VaultErrorCode::AlreadyExists);
    }

    void invalidPrefillFieldsAreRefused_data()
    {
        QTest::addColumn<IncomeRecord>("record");
        QTest::addColumn<QString>("named");
        IncomeRecord record = prefilled(QStringLiteral("R-1"), QStringLiteral("1.00"), QStringLiteral("2024-13"));
        QTest::newRow("month 13") << record << QStringLiteral("2024-13");
        record.month = QStringLiteral("2023-12");
        QTest::newRow("month of another year") << record << QStringLiteral("2023-12");
        record.month = QStringLiteral("2024-3");
        QTest::newRow("month without its zero") << record << QStringLiteral("2024-3");
        record = prefilled(QStringLiteral("R-1"), QStringLiteral("1.00"));
        record.payerCreditCode = QStringLiteral("91110000600037341K");
        QTest::newRow("credit code check character") << record << QStringLiteral("91110000600037341K");
        record = prefilled(QStringLiteral("R-1"), QStringLiteral("1.00"));
        record.origin = IncomeRecord::Origin::Typed;
        QTest::newRow("bureau id on a typed record") << record << QStringLiteral("R-1");
    }

    void invalidPrefillFieldsAreRefused()
    {
        QFETCH(IncomeRecord, record);
        QFETCH(QString, named);
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "income");
        QVERIFY(vault);
        const QStringList auditBefore = lastAuditEntry(directory, "income");
        auto saved = IncomeRecordStore(*vault).save(record);
        QCOMPARE(saved.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(saved.status.message.contains(named), qPrintable(saved.status.message));
        QCOMPARE(lastAuditEntry(directory, "income"), auditBefore);
        // The same record in a download is refused the same way, naming the bureau's record.
        const VaultStatus replaced = IncomeRecordStore(*vault).replacePrefill(1, 2024, {record});
        QCOMPARE(replaced.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(replaced.message.contains(QStringLiteral("R-1")), qPrintable(replaced.message));
        QVERIFY(IncomeRecordStore(*vault).forYear(1, 2024).value.isEmpty());
    }

    void replacePrefillAddsUpdatesRemovesAndKeeps()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "income");
        QVERIFY(vault);
        IncomeRecordStore store(*vault);
        IncomeRecord typed = wages();
        typed.origin = IncomeRecord::Origin::Typed;
        typed.payer = QStringLiteral("typed payer");
        IncomeRecord imported = wages();
        imported.origin = IncomeRecord::Origin::Imported;
        imported.payer = QStringLiteral("imported payer");
        IncomeRecord legacy = wages(); // a prefilled record stored before the bureau's ids were kept
        legacy.payer = QStringLiteral("legacy payer");
        IncomeRecord otherYear = prefilled(QStringLiteral("R-2023"), QStringLiteral("5.00"), QStringLiteral("2023-05"));
        otherYear.taxYear = 2023;
        for (const IncomeRecord& record : {typed, imported, legacy, otherYear}) {
            QVERIFY(store.save(record).ok());
        }
        QVERIFY(store
                    .replacePrefill(1,
                                    2024,
                                    {prefilled(QStringLiteral("R-same"), QStringLiteral("100.00")),
                                     prefilled(QStringLiteral("R-changed"), QStringLiteral("200.00")),
                                     prefilled(QStringLiteral("R-changed-disputed"), QStringLiteral("300.00")),
                                     prefilled(QStringLiteral("R-gone"), QStringLiteral("400.00")),
                                     prefilled(QStringLiteral("R-gone-disputed"), QStringLiteral("500.00"))})
                    .ok());
        auto before = byKey(store.forYear(1, 2024).value);
        QCOMPARE(before.size(), 7);
        QVERIFY(!before.contains(QStringLiteral("legacy payer"))); // superseded by the download
        for (const char* disputed : {"R-changed-disputed", "R-gone-disputed"}) {
            QVERIFY(store
                        .setDisputeState(before.value(QString::fromLatin1(disputed)).id,
                                         IncomeRecord::DisputeState::Disputed)
                        .ok());
        }

        IncomeRecord changed = prefilled(QStringLiteral("R-changed"), QStringLiteral("250.00"));
        changed.withheld = QStringLiteral("12.50");
        changed.payer = QStringLiteral("北京某某科技有限公司（更名）");
        const QList<IncomeRecord> download {prefilled(QStringLiteral("R-same"), QStringLiteral("100.00")),
                                            changed,
                                            prefilled(QStringLiteral("R-changed-disputed"), QStringLiteral("350.00")),
                                            prefilled(QStringLiteral("R-new"), QStringLiteral("600.00"))};
        const VaultStatus replaced = store.replacePrefill(1, 2024, download);
        QVERIFY2(replaced.ok(), qPrintable(replaced.toString()));

        const auto after = byKey(store.forYear(1, 2024).value);
        QCOMPARE(after.keys(),
                 (QStringList {QStringLiteral("R-changed"),
                               QStringLiteral("R-changed-disputed"),
                               QStringLiteral("R-gone-disputed"),
                               QStringLiteral("R-new"),
                               QStringLiteral("R-same"),
                               QStringLiteral("imported payer"),
                               QStringLiteral("typed payer")}));
        const IncomeRecord same = after.value(QStringLiteral("R-same"));
        QCOMPARE(same.id, before.value(QStringLiteral("R-same")).id);
        QCOMPARE(same.amount, QStringLiteral("100.00"));
        const IncomeRecord updated = after.value(QStringLiteral("R-changed"));
        QCOMPARE(updated.id, before.value(QStringLiteral("R-changed")).id);
        QCOMPARE(updated.amount, QStringLiteral("250.00"));
        QCOMPARE(updated.withheld, QStringLiteral("12.50"));
        QCOMPARE(updated.payer, changed.payer);
        // A dispute is the taxpayer's: an update keeps it, and a disputed record the bureau dropped stays.
        const IncomeRecord updatedDisputed = after.value(QStringLiteral("R-changed-disputed"));
        QCOMPARE(updatedDisputed.amount, QStringLiteral("350.00"));
        QCOMPARE(updatedDisputed.disputeState, IncomeRecord::DisputeState::Disputed);
        QCOMPARE(after.value(QStringLiteral("R-gone-disputed")).disputeState, IncomeRecord::DisputeState::Disputed);
        QCOMPARE(after.value(QStringLiteral("R-gone-disputed")).amount, QStringLiteral("500.00"));
        const IncomeRecord added = after.value(QStringLiteral("R-new"));
        QCOMPARE(added.origin, IncomeRecord::Origin::Prefill);
        QCOMPARE(added.month, QStringLiteral("2024-03"));
        QCOMPARE(added.payerCreditCode, creditCode);
        QCOMPARE(added.disputeState, IncomeRecord::DisputeState::None);
        // Typed and imported records, and other years, are untouched.
        QCOMPARE(after.value(QStringLiteral("typed payer")).origin, IncomeRecord::Origin::Typed);
        QCOMPARE(after.value(QStringLiteral("imported payer")).origin, IncomeRecord::Origin::Imported);
        QCOMPARE(store.forYear(1, 2023).value.size(), 1);
        QCOMPARE(store.forYear(1, 2023).value.first().bureauRecordId, QStringLiteral("R-2023"));
        QCOMPARE(lastAuditEntry(directory, "income"),
                 (QStringList {QStringLiteral("income_record.prefill_removed"),
                               QStringLiteral("income record %1").arg(before.value(QStringLiteral("R-gone")).id)}));

        // The same download again changes nothing and records nothing.
        const QStringList auditBefore = lastAuditEntry(directory, "income");
        QVERIFY(store.replacePrefill(1, 2024, download).ok());
        QCOMPARE(byKey(store.forYear(1, 2024).value).keys(), after.keys());
        QCOMPARE(lastAuditEntry(directory, "income"), auditBefore);
        QVERIFY(vault->verify().value.healthy());
    }

    void replacePrefillIsAllOrNothing_data()
    {
        QTest::addColumn<IncomeRecord>("failing");
        QTest::addColumn<QString>("named");
        IncomeRecord record = prefilled(QStringLiteral("R-bad"), QStringLiteral("12,000.00"));
        QTest::newRow("amount not canonical") << record << QStringLiteral("12,000.00");
        record = prefilled(QString(), QStringLiteral("1.00"));
        QTest::newRow("no bureau id") << record << QStringLiteral("bureau's record id");
        record = prefilled(QStringLiteral("R-bad"), QStringLiteral("1.00"));
        record.origin = IncomeRecord::Origin::Typed;
        QTest::newRow("not prefilled") << record << QStringLiteral("R-bad");
        record = prefilled(QStringLiteral("R-bad"), QStringLiteral("1.00"), QStringLiteral("2023-03"));
        record.taxYear = 2023;
        QTest::newRow("another year") << record << QStringLiteral("2023");
        record = prefilled(QStringLiteral("R-bad"), QStringLiteral("1.00"));
        record.profileId = 2;
        QTest::newRow("another profile") << record << QStringLiteral("R-bad");
        QTest::newRow("twice in the download")
            << prefilled(QStringLiteral("R-new"), QStringLiteral("2.00")) << QStringLiteral("R-new");
        QTest::newRow("stored for another year")
            << prefilled(QStringLiteral("R-2023"), QStringLiteral("2.00")) << QStringLiteral("R-2023");
    }

    void replacePrefillIsAllOrNothing()
    {
        QFETCH(IncomeRecord, failing);
        QFETCH(QString, named);
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "income");
        QVERIFY(vault);
        IncomeRecordStore store(*vault);
        IncomeRecord otherYear = prefilled(QStringLiteral("R-2023"), QStringLiteral("5.00"), QStringLiteral("2023-05"));
        otherYear.taxYear = 2023;
        QVERIFY(store.save(otherYear).ok());
        QVERIFY(store
                    .replacePrefill(1,
                                    2024,
                                    {prefilled(QStringLiteral("R-kept"), QStringLiteral("100.00")),
                                     prefilled(QStringLiteral("R-gone"), QStringLiteral("200.00"))})
                    .ok());
        const QList<IncomeRecord> before = store.forYear(1, 2024).value;
        const QStringList auditBefore = lastAuditEntry(directory, "income");

        // Written before the failing record: an update, an insert; and a removal would follow.
        const VaultStatus replaced =
            store.replacePrefill(1,
                                 2024,
                                 {prefilled(QStringLiteral("R-kept"), QStringLiteral("150.00")),
                                  prefilled(QStringLiteral("R-new"), QStringLiteral("300.00")),
                                  failing});
        QCOMPARE(replaced.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(replaced.message.contains(named), qPrintable(replaced.message));
        const QList<IncomeRecord> after = store.forYear(1, 2024).value;
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).id, before.at(i).id);
            QCOMPARE(after.at(i).bureauRecordId, before.at(i).bureauRecordId);
            QCOMPARE(after.at(i).amount, before.at(i).amount);
        }
        QCOMPARE(lastAuditEntry(directory, "income"), auditBefore);
        QVERIFY(vault->verify().value.healthy());
    }

    void lockedVaultRefuses()
    {
        auto vault = createVaultWithProfile(freshDirectory(), "income");
        QVERIFY(vault);
        vault->lock();
        QCOMPARE(IncomeRecordStore(*vault).save(wages()).status.code, VaultErrorCode::Locked);
        QCOMPARE(IncomeRecordStore(*vault).forYear(1, 2024).status.code, VaultErrorCode::Locked);
        QCOMPARE(IncomeRecordStore(*vault).replacePrefill(1, 2024, {}).code, VaultErrorCode::Locked);
    }
};

HUISUAN_REGISTER_TEST(TestIncomeRecordStore)
#include "TestIncomeRecordStore.moc"
