// SPDX-License-Identifier: GPL-3.0-or-later
// The vault on real SQLCipher files: create and open, the distinct refusals, the single-writer
// lock across processes, passphrase changes (also interrupted), migrations, backup and restore.
#include "TestRegistry.h"
#include "vault/EnrolmentStore.h"
#include "vault/FilingStore.h"
#include "vault/IncomeRecordStore.h"
#include "vault/SettlementStore.h"
#include "vault/SqlStatement.h"
#include "vault/Vault.h"
#include "vault/VaultKeyFile.h"
#include "vault/VaultSchema.h"
#include "vault/VaultTestSupport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <sys/file.h>

using namespace huisuan;
using namespace huisuan::test;

namespace {

TaxpayerProfile sampleProfile()
{
    TaxpayerProfile profile;
    profile.identifierType = QStringLiteral("resident_id");
    profile.identifier = QStringLiteral("11010519491231002X");
    profile.name = QStringLiteral("王小明");
    profile.familyMembers.append({QStringLiteral("child"),
                                  QStringLiteral("resident_id"),
                                  QStringLiteral("110105201501010011"),
                                  QStringLiteral("王乐"),
                                  QStringLiteral("2015-01-01")});
    profile.bankCards.append({QStringLiteral("招商银行"), QStringLiteral("6225880000000000"), true});
    return profile;
}

AnnualReturnRecord sampleReturn()
{
    AnnualReturnRecord record;
    record.taxYear = 2024;
    record.inputJson = QByteArrayLiteral(R"({"tax_year":2024})");
    record.resultJson = QByteArrayLiteral(R"({"balance":"-1480.00"})");
    record.traceJson = QByteArrayLiteral("[]");
    record.rulePackId = QStringLiteral("sha256:abc");
    record.engineVersion = QStringLiteral("0.1.0");
    return record;
}

QProcessEnvironment withPassphrases(const QString& current, const QString& next = QString())
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HUISUAN_PASSPHRASE"), current);
    if (!next.isEmpty()) {
        environment.insert(QStringLiteral("HUISUAN_NEW_PASSPHRASE"), next);
    }
    return environment;
}

int runCli(const QStringList& arguments, const QProcessEnvironment& environment, QString* errors = nullptr)
{
    QProcess cli;
    cli.setProcessEnvironment(environment);
    cli.start(QStringLiteral(HUISUAN_CLI_PATH),
              arguments + QStringList {QStringLiteral("--lang"), QStringLiteral("en")});
    if (!cli.waitForFinished(60000) || cli.exitStatus() != QProcess::NormalExit) {
        return -1;
    }
    if (errors != nullptr) {
        *errors = QString::fromUtf8(cli.readAllStandardError());
    }
    return cli.exitCode();
}

VaultErrorCode openError(const QString& directory, const char* passphrase)
{
    auto vault = Vault::open(directory, secret(passphrase));
    return vault.status.code;
}

} // namespace

class TestVault : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

    QString createVault(const char* passphrase = "correct horse")
    {
        const QString directory = freshDirectory();
        auto vault = Vault::create(directory, secret(passphrase), cheapCost());
        if (!vault.ok()) {
            qWarning() << vault.status.toString();
            return QString();
        }
        static_cast<void>(vault.value->saveProfile(sampleProfile()));
        static_cast<void>(vault.value->saveAnnualReturn(sampleReturn()));
        return directory;
    }

