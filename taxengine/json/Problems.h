// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <vector>

namespace huisuan {

/**
 * One reason an input was refused: the field path ("months[3].wages") and what is wrong with it.
 * The message is English, as huisuan-cli prints it; a problem made from a template marked with
 * QT_TRANSLATE_NOOP("Problem", ...) also carries the template and its arguments, so that a GUI
 * can show it in the user's language.
 */
struct Problem
{
    Problem() = default;
    /** A problem in English only, for texts no user of the GUI meets. */
    Problem(QString path, QString message)
        : path(std::move(path))
        , message(std::move(message))
    {
    }

    QString path;
    QString message;
    const char* text = nullptr; // the untranslated template with %1, %2, ...; null when not translatable
    QStringList arguments; // what the template's %1, %2, ... stand for

    /** A problem whose message is `text` with its %1, %2, ... replaced by `arguments`. */
    static Problem fromTemplate(QString path, const char* text, QStringList arguments = {});
    /** The message through the installed translators (context "Problem"); the English one without a template. */
    QString translated() const;
    QString toString() const { return path + QStringLiteral(": ") + message; }
    friend bool operator==(const Problem& a, const Problem& b) { return a.path == b.path && a.message == b.message; }
};

using Problems = std::vector<Problem>;

} // namespace huisuan
