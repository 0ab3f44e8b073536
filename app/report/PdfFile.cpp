// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/PdfFile.h"

#include <QPageSize>

namespace huisuan {

PdfFile::PdfFile(const QString& path, const QString& title, QPageLayout::Orientation orientation)
    : m_path(path)
    , m_file(path)
{
    if (!m_file.open(QIODevice::WriteOnly)) {
        return;
    }
    m_writer = std::make_unique<QPdfWriter>(&m_file);
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Huisuan"));
    m_writer->setPageLayout(
        QPageLayout(QPageSize(QPageSize::A4), orientation, QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter));
}

PdfFile::~PdfFile() = default;

QString PdfFile::commit()
{
    if (!m_writer) {
        return tr("The PDF could not be written to %1 (%2). Choose another folder.").arg(m_path, m_file.errorString());
    }
    m_writer.reset(); // the writer finishes the PDF when it goes
    if (!m_file.commit()) {
        return tr("The PDF could not be saved as %1 (%2). Check that the folder is writable and has space.")
            .arg(m_path, m_file.errorString());
    }
    return QString();
}

QString PdfFile::fontFamily(const QString& language)
{
    return language.startsWith(QLatin1String("ja")) ? QStringLiteral("Noto Sans CJK JP")
                                                    : QStringLiteral("Noto Sans CJK SC");
}

QFont PdfFile::font(const QString& language, qreal pointSize)
{
    QFont font(fontFamily(language));
    font.setPointSizeF(pointSize);
    // Shaping would pick glyphs outside the font's character map (digits in Latin runs, "fi"
    // ligatures), which Qt's PDF engine cannot map back to text: a search or a copy of the PDF
    // would lose them. Chinese, Japanese and English need no shaping.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

} // namespace huisuan
