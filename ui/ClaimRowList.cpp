// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/ClaimRowList.h"

#include "session/AmountCheck.h"
#include "ui/AmountValidator.h"
#include "ui/FamilyEditor.h"
#include "ui/ProblemMark.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huisuan {

ClaimRowList::ClaimRowList(Kind kind, const QString& name, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_name(name)
    , m_rowsLayout(new QVBoxLayout)
    , m_addButton(new QPushButton)
{
    setObjectName(name + QStringLiteral("List"));
    m_addButton->setObjectName(name + QStringLiteral("AddButton"));
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(m_rowsLayout);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_addButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, [this] {
        Row& row = addRow();
        row.widget->setFocus();
        emit changed();
    });
    retranslateUi();
}

void ClaimRowList::setPeople(const QList<FamilyMemberRow>& people)
{
    m_people.clear();
    for (const FamilyMemberRow& person : people) {
        if (m_kind != Kind::Child || person.relation == QLatin1String("child")) {
            m_people.append(person);
        }
    }
    for (Row& row : m_rows) {
        if (row.person != nullptr) {
            const QString chosen = row.person->currentData().toString();
            fillPeople(row.person);
            row.person->setCurrentIndex(std::max(0, row.person->findData(chosen)));
        }
    }
}

void ClaimRowList::setSharePercentages(const QList<int>& shares)
{
    m_shares = shares;
    for (Row& row : m_rows) {
        if (row.share != nullptr) {
            const int chosen = row.share->currentData().toInt();
            fillShares(row.share);
            row.share->setCurrentIndex(std::max(0, row.share->findData(chosen)));
        }
    }
}

void ClaimRowList::clear()
{
    for (const Row& row : std::as_const(m_rows)) {
        delete row.widget;
    }
    m_rows.clear();
}

QJsonArray ClaimRowList::entries(QStringList* claimants) const
{
    QJsonArray array;
    for (const Row& row : m_rows) {
        QJsonObject entry;
        switch (m_kind) {
        case Kind::Child:
            entry.insert(QStringLiteral("months"), row.months->value());
            entry.insert(QStringLiteral("share_percent"), row.share->currentData().toInt());
            break;
        case Kind::Patient:
            entry.insert(QStringLiteral("out_of_pocket"), AmountCheck::canonical(row.amount->text()));
            break;
        case Kind::Donation:
            entry.insert(QStringLiteral("amount"), AmountCheck::canonical(row.amount->text()));
            entry.insert(QStringLiteral("limit"), row.limit->currentData().toString());
            break;
        }
        if (claimants != nullptr && row.person != nullptr) {
            claimants->append(row.person->currentData().toString());
        }
        array.append(entry);
    }
    return array;
}

void ClaimRowList::load(const QJsonArray& entries, const QStringList& claimants)
{
    clear();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonObject entry = entries.at(i).toObject();
        Row& row = addRow();
        if (row.person != nullptr && i < claimants.size()) {
            row.person->setCurrentIndex(std::max(0, row.person->findData(claimants.at(i))));
        }
        if (row.months != nullptr) {
            row.months->setValue(entry.value(QStringLiteral("months")).toInt());
            row.share->setCurrentIndex(
                std::max(0, row.share->findData(entry.value(QStringLiteral("share_percent")).toInt())));
        }
        if (m_kind == Kind::Patient) {
            row.amount->setText(entry.value(QStringLiteral("out_of_pocket")).toString());
        }
        if (m_kind == Kind::Donation) {
            row.amount->setText(entry.value(QStringLiteral("amount")).toString());
            row.limit->setCurrentIndex(
                std::max(0, row.limit->findData(entry.value(QStringLiteral("limit")).toString())));
        }
    }
}

