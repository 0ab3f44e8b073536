// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FamilyEditor.h"

#include "session/IdentityNumberCheck.h"
#include "ui/ProblemMark.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace huisuan {

namespace {

const QStringList relations = {QStringLiteral("child"), QStringLiteral("parent"), QStringLiteral("spouse")};

QString relationText(const QString& relation)
{
    if (relation == QLatin1String("child")) {
        return FamilyEditor::tr("child");
    }
    if (relation == QLatin1String("parent")) {
        return FamilyEditor::tr("parent");
    }
    return FamilyEditor::tr("spouse");
}

} // namespace

FamilyEditor::FamilyEditor(DesktopSession& session, QWidget* parent)
    : QGroupBox(parent)
    , m_session(session)
    , m_list(new QListWidget)
    , m_relation(new QComboBox)
    , m_name(new QLineEdit)
    , m_identity(new QLineEdit)
    , m_identityError(new QLabel)
    , m_birthDate(new QDateEdit)
    , m_addButton(new QPushButton)
    , m_removeButton(new QPushButton)
    , m_saveButton(new QPushButton)
    , m_message(new QLabel)
{
    setObjectName(QStringLiteral("familyEditor"));
    m_list->setObjectName(QStringLiteral("familyList"));
    m_list->setMaximumHeight(90);
    m_relation->setObjectName(QStringLiteral("familyRelationCombo"));
    for (const QString& relation : relations) {
        m_relation->addItem(QString(), relation);
    }
    m_name->setObjectName(QStringLiteral("familyNameEdit"));
    m_identity->setObjectName(QStringLiteral("familyIdentityEdit"));
    m_identity->setMaxLength(18);
    m_identityError->setObjectName(QStringLiteral("familyIdentityError"));
    makeProblemLine(m_identityError);
    m_birthDate->setObjectName(QStringLiteral("familyBirthDateEdit"));
    m_birthDate->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_birthDate->setCalendarPopup(true);
    m_birthDate->setDate(QDate(2015, 1, 1));
    m_addButton->setObjectName(QStringLiteral("addFamilyMemberButton"));
    m_removeButton->setObjectName(QStringLiteral("removeFamilyMemberButton"));
    m_saveButton->setObjectName(QStringLiteral("saveFamilyButton"));
    m_message->setObjectName(QStringLiteral("familyMessage"));
    m_message->setWordWrap(true);

    for (QWidget* field : {static_cast<QWidget*>(m_relation),
                           static_cast<QWidget*>(m_name),
                           static_cast<QWidget*>(m_identity),
                           static_cast<QWidget*>(m_birthDate)}) {
        auto* label = new QLabel;
        label->setBuddy(field);
        m_labels.append(label);
    }
    auto* form = new QFormLayout;
    form->addRow(m_labels.at(0), m_relation);
    form->addRow(m_labels.at(1), m_name);
    auto* identity = new QVBoxLayout;
    identity->setSpacing(2);
    identity->addWidget(m_identity);
    identity->addWidget(m_identityError);
    form->addRow(m_labels.at(2), identity);
    form->addRow(m_labels.at(3), m_birthDate);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addWidget(m_removeButton);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_message);

    connect(m_identity, &QLineEdit::textChanged, this, &FamilyEditor::checkIdentity);
    connect(m_addButton, &QPushButton::clicked, this, &FamilyEditor::add);
    connect(m_removeButton, &QPushButton::clicked, this, &FamilyEditor::remove);
    connect(m_saveButton, &QPushButton::clicked, this, [this] {
        m_message->setText(tr("Saving your family members…"));
        m_session.saveFamily(m_members);
    });
    connect(&m_session, &DesktopSession::familySaved, this, [this](const SessionOutcome& outcome) {
        m_message->setText(outcome.ok() ? tr("Your family members are saved.") : outcome.message);
    });
    retranslateUi();
}

void FamilyEditor::setMembers(const QList<FamilyMemberRow>& members)
{
    m_members = members;
    m_message->clear();
    showList();
}

