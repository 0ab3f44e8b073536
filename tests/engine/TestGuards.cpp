// SPDX-License-Identifier: GPL-3.0-or-later
// Guards over the engine's source code: tax numbers live in the rule packs, never in code; no binary
// floating point; and every rule-pack parameter a calculation reads shows up, cited, in its trace.
#include "TestRegistry.h"
#include "compute/ComputeService.h"
#include "rules/RulePackRegistry.h"

#include "json/JsonReader.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <functional>
#include <map>
#include <set>
#include <vector>

using namespace huisuan;

namespace {

const QString engineDir = QStringLiteral(HUISUAN_SOURCE_DIR "/taxengine");

QString readText(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(path));
    }
    return QString::fromUtf8(file.readAll());
}

// ---- a C++ scanner, just enough to tell code from comments and string literals ------------------

struct Token
{
    enum Kind { Number, Identifier, Text };
    Kind kind;
    QString text; // a number or identifier as written; the contents of a string or character literal
    int line;
};

struct ScannedSource
{
    QString code; // the source with every comment blanked out, line breaks kept
    std::vector<Token> tokens;
};

bool isIdentifierChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

/**
 * Splits C++ source into numbers, identifiers and literal texts, skipping comments. Comments are
 * skipped whole, doc comments included: they quote the law (“减除费用六万元”), which is where a
 * number belongs beside the code. Raw strings, escapes, digit separators and character literals are
 * understood, so that neither `'"'` nor `"http://…"` derails it.
 */
ScannedSource scan(const QString& source)
{
    ScannedSource scanned;
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = source.size();
    const auto at = [&](qsizetype k) { return k < n ? source.at(k) : QChar(); };
    const auto keep = [&](qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            line += source.at(k) == QLatin1Char('\n') ? 1 : 0;
        }
        scanned.code += source.mid(from, to - from);
    };
    while (i < n) {
        const QChar c = source.at(i);
        if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('/')) {
            const qsizetype end = source.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = end < 0 ? n : end;
            scanned.code += QString(stop - i, QLatin1Char(' '));
            i = stop;
        } else if (c == QLatin1Char('/') && at(i + 1) == QLatin1Char('*')) {
            const qsizetype end = source.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = end < 0 ? n : end + 2;
            for (qsizetype k = i; k < stop; ++k) {
                const bool newline = source.at(k) == QLatin1Char('\n');
                line += newline ? 1 : 0;
                scanned.code += newline ? QLatin1Char('\n') : QLatin1Char(' ');
            }
            i = stop;
        } else if (c == QLatin1Char('"') || c == QLatin1Char('\'')) {
            const int startLine = line;
            qsizetype k = i + 1;
            while (k < n && source.at(k) != c) {
                k += source.at(k) == QLatin1Char('\\') ? 2 : 1;
            }
            scanned.tokens.push_back({Token::Text, source.mid(i + 1, k - i - 1), startLine});
            keep(i, std::min(k + 1, n));
            i = k + 1;
        } else if (c.isLetter() || c == QLatin1Char('_')) {
            qsizetype k = i;
            while (k < n && isIdentifierChar(source.at(k))) {
                ++k;
            }
            const QString word = source.mid(i, k - i);
            if (at(k) == QLatin1Char('"') && word.endsWith(QLatin1Char('R'))) {
                // R"delimiter( … )delimiter"
                const qsizetype open = source.indexOf(QLatin1Char('('), k);
                const QString close = QLatin1Char(')') + source.mid(k + 1, open - k - 1) + QLatin1Char('"');
                const qsizetype end = source.indexOf(close, open);
                const qsizetype stop = end < 0 ? n : end + close.size();
                scanned.tokens.push_back({Token::Text, source.mid(open + 1, end - open - 1), line});
                keep(i, stop);
                i = stop;
            } else {
                scanned.tokens.push_back({Token::Identifier, word, line});
                keep(i, k);
                i = k;
            }
        } else if (c.isDigit() || (c == QLatin1Char('.') && at(i + 1).isDigit())) {
            // A preprocessing number: digits, letters, digit separators, points, and signs after an exponent.
            qsizetype k = i + 1;
            while (k < n) {
                const QChar d = source.at(k);
                const QChar previous = source.at(k - 1).toLower();
                const bool sign = (d == QLatin1Char('+') || d == QLatin1Char('-')) &&
                    (previous == QLatin1Char('e') || previous == QLatin1Char('p'));
                if (!isIdentifierChar(d) && d != QLatin1Char('.') && d != QLatin1Char('\'') && !sign) {
                    break;
                }
                ++k;
            }
            scanned.tokens.push_back({Token::Number, source.mid(i, k - i), line});
            keep(i, k);
            i = k;
        } else {
            keep(i, i + 1);
            ++i;
        }
    }
    return scanned;
}