private slots:
    void createdVaultReopensWithItsDataAndSettings()
    {
        const QString directory = createVault();
        QVERIFY(!directory.isEmpty());
        auto vault = Vault::open(directory, secret("correct horse"));
        QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
        const VaultInfo info = vault.value->info();
        QCOMPARE(info.schemaVersion, VaultSchema::currentVersion);
        QCOMPARE(info.cipherVersion, QStringLiteral("3.4.1"));
        QCOMPARE(info.pageSize, 4096);
        QVERIFY(info.usesHmac);
        QCOMPARE(info.journalMode, QStringLiteral("wal"));
        QCOMPARE(info.synchronous, 2);
        QCOMPARE(info.kdfCost, cheapCost());
        auto profiles = vault.value->profiles();
        QVERIFY(profiles.ok());
        QCOMPARE(profiles.value.size(), 1);
        QCOMPARE(profiles.value.first().name, sampleProfile().name);
        QCOMPARE(profiles.value.first().familyMembers.first().name, QStringLiteral("王乐"));
        QCOMPARE(profiles.value.first().bankCards.first().cardNumber, QStringLiteral("6225880000000000"));
        auto stored = vault.value->annualReturn(1);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value.resultJson, sampleReturn().resultJson);
        // The settings read back at open are recorded in the vault itself.
        vault.value->close();
        auto raw = openRaw(directory, "correct horse");
        QVERIFY(raw);
        SqlStatement meta(*raw, "SELECT value FROM vault_meta WHERE name = 'cipher_page_size';");
        QVERIFY(meta.next());
        QCOMPARE(meta.text(0), QStringLiteral("4096"));
    }

    void wrongPassphraseChangesNoByte()
    {
        const QString directory = createVault();
        const auto before = hashFiles(directory);
        QVERIFY(before.contains(QStringLiteral("vault.db")));
        QVERIFY(before.contains(QStringLiteral("vault.key")));
        auto vault = Vault::open(directory, secret("correct horsE"));
        QCOMPARE(vault.status.code, VaultErrorCode::WrongPassphrase);
        QVERIFY(!vault.status.message.isEmpty());
        QCOMPARE(hashFiles(directory), before);
    }

    void refusalsAreDistinct_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<VaultErrorCode>("expected");
        QTest::newRow("empty folder") << QStringLiteral("empty") << VaultErrorCode::NotAVault;
        QTest::newRow("foreign key file") << QStringLiteral("foreign") << VaultErrorCode::NotAVault;
        QTest::newRow("database cut short") << QStringLiteral("truncate-db") << VaultErrorCode::TruncatedVault;
        QTest::newRow("database missing") << QStringLiteral("remove-db") << VaultErrorCode::TruncatedVault;
        QTest::newRow("key file cut short") << QStringLiteral("truncate-key") << VaultErrorCode::TruncatedVault;
        QTest::newRow("newer schema") << QStringLiteral("newer-schema") << VaultErrorCode::NewerVersion;
        QTest::newRow("newer key file") << QStringLiteral("newer-key") << VaultErrorCode::NewerVersion;
    }

    void refusalsAreDistinct()
    {
        QFETCH(QString, damage);
        QFETCH(VaultErrorCode, expected);
        const QString directory = createVault();
        const QString database = directory + QStringLiteral("/vault.db");
        const QString key = directory + QStringLiteral("/vault.key");
        if (damage == QLatin1String("empty")) {
            QFile::remove(database);
            QFile::remove(key);
        } else if (damage == QLatin1String("foreign")) {
            QFile file(key);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("[Desktop Entry]\nName=not a vault\n");
        } else if (damage == QLatin1String("truncate-db")) {
            QVERIFY(QFile::resize(database, 4096 + 100));
        } else if (damage == QLatin1String("remove-db")) {
            QVERIFY(QFile::remove(database));
        } else if (damage == QLatin1String("truncate-key")) {
            QVERIFY(QFile::resize(key, 60));
        } else if (damage == QLatin1String("newer-schema")) {
            auto raw = openRaw(directory, "correct horse");
            QVERIFY(raw);
            QVERIFY(raw->execute("PRAGMA user_version = 99;").ok());
        } else if (damage == QLatin1String("newer-key")) {
            QFile file(key);
            QVERIFY(file.open(QIODevice::ReadWrite));
            file.seek(11);
            file.write("\x02", 1); // format version 1 -> 2, big-endian u32 at offset 8
        }
        const VaultErrorCode actual = openError(directory, "correct horse");
        QCOMPARE(int(actual), int(expected));
    }

    void secondProcessGetsVaultInUse()
    {
        const QString directory = createVault();
        const auto environment = withPassphrases(QStringLiteral("correct horse"));
        {
            auto vault = Vault::open(directory, secret("correct horse"));
            QVERIFY(vault.ok());
            QString errors;
            QCOMPARE(runCli({QStringLiteral("vault"), QStringLiteral("verify"), QStringLiteral("--vault"), directory},
                            environment,
                            &errors),
                     1);
            QVERIFY2(errors.contains(QStringLiteral("in use")), qPrintable(errors));
            // The same process opening it twice is a second writer too.
            QCOMPARE(openError(directory, "correct horse"), VaultErrorCode::VaultInUse);
        }
        QCOMPARE(runCli({QStringLiteral("vault"), QStringLiteral("verify"), QStringLiteral("--vault"), directory},
                        environment),
                 0);
    }

    void aLockFileLeftEmptyByACrashDoesNotLockTheVaultForever()
    {
        // QLockFile creates the file, then flock()s it, then writes its pid: a crash in between
        // leaves an empty file that names no owner.
        const QString directory = createVault();
        QFile abandoned(directory + QStringLiteral("/vault.lock"));
        QVERIFY(abandoned.open(QIODevice::WriteOnly));
        abandoned.close();
        QCOMPARE(openError(directory, "correct horse"), VaultErrorCode::None);

        // The same empty file while a live process holds its flock(): still in use.
        QVERIFY(abandoned.open(QIODevice::WriteOnly));
        QCOMPARE(::flock(abandoned.handle(), LOCK_EX | LOCK_NB), 0);
        QCOMPARE(openError(directory, "correct horse"), VaultErrorCode::VaultInUse);
        abandoned.close();
    }

    void lockForgetsTheKeyUntilUnlocked()
    {
        auto vault = Vault::open(createVault(), secret("correct horse"));
        QVERIFY(vault.ok());
        vault.value->lock();
        QVERIFY(vault.value->isLocked());
        QCOMPARE(vault.value->saveAnnualReturn(sampleReturn()).status.code, VaultErrorCode::Locked);
        QCOMPARE(vault.value->unlock(secret("wrong")).code, VaultErrorCode::WrongPassphrase);
        QVERIFY(vault.value->unlock(secret("correct horse")).ok());
        QVERIFY(vault.value->saveAnnualReturn(sampleReturn()).ok());
    }

    void passphraseChangeSwapsWhichOneWorks()
    {
        const QString directory = createVault("old one");
        const auto before = hashFiles(directory);
        {
            auto vault = Vault::open(directory, secret("old one"));
            QVERIFY(vault.ok());
            QCOMPARE(vault.value->changePassphrase(secret("not it"), secret("new one")).code,
                     VaultErrorCode::WrongPassphrase);
            QVERIFY(vault.value->changePassphrase(secret("old one"), secret("new one")).ok());
        }
        QCOMPARE(openError(directory, "old one"), VaultErrorCode::WrongPassphrase);
        QCOMPARE(openError(directory, "new one"), VaultErrorCode::None);
        QVERIFY(hashFiles(directory).value(QStringLiteral("vault.key")) != before.value(QStringLiteral("vault.key")));
    }

    void uncommittedKeyFileLeavesTheOldPassphrase()
    {
        const QString directory = createVault("old one");
        {
            auto vault = Vault::open(directory, secret("old one"));
            QVERIFY(vault.ok());
        }
        auto raw = VaultKeyFile::load(directory + QStringLiteral("/vault.key"));
        SecureBuffer dataKey;
        QVERIFY(raw.value.unseal(secret("old one"), dataKey).ok());
        auto resealed = VaultKeyFile::seal(dataKey, secret("new one"), cheapCost());
        {
            // A passphrase change that dies after writing the new key file but before the commit.
            QSaveFile interrupted(directory + QStringLiteral("/vault.key"));
            QVERIFY(interrupted.open(QIODevice::WriteOnly));
            interrupted.write(resealed.value.serialize());
        }
        QCOMPARE(openError(directory, "new one"), VaultErrorCode::WrongPassphrase);
        QCOMPARE(openError(directory, "old one"), VaultErrorCode::None);
    }

    void killedPassphraseChangeLeavesExactlyOneWorking()
    {
        const QString directory = createVault("first");
        QString working = QStringLiteral("first");
        QString other = QStringLiteral("second");
        auto* random = QRandomGenerator::global();
        int changed = 0;
        int unchanged = 0;
        for (int attempt = 0; attempt < 40; ++attempt) {
            QProcess cli;
            cli.setProcessEnvironment(withPassphrases(working, other));
            cli.start(QStringLiteral(HUISUAN_CLI_PATH),
                      {QStringLiteral("vault"), QStringLiteral("passwd"), QStringLiteral("--vault"), directory});
            QVERIFY(cli.waitForStarted());
            cli.waitForFinished(int(random->bounded(2, 30)));
            // processId() is 0 once the child has finished, and kill(0) would hit our own group.
            if (cli.state() == QProcess::Running && cli.processId() > 0) {
                ::kill(pid_t(cli.processId()), SIGKILL);
            }
            cli.waitForFinished();
            const VaultErrorCode withWorking = openError(directory, working.toUtf8().constData());
            const VaultErrorCode withOther = openError(directory, other.toUtf8().constData());
            QVERIFY2((withWorking == VaultErrorCode::None) != (withOther == VaultErrorCode::None),
                     qPrintable(
                         QStringLiteral("attempt %1: %2 / %3").arg(attempt).arg(int(withWorking)).arg(int(withOther))));
            QVERIFY(withWorking == VaultErrorCode::WrongPassphrase || withOther == VaultErrorCode::WrongPassphrase);
            if (withOther == VaultErrorCode::None) {
                std::swap(working, other);
                ++changed;
            } else {
                ++unchanged;
            }
        }
        qInfo("40 killed passphrase changes: %d took effect, %d did not", changed, unchanged);
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("version");
        for (int version = 1; version < VaultSchema::currentVersion; ++version) {
            QTest::addRow("from %d", version) << version;
        }
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, version);
        const QString directory = freshDirectory();
        QVERIFY(createVaultAtVersion(directory, "old vault", version));
        {
            auto raw = openRaw(directory, "old vault");
            QVERIFY(raw);
            QVERIFY(raw->execute("INSERT INTO taxpayer_profiles (id, identifier_type, identifier, name) "
                                 "VALUES (7, 'resident_id', '11010519491231002X', 'x');"
                                 "INSERT INTO income_records (profile_id, tax_year, category, payer, amount, origin) "
                                 "VALUES (7, 2023, 'wages', 'ACME', '100000.00', 'prefill');")
                        .ok());
        }
        {
            auto vault = Vault::open(directory, secret("old vault"));
            QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
            QCOMPARE(vault.value->info().schemaVersion, VaultSchema::currentVersion);
            QVERIFY(vault.value->saveAnnualReturn(sampleReturn()).ok());
            auto health = vault.value->verify();
            QVERIFY(health.ok());
            QVERIFY(health.value.healthy());
            QCOMPARE(vault.value->profiles().value.first().id, 7);
        }
        auto raw = openRaw(directory, "old vault");
        SqlStatement income(*raw, "SELECT amount, origin, dispute_state FROM income_records;");
        QVERIFY(income.next());
        QCOMPARE(income.text(0), QStringLiteral("100000.00"));
        QCOMPARE(income.text(1), QStringLiteral("prefill"));
        QCOMPARE(income.text(2), QStringLiteral("none"));
        SqlStatement prefill(*raw, "SELECT bureau_record_id, month, payer_credit_code FROM income_records;");
        QVERIFY(prefill.next());
        QCOMPARE(prefill.text(0), QString());
        QCOMPARE(prefill.text(1), QString());
        QCOMPARE(prefill.text(2), QString());
        for (const char* table : {"filings",
                                  "outbox",
                                  "company_workspaces",
                                  "withholding_results",
                                  "audit_log",
                                  "bureau_enrolments",
                                  "filing_settlements",
                                  "withholding_declarations",
                                  "employee_bureau_deductions"}) {
            SqlStatement exists(*raw, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?1;");
            exists.bind(1, QString::fromLatin1(table));
            QVERIFY(exists.next());
            QVERIFY2(exists.integer(0) == 1, table);
        }
    }

    void migrationToVersion6KeepsFilingsAndIncome()
    {
        const QString directory = freshDirectory();
        QVERIFY(createVaultAtVersion(directory, "v5 vault", 5));
        {
            // What a version 5 Huisuan left: a prefilled, a disputed and a typed record, and an
            // accepted filing with its receipt, history and acknowledged outbox entry.
            auto raw = openRaw(directory, "v5 vault");
            QVERIFY(raw);
            const VaultStatus seeded = raw->execute(
                "INSERT INTO taxpayer_profiles (id, identifier_type, identifier, name) "
                "VALUES (7, 'resident_id', '11010519491231002X', 'x');"
                "INSERT INTO income_records (id, profile_id, tax_year, category, payer, amount, withheld, origin, "
                "dispute_state) VALUES "
                "(1, 7, 2024, 'wages', 'ACME', '100000.00', '3480.00', 'prefill', 'none'),"
                "(2, 7, 2024, 'wages', 'Unknown Ltd', '5000.00', '0.00', 'prefill', 'disputed'),"
                "(3, 7, 2024, 'labor', 'Typed Co', '800.00', '0.00', 'typed', 'none');"
                "INSERT INTO annual_returns (id, profile_id, tax_year, input_json, result_json, trace_json, "
                "rule_pack_id, engine_version, created_at) "
                "VALUES (4, 7, 2024, '{}', '{}', '[]', 'sha256:abc', '0.1.0', '2025-03-01T08:00:00.000Z');"
                "INSERT INTO filings (id, annual_return_id, submission_id, signed_envelope, status, created_at) "
                "VALUES (5, 4, 'sub-v5', X'00ff', 'accepted', '2025-03-01T08:00:00.000Z');"
                "INSERT INTO filing_receipts (filing_id, receipt, received_at) "
                "VALUES (5, 'receipt', '2025-03-01T08:00:02.000Z');"
                "INSERT INTO filing_status_history (filing_id, status, changed_at) VALUES "
                "(5, 'signed', '2025-03-01T08:00:00.000Z'), (5, 'submitted', '2025-03-01T08:00:01.000Z'),"
                "(5, 'accepted', '2025-03-01T08:00:02.000Z');"
                "INSERT INTO outbox (filing_id, attempts, next_attempt_at, acknowledged_at) "
                "VALUES (5, 1, '2025-03-01T08:00:00.000Z', '2025-03-01T08:00:02.000Z');");
            QVERIFY2(seeded.ok(), qPrintable(seeded.toString()));
        }
        auto vault = Vault::open(directory, secret("v5 vault"));
        QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
        QCOMPARE(vault.value->info().schemaVersion, VaultSchema::currentVersion);

        FilingStore filings(*vault.value);
        auto filed = filings.bySubmissionId(QStringLiteral("sub-v5"));
        QVERIFY2(filed.ok(), qPrintable(filed.status.toString()));
        QCOMPARE(filed.value.id, 5);
        QCOMPARE(filed.value.signedEnvelope, QByteArray("\x00\xff", 2));
        QCOMPARE(filed.value.status, FilingRecord::Status::Accepted);
        QCOMPARE(filed.value.kind, FilingRecord::Kind::Filing);
        QVERIFY(filed.value.replaces.isEmpty());
        QCOMPARE(filed.value.receipts.size(), 1);
        QCOMPARE(filed.value.statusHistory.size(), 3);
        QCOMPARE(filings.forYear(2024).value.size(), 1);
        // The old filing can be corrected, and then replaced.
        auto correction = filings.create(
            4, QStringLiteral("sub-v6"), "signed", FilingRecord::Kind::Correction, QStringLiteral("sub-v5"));
        QVERIFY2(correction.ok(), qPrintable(correction.status.toString()));
        QVERIFY(filings.setStatus(5, FilingRecord::Status::Replaced).ok());

        IncomeRecordStore income(*vault.value);
        auto records = income.forYear(7, 2024);
        QVERIFY(records.ok());
        QCOMPARE(records.value.size(), 3);
        QCOMPARE(records.value.at(0).amount, QStringLiteral("100000.00"));
        QCOMPARE(records.value.at(0).withheld, QStringLiteral("3480.00"));
        QVERIFY(records.value.at(0).bureauRecordId.isEmpty());
        QVERIFY(records.value.at(0).month.isEmpty());
        QVERIFY(records.value.at(0).payerCreditCode.isEmpty());
        QCOMPARE(records.value.at(1).disputeState, IncomeRecord::DisputeState::Disputed);
        QCOMPARE(records.value.at(2).origin, IncomeRecord::Origin::Typed);

        EnrolmentStore enrolments(*vault.value);
        QCOMPARE(enrolments.current().status.code, VaultErrorCode::InvalidArgument);
        QVERIFY(enrolments.all().value.empty());
        QVERIFY(vault.value->verify().value.healthy());
    }

    void migrationToVersion8KeepsFilingsAndAddsSettlements()
    {
        const QString directory = freshDirectory();
        QVERIFY(createVaultAtVersion(directory, "v7 vault", 7));
        {
            // What a version 7 Huisuan left: an accepted filing with its history, no settlement.
            auto raw = openRaw(directory, "v7 vault");
            QVERIFY(raw);
            const VaultStatus seeded = raw->execute(
                "INSERT INTO taxpayer_profiles (id, identifier_type, identifier, name) "
                "VALUES (7, 'resident_id', '11010519491231002X', 'x');"
                "INSERT INTO annual_returns (id, profile_id, tax_year, input_json, result_json, trace_json, "
                "rule_pack_id, engine_version, created_at) "
                "VALUES (4, 7, 2025, '{}', '{}', '[]', 'sha256:abc', '0.1.0', '2026-03-01T08:00:00.000Z');"
                "INSERT INTO filings (id, annual_return_id, submission_id, signed_envelope, status, created_at) "
                "VALUES (5, 4, 'sub-v7', X'00ff', 'accepted', '2026-03-01T08:00:00.000Z');"
                "INSERT INTO filing_status_history (filing_id, status, changed_at) VALUES "
                "(5, 'accepted', '2026-03-01T08:00:02.000Z');");
            QVERIFY2(seeded.ok(), qPrintable(seeded.toString()));
        }
        auto vault = Vault::open(directory, secret("v7 vault"));
        QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
        QCOMPARE(vault.value->info().schemaVersion, VaultSchema::currentVersion);
        QCOMPARE(FilingStore(*vault.value).bySubmissionId(QStringLiteral("sub-v7")).value.status,
                 FilingRecord::Status::Accepted);

        SettlementStore settlements(*vault.value);
        QVERIFY(settlements.forFiling(5).ok());
        QVERIFY(!settlements.forFiling(5).value);
        SettlementRecord answer;
        answer.filingId = 5;
        answer.direction = QStringLiteral("refund");
        answer.amount = QStringLiteral("1800.00");
        answer.state = QStringLiteral("under_review");
        answer.history = {{QStringLiteral("2026-03-01T00:00:00.000Z"), QStringLiteral("under_review")}};
        QVERIFY(settlements.save(answer).ok());
        answer.state = QStringLiteral("treasury");
        answer.history.append({QStringLiteral("2026-03-03T00:00:00.000Z"), QStringLiteral("treasury")});
        QVERIFY(settlements.save(answer).ok());
        const auto kept = settlements.forFiling(5);
        QVERIFY(kept.ok() && kept.value);
        QCOMPARE(kept.value->state, QStringLiteral("treasury")); // the newer answer replaced the older
        QCOMPARE(kept.value->amount, QStringLiteral("1800.00"));
        QCOMPARE(kept.value->history.size(), 2);
        QCOMPARE(kept.value->history.last().at, QStringLiteral("2026-03-03T00:00:00.000Z"));
        QVERIFY(!kept.value->checkedAt.isEmpty());

        // Neither a filing that is not there, nor a direction the bureau does not use, nor a double's text.
        SettlementRecord wrong = answer;
        wrong.filingId = 99;
        QCOMPARE(settlements.save(wrong).code, VaultErrorCode::InvalidArgument);
        wrong = answer;
        wrong.direction = QStringLiteral("gift");
        QCOMPARE(settlements.save(wrong).code, VaultErrorCode::InvalidArgument);
        wrong = answer;
        wrong.amount = QStringLiteral("1.8e3");
        QCOMPARE(settlements.save(wrong).code, VaultErrorCode::InvalidArgument);
        QCOMPARE(settlements.forFiling(5).value->state, QStringLiteral("treasury"));
        QVERIFY(vault.value->verify().value.healthy());
    }

    void backupRestoresToTheSameData()
    {
        const QString directory = createVault("backed up");
        const QString backupFile = m_root.filePath(QStringLiteral("round-trip.hsbackup"));
        {
            auto vault = Vault::open(directory, secret("backed up"));
            QVERIFY(vault.ok());
            const auto written = vault.value->backup(backupFile);
            QVERIFY2(written.ok(), qPrintable(written.toString()));
        }
        const QString restored = freshDirectory();
        QCOMPARE(Vault::restore(backupFile, restored, secret("not it")).code, VaultErrorCode::WrongPassphrase);
        QVERIFY(!QFile::exists(restored + QStringLiteral("/vault.key")));
        const auto status = Vault::restore(backupFile, restored, secret("backed up"));
        QVERIFY2(status.ok(), qPrintable(status.toString()));
        QCOMPARE(Vault::restore(backupFile, restored, secret("backed up")).code, VaultErrorCode::AlreadyExists);
        auto vault = Vault::open(restored, secret("backed up"));
        QVERIFY2(vault.ok(), qPrintable(vault.status.toString()));
        QCOMPARE(vault.value->profiles().value.first().identifier, sampleProfile().identifier);
        QCOMPARE(vault.value->annualReturn(1).value.resultJson, sampleReturn().resultJson);
        QVERIFY(vault.value->verify().value.healthy());
    }

    void corruptedBackupIsRefused_data()
    {
        QTest::addColumn<qint64>("offset");
        QTest::newRow("in the key file") << qint64(40);
        QTest::newRow("in the database") << qint64(9000);
        QTest::newRow("in the checksum") << qint64(-5);
    }

    void corruptedBackupIsRefused()
    {
        QFETCH(qint64, offset);
        const QString directory = createVault("backed up");
        const QString backupFile = m_root.filePath(QStringLiteral("damaged-%1.hsbackup").arg(m_next));
        {
            auto vault = Vault::open(directory, secret("backed up"));
            QVERIFY(vault.value->backup(backupFile).ok());
        }
        QFile file(backupFile);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 position = offset >= 0 ? offset : file.size() + offset;
        file.seek(position);
        char byte = 0;
        file.getChar(&byte);
        file.seek(position);
        file.putChar(char(byte ^ 0x01));
        file.close();
        const QString restored = freshDirectory();
        QCOMPARE(Vault::restore(backupFile, restored, secret("backed up")).code, VaultErrorCode::BackupCorrupted);
        QCOMPARE(openError(restored, "backed up"), VaultErrorCode::NotAVault);
    }
};

HUISUAN_REGISTER_TEST(TestVault)
#include "TestVault.moc"
