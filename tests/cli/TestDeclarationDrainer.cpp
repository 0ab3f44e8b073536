// SPDX-License-Identifier: GPL-3.0-or-later
// A declaration goes to the bureau exactly once across what breaks between send and answer: the
// bureau commits and then drops the connection (huisuan-bureau --fault reset-after-commit on every
// write), and the client dies after sending, before it read the answer. Counted at the bureau
// (`huisuan-bureau report`). One bureau data folder for the class, restarted with and without faults.
#include "TestRegistry.h"
#include "batch/BatchService.h"
#include "batch/BatchTestSupport.h"
#include "batch/DeclarationQueue.h"
#include "bureau/BureauTestSupport.h"
#include "cli/BatchCliSupport.h"
#include "vault/Vault.h"
#include "vault/WithholdingDeclarationStore.h"

#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const QString creditCode = QStringLiteral("91110108551385082Q");

} // namespace

class TestDeclarationDrainer : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const CliRun init = m_homes.run(
            {QStringLiteral("vault"), QStringLiteral("init"), QStringLiteral("--kdf-log2n"), QStringLiteral("10")});
        QVERIFY2(init.exitCode == 0, init.transcript());
        QCOMPARE(batch({QStringLiteral("workspace"),
                        QStringLiteral("add"),
                        creditCode,
                        QStringLiteral("北京某某科技有限公司")})
                     .exitCode,
                 0);
        const QString roster =
            m_homes.write(QStringLiteral("roster.csv"),
                          QStringLiteral("证件号码,姓名,任职受雇日期\r\n%1,王五,2019-03-01\r\n").arg(residentId(7)));
        QCOMPARE(batch({QStringLiteral("import"),
                        QStringLiteral("roster"),
                        roster,
                        QStringLiteral("--workspace"),
                        creditCode,
                        QStringLiteral("--month"),
                        QStringLiteral("2025-01")})
                     .exitCode,
                 0);
        for (const QString& month : {QStringLiteral("2025-01"), QStringLiteral("2025-02")}) {
            const QString payroll =
                m_homes.write(QStringLiteral("payroll-%1.csv").arg(month),
                              QStringLiteral("证件号码,本期收入\r\n%1,12000\r\n").arg(residentId(7)));
            QCOMPARE(batch({QStringLiteral("import"),
                            QStringLiteral("payroll"),
                            payroll,
                            QStringLiteral("--workspace"),
                            creditCode,
                            QStringLiteral("--month"),
                            month})
                         .exitCode,
                     0);
        }
        QCOMPARE(batch({QStringLiteral("compute"),
                        QStringLiteral("--workspace"),
                        creditCode,
                        QStringLiteral("--year"),
                        QStringLiteral("2025")})
                     .exitCode,
                 0);
    }

    void cleanupTestCase() { static_cast<void>(m_bureau.stop()); }

    void aDroppedAnswerIsNotASecondDeclaration()
    {
        // Every write is committed, then its connection dropped without an answer.
        QVERIFY(m_bureau.start(
            {QStringLiteral("--fault"), QStringLiteral("reset-after-commit:1"), QStringLiteral("--fault-all-writes")}));
        const CliRun cutOff = submit(QStringLiteral("2025-01"), QStringLiteral("0"));
        QVERIFY2(cutOff.exitCode == 3, cutOff.transcript());
        QList<WithholdingDeclaration> declarations = stored(1);
        QCOMPARE(declarations.size(), 1);
        const QString declarationId = declarations.first().declarationId;
        QCOMPARE(declarations.first().status, WithholdingDeclaration::Status::Submitted);
        QVERIFY(declarations.first().attempts >= 1);
        QVERIFY(m_bureau.stop());
        QVERIFY(m_bureau.log().contains("fault reset-after-commit"));
        QCOMPARE(declarationsAtTheBureau(), 1); // the bureau has it, the client does not know yet

        QVERIFY(m_bureau.start());
        const CliRun again = submit(QStringLiteral("2025-01"), QStringLiteral("20"));
        QVERIFY2(again.exitCode == 0, again.transcript());
        QVERIFY(again.out.contains(declarationId));
        declarations = stored(1);
        QCOMPARE(declarations.size(), 1);
        QCOMPARE(declarations.first().declarationId, declarationId);
        QCOMPARE(declarations.first().status, WithholdingDeclaration::Status::Declared);
        QVERIFY(m_bureau.stop());
        QCOMPARE(declarationsAtTheBureau(), 1);
    }

    void aClientKilledAfterSendingDeclaresOnce()
    {
        QVERIFY(m_bureau.start());
        // What a client killed between send and answer leaves: the declaration queued, marked
        // submitted, and its bytes committed at the bureau.
        {
            auto vault = openVault();
            QVERIFY(vault);
            auto workspace = BatchService(*vault).workspace(creditCode);
            QVERIFY2(workspace.ok(), qPrintable(workspace.status.toString()));
            auto queued = DeclarationQueue(*vault).queue(workspace.value, 2025, 2);
            QVERIFY2(queued.ok(), qPrintable(queued.status.toString()));
            auto declarations = WithholdingDeclarationStore(*vault).forMonth(workspace.value.id, 2025, 2);
            QCOMPARE(declarations.value.size(), 1);
            QVERIFY(WithholdingDeclarationStore(*vault).markSubmitted(declarations.value.first().id).ok());
            huisuan::test::BureauClient sender(m_bureau.url(), m_bureau.tlsCaPem());
            const huisuan::test::BureauReply lost =
                sender.post(QStringLiteral("/v1/withholding-declarations"), declarations.value.first().body);
            QCOMPARE(lost.status, 201);
        }
        const CliRun next = submit(QStringLiteral("2025-02"), QStringLiteral("20"));
        QVERIFY2(next.exitCode == 0, next.transcript());
        QVERIFY2(next.out.contains(QStringLiteral("2025-02: declared (receipt R")), next.transcript());
        const QList<WithholdingDeclaration> declarations = stored(2);
        QCOMPARE(declarations.size(), 1);
        QCOMPARE(declarations.first().status, WithholdingDeclaration::Status::Declared);
        QVERIFY(m_bureau.stop());
        QCOMPARE(declarationsAtTheBureau(), 2); // January's and February's, each once
    }

