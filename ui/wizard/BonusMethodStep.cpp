// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/wizard/BonusMethodStep.h"

#include "ui/DisplayAmount.h"
#include "ui/wizard/ReconciliationWizard.h"

#include <QButtonGroup>
#include <QGridLayout>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace huisuan {

namespace {

const QString separate = QStringLiteral("separate");
const QString combined = QStringLiteral("combined");

} // namespace

BonusMethodStep::BonusMethodStep(ReconciliationWizard& wizard)
    : WizardStep(wizard)
    , m_group(new QButtonGroup(this))
    , m_separate(new QRadioButton)
    , m_combined(new QRadioButton)
    , m_separateTotal(sentenceLabel("separateTaxTotal"))
    , m_combinedTotal(sentenceLabel("combinedTaxTotal"))
    , m_recommendation(sentenceLabel("bonusRecommendation"))
{
    setObjectName(QStringLiteral("bonusMethodStep"));
    m_separate->setObjectName(QStringLiteral("separateMethodButton"));
    m_combined->setObjectName(QStringLiteral("combinedMethodButton"));
    m_group->addButton(m_separate);
    m_group->addButton(m_combined);
    connect(m_separate, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked) {
            reconciliation().chooseBonusMethod(separate);
        }
    });
    connect(m_combined, &QRadioButton::toggled, this, [this](bool checked) {
        if (checked) {
            reconciliation().chooseBonusMethod(combined);
        }
    });
    auto* grid = new QGridLayout;
    grid->addWidget(m_separate, 0, 0);
    grid->addWidget(m_separateTotal, 0, 1, Qt::AlignRight);
    grid->addWidget(m_combined, 1, 0);
    grid->addWidget(m_combinedTotal, 1, 1, Qt::AlignRight);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_recommendation);
    layout->addStretch();
    retranslate();
    showState();
}

bool BonusMethodStep::isComplete() const
{
    return reconciliation().preview().computed() && reconciliation().draft().bonusMethod != QLatin1String("optimal");
}

void BonusMethodStep::initializePage()
{
    const ReturnPreview::Outcome& preview = reconciliation().preview();
    if (preview.bonus && reconciliation().draft().bonusMethod == QLatin1String("optimal")) {
        reconciliation().chooseBonusMethod(preview.bonus->recommended);
    }
}

void BonusMethodStep::showState()
{
    const ReturnPreview::Outcome& preview = reconciliation().preview();
    if (!preview.bonus) {
        return;
    }
    const BonusComparison& bonus = *preview.bonus;
    m_separateTotal->setText(tr("total tax %1").arg(displayAmount(bonus.taxPayableSeparate)));
    m_combinedTotal->setText(tr("total tax %1").arg(displayAmount(bonus.taxPayableCombined)));
    m_separate->setAccessibleName(m_separate->text().remove(QLatin1Char('&')) + QLatin1String(", ") +
                                  m_separateTotal->text());
    m_combined->setAccessibleName(m_combined->text().remove(QLatin1Char('&')) + QLatin1String(", ") +
                                  m_combinedTotal->text());
    const bool separateIsLower = bonus.recommended == separate;
    if (bonus.taxPayableSeparate == bonus.taxPayableCombined) {
        m_recommendation->setText(tr("Both ways cost the same tax; taxing the bonus separately keeps your annual "
                                     "income lower."));
    } else {
        m_recommendation->setText(separateIsLower ? tr("Recommended: tax the bonus separately. It costs %1 less "
                                                       "tax than combining it.")
                                                        .arg(displayAmount(bonus.saving))
                                                  : tr("Recommended: combine the bonus with your income. It costs %1 "
                                                       "less tax than taxing it separately.")
                                                        .arg(displayAmount(bonus.saving)));
    }
    const QSignalBlocker blockSeparate(m_separate);
    const QSignalBlocker blockCombined(m_combined);
    // An exclusive group cannot show "neither chosen yet"; it is exclusive again once both are set.
    m_group->setExclusive(false);
    const QString& chosen = reconciliation().draft().bonusMethod;
    m_separate->setChecked(chosen == separate);
    m_combined->setChecked(chosen == combined);
    m_group->setExclusive(true);
}

void BonusMethodStep::retranslate()
{
    setTitle(tr("How your annual bonus is taxed"));
    setSubTitle(tr("An annual one-off bonus (全年一次性奖金) can be taxed on its own or together with your "
                   "comprehensive income. Choose one; the lower tax is recommended."));
    m_separate->setText(tr("Tax the bonus &separately"));
    m_combined->setText(tr("&Combine it with comprehensive income"));
}

} // namespace huisuan
