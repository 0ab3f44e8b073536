// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/BureauFilingSupport.h"

#include "vault/VaultTestSupport.h"

#include <QDate>
#include <QDir>
#include <QUrl>
#include <QtTest>

namespace huisuan::test {

QString residentIdNumber(int serial)
{
    // Region, birth date, three-digit order number, then the ISO 7064 MOD 11-2 check character.
    const QDate birth = QDate(1980, 1, 1).addDays(serial / 1000);
    const QString body = QStringLiteral("110105") + birth.toString(QStringLiteral("yyyyMMdd")) +
        QStringLiteral("%1").arg(serial % 1000, 3, 10, QLatin1Char('0'));
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += body.at(i).digitValue() * weights[i];
    }
    return body + QLatin1Char("10X98765432"[sum % 11]);
}

BureauEndpoint endpointOf(const BureauProcess& bureau)
{
    return BureauEndpoint {QUrl(bureau.url()), bureau.tlsCaPem(), bureau.sm2CaDer()};
}

int portOf(const BureauProcess& bureau)
{
    return QUrl(bureau.url()).port();
}

FilingService::Options quickOptions(std::chrono::milliseconds timeout)
{
    FilingService::Options options;
    options.timeout = timeout;
    options.retry = RetryPolicy::Settings {std::chrono::milliseconds(20), std::chrono::milliseconds(200)};
    return options;
}

JsonValue wageReturn(int taxYear, const QString& wages, const QString& prepaid)
{
    return JsonValue::object(
        {{QStringLiteral("income"), JsonValue::object({{QStringLiteral("wages"), JsonValue::string(wages)}})},
         {QStringLiteral("prepaid"), JsonValue::string(prepaid)},
         {QStringLiteral("tax_year"), JsonValue::integer(taxYear)}});
}

std::unique_ptr<Vault> createTaxpayerVault(const QString& directory)
{
    QDir().mkpath(directory);
    VaultResult<std::unique_ptr<Vault>> vault = Vault::create(directory, secret(taxpayerPassphrase()), cheapCost());
    if (!vault.ok()) {
        qWarning("vault not created in %s: %s", qPrintable(directory), qPrintable(vault.status.toString()));
        return nullptr;
    }
    return std::move(vault.value);
}

std::unique_ptr<Vault> openTaxpayerVault(const QString& directory)
{
    VaultResult<std::unique_ptr<Vault>> vault = Vault::open(directory, secret(taxpayerPassphrase()));
    if (!vault.ok()) {
        qWarning("vault not opened in %s: %s", qPrintable(directory), qPrintable(vault.status.toString()));
        return nullptr;
    }
    return std::move(vault.value);
}

AcceptedCount acceptedIn(const JsonValue& report, const QString& identityNumber, int taxYear)
{
    const JsonValue* lines = report.find(QStringLiteral("accepted"));
    if (lines == nullptr) {
        return {};
    }
    for (const JsonValue& line : lines->items()) {
        const JsonValue* identity = line.find(QStringLiteral("identity_number"));
        const JsonValue* year = line.find(QStringLiteral("tax_year"));
        if (identity != nullptr && identity->text() == identityNumber && year != nullptr &&
            year->toInteger().value_or(0) == taxYear) {
            const JsonValue* accepted = line.find(QStringLiteral("accepted"));
            const JsonValue* current = line.find(QStringLiteral("current"));
            return {int(accepted ? accepted->toInteger().value_or(-1) : -1),
                    int(current ? current->toInteger().value_or(-1) : -1)};
        }
    }
    return {};
}

qint64 reportCount(const JsonValue& report, const char* key)
{
    const JsonValue* count = report.find(QString::fromLatin1(key));
    return count != nullptr ? count->toInteger().value_or(-1) : -1;
}

int faultsLogged(const QByteArray& bureauLog, const QString& mode)
{
    return int(bureauLog.count(QStringLiteral("fault %1 on /v1/filings").arg(mode).toUtf8()));
}

} // namespace huisuan::test
