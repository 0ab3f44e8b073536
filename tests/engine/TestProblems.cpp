// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"
#include "compute/ComputeService.h"

#include "json/JsonReader.h"
#include "json/Problems.h"
#include <QCoreApplication>
#include <QTest>
#include <QTranslator>
#include <algorithm>
#include <cctype>

using namespace huisuan;

namespace {

/** A translator that answers every text of the "Problem" context in brackets, as a stand-in language. */
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char* context, const char* sourceText, const char*, int) const override
    {
        // Like a real translation, it has nothing for numbers.
        const QByteArray text(sourceText);
        if (QByteArray(context) != "Problem" || !std::any_of(text.cbegin(), text.cend(), [](char c) {
                return std::isalpha(static_cast<unsigned char>(c));
            })) {
            return {};
        }
        return QStringLiteral("[") + QString::fromUtf8(sourceText) + QStringLiteral("]");
    }
    bool isEmpty() const override { return false; }
};

Problems refusedProblems(const char* input)
{
    const JsonReader::Result parsed = JsonReader::parse(QByteArray(input));
    return ComputeService::compute(ComputeKind::AnnualReturn, parsed.value).problems;
}

} // namespace

class TestProblems : public QObject
{
    Q_OBJECT
private slots:
    void aTemplateIsFilledInOnePass()
    {
        const Problem problem = Problem::fromTemplate(
            QStringLiteral("limit"), "\"%1\" is not %2", {QStringLiteral("%2"), QStringLiteral("x")});
        QCOMPARE(problem.message, QStringLiteral("\"%2\" is not x"));
        QCOMPARE(problem.translated(), problem.message);
    }

    void theEnginesProblemsTranslateButTheirMessagesStayEnglish()
    {
        const Problems problems =
            refusedProblems("{\"tax_year\":2021,\"income\":{\"wages\":\"1000.00\"},\"special_additional_deductions\":"
                            "{\"infant_care\":[{\"months\":13,\"share_percent\":100}]}}");
        QCOMPARE(problems.size(), size_t(2));
        BracketTranslator translator;
        QCoreApplication::installTranslator(&translator);
        const Problem& months = problems.at(0);
        QCOMPARE(months.path, QStringLiteral("special_additional_deductions.infant_care[0].months"));
        QCOMPARE(months.message, QStringLiteral("13 is outside 0–12"));
        QCOMPARE(months.translated(), QStringLiteral("[13 is outside 0–12]"));
        // The policy's name is a phrase of its own, translated as one.
        const Problem& policy = problems.at(1);
        QVERIFY(policy.message.startsWith(
            QLatin1String("The deduction for the care of infants under three is not in force in tax year 2021")));
        QVERIFY(policy.translated().startsWith(
            QLatin1String("[[The deduction for the care of infants under three] is not in force in tax year 2021")));
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(policy.translated(), policy.message);
    }
};

HUISUAN_REGISTER_TEST(TestProblems)
#include "TestProblems.moc"
