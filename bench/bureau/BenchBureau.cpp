// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchBureau.h"

#include "identifiers/ResidentIdNumber.h"

#include "json/JsonReader.h"
#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <stdexcept>
#include <unistd.h>

namespace huisuan::bench {

namespace {

constexpr int startTimeoutMs = 60000;

} // namespace

BenchBureau::BenchBureau(QString program)
    : m_program(std::move(program))
{
}

BenchBureau::~BenchBureau()
{
    stop();
}

QString BenchBureau::logFile() const
{
    return m_directory.filePath(QStringLiteral("bureau.log"));
}

void BenchBureau::start()
{
    if (!m_directory.isValid()) {
        throw std::runtime_error("no temporary folder for the bureau");
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HUISUAN_BUREAU_PASSPHRASE"), QStringLiteral("bench bureau passphrase"));
    m_process.setProcessEnvironment(environment);
    m_process.setStandardErrorFile(logFile());
    m_process.start(m_program,
                    {QStringLiteral("--data-dir"),
                     m_directory.filePath(QStringLiteral("bureau")),
                     QStringLiteral("--port"),
                     QStringLiteral("0"),
                     QStringLiteral("--scrypt-n"),
                     QStringLiteral("1024")});
    if (!m_process.waitForStarted(startTimeoutMs)) {
        throw std::runtime_error("the bureau did not start (" + m_program.toStdString() +
                                 "): " + m_process.errorString().toStdString());
    }
    QByteArray line;
    QDeadlineTimer deadline(startTimeoutMs);
    while (!line.endsWith('\n') && !deadline.hasExpired() &&
           (m_process.state() == QProcess::Running || m_process.bytesAvailable() > 0)) {
        if (m_process.bytesAvailable() > 0 || m_process.waitForReadyRead(1000)) {
            line += m_process.readLine();
        }
    }
    const JsonReader::Result ready = JsonReader::parse(line.trimmed());
    const JsonValue* url = ready.ok ? ready.value.find(QStringLiteral("url")) : nullptr;
    const JsonValue* tlsCa = ready.ok ? ready.value.find(QStringLiteral("tls_ca")) : nullptr;
    const JsonValue* sm2Ca = ready.ok ? ready.value.find(QStringLiteral("sm2_ca")) : nullptr;
    if (url == nullptr || tlsCa == nullptr || sm2Ca == nullptr) {
        stop();
        throw std::runtime_error("the bureau did not start (" + m_program.toStdString() + "): " + line.toStdString());
    }
    FilingResult<BureauEndpoint> endpoint = BureauEndpoint::fromFiles(QUrl(url->text()), tlsCa->text(), sm2Ca->text());
    if (!endpoint.ok()) {
        stop();
        throw std::runtime_error("the bureau's certificates: " + endpoint.status.toString().toStdString());
    }
    m_endpoint = endpoint.value;
}

double BenchBureau::cpuSeconds() const
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process.processId()));
    if (m_process.processId() <= 0 || !stat.open(QIODevice::ReadOnly)) {
        return 0;
    }
    // Fields 14 and 15 (utime, stime) come after the command name, which is in parentheses.
    const QByteArray text = stat.readAll();
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13) {
        return 0;
    }
    const double ticks = static_cast<double>(sysconf(_SC_CLK_TCK));
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / ticks;
}

void BenchBureau::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(30000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

QString syntheticIdentityNumber(int index)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    const QDate birth = QDate(1960, 1, 1).addDays(index / 999);
    const QString body = QStringLiteral("110102%1%2")
                             .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                             .arg(index % 999 + 1, 3, 10, QLatin1Char('0'));
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        sum += (body.at(i).unicode() - '0') * weights[i];
    }
    const QString number = body + QLatin1Char(checks[sum % 11]);
    if (!ResidentIdNumber::isValid(number)) {
        throw std::runtime_error("a synthetic identity number is not valid: " + number.toStdString());
    }
    return number;
}

} // namespace huisuan::bench
