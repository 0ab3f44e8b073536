// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QGroupBox>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace huisuan {

/**
 * The family members the deductions name, entered once and kept in the taxpayer's profile: a
 * list, and the fields of one member to add (relation, name, identity number checked as typed,
 * birth date).
 */
class FamilyEditor : public QGroupBox
{
    Q_OBJECT
public:
    explicit FamilyEditor(DesktopSession& session, QWidget* parent = nullptr);

    QList<FamilyMemberRow> members() const { return m_members; }
    void setMembers(const QList<FamilyMemberRow>& members);
    /** "李小明 (child)": how a member is named in the choices of the claims. */
    static QString describe(const FamilyMemberRow& member);
    void retranslateUi();

signals:
    void membersChanged();

private:
    void checkIdentity();
    void add();
    void remove();
    void showList();

    DesktopSession& m_session;
    QList<FamilyMemberRow> m_members;
    QListWidget* m_list;
    QComboBox* m_relation;
    QLineEdit* m_name;
    QLineEdit* m_identity;
    QLabel* m_identityError;
    QDateEdit* m_birthDate;
    QPushButton* m_addButton;
    QPushButton* m_removeButton;
    QPushButton* m_saveButton;
    QLabel* m_message;
    QList<QLabel*> m_labels; // of the relation, name, identity number and birth date
};

} // namespace huisuan
