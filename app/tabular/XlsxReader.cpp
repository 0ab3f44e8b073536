// SPDX-License-Identifier: GPL-3.0-or-later
#include "XlsxReader.h"

#include "TabularRowSink.h"
#include "ZipXmlPart.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <memory>
#include <minizip/unzip.h>

namespace huisuan {

namespace {

constexpr int MaxColumn = 16384; // XFD, Excel's last column
constexpr qint64 SmallPartBytes = 16 * 1024 * 1024; // workbook, relationships, styles

struct ZipCloser
{
    void operator()(void* zip) const { unzClose(zip); }
};

/** "B12" → column 2, row 12; false when the reference is not a cell's. */
bool parseReference(QStringView reference, int* column, int* row)
{
    int letters = 0;
    int value = 0;
    while (letters < reference.size() && reference.at(letters) >= u'A' && reference.at(letters) <= u'Z') {
        value = value * 26 + (reference.at(letters).unicode() - u'A' + 1);
        if (value > MaxColumn) {
            return false;
        }
        ++letters;
    }
    bool ok = false;
    const int number = reference.mid(letters).toInt(&ok);
    if (letters == 0 || !ok || number < 1 || number > 1048576) {
        return false;
    }
    *column = value;
    *row = number;
    return true;
}

QString columnLetters(int column)
{
    QString letters;
    for (; column > 0; column = (column - 1) / 26) {
        letters.prepend(QChar(u'A' + (column - 1) % 26));
    }
    return letters;
}

/**
 * The text of a simple element (<v>), gathered token by token: QXmlStreamReader::readElementText
 * would return what it has when a chunk of the part ends inside the element, and lose the rest.
 */
QString elementText(ZipXmlPart& part)
{
    QString text;
    for (auto token = part.next(); token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndElement;
         token = part.next()) {
        if (token == QXmlStreamReader::Characters) {
            text += part.xml().text();
        }
    }
    return text;
}

/** The text of the element the reader is on, with its <t> children joined, leaving out phonetic runs (<rPh>). */
QString stringItemText(ZipXmlPart& part)
{
    QString text;
    int depth = 1;
    int phonetic = 0;
    bool inText = false;
    while (depth > 0) {
        switch (part.next()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            phonetic += part.xml().name() == u"rPh" ? 1 : 0;
            inText = part.xml().name() == u"t";
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            phonetic -= part.xml().name() == u"rPh" ? 1 : 0;
            inText = false;
            break;
        case QXmlStreamReader::Characters:
            if (inText && phonetic == 0) {
                text += part.xml().text();
            }
            break;
        case QXmlStreamReader::Invalid:
            return text;
        default:
            break;
        }
    }
    return text;
}

/** Built-in number formats 14-22 and 45-47 are dates and times (ECMA-376 Part 1, 18.8.30). */
bool isDateFormat(int id, const QHash<int, QString>& custom)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) {
        return true;
    }
    static const QRegularExpression quotedOrBracketed(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\."));
    const QString code = custom.value(id).toLower().remove(quotedOrBracketed);
    return code.contains(u'y') || code.contains(u'd');
}

/** The cell style indexes (the s attribute of a cell) whose number format shows a date. */
QSet<int> dateStyles(unzFile zip)
{
    ZipXmlPart part(zip, QStringLiteral("xl/styles.xml"), SmallPartBytes);
    QHash<int, QString> custom;
    QSet<int> dates;
    bool inCellXfs = false;
    int xfIndex = 0;
    for (auto token = part.next(); token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
         token = part.next()) {
        const QXmlStreamAttributes attributes = part.xml().attributes();
        if (token == QXmlStreamReader::StartElement && part.xml().name() == u"numFmt") {
            custom.insert(attributes.value(QLatin1String("numFmtId")).toInt(),
                          attributes.value(QLatin1String("formatCode")).toString());
        } else if (part.xml().name() == u"cellXfs") {
            inCellXfs = token == QXmlStreamReader::StartElement;
        } else if (inCellXfs && token == QXmlStreamReader::StartElement && part.xml().name() == u"xf") {
            if (isDateFormat(attributes.value(QLatin1String("numFmtId")).toInt(), custom)) {
                dates.insert(xfIndex);
            }
            ++xfIndex;
        }
    }
    return dates;
}

/** The zip path of the workbook's first sheet, through workbook.xml and its relationships. */
QString firstSheetPath(unzFile zip)
{
    QString relationId;
    {
        ZipXmlPart workbook(zip, QStringLiteral("xl/workbook.xml"), SmallPartBytes);
        for (auto token = workbook.next(); token != QXmlStreamReader::Invalid && relationId.isEmpty();
             token = workbook.next()) {
            if (token == QXmlStreamReader::StartElement && workbook.xml().name() == u"sheet") {
                for (const QXmlStreamAttribute& attribute : workbook.xml().attributes()) {
                    if (attribute.name() == u"id" && attribute.namespaceUri().endsWith(u"/relationships")) {
                        relationId = attribute.value().toString();
                    }
                }
            }
        }
    }
    ZipXmlPart relations(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), SmallPartBytes);
    for (auto token = relations.next(); token != QXmlStreamReader::Invalid; token = relations.next()) {
        const QXmlStreamAttributes attributes = relations.xml().attributes();
        if (token == QXmlStreamReader::StartElement && relations.xml().name() == u"Relationship" &&
            attributes.value(QLatin1String("Id")) == relationId) {
            const QString target = attributes.value(QLatin1String("Target")).toString();
            return target.startsWith(u'/') ? target.mid(1) : QStringLiteral("xl/") + target;
        }
    }
    return QStringLiteral("xl/worksheets/sheet1.xml");
}

