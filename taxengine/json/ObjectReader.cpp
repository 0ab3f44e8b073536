// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/ObjectReader.h"

#include <QCoreApplication>
#include <QDate>

namespace huisuan {

namespace {

// The input grammar's ceiling (cases README): twelve digits of yuan, two of fen.
const Money inputMoneyCeiling = Money::fromFen(Money::Fen(99999999999999LL));

QString locationText(const QString& path)
{
    return path.isEmpty() ? QStringLiteral("input") : path;
}

} // namespace

QString childPath(const QString& parent, const QString& key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString& parent, size_t index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

ObjectReader::ObjectReader(const JsonValue& value, QString path, Problems& problems)
    : m_path(std::move(path))
    , m_problems(problems)
{
    if (value.isObject()) {
        m_object = &value;
    } else {
        m_problems.push_back(Problem::fromTemplate(locationText(m_path),
                                                   QT_TRANSLATE_NOOP("Problem", "must be a JSON object, not %1"),
                                                   {QLatin1String(jsonTypeName(value.type()))}));
    }
}

bool ObjectReader::has(const QString& key)
{
    return m_object && m_object->find(key);
}

const JsonValue* ObjectReader::member(const QString& key, bool required)
{
    m_seen.insert(key);
    const JsonValue* value = m_object ? m_object->find(key) : nullptr;
    if (!value && required && m_object) {
        addProblem(key, QT_TRANSLATE_NOOP("Problem", "is required"));
    }
    return value;
}

void ObjectReader::wrongType(const QString& key, const char* expected)
{
    const JsonValue* value = m_object->find(key);
    addProblem(key,
               QT_TRANSLATE_NOOP("Problem", "must be %1, not %2"),
               {QLatin1String(expected), QLatin1String(jsonTypeName(value->type()))});
}

std::optional<Money> ObjectReader::parseInputMoney(const QString& text)
{
    if (text.startsWith(QLatin1Char('-'))) {
        return std::nullopt;
    }
    const auto money = Money::parse(text);
    if (!money || *money > inputMoneyCeiling) {
        return std::nullopt;
    }
    return money;
}

std::optional<Money> ObjectReader::money(const QString& key, bool required)
{
    const JsonValue* value = member(key, required);
    if (!value) {
        return required ? std::nullopt : std::optional<Money>(Money());
    }
    if (!value->isString()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "an amount as a JSON string such as \"1234.50\""));
        return std::nullopt;
    }
    const auto money = parseInputMoney(value->text());
    if (!money) {
        addProblem(key,
                   QT_TRANSLATE_NOOP("Problem",
                                     "\"%1\" is not an amount: write yuan with at most two decimals, no sign, no "
                                     "separators, no leading zeros, at most 999999999999.99"),
                   {value->text()});
    }
    return money;
}

std::optional<Money> ObjectReader::signedMoney(const QString& key, bool required)
{
    const JsonValue* value = member(key, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isString()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "an amount as a JSON string"));
        return std::nullopt;
    }
    const auto money = Money::parse(value->text());
    if (!money) {
        addProblem(
            key, QT_TRANSLATE_NOOP("Problem", "\"%1\" is not an amount with at most two decimals"), {value->text()});
    }
    return money;
}

std::optional<Rate> ObjectReader::rate(const QString& key, bool required)
{
    const JsonValue* value = member(key, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isString()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "a rate as a JSON string such as \"0.03\""));
        return std::nullopt;
    }
    const auto rate = Rate::parse(value->text());
    if (!rate) {
        addProblem(key, QT_TRANSLATE_NOOP("Problem", "\"%1\" is not a decimal rate"), {value->text()});
    }
    return rate;
}

std::optional<int> ObjectReader::integer(const QString& key, int minimum, int maximum, bool required, int fallback)
{
    const JsonValue* value = member(key, required);
    if (!value) {
        return required ? std::nullopt : std::optional<int>(fallback);
    }
    if (!value->isNumber()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "a JSON integer"));
        return std::nullopt;
    }
    const auto integer = value->toInteger();
    if (!integer) {
        addProblem(key, QT_TRANSLATE_NOOP("Problem", "%1 is not a whole number"), {value->text()});
        return std::nullopt;
    }
    if (*integer < minimum || *integer > maximum) {
        addProblem(key,
                   QT_TRANSLATE_NOOP("Problem", "%1 is outside %2–%3"),
                   {value->text(), QString::number(minimum), QString::number(maximum)});
        return std::nullopt;
    }
    return int(*integer);
}

std::optional<bool> ObjectReader::boolean(const QString& key, bool fallback)
{
    const JsonValue* value = member(key, false);
    if (!value) {
        return fallback;
    }
    if (!value->isBool()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "true or false"));
        return std::nullopt;
    }
    return value->toBool();
}

std::optional<QString> ObjectReader::string(const QString& key, bool required)
{
    const JsonValue* value = member(key, required);
    if (!value) {
        return std::nullopt;
    }
    if (!value->isString()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "a JSON string"));
        return std::nullopt;
    }
    return value->text();
}

std::optional<QDate> ObjectReader::date(const QString& key, bool required, bool nullable)
{
    const JsonValue* value = member(key, required);
    if (!value) {
        return std::nullopt;
    }
    if (nullable && value->isNull()) {
        return QDate();
    }
    if (!value->isString()) {
        wrongType(key,
                  nullable ? QT_TRANSLATE_NOOP("Problem", "a date \"YYYY-MM-DD\" or null")
                           : QT_TRANSLATE_NOOP("Problem", "a date \"YYYY-MM-DD\""));
        return std::nullopt;
    }
    // Not Qt::ISODate: Qt reads "2024/01/01" and "2024.01.01" with it as well.
    const QDate date = QDate::fromString(value->text(), QStringLiteral("yyyy-MM-dd"));
    constexpr int isoDateLength = 10;
    if (!date.isValid() || value->text().size() != isoDateLength) {
        addProblem(key, QT_TRANSLATE_NOOP("Problem", "\"%1\" is not a date \"YYYY-MM-DD\""), {value->text()});
        return std::nullopt;
    }
    return date;
}

const JsonValue* ObjectReader::array(const QString& key, bool required)
{
    const JsonValue* value = member(key, required);
    if (value && !value->isArray()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "a JSON array"));
        return nullptr;
    }
    return value;
}

const JsonValue* ObjectReader::object(const QString& key, bool required)
{
    const JsonValue* value = member(key, required);
    if (value && !value->isObject()) {
        wrongType(key, QT_TRANSLATE_NOOP("Problem", "a JSON object"));
        return nullptr;
    }
    return value;
}

void ObjectReader::addProblem(const QString& key, const QString& message)
{
    m_problems.push_back({pathOf(key), message});
}

void ObjectReader::addProblem(const QString& key, const char* text, QStringList arguments)
{
    m_problems.push_back(Problem::fromTemplate(pathOf(key), text, std::move(arguments)));
}

void ObjectReader::finish()
{
    if (!m_object) {
        return;
    }
    QStringList allowed(m_seen.begin(), m_seen.end());
    allowed.sort();
    for (const auto& member : m_object->members()) {
        if (!m_seen.contains(member.first)) {
            addProblem(member.first,
                       QT_TRANSLATE_NOOP("Problem", "unknown key; allowed here: %1"),
                       {allowed.join(QStringLiteral(", "))});
        }
    }
}

} // namespace huisuan
