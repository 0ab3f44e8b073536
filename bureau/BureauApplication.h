// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace huisuan {

/**
 * `huisuan-bureau`: opens (or on the first start creates) the bureau's vault in `--data-dir` with the
 * passphrase from HUISUAN_BUREAU_PASSPHRASE, loads or makes its identity, and then either serves
 * HTTPS on 127.0.0.1 until SIGTERM or SIGINT, or (`report`) prints its counts and exits.
 *
 * When listening it prints exactly one line of canonical JSON on standard output, for the program
 * that started it: {"port":N,"sm2_ca":"DIR/sm2-ca.der","tls_ca":"DIR/tls-ca.pem","url":"https://127.0.0.1:N"}.
 * Everything else goes to standard error. Exit status: 0 after a clean shutdown, 1 when the vault
 * or the socket fails, 2 for a usage error.
 */
class BureauApplication
{
    Q_DECLARE_TR_FUNCTIONS(BureauApplication)

public:
    static constexpr int exitFailure = 1;
    static constexpr int exitUsage = 2;
    static const char* const passphraseVariable;

    static int run(const QStringList& arguments);
};

} // namespace huisuan
