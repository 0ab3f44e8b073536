// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** What went wrong in a vault operation; each code has its own user message and CLI exit. */
enum class VaultErrorCode {
    None,
    NotAVault, // no key file, or a file that is not ours
    TruncatedVault, // our format, but shorter than it must be
    DamagedVault, // our format, right key, unreadable content
    NewerVersion, // written by a newer Huisuan: never touch it
    WrongPassphrase,
    VaultInUse, // another process holds the single-writer lock
    AlreadyExists,
    Locked, // the vault is locked: unlock it first
    BackupCorrupted,
    InvalidArgument,
    Io,
    Crypto,
    Database,
    Internal,
};

/**
 * The outcome of a fallible vault call: a code, a translated message for the user that says what
 * to do, and technical detail for logs and bug reports. Detail never holds personal data or keys.
 */
struct [[nodiscard]] VaultStatus
{
    VaultErrorCode code = VaultErrorCode::None;
    QString message;
    QString detail;

    bool ok() const { return code == VaultErrorCode::None; }

    static VaultStatus success() { return {}; }

    static VaultStatus failure(VaultErrorCode code, const QString& message, const QString& detail = QString())
    {
        return {code, message, detail};
    }

    /** "message (detail)" for the command line. */
    QString toString() const { return detail.isEmpty() ? message : QStringLiteral("%1 (%2)").arg(message, detail); }
};

} // namespace huisuan
