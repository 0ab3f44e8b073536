// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauTestSupport.h"

#include "EngineVersion.h"
#include "filing/FilingEnvelope.h"
#include "filing/SignedRequest.h"
#include "filing/Sm2CertificateRequest.h"
#include "filing/WireFormat.h"
#include "rules/RulePack.h"
#include "rules/RulePackRegistry.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QSslConfiguration>
#include <QTimer>
#include <QtTest>

namespace huisuan::test {

namespace {

const char* const passphrase = "bureau test passphrase";

QProcessEnvironment bureauEnvironment(bool withPassphrase)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("HUISUAN_BUREAU_PASSPHRASE"));
    if (withPassphrase) {
        environment.insert(QStringLiteral("HUISUAN_BUREAU_PASSPHRASE"), QString::fromLatin1(passphrase));
    }
    return environment;
}

QStringList baseArguments(const QString& dataDir)
{
    return {QStringLiteral("--data-dir"), dataDir, QStringLiteral("--scrypt-n"), QStringLiteral("1024")};
}

} // namespace

BureauProcess::BureauProcess() = default;

BureauProcess::~BureauProcess()
{
    static_cast<void>(stop());
}

bool BureauProcess::start(const QStringList& extraArguments)
{
    m_process.setProcessEnvironment(bureauEnvironment(true));
    m_process.setProgram(QStringLiteral(HUISUAN_BUREAU_PATH));
    m_process.setArguments(baseArguments(m_dir.path()) + QStringList {QStringLiteral("--port"), QStringLiteral("0")} +
                           extraArguments);
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        return false;
    }
    QDeadlineTimer deadline(20000);
    while (!m_process.canReadLine() && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
        m_process.waitForReadyRead(100);
    }
    if (!m_process.canReadLine()) {
        qWarning("bureau did not start: %s", m_process.readAllStandardError().constData());
        return false;
    }
    const JsonReader::Result ready = JsonReader::parse(m_process.readLine().trimmed());
    const JsonValue* url = ready.ok ? ready.value.find(QStringLiteral("url")) : nullptr;
    m_url = url ? url->text() : QString();
    return !m_url.isEmpty();
}

bool BureauProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
        return false;
    }
    m_log += m_process.readAllStandardError();
    return m_process.exitStatus() == QProcess::NormalExit && m_process.exitCode() == 0;
}

