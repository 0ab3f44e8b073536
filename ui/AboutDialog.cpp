// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AboutDialog.h"

#include "ui/PageStyle.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace huisuan {

namespace {

QLabel* selectableLabel(const char* objectName)
{
    auto* label = new QLabel;
    label->setObjectName(QString::fromLatin1(objectName));
    label->setWordWrap(true);
    // Support asks for the version and the build: the user copies them rather than retyping.
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
    , m_build(BuildInfo::current())
    , m_title(new QLabel)
    , m_version(selectableLabel("aboutVersion"))
    , m_buildDetails(selectableLabel("aboutBuild"))
    , m_rulePacksLabel(new QLabel)
    , m_rulePacks(new QTableWidget(static_cast<int>(m_build.rulePacks.size()), 2))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close))
{
    setObjectName(QStringLiteral("aboutDialog"));
    m_title->setObjectName(QStringLiteral("aboutTitle"));
    styleAsPageTitle(m_title);

    m_rulePacks->setObjectName(QStringLiteral("rulePackTable"));
    m_rulePacks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rulePacks->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rulePacks->verticalHeader()->hide();
    m_rulePacks->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_rulePacks->horizontalHeader()->setStretchLastSection(true);
    m_rulePacks->setTabKeyNavigation(false);
    for (int row = 0; row < m_rulePacks->rowCount(); ++row) {
        const RulePackSummary& pack = m_build.rulePacks.at(static_cast<std::size_t>(row));
        m_rulePacks->setItem(row, 0, new QTableWidgetItem(QString::number(pack.taxYear)));
        m_rulePacks->setItem(row, 1, new QTableWidgetItem(pack.id));
    }
    m_rulePacksLabel->setObjectName(QStringLiteral("rulePacksLabel"));
    m_rulePacksLabel->setWordWrap(true);
    m_rulePacksLabel->setBuddy(m_rulePacks);

    m_buttons->setObjectName(QStringLiteral("aboutButtons"));
    m_buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeAboutButton"));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_version);
    layout->addWidget(m_buildDetails);
    layout->addWidget(m_rulePacksLabel);
    layout->addWidget(m_rulePacks);
    layout->addWidget(m_buttons);

    retranslateUi();
    resize(640, 420);
}

void AboutDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void AboutDialog::retranslateUi()
{
    setWindowTitle(tr("About Huisuan"));
    m_title->setText(tr("Huisuan: individual income tax"));
    m_title->setAccessibleName(m_title->text());
    m_version->setText(tr("Version %1 (tax engine %2)").arg(m_build.version, m_build.engineVersion));
    m_version->setAccessibleName(tr("Version"));
    m_buildDetails->setText(tr("Build: %1").arg(m_build.buildSummary()));
    m_buildDetails->setAccessibleName(tr("Build"));
    m_rulePacksLabel->setText(tr("&Rule packs: every return records the id of the pack it was computed with."));
    m_rulePacks->setHorizontalHeaderLabels({tr("Tax year"), tr("Rule pack id")});
    m_rulePacks->setAccessibleName(tr("Rule packs and their ids"));
    QPushButton* close = m_buttons->button(QDialogButtonBox::Close);
    close->setText(tr("&Close"));
    close->setAccessibleName(tr("Close"));
}

} // namespace huisuan
