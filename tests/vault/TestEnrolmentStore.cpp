// SPDX-License-Identifier: GPL-3.0-or-later
// The taxpayer's enrolments with the bureau: round trip of every field with the private key, the
// latest one is current, refusals that name the field, survival across lock, unlock and reopen, and
// the private key never in plaintext in any file of the vault folder.
#include "TestRegistry.h"
#include "filing/Sm2CertificateAuthority.h"
#include "filing/Sm2CertificateRequest.h"
#include "vault/EnrolmentStore.h"
#include "vault/VaultTestSupport.h"

#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

namespace {

const char* const identityNumber = "11010519491231002X";

QByteArray toPem(const QByteArray& der)
{
    QByteArray pem = QByteArrayLiteral("-----BEGIN CERTIFICATE-----\n");
    const QByteArray base64 = der.toBase64();
    for (qsizetype start = 0; start < base64.size(); start += 64) {
        pem += base64.mid(start, 64) + '\n';
    }
    return pem + QByteArrayLiteral("-----END CERTIFICATE-----\n");
}

/** A real enrolment: a fresh SM2 key, certified by a fresh SM2 CA, as the bureau would answer. */
BureauEnrolment enrolment(const QString& endpoint = QStringLiteral("https://127.0.0.1:8443/"))
{
    const QDateTime notBefore(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime notAfter(QDate(2027, 1, 1), QTime(0, 0), Qt::UTC);
    auto ca = Sm2CertificateAuthority::create(
        Sm2KeyPair::generate().value, QStringLiteral("Huisuan sandbox SM2 CA"), notBefore, notAfter.addYears(5));
    auto key = Sm2KeyPair::generate();
    auto request =
        Sm2CertificateRequest::create(key.value, QStringLiteral("王小明"), QString::fromLatin1(identityNumber));
    auto certificate = ca.value.issue(request.value, notBefore, notAfter);
    BureauEnrolment result;
    result.identityNumber = QString::fromLatin1(identityNumber);
    result.name = QStringLiteral("王小明");
    result.endpointUrl = endpoint;
    // Any certificate serves as the pinned TLS CA here: the vault keeps it, the TLS code checks it.
    result.tlsCaCertificatePem = toPem(ca.value.certificateDer());
    result.sm2CaCertificateDer = ca.value.certificateDer();
    result.privateKeyDer = std::move(key.value.privateKeyDer().value);
    result.certificateDer = certificate.value;
    result.notBefore = notBefore.toString(Qt::ISODate);
    result.notAfter = notAfter.toString(Qt::ISODate);
    return result;
}

void compareEnrolments(const BureauEnrolment& actual, const BureauEnrolment& expected)
{
    QCOMPARE(actual.identityNumber, expected.identityNumber);
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.endpointUrl, expected.endpointUrl);
    QCOMPARE(actual.tlsCaCertificatePem, expected.tlsCaCertificatePem);
    QCOMPARE(actual.sm2CaCertificateDer, expected.sm2CaCertificateDer);
    QVERIFY(!actual.privateKeyDer.isEmpty());
    QVERIFY(actual.privateKeyDer.equals(expected.privateKeyDer));
    QCOMPARE(actual.certificateDer, expected.certificateDer);
    QCOMPARE(actual.notBefore, expected.notBefore);
    QCOMPARE(actual.notAfter, expected.notAfter);
}

QByteArray bytesOf(const SecureBuffer& buffer)
{
    return QByteArray(reinterpret_cast<const char*>(buffer.data()), qsizetype(buffer.size()));
}

/** Every file under `directory` that holds any of `needles`. */
QStringList filesContaining(const QString& directory, const QList<QByteArray>& needles, int& scanned)
{
    scanned = 0;
    QStringList hits;
    QDirIterator files(directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly)) {
            hits << file.fileName() + QStringLiteral(" (unreadable)");
            continue;
        }
        const QByteArray bytes = file.readAll();
        ++scanned;
        for (const QByteArray& needle : needles) {
            if (bytes.contains(needle)) {
                hits << file.fileName();
            }
        }
    }
    return hits;
}

} // namespace

class TestEnrolmentStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_root;
    int m_next = 0;

    QString freshDirectory() { return m_root.filePath(QStringLiteral("vault-%1").arg(++m_next)); }

