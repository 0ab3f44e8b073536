// SPDX-License-Identifier: GPL-3.0-or-later
// `huisuan-cli compute`, run as a separate process exactly as users and scripts run it: exit 0 and
// one line of JSON; exit 2, nothing on standard output and PATH: message lines for a refusal; exit 1
// for everything else. Messages may be translated, so usage errors are recognised by the argument
// they name, not by their wording.
#include "TestRegistry.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace huisuan;

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QString err;
};

CliRun runCli(const QStringList& arguments, const QByteArray& standardInput = QByteArray())
{
    QProcess cli;
    cli.start(QStringLiteral(HUISUAN_CLI_PATH), arguments);
    CliRun run;
    if (!cli.waitForStarted(30000)) {
        run.err = cli.errorString();
        return run;
    }
    cli.write(standardInput);
    cli.closeWriteChannel();
    if (!cli.waitForFinished(30000) || cli.exitStatus() != QProcess::NormalExit) {
        run.err = QStringLiteral("huisuan-cli did not finish normally");
        return run;
    }
    run.exitCode = cli.exitCode();
    run.out = cli.readAllStandardOutput();
    run.err = QString::fromUtf8(cli.readAllStandardError());
    return run;
}

QStringList linesOf(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

int countLines(const QString& text, const QString& pattern)
{
    const QRegularExpression line(QStringLiteral("^") + pattern + QStringLiteral("$"),
                                  QRegularExpression::MultilineOption);
    int count = 0;
    for (auto it = line.globalMatch(text); it.hasNext(); it.next()) {
        ++count;
    }
    return count;
}

const QByteArray bonusInput = R"({"tax_year": 2024, "amount": "36000.01"})";
// 100000 − 60000 = 40000 taxable; × 10% − 2520 = 1480.
const QByteArray returnInput = R"({"tax_year": 2024, "income": {"wages": "100000.00"}})";
const QByteArray refusedInput = R"({"tax_year": 2030, "amount": 5, "extra": true})";

} // namespace

