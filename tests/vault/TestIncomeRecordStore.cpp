// SPDX-License-Identifier: GPL-3.0-or-later
// Income records per year: round trip with origin and dispute state, refusals that name the field,
// and an audit entry for every change.
#include "TestRegistry.h"
#include "vault/IncomeRecordStore.h"
#include "vault/VaultTestSupport.h"

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

    void lockedVaultRefuses()
    {
        auto vault = createVaultWithProfile(freshDirectory(), "income");
        QVERIFY(vault);
        vault->lock();
        QCOMPARE(IncomeRecordStore(*vault).save(wages()).status.code, VaultErrorCode::Locked);
        QCOMPARE(IncomeRecordStore(*vault).forYear(1, 2024).status.code, VaultErrorCode::Locked);
    }
};

HUISUAN_REGISTER_TEST(TestIncomeRecordStore)
#include "TestIncomeRecordStore.moc"
