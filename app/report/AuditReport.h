// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace huisuan {

/**
 * What an audit report's PDF shows, as plain data (issue 7): the verification checks, the filing's
 * summary and every line of the replay with its filed and replayed values, its formula and its
 * citations, the differences marked. Texts are already in the auditor's language.
 */
struct AuditReport
{
    struct Check
    {
        QString name;
        bool passed = false;
        QString sentence;
    };

    struct Line
    {
        QString label;
        QString filed; // empty when the filing has no such line
        QString replayed; // empty when the recomputation has no such line
        QString formula;
        QStringList citations;
        bool differs = false;
    };

    QString language; // a locale name (zh_CN, en_US, ja_JP): which CJK font face the PDF embeds
    QString source; // the file audited, as the auditor named it
    QString submissionId;
    int taxYear = 0;
    QString taxpayerName;
    QString identityNumber; // shown masked
    QString rulePack;
    QString engineVersion;
    QString receipt; // one sentence on the bureau's receipt
    QString replayOutcome; // one sentence on the replay
    QStringList explanations; // changelog entries that explain a difference, one sentence each
    QList<Check> checks;
    QList<Line> lines;
};

} // namespace huisuan
