// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/PassphrasePrompt.h"

#include <cstdio>
#include <openssl/crypto.h>
#include <termios.h>
#include <unistd.h>

namespace huisuan {

namespace {

/** One line from the terminal with echo off; the line buffer is wiped before it goes out of scope. */
bool readWithoutEcho(const QString& prompt, SecureBuffer& passphrase)
{
    const QByteArray promptBytes = prompt.toLocal8Bit();
    std::fputs(promptBytes.constData(), stderr);
    std::fflush(stderr);
    termios saved {};
    const bool terminal = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    char line[1024];
    std::size_t length = 0;
    bool complete = false;
    char byte = 0;
    while (length < sizeof line && read(STDIN_FILENO, &byte, 1) == 1) {
        if (byte == '\n' || byte == '\r') {
            complete = true;
            break;
        }
        line[length++] = byte;
    }
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    }
    std::fputc('\n', stderr);
    passphrase = SecureBuffer::fromBytes(line, length);
    OPENSSL_cleanse(line, sizeof line);
    byte = 0;
    return complete;
}

} // namespace

VaultResult<SecureBuffer> PassphrasePrompt::read(const char* environmentVariable, const QString& prompt, bool confirm)
{
    if (qEnvironmentVariableIsSet(environmentVariable)) {
        QByteArray value = qgetenv(environmentVariable);
        return SecureBuffer::takeFrom(value);
    }
    if (isatty(STDIN_FILENO) == 0) {
        return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                    tr("No passphrase: set %1 or run on a terminal to be asked for it.")
                                        .arg(QString::fromLatin1(environmentVariable)));
    }
    SecureBuffer passphrase;
    if (!readWithoutEcho(prompt, passphrase)) {
        return VaultStatus::failure(VaultErrorCode::InvalidArgument, tr("No passphrase was entered."));
    }
    if (confirm) {
        SecureBuffer repeated;
        if (!readWithoutEcho(tr("Repeat it: "), repeated) || !repeated.equals(passphrase)) {
            return VaultStatus::failure(VaultErrorCode::InvalidArgument,
                                        tr("The two passphrases differ; nothing was changed."));
        }
    }
    return passphrase;
}

} // namespace huisuan
