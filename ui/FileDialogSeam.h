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

    /** The answer to the next save question, which then shows no dialog (empty: cancelled). */
    static void setNextFileName(const QString& path) { s_nextFileName = path; }

    /** The existing file chosen, empty when the user cancelled; `folder` is where the dialog starts. */
    static QString openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter);

    /** The answer to the next open question, which then shows no dialog (empty: cancelled). */
    static void setNextOpenFileName(const QString& path) { s_nextOpenFileName = path; }

private:
    static inline std::optional<QString> s_nextFileName;
    static inline std::optional<QString> s_nextOpenFileName;
};

} // namespace huisuan
