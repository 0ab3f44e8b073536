// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/VaultInputCheck.h"

#include "identifiers/ResidentIdNumber.h"
#include "identifiers/SocialCreditCode.h"
#include "vault/SqlStatement.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace huisuan {

namespace {

VaultStatus invalid(const QString& message)
{
    return VaultStatus::failure(VaultErrorCode::InvalidArgument, message);
}

} // namespace

VaultStatus VaultInputCheck::taxYear(int year)
{
    if (year < firstTaxYear || year > lastTaxYear) {
        return invalid(tr("The tax year %1 is not one Huisuan keeps; enter a year from %2 to %3.")
                           .arg(year)
                           .arg(firstTaxYear)
                           .arg(lastTaxYear));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::month(int month)
{
    if (month < 1 || month > 12) {
        return invalid(tr("The month %1 does not exist; enter a month from 1 to 12.").arg(month));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::amount(const QString& field, const QString& value)
{
    // At most 16 integer digits: the engine's 128-bit fen never overflows on stored amounts.
    static const QRegularExpression canonical(QStringLiteral("^(0|[1-9][0-9]{0,15})\\.[0-9]{2}$"));
    if (!canonical.match(value).hasMatch()) {
        return invalid(tr("The %1 \"%2\" is not an amount in yuan; write it with two decimals, such as 1234.50.")
                           .arg(field, value));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::required(const QString& field, const QString& value)
{
    if (value.trimmed().isEmpty()) {
        return invalid(tr("The %1 is empty; fill it in.").arg(field));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::jsonObject(const QString& field, const QByteArray& value)
{
    if (!QJsonDocument::fromJson(value).isObject()) {
        return invalid(tr("The %1 is not a JSON object; nothing was saved.").arg(field));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::submissionId(const QString& value)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._-]{1,%1}$").arg(maximumSubmissionIdLength));
    if (!allowed.match(value).hasMatch()) {
        return invalid(tr("The submission id \"%1\" is not valid; use 1 to %2 letters, digits, '-', '_' or '.'.")
                           .arg(value)
                           .arg(maximumSubmissionIdLength));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::creditCode(const QString& value)
{
    if (!SocialCreditCode::isValid(value)) {
        return invalid(tr("The unified social credit code \"%1\" is not valid; check its 18 characters against "
                          "the business licence.")
                           .arg(value));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::identifier(const QString& type, const QString& value)
{
    if (auto present = required(tr("identity number"), value); !present.ok()) {
        return present;
    }
    // The number itself stays out of the message: messages reach logs, identity numbers must not.
    if (type == QLatin1String("resident_id") && !ResidentIdNumber::isValid(value)) {
        return invalid(tr("The resident identity number does not pass its check digit; compare it with the "
                          "identity card."));
    }
    return VaultStatus::success();
}

VaultStatus VaultInputCheck::exists(SqlCipherConnection& connection, const char* sql, qint64 id, const QString& what)
{
    SqlStatement find(connection, sql);
    find.bind(1, id);
    if (find.next()) {
        return VaultStatus::success();
    }
    if (!find.status().ok()) {
        return find.status();
    }
    return invalid(tr("There is no %1 %2 in the vault.").arg(what).arg(id));
}

} // namespace huisuan
