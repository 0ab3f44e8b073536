// SPDX-License-Identifier: GPL-3.0-or-later
// The quality of translations/huisuan_{zh_CN,en,ja}.ts, read as XML with QXmlStreamReader.
//
// complete       (all three) No message is unfinished, vanished or obsolete, and every translation, and every
//                numerus form of a plural one, is non-empty.
// placeholders   (all three) The set of %1..%99 (also %L1) and %n in each translation, and in each numerus form,
//                equals the source's. A message that is not numerus holds no %n.
// notCopied      (zh_CN, ja) No translation is the source copied (equal after trimming), except the texts in
//                kSameInEveryLanguage and texts with nothing to translate: only placeholders, digits, punctuation
//                and spaces (such as "%1: %2"). English translations equal the source by design, so en is not
//                checked here.
// glossaryTerms  (zh_CN, ja) For each English term of kTerms (docs/glossary.md), a translation of a source that
//                uses the term must contain the glossary's rendering (one of the listed forms, for conjugated
//                Japanese verbs and for the two kinds of identity number). The term is matched as a word,
//                case-insensitively; a hyphen or an underscore next to it makes it part of another token
//                (huisuan-bureau, --vault, not_my_employer), not the term. Occurrences the translation keeps verbatim
//                (a command name such as `huisuan-cli withdraw` in a usage line) are not terms: the rendering is
//                required only when the source uses the term more often than the translation keeps it.
// Each test lists every offending message (file:line, context, source) before it fails.
#include "TestRegistry.h"

#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>
#include <algorithm>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type; // the translation's type attribute: "", "unfinished", "vanished" or "obsolete"
    QStringList forms; // the translation, or its numerus forms
    qint64 line = 0;
};

struct TsFile
{
    QString path;
    QList<Message> messages;
};

TsFile readTs(const QString& language)
{
    TsFile file;
    file.path = QStringLiteral(HUISUAN_SOURCE_DIR "/translations/huisuan_%1.ts").arg(language);
    QFile device(file.path);
    if (!device.open(QIODevice::ReadOnly)) {
        qFatal("cannot read %s", qPrintable(file.path));
    }
    QXmlStreamReader xml(&device);
    QString context;
    Message message;
    bool inMessage = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == u"context") {
                context.clear();
            } else if (name == u"name" && !inMessage) {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message {};
                message.context = context;
                message.numerus = xml.attributes().value(QStringLiteral("numerus")) == u"yes";
                message.line = xml.lineNumber();
                inMessage = true;
            } else if (name == u"source" && inMessage) {
                message.source = xml.readElementText();
            } else if (name == u"translation" && inMessage) {
                message.type = xml.attributes().value(QStringLiteral("type")).toString();
                if (message.numerus) {
                    while (xml.readNextStartElement()) {
                        if (xml.name() == u"numerusform") {
                            message.forms.append(xml.readElementText());
                        } else {
                            xml.skipCurrentElement();
                        }
                    }
                } else {
                    message.forms.append(xml.readElementText());
                }
            } else if (name != u"TS" && inMessage) {
                xml.skipCurrentElement(); // comment, extracomment, translatorcomment, location, ...
            }
        } else if (xml.isEndElement() && xml.name() == u"message") {
            file.messages.append(message);
            inMessage = false;
        }
    }
    if (xml.hasError()) {
        qFatal("%s:%lld: %s", qPrintable(file.path), xml.lineNumber(), qPrintable(xml.errorString()));
    }
    return file;
}

QString where(const TsFile& file, const Message& message)
{
    QString source = message.source;
    source.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    if (source.size() > 100) {
        source = source.left(100) + QStringLiteral("...");
    }
    return QStringLiteral("%1:%2 [%3] \"%4\"").arg(file.path, QString::number(message.line), message.context, source);
}

QSet<QString> placeholders(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("%L?([1-9][0-9]?|n)(?![0-9])"));
    QSet<QString> found;
    for (const auto& match : pattern.globalMatch(text)) {
        found.insert(match.captured(1));
    }
    return found;
}

QString show(const QSet<QString>& set)
{
    QStringList list(set.begin(), set.end());
    list.sort();
    return QLatin1Char('{') + list.join(QLatin1Char(',')) + QLatin1Char('}');
}