QString FamilyEditor::describe(const FamilyMemberRow& member)
{
    return tr("%1 (%2)").arg(member.name, relationText(member.relation));
}

void FamilyEditor::retranslateUi()
{
    setTitle(tr("Family members"));
    m_list->setAccessibleName(tr("Family members"));
    const QStringList labels = {tr("&Relation:"), tr("&Name:"), tr("&Identity number:"), tr("&Birth date:")};
    for (int row = 0; row < labels.size(); ++row) {
        m_labels.at(row)->setText(labels.at(row));
    }
    for (int i = 0; i < relations.size(); ++i) {
        m_relation->setItemText(i, relationText(relations.at(i)));
    }
    m_relation->setAccessibleName(tr("Relation of the family member"));
    m_name->setAccessibleName(tr("Name of the family member"));
    m_identity->setAccessibleName(tr("Identity number of the family member"));
    m_identityError->setAccessibleName(tr("Problem with the identity number"));
    m_birthDate->setAccessibleName(tr("Birth date of the family member"));
    m_addButton->setText(tr("&Add member"));
    m_addButton->setAccessibleName(tr("Add the family member"));
    m_removeButton->setText(tr("Re&move"));
    m_removeButton->setAccessibleName(tr("Remove the selected family member"));
    m_saveButton->setText(tr("Save &family"));
    m_saveButton->setAccessibleName(tr("Save the family members in the vault"));
    m_message->setAccessibleName(tr("Family status"));
    checkIdentity();
    showList();
}

void FamilyEditor::checkIdentity()
{
    const QString text = m_identity->text().trimmed();
    const IdentityNumberCheck::Verdict verdict = IdentityNumberCheck::check(text);
    const bool wrong = verdict == IdentityNumberCheck::Verdict::Invalid;
    m_identityError->setText(wrong ? tr("This is not a valid resident identity number: check the 18 characters "
                                        "on the identity card.")
                                   : QString());
    m_identityError->setVisible(wrong);
    markProblem(m_identity, wrong);
    if (verdict == IdentityNumberCheck::Verdict::Valid) {
        // The number holds the birth date (GB 11643, characters 7 to 14).
        m_birthDate->setDate(QDate::fromString(text.mid(6, 8), QStringLiteral("yyyyMMdd")));
    }
}

void FamilyEditor::add()
{
    const QString identity = m_identity->text().trimmed().toUpper();
    if (m_name->text().trimmed().isEmpty()) {
        m_message->setText(tr("Enter the family member's name first."));
        m_name->setFocus();
        return;
    }
    if (IdentityNumberCheck::check(identity) != IdentityNumberCheck::Verdict::Valid) {
        m_message->setText(tr("Enter the family member's 18-character resident identity number first."));
        m_identity->setFocus();
        return;
    }
    for (const FamilyMemberRow& member : std::as_const(m_members)) {
        if (member.identityNumber == identity) {
            m_message->setText(tr("This identity number is already in the list."));
            m_identity->setFocus();
            return;
        }
    }
    m_members.append({m_relation->currentData().toString(),
                      m_name->text().trimmed(),
                      identity,
                      m_birthDate->date().toString(Qt::ISODate)});
    m_name->clear();
    m_identity->clear();
    m_message->setText(tr("Added. Save the family to keep it."));
    showList();
    emit membersChanged();
}

void FamilyEditor::remove()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_members.size()) {
        return;
    }
    m_members.removeAt(row);
    m_message->setText(tr("Removed. Save the family to keep it."));
    showList();
    emit membersChanged();
}

void FamilyEditor::showList()
{
    m_list->clear();
    for (const FamilyMemberRow& member : std::as_const(m_members)) {
        m_list->addItem(tr("%1, born %2").arg(describe(member), member.birthDate));
    }
    m_removeButton->setEnabled(!m_members.isEmpty());
}

} // namespace huisuan
