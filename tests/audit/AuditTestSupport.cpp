// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditTestSupport.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include <QFile>
#include <QtGlobal>

namespace huisuan::test {

QString auditFixture(const char* name)
{
    return QStringLiteral(HUISUAN_SOURCE_DIR "/tests/audit/fixtures/") + QString::fromLatin1(name);
}

QByteArray readBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

JsonValue withMember(const JsonValue& object, const QString& key, const JsonValue& value)
{
    JsonValue changed = JsonValue::object();
    for (const JsonValue::Member& member : object.members()) {
        changed.insert(member.first, member.first == key ? value : member.second);
    }
    if (object.find(key) == nullptr) {
        changed.insert(key, value);
    }
    return changed;
}

QByteArray alterSigned(const QByteArray& signedBytes, const char* member, const std::function<void(JsonValue&)>& change)
{
    const JsonReader::Result parsed = JsonReader::parse(signedBytes);
    const QString key = QString::fromLatin1(member);
    const JsonValue* content = parsed.ok ? parsed.value.find(key) : nullptr;
    if (content == nullptr) {
        return {};
    }
    JsonValue changed = *content;
    change(changed);
    return CanonicalJsonWriter::write(withMember(parsed.value, key, changed)).bytes;
}

AuditFile alteredEnvelope(const AuditFile& file, const std::function<void(JsonValue&)>& change)
{
    AuditFile altered = file;
    altered.signedFiling = alterSigned(file.signedFiling, "envelope", change);
    return altered;
}

AuditFile readFixture(const char* name)
{
    AuditFile file;
    const AuditFile::ReadResult read = AuditFile::read(readBytes(auditFixture(name)), file);
    if (!read.ok) {
        qWarning("fixture %s: %s", name, qPrintable(read.detail));
    }
    return file;
}

} // namespace huisuan::test