// Texts that are the same in every language. Keep it short: product and program names, standards and protocol
// names a translation keeps in Latin letters. None of them is a sentence.
const QSet<QString> kSameInEveryLanguage = {
    QStringLiteral("Huisuan"), // the product's name (zh_CN renders it as 汇算 in sentences, ja keeps it)
    QStringLiteral("huisuan-cli"), // program names
    QStringLiteral("huisuan-bureau"),
    QStringLiteral("SQLCipher"), // library and algorithm names
    QStringLiteral("scrypt"),
    QStringLiteral("SM2"),
    QStringLiteral("JSON"),
    QStringLiteral("UTC"),
};

// Nothing to translate: placeholders, digits, punctuation, symbols and spaces only (such as "%1: %2").
bool nothingToTranslate(const QString& text)
{
    static const QRegularExpression placeholder(QStringLiteral("%L?([1-9][0-9]?|n)"));
    QString rest = text;
    rest.remove(placeholder);
    for (const QChar c : rest) {
        if (c.isLetter()) {
            return false;
        }
    }
    return true;
}

struct Term
{
    const char* english; // as docs/glossary.md lists it
    const char* pattern; // the English forms, as a regular expression matched as a word
    QStringList zhCN; // the glossary's renderings; a translation must contain one of them
    QStringList ja;
};

const QList<Term>& terms()
{
    static const QList<Term> list = {
        {"vault", "vaults?", {QStringLiteral("保险库")}, {QStringLiteral("保管庫")}},
        {"passphrase", "passphrases?", {QStringLiteral("口令")}, {QStringLiteral("パスフレーズ")}},
        {"(tax) bureau", "bureaus?", {QStringLiteral("税务机关")}, {QStringLiteral("税務当局")}},
        {"receipt", "receipts?", {QStringLiteral("回执")}, {QStringLiteral("受領証")}},
        {"correction", "corrections?", {QStringLiteral("更正")}, {QStringLiteral("訂正")}},
        {"withdraw",
         "withdraw(?:s|n|al|als|ing)?",
         {QStringLiteral("作废")},
         {QStringLiteral("取消"), QStringLiteral("取り消")}},
        {"enrol", "enrol(?:s|led|ling|ment|ments)?", {QStringLiteral("登记")}, {QStringLiteral("登録")}},
        {"outbox", "outbox", {QStringLiteral("待发队列")}, {QStringLiteral("送信待ち")}},
        {"rule pack", "rule packs?", {QStringLiteral("规则包")}, {QStringLiteral("ルールパック")}},
        {"prefill", "prefill(?:s|ed)?", {QStringLiteral("预填")}, {QStringLiteral("事前入力")}},
        {"special deductions", "special deductions?", {QStringLiteral("专项扣除")}, {QStringLiteral("専項控除")}},
        {"special additional deductions",
         "special additional deductions?",
         {QStringLiteral("专项附加扣除")},
         {QStringLiteral("専項付加控除")}},
        {"annual bonus", "annual bonus(?:es)?", {QStringLiteral("全年一次性奖金")}, {QStringLiteral("全年一時賞与")}},
        {"employer (withholding agent)",
         "employers?",
         {QStringLiteral("扣缴义务人")},
         {QStringLiteral("源泉徴収義務者")}},
        {"identity number",
         "identity numbers?",
         {QStringLiteral("身份证件号码"), QStringLiteral("居民身份证号码")},
         {QStringLiteral("身分証番号")}},
    };
    return list;
}

QRegularExpression termPattern(const Term& term)
{
    return QRegularExpression(QStringLiteral("(?<![\\w-])(?:%1)(?![\\w-])").arg(QLatin1String(term.pattern)),
                              QRegularExpression::CaseInsensitiveOption);
}

qsizetype countMatches(const QRegularExpression& pattern, const QString& text)
{
    qsizetype count = 0;
    for ([[maybe_unused]] const auto& match : pattern.globalMatch(text)) {
        ++count;
    }
    return count;
}

void languages(bool withEnglish)
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("ja") << QStringLiteral("ja");
    if (withEnglish) {
        QTest::newRow("en") << QStringLiteral("en");
    }
}