// ---- the tax numbers of the rule packs ------------------------------------------------------------

/** A value as the canonical text of an exact rational, so that "60000", "60000.00" and 0xEA60 meet. */
QString valueKey(const Rate& value)
{
    return value.toString();
}

/** Decimal digits, possibly with a fraction, as an exact value; nullopt when too long to be a tax number. */
std::optional<Rate> decimalValue(QString digits)
{
    const qsizetype point = digits.indexOf(QLatin1Char('.'));
    if (point >= 0) {
        while (digits.endsWith(QLatin1Char('0'))) {
            digits.chop(1);
        }
        if (digits.endsWith(QLatin1Char('.'))) {
            digits.chop(1);
        }
    }
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')) && digits.at(1) != QLatin1Char('.')) {
        digits.remove(0, 1);
    }
    if (digits.startsWith(QLatin1Char('.'))) {
        digits.prepend(QLatin1Char('0'));
    }
    return Rate::parse(digits);
}

/** Every amount, rate, bracket edge, quick deduction and choice of every built-in pack, by value,
 *  each with where it was first found. */
std::map<QString, QString> taxNumbers()
{
    std::map<QString, QString> numbers;
    const auto& registry = RulePackRegistry::builtIn();
    for (int year = registry.firstYear(); year <= registry.lastYear(); ++year) {
        const auto parsed = JsonReader::parse(RulePackRegistry::builtInBytes(year));
        if (!parsed.ok) {
            qFatal("the built-in pack for %d does not parse: %s", year, qPrintable(parsed.error));
        }
        const std::function<void(const JsonValue&, const QString&)> collect = [&](const JsonValue& value,
                                                                                  const QString& path) {
            std::optional<Rate> number;
            if (value.isString() || value.isNumber()) {
                number = Rate::parse(value.text());
            }
            if (number) {
                numbers.emplace(valueKey(*number), QStringLiteral("cn-iit-%1 %2").arg(year).arg(path));
            }
            for (const auto& [key, member] : value.members()) {
                collect(member, path + QLatin1Char('.') + key);
            }
            for (size_t i = 0; i < value.items().size(); ++i) {
                collect(value.items()[i], path + QStringLiteral("[%1]").arg(i));
            }
        };
        // Policies hold only dates and citations; sources and the changelog hold no numbers of law.
        for (const char* section : {"parameters", "tables", "choices"}) {
            collect(*parsed.value.find(QLatin1String(section)), QLatin1String(section));
        }
    }
    return numbers;
}

// ---- the lint --------------------------------------------------------------------------------------

/** Values that are tax numbers in some pack but also everyday constants of the code. */
struct AllowedValue
{
    const char* value;
    const char* reason;
};
const AllowedValue allowedValues[] = {
    {"0", "zero: empty amounts, counts and indexes (it is also the first bracket's quick deduction)"},
    {"100", "fen per yuan, and whole percent (it is also the share percentage of a claim taken whole)"},
};

