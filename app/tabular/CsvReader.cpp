// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"

#include "TabularRowSink.h"

#include <QFile>
#include <QStringDecoder>
#include <csv.h>
#include <memory>
#include <optional>

namespace huisuan {

namespace {

constexpr qint64 ChunkBytes = 1024 * 1024;
const QByteArray Utf8Bom("\xEF\xBB\xBF");

enum class Encoding { Utf8, Gb18030 };

/** Whether the file, from offset on, decodes without error with this decoder (read a chunk at a time). */
bool decodes(QFile& file, qint64 offset, QStringDecoder decoder)
{
    file.seek(offset);
    while (!file.atEnd()) {
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty()) {
            return false;
        }
        const QString decoded = decoder(chunk);
        if (decoder.hasError()) {
            return false;
        }
    }
    return true;
}

/** libcsv's callbacks write here: the record being built and where it is. */
struct ParseState
{
    TabularRowSink* sink = nullptr;
    Encoding encoding = Encoding::Utf8;
    std::optional<QStringDecoder> gb18030;
    TabularRow record;
    int rowNumber = 1;
    bool stop = false;
};

void onField(void* bytes, size_t size, void* data)
{
    auto* state = static_cast<ParseState*>(data);
    if (state->stop) {
        return;
    }
    const QByteArrayView field(static_cast<const char*>(bytes), static_cast<qsizetype>(size));
    TabularCell cell;
    cell.text = state->encoding == Encoding::Utf8 ? QString::fromUtf8(field) : QString((*state->gb18030)(field));
    cell.row = state->rowNumber;
    cell.column = static_cast<int>(state->record.size() + 1);
    state->record.append(std::move(cell));
}

void onRecordEnd(int, void* data)
{
    auto* state = static_cast<ParseState*>(data);
    if (state->stop) {
        return;
    }
    state->stop = !state->sink->row(state->rowNumber, std::move(state->record));
    state->record.clear();
    ++state->rowNumber;
}

struct CsvParserDeleter
{
    void operator()(csv_parser* parser) const
    {
        csv_free(parser);
        delete parser;
    }
};

} // namespace

void CsvReader::read(const QString& path, TabularRowSink& sink)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        sink.problem(0,
                     0,
                     tr("The file could not be opened (%1). Check that it exists and that you may read it.")
                         .arg(file.errorString()));
        return;
    }
    const QByteArray start = file.peek(4);
    if (start.startsWith("\xFF\xFE") || start.startsWith("\xFE\xFF")) {
        sink.problem(0,
                     0,
                     tr("This file is saved as UTF-16 (\"Unicode text\"), which cannot be imported. In Excel, save it "
                        "again as \"CSV UTF-8 (comma delimited)\" and import that file."));
        return;
    }
    const qint64 offset = start.startsWith(Utf8Bom) ? Utf8Bom.size() : 0;
    ParseState state;
    state.sink = &sink;
    if (!decodes(file, offset, QStringDecoder(QStringDecoder::Utf8))) {
        if (offset > 0 || !decodes(file, 0, QStringDecoder("GB18030"))) {
            sink.problem(0,
                         0,
                         offset > 0 ? tr("This file begins as UTF-8 but has bytes that are not UTF-8, so its text "
                                         "cannot be read reliably. Save it again as \"CSV UTF-8 (comma delimited)\" "
                                         "and import that file.")
                                    : tr("This file is neither UTF-8 nor GB18030 text, so its Chinese characters "
                                         "cannot be read. Save it again from Excel as \"CSV UTF-8 (comma delimited)\" "
                                         "and import that file."));
            return;
        }
        state.encoding = Encoding::Gb18030;
        state.gb18030.emplace("GB18030");
    }

    std::unique_ptr<csv_parser, CsvParserDeleter> parser(new csv_parser);
    if (csv_init(parser.get(), CSV_STRICT | CSV_STRICT_FINI) != 0) {
        sink.problem(0, 0, tr("There is not enough memory to read this file. Close other programs and try again."));
        return;
    }
    const QString malformed = tr("The quotation marks in this row do not pair up (a quote inside a value must be "
                                 "doubled, and a quoted value must be closed), so the row cannot be split into its "
                                 "cells. Correct the row and import again.");
    file.seek(offset);
    while (!file.atEnd() && !state.stop) {
        const QByteArray chunk = file.read(ChunkBytes);
        if (chunk.isEmpty()) {
            sink.problem(0,
                         0,
                         tr("The file could not be read to its end (%1). Copy it to this computer and try again.")
                             .arg(file.errorString()));
            return;
        }
        const size_t parsed =
            csv_parse(parser.get(), chunk.constData(), static_cast<size_t>(chunk.size()), onField, onRecordEnd, &state);
        if (parsed != static_cast<size_t>(chunk.size())) {
            sink.problem(state.rowNumber, 0, malformed);
            return;
        }
    }
    if (!state.stop && csv_fini(parser.get(), onField, onRecordEnd, &state) != 0) {
        sink.problem(state.rowNumber, 0, malformed);
    }
}

} // namespace huisuan