void ClaimRowList::showProblem(int index, const QString& key, const QString& message)
{
    if (index < 0 || index >= m_rows.size()) {
        return;
    }
    const Row& row = m_rows.at(index);
    QWidget* field = row.widget;
    if (key == QLatin1String("months")) {
        field = row.months;
    } else if (key == QLatin1String("share_percent")) {
        field = row.share;
    } else if (key == QLatin1String("out_of_pocket") || key == QLatin1String("amount")) {
        field = row.amount;
    } else if (key == QLatin1String("limit")) {
        field = row.limit;
    }
    if (field != row.widget) {
        markProblem(field, true);
    }
    const QString shown = row.problem->text();
    row.problem->setText(shown.isEmpty() ? message : shown + QLatin1Char('\n') + message);
    row.problem->setVisible(true);
}

void ClaimRowList::clearProblems()
{
    for (const Row& row : std::as_const(m_rows)) {
        for (QWidget* field : {static_cast<QWidget*>(row.months),
                               static_cast<QWidget*>(row.share),
                               static_cast<QWidget*>(row.amount),
                               static_cast<QWidget*>(row.limit)}) {
            markProblem(field, false);
        }
        row.problem->clear();
        row.problem->setVisible(false);
    }
}

QString ClaimRowList::incompleteAmount(int* index) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const QLineEdit* amount = m_rows.at(i).amount;
        if (amount != nullptr && AmountCheck::check(amount->text()).verdict != AmountCheck::Verdict::Valid) {
            *index = int(i);
            return tr("Enter the amount in yuan, such as 1200 or 1200.50.");
        }
    }
    return {};
}

void ClaimRowList::retranslateUi()
{
    switch (m_kind) {
    case Kind::Child:
        m_addButton->setText(tr("Add a child"));
        m_addButton->setAccessibleName(tr("Add a child to this deduction"));
        break;
    case Kind::Patient:
        m_addButton->setText(tr("Add a patient"));
        m_addButton->setAccessibleName(tr("Add a patient to this deduction"));
        break;
    case Kind::Donation:
        m_addButton->setText(tr("Add a donation"));
        m_addButton->setAccessibleName(tr("Add a donation"));
        break;
    }
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const int number = int(i) + 1;
        if (row.person != nullptr) {
            const QString chosen = row.person->currentData().toString();
            fillPeople(row.person);
            row.person->setCurrentIndex(std::max(0, row.person->findData(chosen)));
            row.person->setAccessibleName(m_kind == Kind::Child ? tr("Child %1").arg(number)
                                                                : tr("Patient %1").arg(number));
        }
        if (row.months != nullptr) {
            row.months->setSuffix(tr(" months"));
            row.months->setAccessibleName(tr("Months claimed for child %1").arg(number));
            row.share->setAccessibleName(tr("Your share for child %1").arg(number));
            const int chosen = row.share->currentData().toInt();
            fillShares(row.share);
            row.share->setCurrentIndex(std::max(0, row.share->findData(chosen)));
        }
        if (row.amount != nullptr) {
            row.amount->setPlaceholderText(tr("yuan"));
            row.amount->setAccessibleName(m_kind == Kind::Patient ? tr("Amount paid for patient %1").arg(number)
                                                                  : tr("Amount of donation %1").arg(number));
        }
        if (row.limit != nullptr) {
            row.limit->setItemText(0, tr("up to 30% of taxable income"));
            row.limit->setItemText(1, tr("deducted in full"));
            row.limit->setAccessibleName(tr("Deduction limit of donation %1").arg(number));
        }
        row.remove->setText(tr("Remove"));
        row.remove->setAccessibleName(tr("Remove entry %1").arg(number));
        row.problem->setAccessibleName(tr("Problem with entry %1").arg(number));
    }
}

