// SPDX-License-Identifier: GPL-3.0-or-later
// A company's declarations and their outbox: queued with their bytes, submitted, failed attempts,
// the receipt kept (twice is once), a refusal final; ids unique; every change audited.
#include "TestRegistry.h"
#include "vault/CompanyWorkspaceStore.h"
#include "vault/VaultTestSupport.h"
#include "vault/WithholdingDeclarationStore.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestWithholdingDeclarationStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;

    static WithholdingDeclaration declarationOf(qint64 workspace, int month, const QString& id)
    {
        WithholdingDeclaration declaration;
        declaration.workspaceId = workspace;
        declaration.taxYear = 2025;
        declaration.month = month;
        declaration.declarationId = id;
        declaration.body = QByteArrayLiteral("{\"declaration_id\":\"") + id.toLatin1() + "\"}";
        return declaration;
    }

private slots:
    void aDeclarationGoesFromQueuedToDeclared()
    {
        const QString directory = m_root.filePath(QStringLiteral("vault"));
        auto created = Vault::create(directory, secret("declarations"), cheapCost());
        QVERIFY(created.ok());
        Vault& vault = *created.value;
        const qint64 workspace = CompanyWorkspaceStore(vault)
                                     .saveWorkspace({0, QStringLiteral("91110000600037341L"), QStringLiteral("x")})
                                     .value;
        WithholdingDeclarationStore store(vault);

        const auto first = store.createQueued(declarationOf(workspace, 1, QStringLiteral("decl-1")));
        QVERIFY2(first.ok(), qPrintable(first.status.toString()));
        QVERIFY(!store.createQueued(declarationOf(workspace, 1, QStringLiteral("decl-1"))).ok()); // ids are unique
        QCOMPARE(store.createQueued(declarationOf(workspace, 1, QStringLiteral("bad id!"))).status.code,
                 VaultErrorCode::InvalidArgument);
        QCOMPARE(store.pending().value.size(), 1);
        QCOMPARE(store.pending().value.first().status, WithholdingDeclaration::Status::Queued);

        QVERIFY(store.markSubmitted(first.value).ok());
        const QString later = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::ISODateWithMs);
        QVERIFY(store.recordFailedAttempt(first.value, QStringLiteral("0 lost"), later).ok());
        QVERIFY(!store.recordFailedAttempt(first.value, QStringLiteral("0 lost"), QStringLiteral("soon")).ok());
        WithholdingDeclaration stored = store.forMonth(workspace, 2025, 1).value.first();
        QCOMPARE(stored.status, WithholdingDeclaration::Status::Submitted);
        QCOMPARE(stored.attempts, 1);
        QCOMPARE(stored.lastError, QStringLiteral("0 lost"));
        QCOMPARE(stored.body, QByteArrayLiteral("{\"declaration_id\":\"decl-1\"}"));

        QVERIFY(store.recordReceipt(first.value, "signed receipt", QStringLiteral("R1")).ok());
        QVERIFY(store.recordReceipt(first.value, "signed receipt", QStringLiteral("R1")).ok());
        QVERIFY(!store.recordReceipt(first.value, "another receipt", QStringLiteral("R2")).ok());
        QVERIFY(!store.markSubmitted(first.value).ok());
        stored = store.forYear(workspace, 2025).value.first();
        QCOMPARE(stored.status, WithholdingDeclaration::Status::Declared);
        QCOMPARE(stored.receipt, QByteArray("signed receipt"));
        QCOMPARE(stored.receiptId, QStringLiteral("R1"));
        QVERIFY(store.pending().value.isEmpty());

        const auto second = store.createQueued(declarationOf(workspace, 2, QStringLiteral("decl-2")));
        QVERIFY(second.ok());
        QVERIFY(store.recordRefusal(second.value, QStringLiteral("422 invalid_field")).ok());
        QVERIFY(!store.recordReceipt(second.value, "late", QStringLiteral("R3")).ok());
        QCOMPARE(store.forMonth(workspace, 2025, 2).value.first().status, WithholdingDeclaration::Status::Refused);
        QVERIFY(store.pending().value.isEmpty());
        QCOMPARE(lastAuditEntry(directory, "declarations").value(0), QStringLiteral("declaration.refused"));
    }
};

HUISUAN_REGISTER_TEST(TestWithholdingDeclarationStore)
#include "TestWithholdingDeclarationStore.moc"
