// SPDX-License-Identifier: GPL-3.0-or-later
#include "json/Problems.h"

#include <QCoreApplication>

namespace huisuan {

namespace {

/** Replaces %1 … %9 in one pass, so that an argument holding "%2" is never replaced again. */
QString fill(const QString& text, const QStringList& arguments)
{
    QString filled;
    filled.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('%') && i + 1 < text.size() && text.at(i + 1) >= QLatin1Char('1') &&
            text.at(i + 1) <= QLatin1Char('9')) {
            const qsizetype index = text.at(i + 1).digitValue() - 1;
            if (index < arguments.size()) {
                filled += arguments.at(index);
                ++i;
                continue;
            }
        }
        filled += c;
    }
    return filled;
}

} // namespace

Problem Problem::fromTemplate(QString path, const char* text, QStringList arguments)
{
    Problem problem;
    problem.path = std::move(path);
    problem.message = fill(QString::fromUtf8(text), arguments);
    problem.text = text;
    problem.arguments = std::move(arguments);
    return problem;
}

QString Problem::translated() const
{
    if (text == nullptr) {
        return message;
    }
    // Arguments that are phrases (a policy's name, an expected type) are marked for translation
    // where they are written; numbers, amounts and citations have no translation and stay as they are.
    QStringList translatedArguments;
    for (const QString& argument : arguments) {
        translatedArguments.append(QCoreApplication::translate("Problem", argument.toUtf8().constData()));
    }
    return fill(QCoreApplication::translate("Problem", text), translatedArguments);
}

} // namespace huisuan