/** Single uses of a tax number in text, by file, that are not the number itself. */
struct AllowedOccurrence
{
    const char* file;
    const char* literal;
    const char* reason;
};
const AllowedOccurrence allowedOccurrences[] = {
    {"compute/AnnualReturnReader.cpp",
     "30%",
     "the input grammar's keyword for donations deductible up to the limit (../shared/cases/README.md); the "
     "limit rate itself is the pack's donation.limit_rate"},
    {"compute/AnnualReturn.cpp", "30%", "trace labels that name that class of donations by its keyword"},
    {"json/ObjectReader.cpp", "0.03", "the format example in the message for a malformed rule-pack rate"},
};

// Binary floating point by name: the engine is exact (Money on fen, Rate as fractions).
const QStringList floatingPointNames = {QStringLiteral("double"),
                                        QStringLiteral("float"),
                                        QStringLiteral("qreal"),
                                        QStringLiteral("toDouble"),
                                        QStringLiteral("toFloat")};

struct Finding
{
    QString file;
    int line;
    QString literal;
    QString why;

    QString where() const { return QStringLiteral("%1:%2 %3").arg(file).arg(line).arg(literal); }
    QString toString() const { return QStringLiteral("%1:%2: %3 %4").arg(file).arg(line).arg(literal, why); }
};

/** The value of a C++ number token, and whether it is a floating literal. */
struct NumberValue
{
    std::optional<Rate> value;
    bool floating = false;
};

NumberValue numberValue(const QString& token)
{
    QString digits = token.toLower();
    digits.remove(QLatin1Char('\''));
    NumberValue result;
    int base = 10;
    if (digits.startsWith(QLatin1String("0x"))) {
        base = 16;
        digits.remove(0, 2);
    } else if (digits.startsWith(QLatin1String("0b"))) {
        base = 2;
        digits.remove(0, 2);
    }
    if (base == 16) {
        // A hexadecimal float is flagged as floating; its value is no decimal a pack could hold.
        result.floating = digits.contains(QLatin1Char('.')) || digits.contains(QLatin1Char('p'));
    } else {
        result.floating = digits.contains(QLatin1Char('.')) || digits.contains(QLatin1Char('e'));
    }
    if (result.floating) {
        static const QRegularExpression floatingSuffix(QStringLiteral("[fl]$"));
        digits.remove(floatingSuffix);
        if (base == 10 && !digits.contains(QLatin1Char('e'))) {
            result.value = decimalValue(digits);
        }
        return result;
    }
    static const QRegularExpression integerSuffix(QStringLiteral("[ulz]+$"));
    digits.remove(integerSuffix);
    if (base == 10 && digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
        base = 8;
    }
    bool ok = false;
    const qulonglong integer = digits.toULongLong(&ok, base);
    if (ok) {
        result.value = Rate(Rate::Int(integer), 1);
    }
    return result;
}

struct LintResult
{
    std::vector<Finding> findings;
    int files = 0;
    QSet<QString> allowancesUsed; // "value" or "file literal"
};

/**
 * Scans every .cpp and .h under root. Numbers in code, and numbers written in string literals
 * (a trailing % read as percent), must not equal a tax number of any built-in pack; comments may.
 * Also flags binary floating point: the type names and floating literals.
 */
