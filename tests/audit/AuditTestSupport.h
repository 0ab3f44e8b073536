// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/AuditFile.h"

#include "json/JsonValue.h"
#include <QByteArray>
#include <QString>
#include <functional>

namespace huisuan::test {

/** The committed audit files made by an earlier build (tools/make-audit-fixtures.sh). */
QString auditFixture(const char* name);
QByteArray readBytes(const QString& path);

/** A signed document with its `member` object changed by `change`, written canonically again (signature kept). */
QByteArray
alterSigned(const QByteArray& signedBytes, const char* member, const std::function<void(JsonValue&)>& change);

/** `object` with member `key` replaced by `value` (JsonValue::insert appends). */
JsonValue withMember(const JsonValue& object, const QString& key, const JsonValue& value);

/** The audit file with its signed filing's envelope changed by `change`. */
AuditFile alteredEnvelope(const AuditFile& file, const std::function<void(JsonValue&)>& change);

/** Reads a committed fixture; an empty file (and a warning) when it does not read. */
AuditFile readFixture(const char* name);

} // namespace huisuan::test
