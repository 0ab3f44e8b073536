// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QFont>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSaveFile>
#include <memory>

namespace huisuan {

/**
 * A PDF on its way to disk: an A4 QPdfWriter over a QSaveFile, so that a failed report leaves
 * the file that was there, and the Noto Sans CJK face every report embeds. QtGui only, no
 * widgets: reports are written on the session's worker thread and by huisuan-cli.
 */
class PdfFile
{
    Q_DECLARE_TR_FUNCTIONS(PdfFile)

public:
    PdfFile(const QString& path, const QString& title, QPageLayout::Orientation orientation);
    ~PdfFile();

    /** The writer to paint or print on; null when the file could not be opened (commit says why). */
    QPdfWriter* writer() { return m_writer.get(); }
    /** Ends the PDF and saves it in place: an empty string, or the user's sentence on failure. */
    QString commit();

    /** The font family for `language` (zh_CN, ja_JP, ...): Noto Sans CJK JP for Japanese, SC otherwise. */
    static QString fontFamily(const QString& language);
    /** The report font of `language` at `pointSize`, set up so that a PDF's text can be searched and copied. */
    static QFont font(const QString& language, qreal pointSize);

private:
    QString m_path;
    QSaveFile m_file;
    std::unique_ptr<QPdfWriter> m_writer;
};

} // namespace huisuan
