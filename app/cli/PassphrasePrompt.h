// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"
#include "vault/VaultResult.h"

#include <QCoreApplication>

namespace huisuan {

/**
 * Where huisuan-cli gets a passphrase: the environment variable (for scripts and tests) or, on a
 * terminal, a prompt that does not echo. Never from the command line, where `ps` would show it.
 */
class PassphrasePrompt
{
    Q_DECLARE_TR_FUNCTIONS(PassphrasePrompt)

public:
    /** With `confirm`, a prompted passphrase is asked for twice and must match. */
    static VaultResult<SecureBuffer> read(const char* environmentVariable, const QString& prompt, bool confirm);
};

} // namespace huisuan
