// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace huisuan {

/**
 * What an auditor receives (docs/audit-file.md, ADR 0009): the exact bytes of a signed filing, the
 * bureau's signed receipt for it when there is one, the result and trace the app filed, and the SM2
 * CA certificates the vault trusted. A bare signed filing reads as an audit file with only
 * `signedFiling` set: there is then no filed result to compare a replay with.
 *
 * Plain data (Qt Core only): the desktop audit view and the command line both read it.
 */
struct AuditFile
{
    Q_DECLARE_TR_FUNCTIONS(AuditFile)

public:
    /** The value of the file's "format" member: the name and version of this layout. */
    static QString formatName() { return QStringLiteral("huisuan-audit-file/1"); }

    QByteArray signedFiling; // exactly as signed: {"certificate", "envelope", "signature"}
    QByteArray signedReceipt; // exactly as the bureau signed it; empty when there is none
    QByteArray filedResult; // canonical JSON of the result the app filed, without its trace; empty for a bare filing
    QByteArray filedTrace; // canonical JSON of that result's trace array; empty for a bare filing
    QList<QByteArray> caCertificates; // DER, the bureau SM2 CAs the vault pinned, newest enrolment last

    bool isBareFiling() const { return filedResult.isEmpty(); }

    /** The audit file as canonical JSON (RFC 8785): one byte string for one content. */
    QByteArray toBytes() const;

    struct ReadResult
    {
        bool ok = false;
        QString message; // for people, translated: what is wrong and what to do
        QString detail; // the path and the reason, untranslated
    };

    /**
     * Reads an audit file strictly (unknown members, duplicate keys, bad base64 are refused), or a bare
     * signed filing (an object with an "envelope" member), into `file`.
     */
    static ReadResult read(const QByteArray& bytes, AuditFile& file);
};

} // namespace huisuan
