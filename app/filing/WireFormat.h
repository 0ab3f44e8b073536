// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <optional>

namespace huisuan {

/**
 * The one spelling of times and binary values in the bureau API (docs/bureau-api.md §2): a value
 * written any other way is refused, so that a signed document has exactly one byte string.
 */
namespace WireFormat {

/** UTC to the second: `yyyy-MM-ddTHH:mm:ssZ`. */
QString formatTime(const QDateTime& time);
/** The time, only if `text` is exactly how formatTime writes it. */
std::optional<QDateTime> parseTime(const QString& text);

/** Standard base64 with padding (RFC 4648 §4), no line breaks. */
QString encodeBase64(const QByteArray& bytes);
/** The bytes, only if `text` is non-empty canonical base64. */
std::optional<QByteArray> decodeBase64(const QString& text);

} // namespace WireFormat

} // namespace huisuan
