// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauTestSupport.h"
#include "filing/FilingService.h"
#include "vault/Vault.h"

#include "json/JsonValue.h"
#include <QString>
#include <chrono>
#include <memory>

namespace huisuan::test {

/** The passphrase of every taxpayer vault these tests make (also given to the crash filer). */
inline const char* taxpayerPassphrase()
{
    return "filing test passphrase";
}

/**
 * A synthetic resident identity number (GB 11643-1999) with a valid check digit, different for
 * each `serial` (0 to 999 999): Beijing Chaoyang, born in 1980 or later.
 */
QString residentIdNumber(int serial);

/** Where a running BureauProcess listens and the two CAs it publishes for clients to pin. */
BureauEndpoint endpointOf(const BureauProcess& bureau);

/** The port in a bureau's URL, to start it again where enrolled vaults expect it. */
int portOf(const BureauProcess& bureau);

/** Service options for tests: a short request timeout and back-off in milliseconds. */
FilingService::Options quickOptions(std::chrono::milliseconds timeout = std::chrono::seconds(5));

/** A wage earner's annual return: a refund when `prepaid` is more than the tax on `wages`. */
JsonValue wageReturn(int taxYear, const QString& wages, const QString& prepaid);
inline JsonValue wageReturn(int taxYear, const char* wages, const char* prepaid)
{
    return wageReturn(taxYear, QString::fromLatin1(wages), QString::fromLatin1(prepaid));
}

/** A fresh taxpayer vault in `directory` with the cheapest scrypt; null (and a warning) on failure. */
std::unique_ptr<Vault> createTaxpayerVault(const QString& directory);
std::unique_ptr<Vault> openTaxpayerVault(const QString& directory);

/** One line of `huisuan-bureau report`'s `accepted`: filings ever accepted and those in force. */
struct AcceptedCount
{
    int accepted = 0;
    int current = 0;
};

/** What the report says for this person and year; zeros when it has no line for them. */
AcceptedCount acceptedIn(const JsonValue& report, const QString& identityNumber, int taxYear);

/** A top-level count of the report (`filings`, `receipts`, ...); -1 when missing. */
qint64 reportCount(const JsonValue& report, const char* key);

/** How many `fault MODE on /v1/filings` lines the bureau logged. */
int faultsLogged(const QByteArray& bureauLog, const QString& mode);

} // namespace huisuan::test
