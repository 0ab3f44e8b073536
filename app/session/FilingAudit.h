// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "explain/TraceStep.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace huisuan {

/** One verification check as the audit view shows it. */
struct AuditCheckRow
{
    QString id; // stable, for tests: "signature", "receipt", ... (FilingVerifier)
    QString name; // translated
    bool passed = false;
    QString sentence; // translated: what was found, and on a failure what it means
};

/** One line of the replay: as filed, as recomputed, and what it is made of. */
struct AuditLineRow
{
    QString id; // the engine's line id, or "result.<key>"
    QString label; // translated
    QString filed; // empty when the filing has no such line
    QString replayed; // empty when the recomputation has no such line
    QString formula; // translated
    QStringList citations;
    bool differs = false;
    QList<TraceStep::Input> inputs; // as filed; empty for a bare filing or a result member
    QList<TraceStep::Rule> rules; // as filed, each with its citation
};

/**
 * What an auditor sees of one audit file or bare signed filing (issue 7), as plain data: the checks,
 * what the filing says of itself, the receipt, and the replay line by line. Texts are translated in
 * the language of the moment the file was opened.
 */
struct FilingAudit
{
    enum class Replay {
        Clean, // recomputed; what was filed is what comes out
        Differs, // recomputed; at least one line differs
        CannotCompare, // recomputed, but the file holds nothing filed to compare with
        NotReplayed, // refused (rule pack unknown to this build) or failed
    };

    QString path;
    QString submissionId;
    int taxYear = 0;
    QString taxpayerName;
    QString maskedIdentityNumber; // the whole number never reaches the view: first six and last four
    QString rulePack;
    QString engineVersion;
    QString receipt; // one sentence on the bureau's receipt
    Replay replay = Replay::NotReplayed;
    QString replayMessage; // the replay's sentence: its outcome and what to do about it
    QStringList explanations; // the changelog entries that explain a difference, one sentence each
    QList<AuditCheckRow> checks;
    QList<AuditLineRow> lines;

    bool checksPassed() const
    {
        for (const AuditCheckRow& check : checks) {
            if (!check.passed) {
                return false;
            }
        }
        return !checks.isEmpty();
    }
    int differenceCount() const
    {
        int count = 0;
        for (const AuditLineRow& line : lines) {
            count += line.differs ? 1 : 0;
        }
        return count;
    }
};

} // namespace huisuan