ClaimRowList::Row& ClaimRowList::addRow()
{
    Row row;
    row.widget = new QWidget;
    auto* fields = new QHBoxLayout;
    fields->setContentsMargins(0, 0, 0, 0);
    if (m_kind != Kind::Donation) {
        row.person = new QComboBox;
        row.person->setMinimumContentsLength(12);
        fillPeople(row.person);
        fields->addWidget(row.person, 1);
        connect(row.person, &QComboBox::currentIndexChanged, this, &ClaimRowList::changed);
    }
    if (m_kind == Kind::Child) {
        row.months = new QSpinBox;
        row.months->setRange(0, 12);
        row.months->setValue(12);
        row.share = new QComboBox;
        fillShares(row.share);
        fields->addWidget(row.months);
        fields->addWidget(row.share);
        connect(row.months, &QSpinBox::valueChanged, this, &ClaimRowList::changed);
        connect(row.share, &QComboBox::currentIndexChanged, this, &ClaimRowList::changed);
    } else {
        row.amount = new QLineEdit;
        row.amount->setValidator(new AmountValidator(row.amount));
        fields->addWidget(row.amount, 1);
        connect(row.amount, &QLineEdit::textChanged, this, &ClaimRowList::changed);
    }
    if (m_kind == Kind::Donation) {
        row.limit = new QComboBox;
        row.limit->addItem(QString(), QStringLiteral("30%"));
        row.limit->addItem(QString(), QStringLiteral("full"));
        fields->addWidget(row.limit);
        connect(row.limit, &QComboBox::currentIndexChanged, this, &ClaimRowList::changed);
    }
    row.remove = new QPushButton;
    fields->addWidget(row.remove);
    row.problem = new QLabel;
    makeProblemLine(row.problem);
    auto* layout = new QVBoxLayout(row.widget);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(fields);
    layout->addWidget(row.problem);
    row.widget->setFocusProxy(row.person != nullptr ? static_cast<QWidget*>(row.person)
                                                    : static_cast<QWidget*>(row.amount));
    QWidget* widget = row.widget;
    connect(row.remove, &QPushButton::clicked, this, [this, widget] {
        removeRow(widget);
        emit changed();
    });
    m_rowsLayout->addWidget(row.widget);
    m_rows.append(row);
    renameRows();
    retranslateUi();
    return m_rows.last();
}

void ClaimRowList::removeRow(QWidget* widget)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).widget == widget) {
            m_rows.removeAt(i);
            widget->deleteLater();
            break;
        }
    }
    renameRows();
    retranslateUi();
    m_addButton->setFocus();
}

void ClaimRowList::fillPeople(QComboBox* combo) const
{
    const QSignalBlocker quiet(combo);
    combo->clear();
    if (m_kind == Kind::Patient) {
        combo->addItem(tr("yourself"), QString());
    }
    for (const FamilyMemberRow& person : m_people) {
        combo->addItem(FamilyEditor::describe(person), person.identityNumber);
    }
}

void ClaimRowList::fillShares(QComboBox* combo) const
{
    const QSignalBlocker quiet(combo);
    combo->clear();
    for (int share : m_shares) {
        combo->addItem(share == 100 ? tr("100% (you alone)") : tr("%1% (shared)").arg(share), share);
    }
}

void ClaimRowList::renameRows()
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        const Row& row = m_rows.at(i);
        const QString index = QString::number(i);
        row.widget->setObjectName(m_name + QStringLiteral("Row") + index);
        if (row.person != nullptr) {
            row.person->setObjectName(m_name + QStringLiteral("Person") + index);
        }
        if (row.months != nullptr) {
            row.months->setObjectName(m_name + QStringLiteral("Months") + index);
            row.share->setObjectName(m_name + QStringLiteral("Share") + index);
        }
        if (row.amount != nullptr) {
            row.amount->setObjectName(m_name + QStringLiteral("Amount") + index);
        }
        if (row.limit != nullptr) {
            row.limit->setObjectName(m_name + QStringLiteral("Limit") + index);
        }
        row.remove->setObjectName(m_name + QStringLiteral("Remove") + index);
        row.problem->setObjectName(m_name + QStringLiteral("Problem") + index);
    }
}

} // namespace huisuan
