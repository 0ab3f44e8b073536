// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace huisuan {

/** A taxpayer as the vault keeps them: identity, the family members deductions name, bank cards. */
struct TaxpayerProfile
{
    struct FamilyMember
    {
        QString relation; // child, parent, spouse, ...
        QString identifierType;
        QString identifier;
        QString name;
        QString birthDate; // ISO 8601 date, or empty
    };

    struct BankCard
    {
        QString bank;
        QString cardNumber;
        bool forRefunds = false;
    };

    qint64 id = 0; // assigned by the vault
    QString identifierType; // resident_id, passport, ...
    QString identifier;
    QString name;
    QByteArray detailsJson = QByteArrayLiteral("{}");
    QList<FamilyMember> familyMembers;
    QList<BankCard> bankCards;
};

} // namespace huisuan