/** What one <c> element held, before it is placed in its row. */
struct RawCell
{
    int column = 0;
    QString type;
    int style = -1;
    QString value;
    QString inlineText;
    bool formula = false;
};

class SheetReader
{
    Q_DECLARE_TR_FUNCTIONS(XlsxReader)

public:
    SheetReader(TabularRowSink& sink, const QStringList& strings, const QSet<int>& dates)
        : m_sink(sink)
        , m_strings(strings)
        , m_dates(dates)
    {
    }

    void read(ZipXmlPart& part)
    {
        for (auto token = part.next(); token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
             token = part.next()) {
            if (token != QXmlStreamReader::StartElement) {
                if (token == QXmlStreamReader::EndElement && part.xml().name() == u"row" && !finishRow()) {
                    return;
                }
                continue;
            }
            const QStringView name = part.xml().name();
            const QXmlStreamAttributes attributes = part.xml().attributes();
            if (name == u"row") {
                bool ok = false;
                const int number = attributes.value(QLatin1String("r")).toInt(&ok);
                m_row = ok && number > m_row ? number : m_row + 1;
                m_cells.clear();
            } else if (name == u"c") {
                readCell(part, attributes);
            } else if (name == u"mergeCell") {
                reportMerge(attributes.value(QLatin1String("ref")).toString());
            }
        }
    }

private:
    void readCell(ZipXmlPart& part, const QXmlStreamAttributes& attributes)
    {
        RawCell cell;
        int row = 0;
        if (!attributes.hasAttribute(QLatin1String("r"))) {
            cell.column = m_cells.isEmpty() ? 1 : m_cells.constLast().column + 1;
        } else if (!parseReference(attributes.value(QLatin1String("r")), &cell.column, &row) || row != m_row) {
            m_sink.problem(m_row,
                           0,
                           tr("A cell of this row has the reference \"%1\", which is not in this row; the workbook "
                              "may be damaged. Open it in Excel, save it again and import that file.")
                               .arg(attributes.value(QLatin1String("r")).toString()));
            return;
        }
        if (cell.column > MaxColumn || (!m_cells.isEmpty() && cell.column <= m_cells.constLast().column)) {
            return;
        }
        cell.type = attributes.value(QLatin1String("t")).toString();
        bool ok = false;
        const int style = attributes.value(QLatin1String("s")).toInt(&ok);
        cell.style = ok ? style : -1;
        for (auto token = part.next(); token != QXmlStreamReader::Invalid; token = part.next()) {
            if (token == QXmlStreamReader::EndElement && part.xml().name() == u"c") {
                break;
            }
            if (token != QXmlStreamReader::StartElement) {
                continue;
            }
            if (part.xml().name() == u"f") {
                cell.formula = true;
            } else if (part.xml().name() == u"v") {
                cell.value = elementText(part);
            } else if (part.xml().name() == u"is") {
                cell.inlineText = stringItemText(part);
            }
        }
        m_cells.append(cell);
    }

