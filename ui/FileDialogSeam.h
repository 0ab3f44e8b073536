// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

class QWidget;

namespace huisuan {

/** Where the user saves or opens a file: QFileDialog in the app, a path a test sets beforehand. */
class FileDialogSeam
{
public:
    /** The path chosen, empty when the user cancelled; `suggested` is where the dialog starts. */
    static QString
    saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter);

    /** The file chosen to open, empty when the user cancelled; `directory` is where the dialog starts. */
    static QString
    openFileName(QWidget* parent, const QString& caption, const QString& directory, const QString& filter);
    /** The answer to the next save or open question, which then shows no dialog (empty: cancelled). */
    static void setNextFileName(const QString& path) { s_nextFileName = path; }

private:
    static inline std::optional<QString> s_nextFileName;
};

} // namespace huisuan
