// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/ComputeCommand.h"

#include "cli/CliApplication.h"
#include "compute/ComputeService.h"
#include "explain/TraceExplainer.h"

#include "json/CanonicalJsonWriter.h"
#include <QCoreApplication>
#include <QFile>

namespace huisuan {

namespace {

bool readInput(const QString& path, QByteArray& bytes, QString& error)
{
    QFile file;
    if (path == QLatin1String("-")) {
        if (!file.open(stdin, QIODevice::ReadOnly)) {
            error = ComputeCommand::tr("cannot read standard input");
            return false;
        }
    } else {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            error = ComputeCommand::tr("cannot read %1: %2").arg(path, file.errorString());
            return false;
        }
    }
    bytes = file.readAll();
    return true;
}

} // namespace

QString ComputeCommand::usage()
{
    return tr("Usage: huisuan-cli compute KIND FILE|- [--explain] [--lang zh_CN|en|ja] [--no-trace]\n"
              "KIND is one of: %1\n"
              "FILE holds a case or a bare input as JSON; - reads standard input.\n"
              "Prints one JSON result (exit 0), or the trace as text with --explain.\n"
              "A refused input prints PATH: message lines on standard error (exit 2).")
        .arg(computeKindNames().join(QStringLiteral(", ")));
}

int ComputeCommand::run(const QStringList& arguments, QTextStream& out, QTextStream& err)
{
    bool explain = false;
    ComputeService::Options options;
    QStringList positional;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == QLatin1String("--explain")) {
            explain = true;
        } else if (argument == QLatin1String("--no-trace")) {
            options.withTrace = false;
        } else if (argument == QLatin1String("--lang")) {
            ++i; // handled by runCli before the translator is installed
        } else if (argument.startsWith(QLatin1String("--")) && argument != QLatin1String("-")) {
            err << tr("unknown option %1").arg(argument) << '\n' << usage() << '\n';
            return ExitFailure;
        } else {
            positional << argument;
        }
    }
    if (positional.size() != 2) {
        err << usage() << '\n';
        return ExitFailure;
    }
    const auto kind = computeKindFromName(positional.at(0));
    if (!kind) {
        err << tr("unknown kind \"%1\"").arg(positional.at(0)) << '\n' << usage() << '\n';
        return ExitFailure;
    }
    QByteArray bytes;
    QString error;
    if (!readInput(positional.at(1), bytes, error)) {
        err << error << '\n';
        return ExitFailure;
    }
    if (explain) {
        options.withTrace = true;
    }
    const auto outcome = ComputeService::computeDocument(*kind, bytes, options);
    switch (outcome.status) {
    case ComputeService::Status::Refused:
        for (const Problem& problem : outcome.problems) {
            err << problem.toString() << '\n';
        }
        return ExitRefused;
    case ComputeService::Status::Failed:
        err << outcome.failure << '\n';
        return ExitFailure;
    case ComputeService::Status::Computed:
        break;
    }
    if (explain) {
        out << TraceExplainer::explain(positional.at(0), outcome.result);
        return ExitOk;
    }
    const auto written = CanonicalJsonWriter::write(outcome.result);
    if (!written.ok) {
        err << written.error << '\n';
        return ExitFailure;
    }
    out << QString::fromUtf8(written.bytes) << '\n';
    return ExitOk;
}

} // namespace huisuan
