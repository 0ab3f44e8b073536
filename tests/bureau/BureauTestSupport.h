// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/Sm2KeyPair.h"

#include "json/JsonValue.h"
#include <QByteArray>
#include <QList>
#include <QNetworkReply>
#include <QProcess>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

class QNetworkAccessManager;

namespace huisuan::test {

/** The real huisuan-bureau process on a temporary data folder, with the cheapest scrypt. */
class BureauProcess
{
public:
    BureauProcess();
    ~BureauProcess();

    /** Starts the bureau and waits for its ready line; false (and a warning) when it does not come. */
    bool start(const QStringList& extraArguments = {});
    /** SIGTERM, then waits for a clean exit; true when the exit status was 0. */
    bool stop();

    QString dataDir() const { return m_dir.path(); }
    const QString& url() const { return m_url; }
    QByteArray tlsCaPem() const;
    QByteArray sm2CaDer() const;
    /** What `huisuan-bureau report` prints for the data folder; the bureau must be stopped. */
    JsonValue report() const;
    /** Everything the bureau wrote on standard error so far. */
    QByteArray log();

    /** Runs the executable with these arguments to its end: exit code and standard error. */
    static std::pair<int, QByteArray> runOnce(const QStringList& arguments, bool withPassphrase = true);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QString m_url;
    QByteArray m_log;
};

/** One answer over HTTPS, or the network error instead. */
struct BureauReply
{
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    int status = 0;
    QByteArray body;
    QByteArray retryAfter;

    /** The body read with the strict reader; a null value when it is not JSON. */
    JsonValue json() const;
    QString errorCode() const;
};

/** HTTPS to the bureau with its TLS CA pinned and nothing else trusted. */
class BureauClient
{
public:
    BureauClient(QString url, const QByteArray& caPem);
    ~BureauClient();

    BureauReply post(const QString& path,
                     const QByteArray& body,
                     const QByteArray& contentType = "application/json",
                     const QByteArray& acceptLanguage = QByteArray(),
                     int timeoutMs = 10000);

private:
    QString m_url;
    QList<QSslCertificate> m_ca;
    std::unique_ptr<QNetworkAccessManager> m_network;
};

/** A taxpayer the bureau has enrolled: their key and certificate. */
struct Taxpayer
{
    QString identityNumber;
    QString name;
    Sm2KeyPair key;
    QByteArray certificate;
};

QByteArray canonical(const JsonValue& value);
/** The enrolment body for a fresh key, name and identity number. */
QByteArray enrolmentBody(const Sm2KeyPair& key, const QString& name, const QString& identityNumber, const QString& id);
/** Enrols through the bureau; a taxpayer without certificate when it fails. */
Taxpayer enrol(BureauClient& client, const QString& name, const QString& identityNumber, const QString& enrolmentId);
/** A signed request (§2.2) with `requested_at` set to now, or to `requestedAt` when given. */
QByteArray signedRequest(const Taxpayer& taxpayer, JsonValue request, const QDateTime& requestedAt = QDateTime());
/** The annual return of ../shared/cases/mixed-income-refund.json (2019): balance -1740.00. */
JsonValue refundReturn2019();
/** A signed filing of `returnInput` with the built-in pack of its year. */
QByteArray signedFiling(const Taxpayer& taxpayer,
                        const QString& submissionId,
                        const JsonValue& returnInput,
                        const QString& replaces = QString());
/** The receipt object inside a signed receipt. */
JsonValue receiptOf(const QByteArray& signedReceipt);

} // namespace huisuan::test
