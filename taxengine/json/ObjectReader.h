// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "money/Money.h"

#include "json/JsonValue.h"
#include "json/Problems.h"
#include <QDate>
#include <QSet>
#include <QString>
#include <optional>

namespace huisuan {

/** Joins a parent path and a key: "" + "income" = "income", "income" + "wages" = "income.wages". */
QString childPath(const QString& parent, const QString& key);
/** "months" + 3 = "months[3]". */
QString indexPath(const QString& parent, size_t index);

/**
 * Reads the members of one JSON object against a schema, recording a Problem for every member
 * of the wrong type or value and, in finish(), for every member the schema never asked for.
 * Shared by the input readers and the rule-pack loader so that both speak the same grammar.
 */
class ObjectReader
{
public:
    ObjectReader(const JsonValue& value, QString path, Problems& problems);

    bool isObject() const { return m_object != nullptr; }
    const QString& path() const { return m_path; }
    QString pathOf(const QString& key) const { return childPath(m_path, key); }

    bool has(const QString& key);
    /** The raw member, or nullptr when absent (and a problem when required). */
    const JsonValue* member(const QString& key, bool required);

    /** Money in the input grammar: a string "0", "12", "12.3", "12.34" with no sign, at most
     *  999999999999.99. Absent amounts are zero unless required. */
    std::optional<Money> money(const QString& key, bool required = false);
    /** Signed money, as rule packs may need. */
    std::optional<Money> signedMoney(const QString& key, bool required);
    std::optional<Rate> rate(const QString& key, bool required);
    std::optional<int> integer(const QString& key, int minimum, int maximum, bool required, int fallback = 0);
    std::optional<bool> boolean(const QString& key, bool fallback);
    std::optional<QString> string(const QString& key, bool required);
    /** An ISO date "YYYY-MM-DD" that exists on the calendar; null JSON gives a null QDate. */
    std::optional<QDate> date(const QString& key, bool required, bool nullable);
    const JsonValue* array(const QString& key, bool required);
    const JsonValue* object(const QString& key, bool required);

    void addProblem(const QString& key, const QString& message);
    /** A problem the GUI can translate: `text` is marked with QT_TRANSLATE_NOOP("Problem", ...). */
    void addProblem(const QString& key, const char* text, QStringList arguments = {});
    /** Records an "unknown key" problem for each member no accessor asked for. */
    void finish();

    static std::optional<Money> parseInputMoney(const QString& text);

private:
    void wrongType(const QString& key, const char* expected);

    const JsonValue* m_object = nullptr;
    QString m_path;
    Problems& m_problems;
    QSet<QString> m_seen;
};

} // namespace huisuan