LintResult lint(const QString& root, const std::map<QString, QString>& numbers)
{
    LintResult result;
    QStringList files;
    QDirIterator it(root, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        files << QDir(root).relativeFilePath(it.next());
    }
    files.sort();
    static const QRegularExpression numberInText(QStringLiteral("(\\d+(?:\\.\\d+)?)(%?)"));
    for (const QString& file : files) {
        ++result.files;
        const auto check = [&](const Token& token, const QString& literal, const std::optional<Rate>& value) {
            if (!value) {
                return;
            }
            const auto found = numbers.find(valueKey(*value));
            if (found == numbers.end()) {
                return;
            }
            for (const auto& allowed : allowedValues) {
                if (valueKey(*Rate::parse(QLatin1String(allowed.value))) == found->first) {
                    result.allowancesUsed.insert(QLatin1String(allowed.value));
                    return;
                }
            }
            for (const auto& allowed : allowedOccurrences) {
                if (file == QLatin1String(allowed.file) && literal == QLatin1String(allowed.literal)) {
                    result.allowancesUsed.insert(file + QLatin1Char(' ') + literal);
                    return;
                }
            }
            result.findings.push_back(
                {file,
                 token.line,
                 literal,
                 QStringLiteral("is a tax number (%1): read it from the rule pack").arg(found->second)});
        };
        for (const Token& token : scan(readText(QDir(root).filePath(file))).tokens) {
            if (token.kind == Token::Identifier && floatingPointNames.contains(token.text)) {
                result.findings.push_back(
                    {file, token.line, token.text, QStringLiteral("is binary floating point: use Money or Rate")});
            } else if (token.kind == Token::Number) {
                const NumberValue number = numberValue(token.text);
                if (number.floating) {
                    result.findings.push_back(
                        {file, token.line, token.text, QStringLiteral("is a floating literal: use Money or Rate")});
                }
                check(token, token.text, number.value);
            } else if (token.kind == Token::Text) {
                for (auto match = numberInText.globalMatch(token.text); match.hasNext();) {
                    const auto found = match.next();
                    auto value = decimalValue(found.captured(1));
                    if (value && !found.captured(2).isEmpty()) {
                        value = *value * Rate(1, 100);
                    }
                    check(token, found.captured(0), value);
                }
            }
        }
    }
    return result;
}

// ---- parameters and traces ---------------------------------------------------------------------------

/** RulePack member → parameter id, taken from the loader's money("id", pack.member…) style calls. */
std::map<QString, QString> parameterIds()
{
    const QString loader = scan(readText(engineDir + QStringLiteral("/rules/RulePackLoader.cpp"))).code;
    static const QRegularExpression call(
        QStringLiteral("\\b(?:money|rate|table|policy|choice)\\(\\s*\"([^\"]+)\"\\s*,\\s*pack\\.(\\w+)"));
    std::map<QString, QString> ids;
    for (auto match = call.globalMatch(loader); match.hasNext();) {
        const auto found = match.next();
        ids.emplace(found.captured(2), found.captured(1));
    }
    return ids;
}

const QStringList calculatorFiles = {QStringLiteral("WageWithholding"),
                                     QStringLiteral("PaymentPrepayment"),
                                     QStringLiteral("AnnualBonus"),
                                     QStringLiteral("AnnualReturn"),
                                     QStringLiteral("TableTax")};

/** The calculator files a calculation runs: its own and, transitively, the calculators it includes. */
QStringList calculatorsOf(const QString& entry)
{
    static const QRegularExpression include(QStringLiteral("#include \"compute/(\\w+)\\.h\""));
    QStringList files {entry};
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString code = scan(readText(engineDir + QStringLiteral("/compute/%1.cpp").arg(files.at(i)))).code;
        for (auto match = include.globalMatch(code); match.hasNext();) {
            const QString included = match.next().captured(1);
            if (calculatorFiles.contains(included) && !files.contains(included)) {
                files << included;
            }
        }
    }
    return files;
}

/** The RulePack members a calculator file reads. */
QSet<QString> membersRead(const QString& calculator)
{
    static const QRegularExpression read(QStringLiteral("\\bpack\\.(\\w+)"));
    const QString code = scan(readText(engineDir + QStringLiteral("/compute/%1.cpp").arg(calculator))).code;
    QSet<QString> members;
    for (auto match = read.globalMatch(code); match.hasNext();) {
        members.insert(match.next().captured(1));
    }
    return members;
}

