// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "json/JsonValue.h"
#include <QString>
#include <QStringList>

namespace huisuan::test {

/** One worked case as ../shared/cases/README.md defines it. */
struct CaseFile
{
    QString path;
    QString id;
    QString kind;
    JsonValue input;
    std::optional<JsonValue> expect;
    QString expectError;
};

/** The *.json files of a folder, sorted by name. */
QStringList caseFilesIn(const QString& folder);
/** Reads a case strictly; an unreadable or malformed case fails the calling test. */
CaseFile readCaseFile(const QString& path);
/** Where expected and actual differ: every key of expect must be in actual with an equal value;
 *  objects compare key by key, arrays element by element with equal lengths. */
QStringList expectationMismatches(const JsonValue& expect, const JsonValue& actual, const QString& path = {});

} // namespace huisuan::test
