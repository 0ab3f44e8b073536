// SPDX-License-Identifier: GPL-3.0-or-later
// Deduction claims per year: round trip, update, withdrawal, refusals, audit entries.
#include "TestRegistry.h"
#include "vault/DeductionClaimStore.h"
#include "vault/VaultTestSupport.h"

#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestDeductionClaimStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    static DeductionClaim rent()
    {
        return {0, 1, 2024, QStringLiteral("housing_rent"), QByteArrayLiteral(R"({"city_tier":"1","months":12})")};
    }

private slots:
    void claimsRoundTripAndWithdraw()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "claims");
        QVERIFY(vault);
        DeductionClaimStore store(*vault);
        auto saved = store.save(rent());
        QVERIFY2(saved.ok(), qPrintable(saved.status.toString()));
        DeductionClaim elderly {0, 1, 2024, QStringLiteral("elderly_support"), QByteArrayLiteral(R"({"share":"1"})")};
        auto second = store.save(elderly);
        QVERIFY(second.ok());
        DeductionClaim lastYear = rent();
        lastYear.taxYear = 2023;
        QVERIFY(store.save(lastYear).ok());

        auto claims = store.forYear(1, 2024);
        QVERIFY(claims.ok());
        QCOMPARE(claims.value.size(), 2);
        QCOMPARE(claims.value.at(0).kind, QStringLiteral("housing_rent"));
        QCOMPARE(claims.value.at(0).claimJson, rent().claimJson);
        QCOMPARE(claims.value.at(1).id, second.value);

        DeductionClaim changed = claims.value.at(0);
        changed.claimJson = QByteArrayLiteral(R"({"city_tier":"2","months":6})");
        QCOMPARE(store.save(changed).value, changed.id);
        QCOMPARE(store.forYear(1, 2024).value.at(0).claimJson, changed.claimJson);

        QVERIFY(store.remove(second.value).ok());
        QCOMPARE(lastAuditEntry(directory, "claims"),
                 (QStringList {QStringLiteral("deduction_claim.removed"),
                               QStringLiteral("deduction claim %1").arg(second.value)}));
        QCOMPARE(store.forYear(1, 2024).value.size(), 1);
        QCOMPARE(store.forYear(1, 2023).value.size(), 1);
        QCOMPARE(store.remove(second.value).code, VaultErrorCode::InvalidArgument);
        QVERIFY(vault->verify().value.healthy());
    }

    void invalidClaimsAreRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<int>("year");
        QTest::addColumn<qint64>("profile");
        QTest::newRow("kind with spaces") << QStringLiteral("housing rent") << QByteArray("{}") << 2024 << qint64(1);
        QTest::newRow("not json") << QStringLiteral("housing_rent") << QByteArray("{months:") << 2024 << qint64(1);
        QTest::newRow("json array") << QStringLiteral("housing_rent") << QByteArray("[]") << 2024 << qint64(1);
        QTest::newRow("year 2100") << QStringLiteral("housing_rent") << QByteArray("{}") << 2100 << qint64(1);
        QTest::newRow("unknown profile") << QStringLiteral("housing_rent") << QByteArray("{}") << 2024 << qint64(7);
    }

    void invalidClaimsAreRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, json);
        QFETCH(int, year);
        QFETCH(qint64, profile);
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "claims");
        QVERIFY(vault);
        const QStringList auditBefore = lastAuditEntry(directory, "claims");
        auto saved = DeductionClaimStore(*vault).save({0, profile, year, kind, json});
        QCOMPARE(saved.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY(!saved.status.message.isEmpty());
        QCOMPARE(lastAuditEntry(directory, "claims"), auditBefore);
    }
};

HUISUAN_REGISTER_TEST(TestDeductionClaimStore)
#include "TestDeductionClaimStore.moc"