// Inputs that between them take every branch that reads a parameter, beside the worked cases.
struct OwnInput
{
    ComputeKind kind;
    const char* json;
};
const OwnInput ownInputs[] = {
    {ComputeKind::AnnualReturn, R"({"tax_year": 2024,
        "income": {"wages": "380000.00", "labor": "50000.00", "author": "20000.00", "royalties": "10000.00",
                   "annual_bonus": {"amount": "60000.00", "method": "optimal"}},
        "prepaid": "10000.00", "tax_free_income": "1000.00", "special_deductions": "30000.00", "tax_relief": "100.00",
        "special_additional_deductions": {
            "children_education": [{"months": 12, "share_percent": 50}],
            "infant_care": [{"months": 6, "share_percent": 100}],
            "continuing_education": {"degree_months": 12, "certificate": true},
            "serious_illness": [{"out_of_pocket": "120000.00"}],
            "housing_rent": {"months": 12, "monthly_standard": "1500.00"},
            "elderly_support": {"months": 12, "only_child": false, "monthly_share": "1500.00"}},
        "other_deductions": {"annuity": "1000.00", "commercial_health_insurance": "3000.00",
                             "tax_deferred_pension": "1000.00", "individual_pension": "12000.00"},
        "donations": [{"amount": "5000.00", "limit": "30%"}, {"amount": "1000.00", "limit": "full"}]})"},
    {ComputeKind::AnnualReturn, R"({"tax_year": 2021,
        "income": {"wages": "150000.00", "annual_bonus": {"amount": "36001.00", "method": "separate"}},
        "special_additional_deductions": {"housing_loan_interest": {"months": 12, "share_percent": 50},
                                          "elderly_support": {"months": 12, "only_child": true}}})"},
    {ComputeKind::AnnualReturn, R"({"tax_year": 2019, "prepaid": "300.00",
        "income": {"wages": "50000.00", "annual_bonus": {"amount": "10000.00", "method": "combined"}}})"},
    {ComputeKind::WageWithholding, R"({"tax_year": 2024, "first_month": 1, "basic_deduction_from_january": true,
        "months": [{"month": 1, "wages": "6000.00"}, {"month": 12, "wages": "70000.00"}]})"},
    {ComputeKind::WageWithholding, R"({"tax_year": 2022, "first_month": 8, "first_job_in_year": true,
        "months": [{"month": 8, "wages": "40000.00", "tax_free_income": "100.00", "special_deductions": "2000.00",
                    "special_additional_deductions": "1000.00", "other_deductions": "200.00", "tax_relief": "10.00"}]})"},
    {ComputeKind::WageWithholding, R"({"tax_year": 2019, "first_month": 3,
        "months": [{"month": 3, "wages": "20000.00"}, {"month": 4, "wages": "20000.00"}]})"},
    {ComputeKind::PaymentPrepayment, R"({"tax_year": 2023, "category": "labor", "amount": "3000.00"})"},
    {ComputeKind::PaymentPrepayment, R"({"tax_year": 2023, "category": "labor", "amount": "60000.00"})"},
    {ComputeKind::PaymentPrepayment, R"({"tax_year": 2020, "category": "author", "amount": "5000.00"})"},
    {ComputeKind::PaymentPrepayment, R"({"tax_year": 2026, "category": "royalty", "amount": "10000.00"})"},
    {ComputeKind::AnnualBonus, R"({"tax_year": 2025, "amount": "36001.00"})"},
};

const std::map<ComputeKind, QString> calculatorOfKind = {
    {ComputeKind::WageWithholding, QStringLiteral("WageWithholding")},
    {ComputeKind::PaymentPrepayment, QStringLiteral("PaymentPrepayment")},
    {ComputeKind::AnnualBonus, QStringLiteral("AnnualBonus")},
    {ComputeKind::AnnualReturn, QStringLiteral("AnnualReturn")},
};

} // namespace

