// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * `huisuan-cli vault init|passwd|backup FILE|restore FILE|verify [--vault DIR]`: creates, re-keys,
 * backs up, restores and checks the encrypted vault. Passphrases come from HUISUAN_PASSPHRASE (and
 * HUISUAN_NEW_PASSPHRASE for passwd) or from a prompt without echo.
 */
class VaultCommand
{
    Q_DECLARE_TR_FUNCTIONS(VaultCommand)

public:
    static int run(const QStringList& arguments, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace huisuan
