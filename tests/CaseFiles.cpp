// SPDX-License-Identifier: GPL-3.0-or-later
#include "CaseFiles.h"

#include "json/JsonReader.h"
#include <QDir>
#include <QFile>
#include <QTest>

namespace huisuan::test {

QStringList caseFilesIn(const QString& folder)
{
    QStringList paths;
    const QDir dir(folder);
    for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        paths << dir.filePath(name);
    }
    return paths;
}

CaseFile readCaseFile(const QString& path)
{
    CaseFile result;
    result.path = path;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read case %s", qPrintable(path));
    }
    const auto parsed = JsonReader::parse(file.readAll());
    if (!parsed.ok || !parsed.value.isObject()) {
        qFatal("case %s is not a JSON object: %s", qPrintable(path), qPrintable(parsed.error));
    }
    const JsonValue& root = parsed.value;
    const auto text = [&](const char* key) {
        const JsonValue* value = root.find(QLatin1String(key));
        return value && value->isString() ? value->text() : QString();
    };
    result.id = text("id");
    result.kind = text("kind");
    result.expectError = text("expect_error");
    if (const JsonValue* input = root.find(QStringLiteral("input"))) {
        result.input = *input;
    }
    if (const JsonValue* expect = root.find(QStringLiteral("expect"))) {
        result.expect = *expect;
    }
    return result;
}

QStringList expectationMismatches(const JsonValue& expect, const JsonValue& actual, const QString& path)
{
    const QString where = path.isEmpty() ? QStringLiteral("(result)") : path;
    if (expect.isObject()) {
        if (!actual.isObject()) {
            return {where + QStringLiteral(": expected an object")};
        }
        QStringList mismatches;
        for (const auto& [key, value] : expect.members()) {
            const JsonValue* found = actual.find(key);
            const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (!found) {
                mismatches << child + QStringLiteral(": missing");
            } else {
                mismatches << expectationMismatches(value, *found, child);
            }
        }
        return mismatches;
    }
    if (expect.isArray()) {
        if (!actual.isArray() || actual.items().size() != expect.items().size()) {
            return {where +
                    QStringLiteral(": expected an array of %1, got %2")
                        .arg(expect.items().size())
                        .arg(actual.isArray() ? qsizetype(actual.items().size()) : -1)};
        }
        QStringList mismatches;
        for (size_t i = 0; i < expect.items().size(); ++i) {
            mismatches << expectationMismatches(
                expect.items()[i], actual.items()[i], path + QStringLiteral("[%1]").arg(i));
        }
        return mismatches;
    }
    if (expect != actual) {
        return {where +
                QStringLiteral(": expected %1 %2, got %3 %4")
                    .arg(QLatin1String(jsonTypeName(expect.type())),
                         expect.isBool() ? (expect.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                         : expect.text(),
                         QLatin1String(jsonTypeName(actual.type())),
                         actual.isBool() ? (actual.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                         : actual.text())};
    }
    return {};
}

} // namespace huisuan::test