class TestGuards : public QObject
{
    Q_OBJECT

private slots:
    void engineCodeHoldsNoTaxNumbers()
    {
        const auto numbers = taxNumbers();
        QVERIFY2(numbers.size() > 50, "the rule packs yield too few tax numbers: is the pack reader broken?");
        const LintResult result = lint(engineDir, numbers);
        QStringList findings;
        for (const Finding& finding : result.findings) {
            findings << finding.toString();
        }
        QVERIFY2(findings.isEmpty(), qPrintable(findings.join(QLatin1Char('\n'))));
        QVERIFY2(result.files > 40, "too few engine sources scanned");

        // An exemption that no longer matches anything goes, so that the list stays short and true.
        for (const auto& allowed : allowedValues) {
            QVERIFY2(numbers.count(valueKey(*Rate::parse(QLatin1String(allowed.value)))) == 1,
                     qPrintable(QStringLiteral("%1 is no tax number: drop it from allowedValues")
                                    .arg(QLatin1String(allowed.value))));
        }
        for (const auto& allowed : allowedOccurrences) {
            const QString key = QLatin1String(allowed.file) + QLatin1Char(' ') + QLatin1String(allowed.literal);
            QVERIFY2(result.allowancesUsed.contains(key), qPrintable(QStringLiteral("unused exemption: %1").arg(key)));
        }
        qInfo("%d engine files scanned against %d tax numbers", result.files, int(numbers.size()));
    }

    // The lint is only worth something if it can fail: run it on planted code.
    void lintFindsPlantedTaxNumbers()
    {
        QTemporaryDir root;
        QVERIFY(root.isValid());
        QVERIFY(QDir(root.path()).mkpath(QStringLiteral("compute")));
        const auto plant = [&](const char* name, const char* text) {
            QFile file(root.filePath(QLatin1String(name)));
            return file.open(QIODevice::WriteOnly) && file.write(text) == qint64(qstrlen(text));
        };
        QVERIFY(plant("compute/Planted.cpp",
                      "// Each line says whether the lint must flag it.\n"
                      "// 60000: a comment may quote the law, 《个人所得税法》第六条 减除费用六万元\n"
                      "/* 36000 in a block comment,\n"
                      "   and 144000 on its next line */\n"
                      "const int monthsPerYear = 12; // not a tax number\n"
                      "const int ceiling = 60000;\n"
                      "const auto label = QStringLiteral(\"up to 36000 yuan\");\n"
                      "const auto rate = \"0.45\";\n"
                      "const auto site = QStringLiteral(\"http://example.org/5000\");\n"
                      "double share;\n"
                      "const auto hex = 0xEA60;\n"
                      "const long edge = 144'000L;\n"
                      "const char* raw = R\"tag(3000)tag\";\n"
                      "const auto limit = QStringLiteral(\"45%\");\n"
                      "const float half = .5f;\n"
                      "const auto fenPerYuan = 100;\n"
                      "const char quote = '\"'; const int after = 2520;\n"));
        QVERIFY(plant("compute/AnnualReturnReader.cpp", "const auto keyword = QStringLiteral(\"30%\");\n"));
        QVERIFY(plant("Elsewhere.h", "const auto limit = QStringLiteral(\"30%\");\n"));

        QStringList found;
        for (const Finding& finding : lint(root.path(), taxNumbers()).findings) {
            found << finding.where();
        }
        const QStringList expected = {
            QStringLiteral("Elsewhere.h:1 30%"),
            QStringLiteral("compute/Planted.cpp:6 60000"),
            QStringLiteral("compute/Planted.cpp:7 36000"),
            QStringLiteral("compute/Planted.cpp:8 0.45"),
            QStringLiteral("compute/Planted.cpp:9 5000"),
            QStringLiteral("compute/Planted.cpp:10 double"),
            QStringLiteral("compute/Planted.cpp:11 0xEA60"),
            QStringLiteral("compute/Planted.cpp:12 144'000L"),
            QStringLiteral("compute/Planted.cpp:13 3000"),
            QStringLiteral("compute/Planted.cpp:14 45%"),
            QStringLiteral("compute/Planted.cpp:15 float"),
            QStringLiteral("compute/Planted.cpp:15 .5f"),
            QStringLiteral("compute/Planted.cpp:17 2520"),
        };
        QCOMPARE(found, expected);
    }

