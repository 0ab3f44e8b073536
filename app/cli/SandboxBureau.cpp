// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/SandboxBureau.h"

#include "json/JsonReader.h"
#include <QDir>
#include <QRandomGenerator>
#include <QStandardPaths>

namespace huisuan {

namespace {

/** Long enough for a slow machine to create the bureau's vault and keys on first start. */
constexpr int startTimeoutMs = 60000;

QString bureauExecutable()
{
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("huisuan-bureau"));
    if (QFileInfo(beside).isExecutable()) {
        return beside;
    }
    return QStandardPaths::findExecutable(QStringLiteral("huisuan-bureau"));
}

/** A passphrase nobody needs to know: the bureau's folder is thrown away with it. */
QByteArray throwawayPassphrase()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32*>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

} // namespace

SandboxBureau::SandboxBureau() = default;

SandboxBureau::~SandboxBureau()
{
    stop();
}

FilingStatus SandboxBureau::start(const QStringList& arguments)
{
    const QString program = bureauExecutable();
    if (program.isEmpty()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("huisuan-bureau was not found beside huisuan-cli or on the PATH."));
    }
    if (!m_directory.isValid()) {
        return FilingStatus::failure(FilingErrorCode::InvalidArgument,
                                     tr("No temporary folder could be made for the sandbox bureau."),
                                     m_directory.errorString());
    }
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HUISUAN_BUREAU_PASSPHRASE"), QString::fromLatin1(throwawayPassphrase()));
    m_process.setProcessEnvironment(environment);
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(program,
                    QStringList {QStringLiteral("--data-dir"),
                                 m_directory.filePath(QStringLiteral("bureau")),
                                 QStringLiteral("--port"),
                                 QStringLiteral("0")} +
                        arguments);
    QByteArray line;
    while (!line.endsWith('\n') && m_process.waitForReadyRead(startTimeoutMs)) {
        line += m_process.readLine();
    }
    const JsonReader::Result ready = JsonReader::parse(line.trimmed());
    const JsonValue* url = ready.ok ? ready.value.find(QStringLiteral("url")) : nullptr;
    const JsonValue* tlsCa = ready.ok ? ready.value.find(QStringLiteral("tls_ca")) : nullptr;
    const JsonValue* sm2Ca = ready.ok ? ready.value.find(QStringLiteral("sm2_ca")) : nullptr;
    if (url == nullptr || tlsCa == nullptr || sm2Ca == nullptr) {
        stop();
        return FilingStatus::failure(
            FilingErrorCode::InvalidArgument, tr("The sandbox bureau did not start."), QString::fromUtf8(line));
    }
    FilingResult<BureauEndpoint> endpoint = BureauEndpoint::fromFiles(QUrl(url->text()), tlsCa->text(), sm2Ca->text());
    if (!endpoint.ok()) {
        stop();
        return endpoint.status;
    }
    m_endpoint = endpoint.value;
    return FilingStatus::success();
}

void SandboxBureau::stop()
{
    if (m_process.state() == QProcess::NotRunning) {
        return;
    }
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        m_process.kill();
        m_process.waitForFinished();
    }
}

} // namespace huisuan