private:
    CliRun batch(QStringList arguments) const
    {
        arguments.prepend(QStringLiteral("batch"));
        return m_homes.run(arguments);
    }

    CliRun submit(const QString& month, const QString& wait) const
    {
        return batch({QStringLiteral("submit"),
                      QStringLiteral("--workspace"),
                      creditCode,
                      QStringLiteral("--month"),
                      month,
                      QStringLiteral("--wait"),
                      wait,
                      QStringLiteral("--bureau"),
                      m_bureau.url(),
                      QStringLiteral("--bureau-dir"),
                      m_bureau.dataDir()});
    }

    std::unique_ptr<Vault> openVault() const
    {
        const QByteArray secret(BatchCliHomes::passphrase);
        auto vault = Vault::open(m_homes.vaultDirectory(false),
                                 SecureBuffer::fromBytes(secret.constData(), std::size_t(secret.size())));
        return vault.ok() ? std::move(vault.value) : nullptr;
    }

    QList<WithholdingDeclaration> stored(int month) const
    {
        auto vault = openVault();
        return vault ? WithholdingDeclarationStore(*vault).forMonth(1, 2025, month).value
                     : QList<WithholdingDeclaration>();
    }

    int declarationsAtTheBureau() const
    {
        const JsonValue report = m_bureau.report();
        const JsonValue* count = report.find(QStringLiteral("declarations"));
        return count != nullptr ? int(count->toInteger().value_or(-1)) : -1;
    }

    BatchCliHomes m_homes;
    BureauProcess m_bureau;
};

HUISUAN_REGISTER_TEST(TestDeclarationDrainer)
#include "TestDeclarationDrainer.moc"