    // Every parameter a calculation reads must be shown, with its citation, in the trace of some input:
    // a number the user cannot trace to the law is a number they cannot check.
    void everyParameterReadIsTraced()
    {
        const auto ids = parameterIds();
        // The mapping is read from the loader, so check it covers every cited member of RulePack.
        static const QRegularExpression member(
            QStringLiteral("\\b(?:CitedMoney|CitedRate|RateTable|Policy|CitedChoices)\\s+(\\w+)\\s*;"));
        const QString rulePack = scan(readText(engineDir + QStringLiteral("/rules/RulePack.h"))).code;
        int members = 0;
        for (auto match = member.globalMatch(rulePack); match.hasNext(); ++members) {
            const QString name = match.next().captured(1);
            QVERIFY2(ids.count(name), qPrintable(QStringLiteral("no parameter id found for RulePack::%1").arg(name)));
        }
        QVERIFY(members > 30);

        std::map<ComputeKind, std::set<QString>> expected;
        for (const auto& [kind, entry] : calculatorOfKind) {
            for (const QString& calculator : calculatorsOf(entry)) {
                for (const QString& name : membersRead(calculator)) {
                    const auto id = ids.find(name);
                    QVERIFY2(
                        id != ids.end(),
                        qPrintable(
                            QStringLiteral("%1.cpp reads pack.%2, which is no cited parameter").arg(calculator, name)));
                    expected[kind].insert(id->second);
                }
            }
            QVERIFY2(!expected[kind].empty(), qPrintable(entry));
        }

        std::vector<std::pair<ComputeKind, QByteArray>> inputs;
        for (const char* folder : {HUISUAN_SHARED_CASES_DIR, HUISUAN_PROJECT_CASES_DIR}) {
            const QDir dir {QLatin1String(folder)};
            const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
            QVERIFY2(!names.isEmpty(), folder);
            for (const QString& name : names) {
                QFile file(dir.filePath(name));
                QVERIFY(file.open(QIODevice::ReadOnly));
                const QByteArray bytes = file.readAll();
                const auto parsed = JsonReader::parse(bytes);
                const JsonValue* kindName = parsed.ok ? parsed.value.find(QStringLiteral("kind")) : nullptr;
                QVERIFY2(kindName, qPrintable(name));
                const auto kind = computeKindFromName(kindName->text());
                QVERIFY2(kind, qPrintable(name));
                inputs.emplace_back(*kind, bytes);
            }
        }
        for (const OwnInput& own : ownInputs) {
            inputs.emplace_back(own.kind, QByteArray(own.json));
        }

        std::map<ComputeKind, std::set<QString>> traced;
        std::map<ComputeKind, int> computed;
        for (const auto& [kind, bytes] : inputs) {
            const auto outcome = ComputeService::computeDocument(kind, bytes, {});
            if (outcome.status != ComputeService::Status::Computed || !calculatorOfKind.count(kind)) {
                continue; // a case that expects a refusal, or an identifier check, which reads no pack
            }
            ++computed[kind];
            const JsonValue* trace = outcome.result.find(QStringLiteral("trace"));
            QVERIFY(trace);
            for (const JsonValue& line : trace->items()) {
                for (const JsonValue& parameter : line.find(QStringLiteral("parameters"))->items()) {
                    const QString id = parameter.find(QStringLiteral("id"))->text();
                    QVERIFY2(!parameter.find(QStringLiteral("citation"))->text().trimmed().isEmpty(),
                             qPrintable(QStringLiteral("%1 is traced without a citation in %2")
                                            .arg(id, line.find(QStringLiteral("id"))->text())));
                    traced[kind].insert(id);
                }
            }
        }
        for (const auto& [kind, read] : expected) {
            QStringList missing;
            for (const QString& id : read) {
                if (!traced[kind].count(id)) {
                    missing << id;
                }
            }
            QVERIFY2(missing.isEmpty(),
                     qPrintable(QStringLiteral("%1 reads %2 but no trace of %3 inputs shows it")
                                    .arg(computeKindName(kind), missing.join(QStringLiteral(", ")))
                                    .arg(computed[kind])));
            qInfo("%s: %d parameters read, all traced, over %d inputs",
                  qPrintable(computeKindName(kind)),
                  int(read.size()),
                  computed[kind]);
        }
    }
};

HUISUAN_REGISTER_TEST(TestGuards)
#include "TestGuards.moc"