    TabularCell toCell(const RawCell& raw)
    {
        TabularCell cell {QString(), m_row, raw.column};
        if (raw.formula) {
            m_sink.problem(m_row,
                           raw.column,
                           tr("Cell %1%2 holds a formula. Its saved result may be out of date, so it is not used. "
                              "Replace the formula by its value (copy, then Paste Special → Values) and import again.")
                               .arg(columnLetters(raw.column))
                               .arg(m_row));
            return cell;
        }
        if (raw.type == u"s") {
            bool ok = false;
            const int index = raw.value.toInt(&ok);
            if (!ok || index < 0 || index >= m_strings.size()) {
                m_sink.problem(m_row,
                               raw.column,
                               tr("Cell %1%2 refers to text the workbook does not hold; the workbook may be damaged. "
                                  "Open it in Excel, save it again and import that file.")
                                   .arg(columnLetters(raw.column))
                                   .arg(m_row));
                return cell;
            }
            cell.text = m_strings.at(index);
        } else if (raw.type == u"inlineStr") {
            cell.text = raw.inlineText;
        } else if (raw.type == u"str") {
            cell.text = raw.value;
        } else if (raw.type == u"b") {
            cell.text = raw.value == u"1" ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
            cell.kind = TabularCell::Kind::Boolean;
        } else if (raw.type == u"e") {
            m_sink.problem(m_row,
                           raw.column,
                           tr("Cell %1%2 shows the error %3 instead of a value. Correct it in Excel and import again.")
                               .arg(columnLetters(raw.column))
                               .arg(m_row)
                               .arg(raw.value));
        } else {
            cell.text = raw.value;
            if (!raw.value.isEmpty()) {
                cell.kind = m_dates.contains(raw.style) ? TabularCell::Kind::Date : TabularCell::Kind::Number;
            }
        }
        return cell;
    }

    bool finishRow()
    {
        TabularRow row;
        for (const RawCell& raw : std::as_const(m_cells)) {
            while (row.size() + 1 < raw.column) {
                row.append(TabularCell {QString(), m_row, static_cast<int>(row.size() + 1)});
            }
            row.append(toCell(raw));
        }
        m_cells.clear();
        return m_sink.row(m_row, std::move(row));
    }

    void reportMerge(const QString& range)
    {
        int column = 0;
        int row = 0;
        if (!parseReference(QStringView(range).left(range.indexOf(u':')), &column, &row)) {
            column = 0;
            row = 0;
        }
        m_sink.problem(row,
                       column,
                       tr("The cells %1 are merged. A merged range keeps its value in its first cell only, so the "
                          "others would read as empty. Unmerge them, fill in every cell and import again.")
                           .arg(range));
    }

    TabularRowSink& m_sink;
    const QStringList& m_strings;
    const QSet<int>& m_dates;
    int m_row = 0;
    QList<RawCell> m_cells;
};

} // namespace

void XlsxReader::read(const QString& path, TabularRowSink& sink, qint64 maxBytes)
{
    std::unique_ptr<void, ZipCloser> zip(unzOpen64(path.toUtf8().constData()));
    if (!zip) {
        sink.problem(0,
                     0,
                     tr("This file is not an Excel workbook (.xlsx): it is not the zip archive a workbook is. Open it "
                        "in Excel, save it as \"Excel Workbook (*.xlsx)\" and import that file."));
        return;
    }
    const auto partProblem = [&sink](ZipXmlPart::Status status, const QString& part) {
        switch (status) {
        case ZipXmlPart::Status::Good:
            return false;
        case ZipXmlPart::Status::TooLarge:
            sink.problem(0,
                         0,
                         tr("The part %1 of this workbook unpacks to more than can be read safely, as a damaged or "
                            "hostile file does, so it was not read. Save the sheet again from Excel, or as CSV, and "
                            "import that file.")
                             .arg(part));
            return true;
        case ZipXmlPart::Status::Missing:
        case ZipXmlPart::Status::Corrupt:
            sink.problem(0,
                         0,
                         tr("The part %1 of this workbook is missing or damaged. Open the workbook in Excel, save it "
                            "again and import that file.")
                             .arg(part));
            return true;
        }
        return true;
    };

    QStringList strings;
    {
        const QString name = QStringLiteral("xl/sharedStrings.xml");
        ZipXmlPart part(zip.get(), name, maxBytes);
        for (auto token = part.next(); token != QXmlStreamReader::Invalid && token != QXmlStreamReader::EndDocument;
             token = part.next()) {
            if (token == QXmlStreamReader::StartElement && part.xml().name() == u"si") {
                strings.append(stringItemText(part));
            }
        }
        // A workbook with no text has no shared strings at all.
        if (part.status() != ZipXmlPart::Status::Missing && partProblem(part.status(), name)) {
            return;
        }
    }
    const QSet<int> dates = dateStyles(zip.get());
    const QString sheetPath = firstSheetPath(zip.get());
    ZipXmlPart sheet(zip.get(), sheetPath, maxBytes * 32);
    SheetReader(sink, strings, dates).read(sheet);
    if (!sink.stopped()) {
        partProblem(sheet.status(), sheetPath);
    }
}

} // namespace huisuan
