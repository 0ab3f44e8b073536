// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/FilingAudit.h"

#include <QStandardItemModel>

namespace huisuan {

/**
 * The replay as a tree: one row per line (label, filed, replayed, same or different), its children
 * the inputs and the rule parameters it read. A differing line is marked three ways at once, so that
 * no one has to tell colours apart: a warning icon, the word "Differs", and a red ground.
 */
class AuditTraceModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Column { LabelColumn, FiledColumn, ReplayedColumn, SameColumn, ColumnCount };
    enum Role {
        DiffersRole = Qt::UserRole + 1, // bool, on every item of a line and of its children
        LineRole, // int, the line's index in the audit: the detail pane's key
    };

    explicit AuditTraceModel(QObject* parent = nullptr);

    /** Shows `lines`, or nothing; the headers are translated anew. */
    void setLines(const QList<AuditLineRow>& lines);
    void retranslate();

private:
    QList<AuditLineRow> m_lines;
};

} // namespace huisuan
