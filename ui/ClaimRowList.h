// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/FamilyMemberRow.h"

#include <QJsonArray>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QVBoxLayout;

namespace huisuan {

/**
 * The entries of one array of the return, one row each: per child (the child, months, share),
 * per patient (the patient, the amount paid) or per donation (amount, limit). Each row has a
 * line under it for the engine's problem with that entry.
 */
class ClaimRowList : public QWidget
{
    Q_OBJECT
public:
    enum class Kind { Child, Patient, Donation };

    /** `name` prefixes the rows' object names: "childrenEducation" gives "childrenEducationMonths0". */
    ClaimRowList(Kind kind, const QString& name, QWidget* parent = nullptr);

    /** The family members a row may name (children only for Kind::Child). */
    void setPeople(const QList<FamilyMemberRow>& people);
    void setSharePercentages(const QList<int>& shares);
    void clear();
    int count() const { return int(m_rows.size()); }

    /** The entries in the engine's grammar; `claimants` gets the identity numbers they name. */
    QJsonArray entries(QStringList* claimants) const;
    /** Fills the rows from saved entries; `claimants` names whom each is for. */
    void load(const QJsonArray& entries, const QStringList& claimants);

    /** Marks row `index` (the field `key` of it, or the whole row when empty) with `message`. */
    void showProblem(int index, const QString& key, const QString& message);
    void clearProblems();
    /** A sentence for the user when an amount is not complete yet, or empty; sets `index`. */
    QString incompleteAmount(int* index) const;
    void retranslateUi();

signals:
    void changed();

private:
    struct Row
    {
        QWidget* widget = nullptr;
        QComboBox* person = nullptr;
        QSpinBox* months = nullptr;
        QComboBox* share = nullptr;
        QLineEdit* amount = nullptr;
        QComboBox* limit = nullptr;
        QPushButton* remove = nullptr;
        QLabel* problem = nullptr;
    };

    Row& addRow();
    void removeRow(QWidget* widget);
    void fillPeople(QComboBox* combo) const;
    void fillShares(QComboBox* combo) const;
    void renameRows();

    Kind m_kind;
    QString m_name;
    QList<FamilyMemberRow> m_people;
    QList<int> m_shares = {100, 50};
    QList<Row> m_rows;
    QVBoxLayout* m_rowsLayout;
    QPushButton* m_addButton;
};

} // namespace huisuan
