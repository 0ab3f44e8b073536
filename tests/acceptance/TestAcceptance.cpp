// SPDX-License-Identifier: GPL-3.0-or-later
// Every worked case, in ../shared/cases and in tests/cases, through both public entry points: the
// engine's ComputeService in-process and the huisuan-cli binary, which must also agree byte for byte.
#include "CaseFiles.h"
#include "TestRegistry.h"
#include "compute/ComputeService.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace huisuan;
using namespace huisuan::test;

class TestAcceptance : public QObject
{
    Q_OBJECT

private:
    void addCaseRows()
    {
        QTest::addColumn<QString>("path");
        const QStringList shared = caseFilesIn(QStringLiteral(HUISUAN_SHARED_CASES_DIR));
        const QStringList own = caseFilesIn(QStringLiteral(HUISUAN_PROJECT_CASES_DIR));
        if (shared.isEmpty()) {
            qFatal("no shared cases in %s: the acceptance suite needs ../shared/cases", HUISUAN_SHARED_CASES_DIR);
        }
        if (own.isEmpty()) {
            qFatal("no project cases in %s", HUISUAN_PROJECT_CASES_DIR);
        }
        for (const QString& path : shared + own) {
            QTest::newRow(qPrintable(QFileInfo(path).dir().dirName() + QLatin1Char('/') + QFileInfo(path).fileName()))
                << path;
        }
        qInfo("running %lld shared and %lld project cases", qlonglong(shared.size()), qlonglong(own.size()));
    }

    static QByteArray fileBytes(const QString& path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            qFatal("cannot read %s", qPrintable(path));
        }
        return file.readAll();
    }

private slots:
    void caseThroughEngine_data() { addCaseRows(); }

    void caseThroughEngine()
    {
        QFETCH(QString, path);
        const CaseFile testCase = readCaseFile(path);
        const auto kind = computeKindFromName(testCase.kind);
        QVERIFY2(kind, qPrintable(QStringLiteral("unknown kind %1").arg(testCase.kind)));
        QCOMPARE(QFileInfo(path).completeBaseName(), testCase.id);
        const auto outcome = ComputeService::computeDocument(*kind, fileBytes(path), {});
        if (!testCase.expectError.isEmpty()) {
            QVERIFY2(outcome.status == ComputeService::Status::Refused, "the case must be refused");
            QStringList paths;
            for (const Problem& problem : outcome.problems) {
                paths << problem.path;
            }
            QVERIFY2(paths.contains(testCase.expectError),
                     qPrintable(QStringLiteral("expected a problem at %1, got: %2")
                                    .arg(testCase.expectError, paths.join(QStringLiteral(", ")))));
            return;
        }
        QVERIFY2(testCase.expect, "a case has expect or expect_error");
        QVERIFY2(
            outcome.status == ComputeService::Status::Computed,
            qPrintable(outcome.failure + (outcome.problems.empty() ? QString() : outcome.problems.front().toString())));
        const QStringList mismatches = expectationMismatches(*testCase.expect, outcome.result);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("\n"))));
        QVERIFY(outcome.result.find(QStringLiteral("rule_pack")));
        QVERIFY(outcome.result.find(QStringLiteral("engine_version")));
    }

    void caseThroughCli_data() { addCaseRows(); }

    void caseThroughCli()
    {
        QFETCH(QString, path);
        const CaseFile testCase = readCaseFile(path);
        QProcess cli;
        cli.start(QStringLiteral(HUISUAN_CLI_PATH), {QStringLiteral("compute"), testCase.kind, path});
        QVERIFY(cli.waitForFinished(30000));
        const QByteArray out = cli.readAllStandardOutput();
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        if (!testCase.expectError.isEmpty()) {
            QCOMPARE(cli.exitCode(), 2);
            QVERIFY2(out.isEmpty(), "a refusal prints nothing on standard output");
            bool found = false;
            for (const QString& line : err.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                found = found || line.startsWith(testCase.expectError + QStringLiteral(": "));
            }
            QVERIFY2(found,
                     qPrintable(QStringLiteral("no line starts with %1: in\n%2").arg(testCase.expectError, err)));
            return;
        }
        QVERIFY2(cli.exitCode() == 0, qPrintable(err));
        QVERIFY2(out.endsWith('\n') && out.count('\n') == 1, "one JSON object on one line");
        const auto parsed = JsonReader::parse(out);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        const QStringList mismatches = expectationMismatches(*testCase.expect, parsed.value);
        QVERIFY2(mismatches.isEmpty(), qPrintable(mismatches.join(QStringLiteral("\n"))));

        // The binary and the library are one engine: the same canonical bytes.
        const auto engine = ComputeService::computeDocument(*computeKindFromName(testCase.kind), fileBytes(path), {});
        QCOMPARE(out.chopped(1), CanonicalJsonWriter::write(engine.result).bytes);
    }
};

HUISUAN_REGISTER_TEST(TestAcceptance)
#include "TestAcceptance.moc"
