// SPDX-License-Identifier: GPL-3.0-or-later
// A child process for TestOutboxDrainer's crash case: the client killed between writing the outbox
// and sending. Passphrase from HUISUAN_PASSPHRASE.
//
//   filing-crash-filer DIR YEAR WAGES PREPAID wait    opens the enrolled vault in DIR, prepares one
//                                                     filing (computed, signed, queued in the
//                                                     outbox), prints "queued SUBMISSION_ID", then
//                                                     waits to be killed before anything is sent
//   filing-crash-filer DIR YEAR WAGES PREPAID drain   the same, then drains the outbox to the
//                                                     enrolled bureau at once (killed somewhere in
//                                                     it), prints "drained", and waits
#include "filing/FilingService.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <QThread>
#include <cstdio>
#include <cstdlib>
#include <cstring>

using namespace huisuan;

int main(int argc, char** argv)
{
    QCoreApplication application(argc, argv);
    if (argc != 6 || (std::strcmp(argv[5], "wait") != 0 && std::strcmp(argv[5], "drain") != 0)) {
        std::fprintf(stderr, "usage: filing-crash-filer DIR YEAR WAGES PREPAID wait|drain\n");
        return 2;
    }
    const QByteArray passphrase = qgetenv("HUISUAN_PASSPHRASE");
    VaultResult<std::unique_ptr<Vault>> vault = Vault::open(
        QString::fromLocal8Bit(argv[1]), SecureBuffer::fromBytes(passphrase.constData(), passphrase.size()));
    if (!vault.ok()) {
        std::fprintf(stderr, "%s\n", vault.status.toString().toUtf8().constData());
        return 1;
    }
    const JsonValue input = JsonValue::object(
        {{QStringLiteral("income"),
          JsonValue::object({{QStringLiteral("wages"), JsonValue::string(QString::fromLatin1(argv[3]))}})},
         {QStringLiteral("prepaid"), JsonValue::string(QString::fromLatin1(argv[4]))},
         {QStringLiteral("tax_year"), JsonValue::integer(std::atoi(argv[2]))}});
    FilingService service(*vault.value, FilingService::Options {});
    BureauResult<PreparedFiling> prepared = service.prepare(input);
    if (!prepared.ok()) {
        std::fprintf(stderr, "%s\n", prepared.status.toString().toUtf8().constData());
        return 1;
    }
    std::printf("queued %s\n", prepared.value.submissionId.toLatin1().constData());
    std::fflush(stdout);
    if (std::strcmp(argv[5], "drain") == 0) {
        BureauResult<QList<DrainedFiling>> drained = service.drain(std::chrono::seconds(10));
        std::printf("drained %s\n", drained.ok() ? "ok" : "failed");
        std::fflush(stdout);
    }
    for (;;) {
        QThread::sleep(1);
    }
}
