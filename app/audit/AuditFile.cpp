// SPDX-License-Identifier: GPL-3.0-or-later
#include "audit/AuditFile.h"

#include "filing/WireFormat.h"

#include "json/CanonicalJsonWriter.h"
#include "json/JsonReader.h"
#include "json/ObjectReader.h"

namespace huisuan {

namespace {

const QString formatKey = QStringLiteral("format");
const QString filingKey = QStringLiteral("signed_filing");
const QString receiptKey = QStringLiteral("signed_receipt");
const QString filedKey = QStringLiteral("filed");
const QString resultKey = QStringLiteral("result");
const QString traceKey = QStringLiteral("trace");
const QString caKey = QStringLiteral("ca_certificates");

JsonValue parsedOrNull(const QByteArray& canonical)
{
    const JsonReader::Result parsed = JsonReader::parse(canonical);
    return parsed.ok ? parsed.value : JsonValue::null();
}

QByteArray canonical(const JsonValue& value)
{
    return CanonicalJsonWriter::write(value).bytes;
}

/** Reads base64 member `key`; records a problem when it is not canonical base64. */
QByteArray base64Member(ObjectReader& reader, const QString& key, bool required)
{
    const std::optional<QString> text = reader.string(key, required);
    if (!text) {
        return {};
    }
    const std::optional<QByteArray> bytes = WireFormat::decodeBase64(*text);
    if (!bytes) {
        reader.addProblem(key, QStringLiteral("not canonical base64"));
        return {};
    }
    return *bytes;
}

} // namespace

QByteArray AuditFile::toBytes() const
{
    JsonValue certificates = JsonValue::array();
    for (const QByteArray& certificate : caCertificates) {
        certificates.append(JsonValue::string(WireFormat::encodeBase64(certificate)));
    }
    JsonValue filed = JsonValue::null();
    if (!isBareFiling()) {
        filed = JsonValue::object({{resultKey, parsedOrNull(filedResult)}, {traceKey, parsedOrNull(filedTrace)}});
    }
    return canonical(JsonValue::object({
        {formatKey, JsonValue::string(formatName())},
        {filingKey, JsonValue::string(WireFormat::encodeBase64(signedFiling))},
        {receiptKey,
         signedReceipt.isEmpty() ? JsonValue::null() : JsonValue::string(WireFormat::encodeBase64(signedReceipt))},
        {filedKey, filed},
        {caKey, certificates},
    }));
}

AuditFile::ReadResult AuditFile::read(const QByteArray& bytes, AuditFile& file)
{
    file = AuditFile();
    const auto refused = [](const QString& detail) {
        return ReadResult {false,
                           tr("This is neither a Huisuan audit file nor a signed filing. Ask for the file again, "
                              "exported with \"huisuan-cli filing export\" or as the signed filing itself."),
                           detail};
    };
    const JsonReader::Result parsed = JsonReader::parse(bytes);
    if (!parsed.ok) {
        return refused(parsed.error);
    }
    if (!parsed.value.isObject()) {
        return refused(QStringLiteral("not a JSON object"));
    }
    if (parsed.value.find(QStringLiteral("envelope")) != nullptr) {
        // A bare signed filing: its own form is judged by the verifier, byte for byte.
        file.signedFiling = bytes;
        return ReadResult {true, QString(), QString()};
    }
    Problems problems;
    ObjectReader reader(parsed.value, QString(), problems);
    const std::optional<QString> format = reader.string(formatKey, true);
    file.signedFiling = base64Member(reader, filingKey, true);
    const JsonValue* receipt = reader.member(receiptKey, true);
    const JsonValue* filed = reader.member(filedKey, true);
    const JsonValue* certificates = reader.array(caKey, true);
    reader.finish();
    if (format && *format != formatName()) {
        reader.addProblem(formatKey, QStringLiteral("not %1").arg(formatName()));
    }
    if (receipt != nullptr && !receipt->isNull()) {
        file.signedReceipt = base64Member(reader, receiptKey, true);
    }
    if (filed != nullptr && !filed->isNull()) {
        ObjectReader filedReader(*filed, reader.pathOf(filedKey), problems);
        const JsonValue* result = filedReader.object(resultKey, true);
        const JsonValue* trace = filedReader.array(traceKey, true);
        filedReader.finish();
        if (result != nullptr && trace != nullptr) {
            file.filedResult = canonical(*result);
            file.filedTrace = canonical(*trace);
        }
    }
    if (certificates != nullptr) {
        size_t index = 0;
        for (const JsonValue& item : certificates->items()) {
            const std::optional<QByteArray> der =
                item.isString() ? WireFormat::decodeBase64(item.text()) : std::nullopt;
            if (!der) {
                problems.push_back({indexPath(reader.pathOf(caKey), index), QStringLiteral("not canonical base64")});
            } else {
                file.caCertificates.append(*der);
            }
            ++index;
        }
    }
    if (!problems.empty()) {
        const QString detail = problems.front().toString();
        file = AuditFile();
        return refused(detail);
    }
    return ReadResult {true, QString(), QString()};
}

} // namespace huisuan