class TestComputeCommand : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString fileWith(const QString& name, const QByteArray& contents)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size()) {
            qFatal("cannot write %s", qPrintable(path));
        }
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void computesOneLineOfJson()
    {
        const CliRun run = runCli({QStringLiteral("compute"),
                                   QStringLiteral("annual-bonus"),
                                   fileWith(QStringLiteral("bonus.json"), bonusInput)});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        QVERIFY(run.out.endsWith('\n'));
        QCOMPARE(run.out.count('\n'), 1);
        const auto parsed = JsonReader::parse(run.out);
        QVERIFY2(parsed.ok, qPrintable(parsed.error));
        QCOMPARE(parsed.value.find(QStringLiteral("tax"))->text(), QStringLiteral("3390.00"));
        QCOMPARE(parsed.value.find(QStringLiteral("rate"))->text(), QStringLiteral("0.10"));
        QVERIFY(parsed.value.find(QStringLiteral("rule_pack"))->text().startsWith(QStringLiteral("sha256:")));
        QVERIFY(parsed.value.find(QStringLiteral("engine_version")));
        QVERIFY(parsed.value.find(QStringLiteral("trace"))->isArray());
        // The line is the canonical form of the result.
        QCOMPARE(run.out.chopped(1), CanonicalJsonWriter::write(parsed.value).bytes);
    }

    void readsStandardInput()
    {
        const CliRun fromFile = runCli({QStringLiteral("compute"),
                                        QStringLiteral("annual-bonus"),
                                        fileWith(QStringLiteral("bonus.json"), bonusInput)});
        const CliRun fromStdin =
            runCli({QStringLiteral("compute"), QStringLiteral("annual-bonus"), QStringLiteral("-")}, bonusInput);
        QCOMPARE(fromStdin.exitCode, 0);
        QCOMPARE(fromStdin.err, QString());
        QCOMPARE(fromStdin.out, fromFile.out);
    }

    void readsAWholeCase()
    {
        const QByteArray document = R"({"id": "cli-case", "source": "derived", "kind": "annual-bonus",
            "input": )" +
            bonusInput + R"(, "expect": {"tax": "3390.00"}})";
        const CliRun run = runCli({QStringLiteral("compute"),
                                   QStringLiteral("annual-bonus"),
                                   fileWith(QStringLiteral("case.json"), document)});
        QCOMPARE(run.exitCode, 0);
        const CliRun bare =
            runCli({QStringLiteral("compute"), QStringLiteral("annual-bonus"), QStringLiteral("-")}, bonusInput);
        QCOMPARE(run.out, bare.out);
    }

    void refusal_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QStringList>("lines");
        QTest::newRow("one problem") << QStringLiteral("payment-prepayment")
                                     << QByteArray(R"({"tax_year": 2024, "category": "labor", "amount": "1.234"})")
                                     << QStringList {QStringLiteral(
                                            "amount: \"1.234\" is not an amount: write yuan with at most two "
                                            "decimals, no sign, no separators, no leading zeros, at most "
                                            "999999999999.99")};
        QTest::newRow("several problems")
            << QStringLiteral("annual-bonus") << refusedInput
            << QStringList {
                   QStringLiteral("tax_year: 2030 is not supported: rule packs exist for tax years 2019\u20132026"),
                   QStringLiteral("amount: must be an amount as a JSON string such as \"1234.50\", not a number"),
                   QStringLiteral("extra: unknown key; allowed here: amount, tax_year")};
        QTest::newRow("nested path") << QStringLiteral("wage-withholding")
                                     << QByteArray(R"({"tax_year": 2024, "months": [{"month": 1, "wages": "1"},
                                                      {"month": 2, "wages": 2}]})")
                                     << QStringList {QStringLiteral(
                                            "months[1].wages: must be an amount as a JSON string such as "
                                            "\"1234.50\", not a number")};
        QTest::newRow("malformed JSON") << QStringLiteral("annual-bonus") << QByteArray(R"({"tax_year": 2024,})")
                                        << QStringList {QStringLiteral(
                                               "(document): line 1, column 19: expected a string as object key")};
        QTest::newRow("case of another kind")
            << QStringLiteral("annual-bonus")
            << QByteArray(R"({"kind": "annual-return", "input": {"tax_year": 2024, "amount": "1"}})")
            << QStringList {QStringLiteral("kind: the case is of kind \"annual-return\", not \"annual-bonus\"")};
    }

    void refusal()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, input);
        QFETCH(QStringList, lines);
        const CliRun run = runCli({QStringLiteral("compute"), kind, QStringLiteral("-")}, input);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        QVERIFY(run.err.endsWith(QLatin1Char('\n')));
        QCOMPARE(linesOf(run.err), lines);
        // Explaining a refused input refuses it the same way.
        const CliRun explained =
            runCli({QStringLiteral("compute"), kind, QStringLiteral("-"), QStringLiteral("--explain")}, input);
        QCOMPARE(explained.exitCode, 2);
        QCOMPARE(explained.out, QByteArray());
        QCOMPARE(linesOf(explained.err), lines);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("named"); // what the message must mention; empty for the usage
        const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
        const QString input = fileWith(QStringLiteral("usage.json"), bonusInput);
        const QString compute = QStringLiteral("compute");
        const QString kind = QStringLiteral("annual-bonus");
        QTest::newRow("unknown kind") << QStringList {compute, QStringLiteral("annual-bonuses"), input}
                                      << QStringLiteral("annual-bonuses");
        QTest::newRow("missing file") << QStringList {compute, kind, missing} << missing;
        QTest::newRow("no file") << QStringList {compute, kind} << QString();
        QTest::newRow("no kind") << QStringList {compute} << QString();
        QTest::newRow("extra argument") << QStringList {compute, kind, input, input} << QString();
        QTest::newRow("unknown option") << QStringList {compute, kind, input, QStringLiteral("--frobnicate")}
                                        << QStringLiteral("--frobnicate");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("calculate"), kind, input}
                                         << QStringLiteral("calculate");
        QTest::newRow("unsupported language")
            << QStringList {compute, kind, input, QStringLiteral("--lang"), QStringLiteral("xx")}
            << QStringLiteral("xx");
        QTest::newRow("language without a value")
            << QStringList {compute, kind, input, QStringLiteral("--lang")} << QStringLiteral("--lang");
        QTest::newRow("no command at all") << QStringList() << QString();
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, named);
        const CliRun run = runCli(arguments);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray());
        QVERIFY(!run.err.trimmed().isEmpty());
        if (!named.isEmpty()) {
            QVERIFY2(run.err.contains(named), qPrintable(run.err));
        }
    }

    void explainInChineseByDefault()
    {
        const QString path = fileWith(QStringLiteral("return.json"), returnInput);
        const CliRun run =
            runCli({QStringLiteral("compute"), QStringLiteral("annual-return"), path, QStringLiteral("--explain")});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.err, QString());
        const QString text = QString::fromUtf8(run.out);
        // Value lines: "label = value".
        QCOMPARE(countLines(text, QStringLiteral("应纳税所得额 = 40000\\.00")), 1);
        QCOMPARE(countLines(text, QStringLiteral("综合所得应纳税额 = 1480\\.00")), 1);
        QCOMPARE(countLines(text, QStringLiteral("Taxable income = 40000\\.00")), 0);
        QVERIFY(text.contains(QStringLiteral("《中华人民共和国个人所得税法》")));
        QVERIFY(text.contains(QStringLiteral("sha256:")));

        // zh_CN is the default; zh is its short name.
        const QStringList base = {
            QStringLiteral("compute"), QStringLiteral("annual-return"), path, QStringLiteral("--explain")};
        QCOMPARE(runCli(base + QStringList {QStringLiteral("--lang"), QStringLiteral("zh_CN")}).out, run.out);
        QCOMPARE(runCli(base + QStringList {QStringLiteral("--lang"), QStringLiteral("zh")}).out, run.out);
    }

    void explainInEnglish()
    {
        const CliRun run = runCli({QStringLiteral("compute"),
                                   QStringLiteral("annual-return"),
                                   fileWith(QStringLiteral("return.json"), returnInput),
                                   QStringLiteral("--explain"),
                                   QStringLiteral("--lang"),
                                   QStringLiteral("en")});
        QCOMPARE(run.exitCode, 0);
        const QString text = QString::fromUtf8(run.out);
        QCOMPARE(countLines(text, QStringLiteral("Taxable income = 40000\\.00")), 1);
        QCOMPARE(countLines(text, QStringLiteral("Tax on comprehensive income = 1480\\.00")), 1);
        QCOMPARE(countLines(text, QStringLiteral("Refund = 0\\.00")), 1);
        QVERIFY(
            text.contains(QStringLiteral("Rule: basic_deduction.annual = 60000.00 — 《中华人民共和国个人所得税法》")));
        QCOMPARE(countLines(text, QStringLiteral("    Rounded half-up to the fen: 1480\\.00 → 1480\\.00")), 1);
        QCOMPARE(countLines(text, QStringLiteral("应纳税所得额 = 40000\\.00")), 0);
        // --explain prints the trace even when asked for none.
        const CliRun withoutTrace = runCli({QStringLiteral("compute"),
                                            QStringLiteral("annual-return"),
                                            fileWith(QStringLiteral("return.json"), returnInput),
                                            QStringLiteral("--explain"),
                                            QStringLiteral("--no-trace"),
                                            QStringLiteral("--lang"),
                                            QStringLiteral("en")});
        QCOMPARE(withoutTrace.out, run.out);
    }

    void noTrace()
    {
        const QString path = fileWith(QStringLiteral("return.json"), returnInput);
        const CliRun traced = runCli({QStringLiteral("compute"), QStringLiteral("annual-return"), path});
        const CliRun untraced =
            runCli({QStringLiteral("compute"), QStringLiteral("annual-return"), path, QStringLiteral("--no-trace")});
        QCOMPARE(traced.exitCode, 0);
        QCOMPARE(untraced.exitCode, 0);
        QVERIFY(traced.out.contains("\"trace\":"));
        QVERIFY(!untraced.out.contains("\"trace\""));
        QCOMPARE(untraced.out.count('\n'), 1);

        // Without the trace, the result is the same object less its trace.
        const JsonValue full = JsonReader::parse(traced.out).value;
        JsonValue stripped = JsonValue::object();
        for (const auto& [key, value] : full.members()) {
            if (key != QLatin1String("trace")) {
                stripped.insert(key, value);
            }
        }
        QCOMPARE(CanonicalJsonWriter::write(stripped).bytes + '\n', untraced.out);
        QCOMPARE(JsonReader::parse(untraced.out).value.find(QStringLiteral("tax_payable"))->text(),
                 QStringLiteral("1480.00"));
    }

    void sameInputSameBytes()
    {
        const QString path = fileWith(QStringLiteral("return.json"), returnInput);
        const QStringList json = {QStringLiteral("compute"), QStringLiteral("annual-return"), path};
        const CliRun first = runCli(json);
        const CliRun second = runCli(json);
        QCOMPARE(first.exitCode, 0);
        QVERIFY(!first.out.isEmpty());
        QCOMPARE(second.out, first.out);

        const QStringList explain = json + QStringList {QStringLiteral("--explain")};
        const CliRun firstText = runCli(explain);
        QVERIFY(!firstText.out.isEmpty());
        QCOMPARE(runCli(explain).out, firstText.out);
    }
};

HUISUAN_REGISTER_TEST(TestComputeCommand)
#include "TestComputeCommand.moc"
