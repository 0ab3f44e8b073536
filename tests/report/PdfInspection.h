// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace huisuan::test {

/** What a poppler-utils tool printed for the PDF at `path`; empty (and a warning) when it failed. */
inline QString popplerOutput(const QString& tool, const QStringList& arguments)
{
    QProcess process;
    process.start(tool, arguments);
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(tool), process.readAllStandardError().constData());
        return {};
    }
    return QString::fromUtf8(process.readAllStandardOutput());
}

/**
 * The text of the PDF as pdftotext reads it, in reading order, NFKC-normalised: Noto Sans CJK draws
 * 小 and the Kangxi radical ⼩ with one glyph, and Qt's ToUnicode map names the radical, which
 * NFKC maps back. What is drawn is right either way (the rendering is the font's own glyph).
 */
inline QString pdfText(const QString& path)
{
    return popplerOutput(QStringLiteral("pdftotext"),
                         {QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .normalized(QString::NormalizationForm_KC);
}

/**
 * Whether pdffonts lists a font whose name contains `face` (NotoSansCJKsc, NotoSansCJKjp) with
 * "yes" in its emb column, the fourth from the right (emb sub uni object ID).
 */
inline bool fontEmbedded(const QString& path, const QString& face)
{
    const QStringList lines = popplerOutput(QStringLiteral("pdffonts"), {path}).split(QLatin1Char('\n'));
    for (const QString& line : lines) {
        const QStringList columns = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (columns.size() >= 6 && columns.first().contains(face) &&
            columns.at(columns.size() - 5) == QLatin1String("yes")) {
            return true;
        }
    }
    return false;
}

} // namespace huisuan::test
