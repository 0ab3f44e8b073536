// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace huisuan {

/**
 * What a filing's PDF shows, as plain data: the return as filed, the bureau's receipt, and the
 * year's tax record. Amounts are canonical text ("1234.50"), printed as they are.
 */
struct FilingReport
{
    /** One line of the return: the engine's name for it ("income.wages") and its value as text. */
    struct Line
    {
        QString key;
        QString value;
    };

    struct Receipt
    {
        bool accepted = false;
        QString receiptId;
        QString submissionId;
        QDateTime submittedAt;
        QDateTime issuedAt;
        QString balance; // signed: negative a refund; empty without a result
        QString taxPayable;
        QString taxWithheld;
        QString signer;
        QString filingDigest; // the receipt's SM3 digest of the filed bytes
        bool digestMatches = false; // the digest of the bytes kept in the vault is the same
    };

    /** One month's income from one payer. */
    struct Income
    {
        QString month; // yyyy-MM, empty when unknown
        QString payer;
        QString category;
        QString amount;
        QString withheld;
    };

    QString language; // a locale name (zh_CN, en_US, ja_JP): which CJK font face the PDF embeds
    int taxYear = 0;
    QString taxpayerName;
    QString identityNumber; // shown masked
    QString submissionId;
    QString rulePack;
    QList<Line> inputs;
    QList<Line> results;
    std::optional<Receipt> receipt;
    QList<Income> income;
};

} // namespace huisuan
