// SPDX-License-Identifier: GPL-3.0-or-later
#include "filing/WireFormat.h"

namespace huisuan::WireFormat {

QString formatTime(const QDateTime& time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ"));
}

std::optional<QDateTime> parseTime(const QString& text)
{
    const QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (!time.isValid() || formatTime(time) != text) {
        return std::nullopt;
    }
    return time.toUTC();
}

QString encodeBase64(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QByteArray> decodeBase64(const QString& text)
{
    const QByteArray encoded = text.toLatin1();
    auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty() || decoded.decoded.toBase64() != encoded ||
        QString::fromLatin1(encoded) != text) {
        return std::nullopt;
    }
    return *decoded;
}

} // namespace huisuan::WireFormat
