// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for the vault's crash and plaintext tests. Passphrase from HUISUAN_PASSPHRASE.
//
//   vault-crash-writer DIR returns                 writes annual returns until killed, printing
//                                                  "begin N" before and "committed N" after each
//   vault-crash-writer DIR profile NAME ID CARD    stores a profile and a return naming them, prints
//                                                  "saved", then waits to be killed with the vault open
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QThread>
#include <cstdio>

using namespace huisuan;

namespace {

int failWith(const VaultStatus& status)
{
    std::fprintf(stderr, "%s\n", status.toString().toUtf8().constData());
    return 1;
}

AnnualReturnRecord sampleReturn(const QByteArray& input)
{
    AnnualReturnRecord record;
    record.taxYear = 2024;
    record.inputJson = input;
    record.resultJson = QByteArrayLiteral(R"({"balance":"-1480.00"})");
    // Several pages of trace, so that a commit spans many page writes for the kill to land in. Made
    // once, so that almost all of the loop's time is spent inside the vault's transaction.
    static const QByteArray trace = [] {
        QByteArray bytes(12 * 1024, '\0');
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
        return bytes.toHex();
    }();
    record.traceJson = trace;
    record.rulePackId = QStringLiteral("sha256:test");
    record.engineVersion = QStringLiteral("0.1.0");
    return record;
}

int writeReturns(Vault& vault)
{
    auto existing = vault.annualReturnSummaries();
    if (!existing.ok()) {
        return failWith(existing.status);
    }
    qint64 next = existing.value.isEmpty() ? 1 : existing.value.last().id + 1;
    for (;; ++next) {
        std::printf("begin %lld\n", next);
        auto saved =
            vault.saveAnnualReturn(sampleReturn(QByteArrayLiteral(R"({"sequence":)") + QByteArray::number(next) + '}'));
        if (!saved.ok()) {
            return failWith(saved.status);
        }
        if (saved.value != next) {
            std::fprintf(stderr, "expected id %lld, got %lld\n", next, saved.value);
            return 1;
        }
        std::printf("committed %lld\n", next);
    }
}

int storeProfile(Vault& vault, const QStringList& personal)
{
    TaxpayerProfile profile;
    profile.identifierType = QStringLiteral("resident_id");
    profile.name = personal.at(0);
    profile.identifier = personal.at(1);
    profile.bankCards.append({QStringLiteral("Bank"), personal.at(2), true});
    profile.familyMembers.append({QStringLiteral("child"),
                                  QStringLiteral("resident_id"),
                                  personal.at(1),
                                  personal.at(0),
                                  QStringLiteral("2015-01-01")});
    auto saved = vault.saveProfile(profile);
    if (!saved.ok()) {
        return failWith(saved.status);
    }
    const QByteArray input = QStringLiteral(R"({"name":"%1","id":"%2","card":"%3"})")
                                 .arg(personal.at(0), personal.at(1), personal.at(2))
                                 .toUtf8();
    AnnualReturnRecord record = sampleReturn(input);
    record.profileId = saved.value;
    if (auto stored = vault.saveAnnualReturn(record); !stored.ok()) {
        return failWith(stored.status);
    }
    std::printf("saved\n");
    // Killed here, the vault's WAL and shared-memory files stay behind for the scan.
    for (;;) {
        QThread::sleep(1);
    }
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    std::setvbuf(stdout, nullptr, _IONBF, 0);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    const bool returns = arguments.size() == 2 && arguments.at(1) == QLatin1String("returns");
    const bool profile = arguments.size() == 5 && arguments.at(1) == QLatin1String("profile");
    if (!returns && !profile) {
        std::fprintf(stderr, "usage: vault-crash-writer DIR returns | DIR profile NAME ID CARD\n");
        return 2;
    }
    QByteArray passphrase = qgetenv("HUISUAN_PASSPHRASE");
    auto vault = Vault::open(arguments.at(0), SecureBuffer::takeFrom(passphrase));
    if (!vault.ok()) {
        return failWith(vault.status);
    }
    return returns ? writeReturns(*vault.value) : storeProfile(*vault.value, arguments.mid(2));
}
