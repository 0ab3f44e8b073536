// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/ScryptCost.h"

#include <QString>

namespace huisuan {

/** What an open vault is made of, as read back from SQLCipher and the key file. */
struct VaultInfo
{
    QString directory;
    int schemaVersion = 0;
    QString cipherVersion;
    QString cipher;
    int pageSize = 0;
    bool usesHmac = false;
    QString journalMode;
    int synchronous = 0;
    ScryptCost kdfCost;
};

} // namespace huisuan
