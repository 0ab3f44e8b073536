// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace huisuan {

/** An employee on a company workspace's roster, unique by identity document within it. */
struct Employee
{
    qint64 id = 0; // assigned by the vault
    qint64 workspaceId = 0;
    QString identifierType; // resident_id, passport, ...
    QString identifier;
    QString name;
    QByteArray detailsJson = QByteArrayLiteral("{}");
};

} // namespace huisuan