private slots:
    void enrolmentRoundTripsWithItsKey()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "enrol");
        QVERIFY(vault);
        EnrolmentStore store(*vault);
        const BureauEnrolment expected = enrolment();
        auto saved = store.save(expected);
        QVERIFY2(saved.ok(), qPrintable(saved.status.toString()));
        // Audited by id alone: no identity number, no key.
        QCOMPARE(lastAuditEntry(directory, "enrol"),
                 (QStringList {QStringLiteral("enrolment.saved"), QStringLiteral("enrolment %1").arg(saved.value)}));

        auto current = store.current();
        QVERIFY2(current.ok(), qPrintable(current.status.toString()));
        QCOMPARE(current.value.id, saved.value);
        compareEnrolments(current.value, expected);
        QVERIFY(QDateTime::fromString(current.value.enrolledAt, Qt::ISODateWithMs).isValid());
        // The stored key is the key: the filing code loads it back and it is the certificate's.
        auto reloaded = Sm2KeyPair::fromPrivateKeyDer(current.value.privateKeyDer);
        QVERIFY(reloaded.ok());
        QVERIFY(reloaded.value.hasPrivateKey());
        QVERIFY(Sm2CertificateAuthority::verifyCertificate(current.value.sm2CaCertificateDer,
                                                           current.value.certificateDer,
                                                           QDateTime(QDate(2026, 6, 1), QTime(0, 0), Qt::UTC))
                    .ok());
        QVERIFY(vault->verify().value.healthy());
    }

    void currentIsTheLatestEnrolment()
    {
        auto vault = createVaultWithProfile(freshDirectory(), "enrol");
        QVERIFY(vault);
        EnrolmentStore store(*vault);
        const BureauEnrolment first = enrolment();
        const BureauEnrolment second = enrolment(QStringLiteral("https://bureau.example.cn/api/"));
        const qint64 firstId = store.save(first).value;
        const qint64 secondId = store.save(second).value;
        QVERIFY(firstId > 0);
        QVERIFY(secondId > firstId);
        auto current = store.current();
        QVERIFY(current.ok());
        QCOMPARE(current.value.id, secondId);
        compareEnrolments(current.value, second);
        auto all = store.all();
        QVERIFY(all.ok());
        QCOMPARE(all.value.size(), std::size_t(2));
        QCOMPARE(all.value.at(0).id, firstId);
        compareEnrolments(all.value.at(0), first);
        compareEnrolments(all.value.at(1), second);
    }

    void noEnrolmentIsAClearRefusal()
    {
        auto vault = createVaultWithProfile(freshDirectory(), "enrol");
        QVERIFY(vault);
        EnrolmentStore store(*vault);
        auto current = store.current();
        QCOMPARE(current.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(current.status.message.contains(QStringLiteral("enrol")), qPrintable(current.status.message));
        auto all = store.all();
        QVERIFY(all.ok());
        QVERIFY(all.value.empty());
    }

    void invalidEnrolmentsAreRefused_data()
    {
        QTest::addColumn<QString>("damage");
        QTest::addColumn<QString>("named");
        QTest::newRow("identity check digit") << QStringLiteral("identity") << QStringLiteral("check digit");
        QTest::newRow("no name") << QStringLiteral("name") << QStringLiteral("taxpayer name");
        QTest::newRow("plain http") << QStringLiteral("http") << QStringLiteral("http://127.0.0.1:8080/");
        QTest::newRow("no host") << QStringLiteral("host") << QStringLiteral("https:///v1");
        QTest::newRow("TLS CA not PEM") << QStringLiteral("pem") << QStringLiteral("PEM");
        QTest::newRow("SM2 CA cut short") << QStringLiteral("sm2ca") << QStringLiteral("SM2 CA");
        QTest::newRow("certificate with trailing bytes")
            << QStringLiteral("certificate") << QStringLiteral("taxpayer certificate");
        QTest::newRow("no key") << QStringLiteral("no-key") << QStringLiteral("PKCS#8");
        QTest::newRow("key not PKCS#8") << QStringLiteral("key") << QStringLiteral("PKCS#8");
        QTest::newRow("local time") << QStringLiteral("local-time") << QStringLiteral("2026-01-01T00:00:00");
        QTest::newRow("ends before it starts") << QStringLiteral("reversed") << QStringLiteral("before it starts");
    }

    void invalidEnrolmentsAreRefused()
    {
        QFETCH(QString, damage);
        QFETCH(QString, named);
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "enrol");
        QVERIFY(vault);
        BureauEnrolment damaged = enrolment();
        if (damage == QLatin1String("identity")) {
            damaged.identityNumber = QStringLiteral("110105194912310021");
        } else if (damage == QLatin1String("name")) {
            damaged.name = QStringLiteral("  ");
        } else if (damage == QLatin1String("http")) {
            damaged.endpointUrl = QStringLiteral("http://127.0.0.1:8080/");
        } else if (damage == QLatin1String("host")) {
            damaged.endpointUrl = QStringLiteral("https:///v1");
        } else if (damage == QLatin1String("pem")) {
            damaged.tlsCaCertificatePem = damaged.sm2CaCertificateDer;
        } else if (damage == QLatin1String("sm2ca")) {
            damaged.sm2CaCertificateDer.chop(1);
        } else if (damage == QLatin1String("certificate")) {
            damaged.certificateDer.append('\0');
        } else if (damage == QLatin1String("no-key")) {
            damaged.privateKeyDer.clear();
        } else if (damage == QLatin1String("key")) {
            damaged.privateKeyDer = SecureBuffer::random(138);
        } else if (damage == QLatin1String("local-time")) {
            damaged.notBefore = QStringLiteral("2026-01-01T00:00:00");
        } else if (damage == QLatin1String("reversed")) {
            std::swap(damaged.notBefore, damaged.notAfter);
        }
        const QStringList auditBefore = lastAuditEntry(directory, "enrol");
        EnrolmentStore store(*vault);
        auto saved = store.save(damaged);
        QCOMPARE(saved.status.code, VaultErrorCode::InvalidArgument);
        QVERIFY2(saved.status.message.contains(named), qPrintable(saved.status.message));
        // Messages reach logs: the identity number never appears in one.
        QVERIFY(!saved.status.toString().contains(damaged.identityNumber));
        QCOMPARE(lastAuditEntry(directory, "enrol"), auditBefore);
        QVERIFY(store.all().value.empty());
    }

    void enrolmentSurvivesLockUnlockAndReopen()
    {
        const QString directory = freshDirectory();
        const BureauEnrolment expected = enrolment();
        {
            auto vault = createVaultWithProfile(directory, "enrol");
            QVERIFY(vault);
            EnrolmentStore store(*vault);
            QVERIFY(store.save(expected).ok());
            vault->lock();
            QCOMPARE(store.current().status.code, VaultErrorCode::Locked);
            QCOMPARE(store.all().status.code, VaultErrorCode::Locked);
            QCOMPARE(store.save(enrolment()).status.code, VaultErrorCode::Locked);
            QVERIFY(vault->unlock(secret("enrol")).ok());
            auto current = store.current();
            QVERIFY(current.ok());
            compareEnrolments(current.value, expected);
        }
        auto reopened = Vault::open(directory, secret("enrol"));
        QVERIFY2(reopened.ok(), qPrintable(reopened.status.toString()));
        auto current = EnrolmentStore(*reopened.value).current();
        QVERIFY(current.ok());
        compareEnrolments(current.value, expected);
        QCOMPARE(EnrolmentStore(*reopened.value).all().value.size(), std::size_t(1));
    }

    void privateKeyNeverReachesADiskUnencrypted()
    {
        const QString directory = freshDirectory();
        auto vault = createVaultWithProfile(directory, "enrol");
        QVERIFY(vault);
        const BureauEnrolment saved = enrolment();
        QVERIFY(EnrolmentStore(*vault).save(saved).ok());
        // Reading it back puts the key through the database's page cache too.
        QVERIFY(EnrolmentStore(*vault).current().ok());

        // The PKCS#8 bytes, and the last 32 of them (the private scalar sits near the end, past the
        // algorithm header that every SM2 key shares), raw and in the spellings a tool would use.
        const QByteArray key = bytesOf(saved.privateKeyDer);
        QList<QByteArray> needles;
        for (const QByteArray& secretBytes : {key, key.right(32)}) {
            needles << secretBytes << secretBytes.toHex() << secretBytes.toHex().toUpper() << secretBytes.toBase64();
        }
        const QByteArray identity(identityNumber);
        needles << identity;
        QByteArray identityUtf16;
        for (const char digit : identity) {
            identityUtf16.append(digit).append('\0');
        }
        needles << identityUtf16;

        // With the vault open, its WAL holds the newest pages: scan them as they are.
        QVERIFY(QFile::exists(directory + QStringLiteral("/vault.db-wal")));
        int scanned = 0;
        QStringList hits = filesContaining(directory, needles, scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
        QVERIFY(scanned >= 4); // key file, database, WAL, shared memory

        QVERIFY(vault->backup(directory + QStringLiteral("/backup.hsbackup")).ok());
        vault->close();
        hits = filesContaining(directory, needles, scanned);
        QVERIFY2(hits.isEmpty(), qPrintable(hits.join(QStringLiteral(", "))));
        QVERIFY(scanned >= 3); // key file, database, backup
        qInfo("scanned %d files for %lld needles", scanned, qint64(needles.size()));

        // The positive control: a file that does hold the key in base64 is found, so that no hit
        // above means no key, not a blind scan.
        QFile planted(directory + QStringLiteral("/planted-control.txt"));
        QVERIFY(planted.open(QIODevice::WriteOnly));
        planted.write(QByteArrayLiteral("key=") + key.toBase64() + '\n');
        planted.close();
        hits = filesContaining(directory, needles, scanned);
        QVERIFY(!hits.isEmpty());
        QVERIFY(std::all_of(hits.cbegin(), hits.cend(), [&](const QString& hit) { return hit == planted.fileName(); }));
    }
};

HUISUAN_REGISTER_TEST(TestEnrolmentStore)
#include "TestEnrolmentStore.moc"