QByteArray BureauProcess::tlsCaPem() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("tls-ca.pem")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray BureauProcess::sm2CaDer() const
{
    QFile file(QDir(m_dir.path()).filePath(QStringLiteral("sm2-ca.der")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray BureauProcess::log()
{
    m_log += m_process.readAllStandardError();
    return m_log;
}

JsonValue BureauProcess::report() const
{
    QProcess process;
    process.setProcessEnvironment(bureauEnvironment(true));
    process.start(QStringLiteral(HUISUAN_BUREAU_PATH),
                  QStringList {QStringLiteral("report")} + baseArguments(m_dir.path()));
    process.waitForFinished(20000);
    return JsonReader::parse(process.readAllStandardOutput().trimmed()).value;
}

std::pair<int, QByteArray> BureauProcess::runOnce(const QStringList& arguments, bool withPassphrase)
{
    QProcess process;
    process.setProcessEnvironment(bureauEnvironment(withPassphrase));
    process.start(QStringLiteral(HUISUAN_BUREAU_PATH), arguments);
    process.waitForFinished(20000);
    return {process.exitCode(), process.readAllStandardError()};
}

JsonValue BureauReply::json() const
{
    return JsonReader::parse(body).value;
}

QString BureauReply::errorCode() const
{
    const JsonValue value = json();
    const JsonValue* error = value.find(QStringLiteral("error"));
    const JsonValue* code = error ? error->find(QStringLiteral("code")) : nullptr;
    return code ? code->text() : QString();
}

BureauClient::BureauClient(QString url, const QByteArray& caPem)
    : m_url(std::move(url))
    , m_ca(QSslCertificate::fromData(caPem, QSsl::Pem))
    , m_network(std::make_unique<QNetworkAccessManager>())
{
}

BureauClient::~BureauClient() = default;

BureauReply BureauClient::post(const QString& path,
                               const QByteArray& body,
                               const QByteArray& contentType,
                               const QByteArray& acceptLanguage,
                               int timeoutMs)
{
    QNetworkRequest request(QUrl(m_url + path));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates(m_ca);
    tls.setPeerVerifyMode(QSslSocket::VerifyPeer);
    request.setSslConfiguration(tls);
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    if (!acceptLanguage.isEmpty()) {
        request.setRawHeader("Accept-Language", acceptLanguage);
    }
    request.setTransferTimeout(timeoutMs);
    QNetworkReply* reply = m_network->post(request, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    BureauReply answer;
    answer.error = reply->error();
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    answer.retryAfter = reply->rawHeader("Retry-After");
    reply->deleteLater();
    return answer;
}

QByteArray canonical(const JsonValue& value)
{
    return CanonicalJsonWriter::write(value).bytes;
}

QByteArray enrolmentBody(const Sm2KeyPair& key, const QString& name, const QString& identityNumber, const QString& id)
{
    const FilingResult<QByteArray> csr = Sm2CertificateRequest::create(key, name, identityNumber);
    return canonical(JsonValue::object({{QStringLiteral("csr"), JsonValue::string(WireFormat::encodeBase64(csr.value))},
                                        {QStringLiteral("enrolment_id"), JsonValue::string(id)}}));
}

Taxpayer enrol(BureauClient& client, const QString& name, const QString& identityNumber, const QString& enrolmentId)
{
    Taxpayer taxpayer;
    taxpayer.identityNumber = identityNumber;
    taxpayer.name = name;
    taxpayer.key = Sm2KeyPair::generate().value;
    const BureauReply reply =
        client.post(QStringLiteral("/v1/enrolments"), enrolmentBody(taxpayer.key, name, identityNumber, enrolmentId));
    const JsonValue answer = reply.json();
    const JsonValue* certificate = answer.find(QStringLiteral("certificate"));
    if (reply.status != 201) {
        qWarning("enrolment failed: %d %d %s", int(reply.error), reply.status, reply.body.constData());
    }
    if (reply.status == 201 && certificate) {
        taxpayer.certificate = WireFormat::decodeBase64(certificate->text()).value_or(QByteArray());
    }
    return taxpayer;
}

QByteArray signedRequest(const Taxpayer& taxpayer, JsonValue request, const QDateTime& requestedAt)
{
    const QDateTime at = requestedAt.isValid() ? requestedAt : QDateTime::currentDateTimeUtc();
    request.insert(QStringLiteral("requested_at"), JsonValue::string(WireFormat::formatTime(at)));
    return SignedRequest::sign(request, taxpayer.key, taxpayer.certificate).value;
}

JsonValue refundReturn2019()
{
    return JsonReader::parse(R"({"income":{"author":"20000.00","labor":"3000.00","wages":"120000.00"},)"
                             R"("prepaid":"3580.00","special_additional_deductions":{"children_education":)"
                             R"([{"months":12,"share_percent":100}]},"special_deductions":"18000.00","tax_year":2019})")
        .value;
}

QByteArray signedFiling(const Taxpayer& taxpayer,
                        const QString& submissionId,
                        const JsonValue& returnInput,
                        const QString& replaces)
{
    const JsonValue* year = returnInput.find(QStringLiteral("tax_year"));
    const int taxYear = year ? int(year->toInteger().value_or(0)) : 0;
    const RulePack* pack = RulePackRegistry::builtIn().forYear(taxYear);
    const FilingEnvelope envelope(submissionId,
                                  taxYear,
                                  pack ? pack->id : QStringLiteral("sha256:unknown"),
                                  QStringLiteral(HUISUAN_ENGINE_VERSION),
                                  returnInput,
                                  QDateTime::currentDateTimeUtc(),
                                  replaces);
    return envelope.sign(taxpayer.key, taxpayer.certificate).value;
}

JsonValue receiptOf(const QByteArray& signedReceipt)
{
    const JsonValue document = JsonReader::parse(signedReceipt).value;
    const JsonValue* receipt = document.find(QStringLiteral("receipt"));
    return receipt ? *receipt : JsonValue();
}

} // namespace huisuan::test