void failOn(const QStringList& problems)
{
    for (const auto& problem : problems) {
        qWarning().noquote() << problem;
    }
    QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 message(s) above").arg(problems.size())));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data() { languages(true); }
    void complete()
    {
        QFETCH(QString, language);
        const auto file = readTs(language);
        QVERIFY(!file.messages.isEmpty());
        QStringList problems;
        for (const auto& message : file.messages) {
            if (!message.type.isEmpty()) {
                problems << QStringLiteral("%1: %2").arg(where(file, message), message.type);
            } else if (message.forms.isEmpty()) {
                problems << QStringLiteral("%1: no translation").arg(where(file, message));
            } else if (message.forms.contains(QString())) {
                problems << QStringLiteral("%1: empty translation").arg(where(file, message));
            }
        }
        failOn(problems);
    }

    void placeholders_data() { languages(true); }
    void placeholders()
    {
        QFETCH(QString, language);
        const auto file = readTs(language);
        QStringList problems;
        for (const auto& message : file.messages) {
            const auto expected = ::placeholders(message.source);
            if (!message.numerus && expected.contains(QStringLiteral("n"))) {
                problems << QStringLiteral("%1: %n in a message that is not numerus").arg(where(file, message));
            }
            for (qsizetype form = 0; form < message.forms.size(); ++form) {
                const auto found = ::placeholders(message.forms.at(form));
                if (found != expected) {
                    // One arg() call: the texts may hold %1 themselves.
                    problems << QStringLiteral("%1: form %2 has %3, the source %4")
                                    .arg(where(file, message), QString::number(form), show(found), show(expected));
                }
            }
        }
        failOn(problems);
    }

    void notCopied_data() { languages(false); }
    void notCopied()
    {
        QFETCH(QString, language);
        const auto file = readTs(language);
        QStringList problems;
        for (const auto& message : file.messages) {
            const auto source = message.source.trimmed();
            if (kSameInEveryLanguage.contains(source) || nothingToTranslate(source)) {
                continue;
            }
            for (const auto& form : message.forms) {
                if (form.trimmed() == source) {
                    problems << QStringLiteral("%1: copies the source").arg(where(file, message));
                    break;
                }
            }
        }
        failOn(problems);
    }

    void nothingToTranslateIsNarrow()
    {
        QVERIFY(nothingToTranslate(QStringLiteral("%1: %2")));
        QVERIFY(nothingToTranslate(QStringLiteral("  %1 [%2] %3: %4")));
        QVERIFY(!nothingToTranslate(QStringLiteral("refund %1")));
        QVERIFY(!nothingToTranslate(QStringLiteral("ok")));
    }

    void glossaryTerms_data() { languages(false); }
    void glossaryTerms()
    {
        QFETCH(QString, language);
        const auto file = readTs(language);
        QStringList problems;
        for (const auto& term : terms()) {
            const auto pattern = termPattern(term);
            const auto& renderings = language == u"ja" ? term.ja : term.zhCN;
            for (const auto& message : file.messages) {
                const auto uses = countMatches(pattern, message.source);
                if (uses == 0) {
                    continue;
                }
                for (const auto& form : message.forms) {
                    const bool rendered = std::any_of(
                        renderings.begin(), renderings.end(), [&](const QString& r) { return form.contains(r); });
                    if (!rendered && uses > countMatches(pattern, form)) {
                        problems << QStringLiteral("%1: \"%2\" must be rendered as %3")
                                        .arg(where(file, message),
                                             QLatin1String(term.english),
                                             renderings.join(QStringLiteral(" or ")));
                        break;
                    }
                }
            }
        }
        failOn(problems);
    }

    // The term matcher itself: words, not parts of program names, options or identifiers.
    void termMatching()
    {
        const Term& bureau = terms().at(2);
        const auto pattern = termPattern(bureau);
        QCOMPARE(countMatches(pattern, QStringLiteral("The tax bureau's answer")), 1);
        QCOMPARE(countMatches(pattern, QStringLiteral("Bureau: one path")), 1);
        QCOMPARE(countMatches(pattern, QStringLiteral("usage: huisuan-bureau --bureau URL --bureau-dir DIR")), 0);
        QCOMPARE(countMatches(termPattern(terms().at(13)), QStringLiteral("not_my_employer")), 0);
        QCOMPARE(countMatches(termPattern(terms().at(5)), QStringLiteral("can be withdrawn; a withdrawal")), 2);
    }
};

HUISUAN_REGISTER_TEST(TestTranslations)
#include "TestTranslations.moc"
