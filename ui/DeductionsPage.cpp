// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DeductionsPage.h"

#include "session/AmountCheck.h"
#include "ui/AmountValidator.h"
#include "ui/ClaimRowList.h"
#include "ui/DisplayAmount.h"
#include "ui/FamilyEditor.h"
#include "ui/PageStyle.h"
#include "ui/ProblemMark.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace huisuan {

namespace {

const QString special = QStringLiteral("special_additional_deductions");
const QString other = QStringLiteral("other_deductions");

QString specialPath(const char* key)
{
    return special + QLatin1Char('.') + QLatin1String(key);
}

QString otherPath(const char* key)
{
    return other + QLatin1Char('.') + QLatin1String(key);
}

/**
 * The part of the return a problem at `path` refuses, which saving and the figures leave out:
 * one deduction of the special additional or other deductions, or one top-level member.
 */
QString sectionOf(const QString& path)
{
    QStringList parts = path.split(QLatin1Char('.'));
    const int depth = parts.first() == special || parts.first() == other ? 2 : 1;
    parts = parts.mid(0, depth);
    QString section = parts.join(QLatin1Char('.'));
    return section.left(section.indexOf(QLatin1Char('[')) < 0 ? section.size() : section.indexOf(QLatin1Char('[')));
}

void insertAmount(QJsonObject& object, const char* key, const QLineEdit* edit)
{
    const QString amount = AmountCheck::canonical(edit->text());
    if (!amount.isEmpty()) {
        object.insert(QLatin1String(key), amount);
    }
}

} // namespace

DeductionsPage::DeductionsPage(DesktopSession& session, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_otherProblems(new QLabel)
    , m_scroll(new QScrollArea)
    , m_family(new FamilyEditor(session))
    , m_childrenEducation(new ClaimRowList(ClaimRowList::Kind::Child, QStringLiteral("childrenEducation")))
    , m_infantCare(new ClaimRowList(ClaimRowList::Kind::Child, QStringLiteral("infantCare")))
    , m_infantCareUnavailable(new QLabel)
    , m_degreeMonths(monthsSpin("degreeMonthsSpin"))
    , m_certificate(new QCheckBox)
    , m_seriousIllness(new ClaimRowList(ClaimRowList::Kind::Patient, QStringLiteral("seriousIllness")))
    , m_loanMonths(monthsSpin("loanMonthsSpin"))
    , m_loanShare(new QComboBox)
    , m_rentMonths(monthsSpin("rentMonthsSpin"))
    , m_rentStandard(new QComboBox)
    , m_elderlyMonths(monthsSpin("elderlyMonthsSpin"))
    , m_onlyChild(new QCheckBox)
    , m_elderlyShare(amountEdit("elderlyShareEdit"))
    , m_specialDeductions(amountEdit("specialDeductionsEdit"))
    , m_taxFreeIncome(amountEdit("taxFreeIncomeEdit"))
    , m_taxRelief(amountEdit("taxReliefEdit"))
    , m_annuity(amountEdit("annuityEdit"))
    , m_healthInsurance(amountEdit("healthInsuranceEdit"))
    , m_deferredPension(amountEdit("deferredPensionEdit"))
    , m_individualPension(amountEdit("individualPensionEdit"))
    , m_individualPensionUnavailable(new QLabel)
    , m_donations(new ClaimRowList(ClaimRowList::Kind::Donation, QStringLiteral("donations")))
    , m_taxPayable(new QLabel)
    , m_balance(new QLabel)
    , m_figuresNote(new QLabel)
    , m_backButton(new QPushButton)
    , m_saveButton(new QPushButton)
{
    build();
    connect(&m_session, &DesktopSession::familyReady, this, &DeductionsPage::onFamily);
    connect(&m_session, &DesktopSession::familyFailed, m_message, &QLabel::setText);
    connect(&m_session, &DesktopSession::draftReady, this, &DeductionsPage::onDraft);
    connect(&m_session, &DesktopSession::draftFailed, this, [this](int taxYear, const QString& message) {
        if (taxYear == m_taxYear) {
            m_message->setText(message);
        }
    });
    connect(&m_session, &DesktopSession::incomeReady, this, &DeductionsPage::onIncome);
    connect(&m_session, &DesktopSession::incomeFailed, m_message, &QLabel::setText);
    connect(&m_session, &DesktopSession::draftSaved, this, [this](const SessionOutcome& outcome) {
        if (!outcome.ok()) {
            m_message->setText(outcome.message);
        } else if (m_refusedSections.isEmpty()) {
            m_message->setText(tr("Your deductions are saved."));
        } else {
            m_message->setText(tr("Saved, except the marked claims: correct them and save again."));
        }
        emit draftSaved(outcome.ok());
    });
    retranslateUi();
}

QLineEdit* DeductionsPage::amountEdit(const char* objectName)
{
    auto* edit = new QLineEdit;
    edit->setObjectName(QLatin1String(objectName));
    edit->setValidator(new AmountValidator(edit));
    edit->setAlignment(Qt::AlignRight);
    edit->setMaximumWidth(200);
    connect(edit, &QLineEdit::textChanged, this, &DeductionsPage::recompute);
    return edit;
}

QSpinBox* DeductionsPage::monthsSpin(const char* objectName)
{
    auto* spin = new QSpinBox;
    spin->setObjectName(QLatin1String(objectName));
    spin->setRange(0, 12);
    spin->setMaximumWidth(160);
    connect(spin, &QSpinBox::valueChanged, this, &DeductionsPage::recompute);
    return spin;
}

QLabel* DeductionsPage::label(const QString& key, QWidget* buddy)
{
    auto* label = new QLabel;
    label->setBuddy(buddy);
    m_labels.insert(key, label);
    return label;
}

QWidget* DeductionsPage::withProblemLine(QWidget* field, const QStringList& paths)
{
    auto* container = new QWidget;
    auto* layout = new QVBoxLayout(container);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    // A single field keeps its own width; a list of claims takes the row.
    layout->addWidget(field, 0, qobject_cast<ClaimRowList*>(field) != nullptr ? Qt::Alignment() : Qt::AlignLeft);
    auto* problem = new QLabel;
    problem->setObjectName(field->objectName() + QStringLiteral("Problem"));
    makeProblemLine(problem);
    layout->addWidget(problem);
    for (const QString& path : paths) {
        m_fields.insert(path, {field, problem});
    }
    container->setFocusProxy(field);
    return container;
}

void DeductionsPage::build()
{
    m_title->setObjectName(QStringLiteral("deductionsTitle"));
    styleAsPageTitle(m_title);
    m_message->setObjectName(QStringLiteral("deductionsMessage"));
    m_message->setWordWrap(true);
    m_otherProblems->setObjectName(QStringLiteral("deductionsProblems"));
    makeProblemLine(m_otherProblems);

    auto* content = new QWidget;
    auto* column = new QVBoxLayout(content);
    column->addWidget(m_family);
    auto group = [this, column](const QString& key) {
        auto* box = new QGroupBox;
        box->setObjectName(key + QStringLiteral("Group"));
        m_groups.insert(key, box);
        column->addWidget(box);
        return box;
    };
    auto listGroup = [this, &group](const QString& key, ClaimRowList* list, const QString& path, QLabel* note) {
        auto* layout = new QVBoxLayout(group(key));
        if (note != nullptr) {
            note->setWordWrap(true);
            note->setVisible(false);
            layout->addWidget(note);
        }
        layout->addWidget(withProblemLine(list, {path}));
        m_lists.insert(path, list);
        connect(list, &ClaimRowList::changed, this, &DeductionsPage::recompute);
    };
    listGroup(QStringLiteral("childrenEducation"), m_childrenEducation, specialPath("children_education"), nullptr);
    m_infantCareUnavailable->setObjectName(QStringLiteral("infantCareUnavailable"));
    listGroup(QStringLiteral("infantCare"), m_infantCare, specialPath("infant_care"), m_infantCareUnavailable);

    auto* education = new QFormLayout(group(QStringLiteral("continuingEducation")));
    education->addRow(
        label(QStringLiteral("degreeMonths"), m_degreeMonths),
        withProblemLine(m_degreeMonths,
                        {specialPath("continuing_education"), specialPath("continuing_education.degree_months")}));
    m_certificate->setObjectName(QStringLiteral("certificateCheck"));
    connect(m_certificate, &QCheckBox::toggled, this, &DeductionsPage::recompute);
    education->addRow(withProblemLine(m_certificate, {specialPath("continuing_education.certificate")}));

    listGroup(QStringLiteral("seriousIllness"), m_seriousIllness, specialPath("serious_illness"), nullptr);

    auto* housing = new QFormLayout(group(QStringLiteral("housing")));
    m_loanShare->setObjectName(QStringLiteral("loanShareCombo"));
    m_loanShare->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rentStandard->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_rentStandard->setObjectName(QStringLiteral("rentStandardCombo"));
    connect(m_loanShare, &QComboBox::currentIndexChanged, this, &DeductionsPage::recompute);
    connect(m_rentStandard, &QComboBox::currentIndexChanged, this, &DeductionsPage::recompute);
    housing->addRow(
        label(QStringLiteral("loanMonths"), m_loanMonths),
        withProblemLine(m_loanMonths,
                        {specialPath("housing_loan_interest"), specialPath("housing_loan_interest.months")}));
    housing->addRow(label(QStringLiteral("loanShare"), m_loanShare),
                    withProblemLine(m_loanShare, {specialPath("housing_loan_interest.share_percent")}));
    housing->addRow(label(QStringLiteral("rentMonths"), m_rentMonths),
                    withProblemLine(m_rentMonths, {specialPath("housing_rent"), specialPath("housing_rent.months")}));
    housing->addRow(label(QStringLiteral("rentStandard"), m_rentStandard),
                    withProblemLine(m_rentStandard, {specialPath("housing_rent.monthly_standard")}));

    auto* elderly = new QFormLayout(group(QStringLiteral("elderlySupport")));
    m_onlyChild->setObjectName(QStringLiteral("onlyChildCheck"));
    connect(m_onlyChild, &QCheckBox::toggled, this, [this](bool onlyChild) {
        m_elderlyShare->setEnabled(!onlyChild);
        recompute();
    });
    elderly->addRow(
        label(QStringLiteral("elderlyMonths"), m_elderlyMonths),
        withProblemLine(m_elderlyMonths, {specialPath("elderly_support"), specialPath("elderly_support.months")}));
    elderly->addRow(withProblemLine(m_onlyChild, {specialPath("elderly_support.only_child")}));
    elderly->addRow(label(QStringLiteral("elderlyShare"), m_elderlyShare),
                    withProblemLine(m_elderlyShare, {specialPath("elderly_support.monthly_share")}));

    auto* amounts = new QFormLayout(group(QStringLiteral("amounts")));
    amounts->addRow(label(QStringLiteral("specialDeductions"), m_specialDeductions),
                    withProblemLine(m_specialDeductions, {QStringLiteral("special_deductions")}));
    amounts->addRow(label(QStringLiteral("taxFreeIncome"), m_taxFreeIncome),
                    withProblemLine(m_taxFreeIncome, {QStringLiteral("tax_free_income")}));
    amounts->addRow(label(QStringLiteral("taxRelief"), m_taxRelief),
                    withProblemLine(m_taxRelief, {QStringLiteral("tax_relief")}));

    auto* others = new QFormLayout(group(QStringLiteral("other")));
    others->addRow(label(QStringLiteral("annuity"), m_annuity), withProblemLine(m_annuity, {otherPath("annuity")}));
    others->addRow(label(QStringLiteral("healthInsurance"), m_healthInsurance),
                   withProblemLine(m_healthInsurance, {otherPath("commercial_health_insurance")}));
    others->addRow(label(QStringLiteral("deferredPension"), m_deferredPension),
                   withProblemLine(m_deferredPension, {otherPath("tax_deferred_pension")}));
    m_individualPensionUnavailable->setObjectName(QStringLiteral("individualPensionUnavailable"));
    m_individualPensionUnavailable->setWordWrap(true);
    m_individualPensionUnavailable->setVisible(false);
    others->addRow(m_individualPensionUnavailable);
    others->addRow(label(QStringLiteral("individualPension"), m_individualPension),
                   withProblemLine(m_individualPension, {otherPath("individual_pension")}));

    listGroup(QStringLiteral("donations"), m_donations, QStringLiteral("donations"), nullptr);
    column->addStretch();

    m_scroll->setObjectName(QStringLiteral("deductionsScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setWidget(content);

    m_taxPayable->setObjectName(QStringLiteral("taxPayableValue"));
    m_balance->setObjectName(QStringLiteral("balanceValue"));
    m_figuresNote->setObjectName(QStringLiteral("figuresNote"));
    m_figuresNote->setWordWrap(true);
    QFont figureFont = m_taxPayable->font();
    figureFont.setBold(true);
    m_taxPayable->setFont(figureFont);
    m_balance->setFont(figureFont);
    auto* figures = new QHBoxLayout;
    figures->addWidget(m_taxPayable);
    figures->addSpacing(24);
    figures->addWidget(m_balance);
    figures->addStretch();

    m_backButton->setObjectName(QStringLiteral("deductionsBackButton"));
    m_saveButton->setObjectName(QStringLiteral("saveDeductionsButton"));
    connect(m_backButton, &QPushButton::clicked, this, &DeductionsPage::backRequested);
    connect(m_saveButton, &QPushButton::clicked, this, &DeductionsPage::save);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_backButton);
    buttons->addStretch();
    buttons->addWidget(m_saveButton);

    connect(m_family, &FamilyEditor::membersChanged, this, [this] {
        const QList<FamilyMemberRow> members = m_family->members();
        for (ClaimRowList* list : {m_childrenEducation, m_infantCare, m_seriousIllness}) {
            list->setPeople(members);
        }
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_otherProblems);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(figures);
    layout->addWidget(m_figuresNote);
    layout->addLayout(buttons);
    setFocusProxy(m_family);
}

void DeductionsPage::showYear(int taxYear)
{
    clear();
    m_taxYear = taxYear;
    m_year = ReturnPreview::deductionsOf(taxYear);
    applyYear();
    retranslateUi();
    m_message->setText(tr("Reading your family and deductions…"));
    m_session.requestFamily();
}

void DeductionsPage::clear()
{
    m_ready = false;
    m_income.clear();
    m_preview = {};
    m_refusedSections.clear();
    m_message->clear();
    m_family->setMembers({});
    m_loading = true;
    load(QJsonObject(), {});
    m_loading = false;
    clearProblems();
    m_taxPayable->clear();
    m_balance->clear();
    m_figuresNote->clear();
}

void DeductionsPage::applyYear()
{
    {
        const QSignalBlocker quietLoan(m_loanShare);
        const QSignalBlocker quietRent(m_rentStandard);
        m_loanShare->clear();
        for (int share : m_year.sharePercentages) {
            m_loanShare->addItem(share == 100 ? tr("100% (you alone)") : tr("%1% (with your spouse)").arg(share),
                                 share);
        }
        m_rentStandard->clear();
        for (const QString& standard : m_year.housingRentStandards) {
            m_rentStandard->addItem(tr("%1 a month").arg(displayAmount(standard)), standard);
        }
    }
    m_childrenEducation->setSharePercentages(m_year.sharePercentages);
    m_infantCare->setSharePercentages(m_year.sharePercentages);
    m_infantCare->setEnabled(m_year.infantCare);
    m_infantCareUnavailable->setVisible(m_year.known && !m_year.infantCare);
    m_individualPension->setEnabled(m_year.individualPension);
    m_individualPensionUnavailable->setVisible(m_year.known && !m_year.individualPension);
}

void DeductionsPage::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
    }
    QWidget::changeEvent(event);
}

void DeductionsPage::retranslateUi()
{
    m_title->setText(tr("Deductions for the %1 tax year").arg(m_taxYear));
    m_message->setAccessibleName(tr("Deductions status"));
    m_otherProblems->setAccessibleName(tr("Problems with the return"));
    m_scroll->setAccessibleName(tr("Deductions"));
    m_family->retranslateUi();
    const QList<std::pair<QString, QString>> titles = {
        {QStringLiteral("childrenEducation"), tr("Children's education (per child)")},
        {QStringLiteral("infantCare"), tr("Care of infants under three (per child)")},
        {QStringLiteral("continuingEducation"), tr("Continuing education")},
        {QStringLiteral("seriousIllness"), tr("Serious illness (per patient)")},
        {QStringLiteral("housing"), tr("Housing: loan interest or rent, not both")},
        {QStringLiteral("elderlySupport"), tr("Support of the elderly")},
        {QStringLiteral("amounts"), tr("Social insurance, tax-free income and tax relief")},
        {QStringLiteral("other"), tr("Other deductions")},
        {QStringLiteral("donations"), tr("Donations")},
    };
    for (const auto& [key, title] : titles) {
        m_groups.value(key)->setTitle(title);
        m_groups.value(key)->setAccessibleName(title);
    }
    const QList<std::pair<QString, QString>> labels = {
        {QStringLiteral("degreeMonths"), tr("Months of degree education:")},
        {QStringLiteral("loanMonths"), tr("Months of housing loan interest:")},
        {QStringLiteral("loanShare"), tr("Your share of the loan interest:")},
        {QStringLiteral("rentMonths"), tr("Months of rent:")},
        {QStringLiteral("rentStandard"), tr("City standard for rent:")},
        {QStringLiteral("elderlyMonths"), tr("Months of support:")},
        {QStringLiteral("elderlyShare"), tr("Your share a month (yuan):")},
        {QStringLiteral("specialDeductions"), tr("Social insurance and housing fund (yuan):")},
        {QStringLiteral("taxFreeIncome"), tr("Tax-free income (yuan):")},
        {QStringLiteral("taxRelief"), tr("Tax relief (yuan):")},
        {QStringLiteral("annuity"), tr("Enterprise or occupational annuity (yuan):")},
        {QStringLiteral("healthInsurance"), tr("Commercial health insurance (yuan):")},
        {QStringLiteral("deferredPension"), tr("Tax-deferred pension insurance (yuan):")},
        {QStringLiteral("individualPension"), tr("Individual pension (yuan):")},
    };
    for (const auto& [key, text] : labels) {
        m_labels.value(key)->setText(text);
        m_labels.value(key)->buddy()->setAccessibleName(QString(text).remove(QLatin1Char(':')));
    }
    for (QSpinBox* spin : {m_degreeMonths, m_loanMonths, m_rentMonths, m_elderlyMonths}) {
        spin->setSuffix(tr(" months"));
    }
    m_certificate->setText(tr("I obtained a qualifying vocational certificate this year"));
    m_certificate->setAccessibleName(m_certificate->text());
    m_onlyChild->setText(tr("I am an only child"));
    m_onlyChild->setAccessibleName(m_onlyChild->text());
    m_childrenEducation->setAccessibleName(tr("Children's education claims"));
    m_infantCare->setAccessibleName(tr("Infant care claims"));
    m_seriousIllness->setAccessibleName(tr("Serious illness claims"));
    m_donations->setAccessibleName(tr("Donations"));
    for (ClaimRowList* list : {m_childrenEducation, m_infantCare, m_seriousIllness, m_donations}) {
        list->retranslateUi();
    }
    m_infantCareUnavailable->setText(
        tr("The deduction for the care of infants under three began in 2022: it cannot be claimed for %1.")
            .arg(m_taxYear));
    m_infantCareUnavailable->setAccessibleName(m_infantCareUnavailable->text());
    m_individualPensionUnavailable->setText(
        tr("The individual pension deduction began in 2022: it cannot be claimed for %1.").arg(m_taxYear));
    m_individualPensionUnavailable->setAccessibleName(m_individualPensionUnavailable->text());
    m_taxPayable->setAccessibleName(tr("Tax payable for the year"));
    m_balance->setAccessibleName(tr("Refund or amount due"));
    m_figuresNote->setAccessibleName(tr("About the figures"));
    m_backButton->setText(tr("&Back"));
    m_backButton->setAccessibleName(tr("Back to your tax years"));
    m_saveButton->setText(tr("&Save deductions"));
    m_saveButton->setAccessibleName(tr("Save the deductions in the vault"));
    applyYear();
    if (m_ready) {
        recompute();
    }
}

void DeductionsPage::onFamily(const QList<FamilyMemberRow>& members)
{
    if (m_taxYear == 0 || m_ready) {
        return;
    }
    m_family->setMembers(members);
    for (ClaimRowList* list : {m_childrenEducation, m_infantCare, m_seriousIllness}) {
        list->setPeople(members);
    }
    m_session.requestDraft(m_taxYear);
}

void DeductionsPage::onDraft(const ReturnDraft& draft)
{
    if (draft.taxYear != m_taxYear || m_ready) {
        return;
    }
    m_bonusMethod = draft.bonusMethod;
    m_loading = true;
    load(QJsonDocument::fromJson(draft.taxpayerPart).object(), draft.claimants);
    m_loading = false;
    m_session.requestIncome(m_taxYear);
}

void DeductionsPage::onIncome(int taxYear, const QList<IncomeRow>& rows)
{
    if (taxYear != m_taxYear) {
        return;
    }
    m_income = rows;
    const bool first = !m_ready;
    m_ready = true;
    if (first) {
        m_message->clear();
    }
    recompute();
    if (first) {
        emit formReady();
    }
}

void DeductionsPage::load(const QJsonObject& part, const QMap<QString, QStringList>& claimants)
{
    const QJsonObject deductions = part.value(special).toObject();
    m_childrenEducation->load(deductions.value(QStringLiteral("children_education")).toArray(),
                              claimants.value(QStringLiteral("children_education")));
    m_infantCare->load(deductions.value(QStringLiteral("infant_care")).toArray(),
                       claimants.value(QStringLiteral("infant_care")));
    m_seriousIllness->load(deductions.value(QStringLiteral("serious_illness")).toArray(),
                           claimants.value(QStringLiteral("serious_illness")));
    const QJsonObject education = deductions.value(QStringLiteral("continuing_education")).toObject();
    m_degreeMonths->setValue(education.value(QStringLiteral("degree_months")).toInt());
    m_certificate->setChecked(education.value(QStringLiteral("certificate")).toBool());
    const QJsonObject loan = deductions.value(QStringLiteral("housing_loan_interest")).toObject();
    m_loanMonths->setValue(loan.value(QStringLiteral("months")).toInt());
    m_loanShare->setCurrentIndex(
        std::max(0, m_loanShare->findData(loan.value(QStringLiteral("share_percent")).toInt())));
    const QJsonObject rent = deductions.value(QStringLiteral("housing_rent")).toObject();
    m_rentMonths->setValue(rent.value(QStringLiteral("months")).toInt());
    m_rentStandard->setCurrentIndex(std::max(
        0,
        m_rentStandard->findData(AmountCheck::canonical(rent.value(QStringLiteral("monthly_standard")).toString()))));
    const QJsonObject elderly = deductions.value(QStringLiteral("elderly_support")).toObject();
    m_elderlyMonths->setValue(elderly.value(QStringLiteral("months")).toInt());
    m_onlyChild->setChecked(elderly.value(QStringLiteral("only_child")).toBool());
    m_elderlyShare->setText(elderly.value(QStringLiteral("monthly_share")).toString());
    m_specialDeductions->setText(part.value(QStringLiteral("special_deductions")).toString());
    m_taxFreeIncome->setText(part.value(QStringLiteral("tax_free_income")).toString());
    m_taxRelief->setText(part.value(QStringLiteral("tax_relief")).toString());
    const QJsonObject others = part.value(other).toObject();
    m_annuity->setText(others.value(QStringLiteral("annuity")).toString());
    m_healthInsurance->setText(others.value(QStringLiteral("commercial_health_insurance")).toString());
    m_deferredPension->setText(others.value(QStringLiteral("tax_deferred_pension")).toString());
    m_individualPension->setText(others.value(QStringLiteral("individual_pension")).toString());
    m_donations->load(part.value(QStringLiteral("donations")).toArray(), {});
}

QJsonObject DeductionsPage::part(const QSet<QString>& excluded, QMap<QString, QStringList>* claimants) const
{
    QJsonObject part;
    part.insert(QStringLiteral("tax_year"), m_taxYear);
    QJsonObject deductions;
    auto keep = [&excluded](const QString& path) { return !excluded.contains(path); };
    const QList<std::pair<const char*, ClaimRowList*>> perPerson = {{"children_education", m_childrenEducation},
                                                                    {"infant_care", m_infantCare},
                                                                    {"serious_illness", m_seriousIllness}};
    for (const auto& [key, list] : perPerson) {
        if (list->count() > 0 && keep(specialPath(key))) {
            QStringList named;
            deductions.insert(QLatin1String(key), list->entries(&named));
            if (claimants != nullptr) {
                claimants->insert(QLatin1String(key), named);
            }
        }
    }
    if ((m_degreeMonths->value() > 0 || m_certificate->isChecked()) && keep(specialPath("continuing_education"))) {
        QJsonObject education;
        if (m_degreeMonths->value() > 0) {
            education.insert(QStringLiteral("degree_months"), m_degreeMonths->value());
        }
        if (m_certificate->isChecked()) {
            education.insert(QStringLiteral("certificate"), true);
        }
        deductions.insert(QStringLiteral("continuing_education"), education);
    }
    if (m_loanMonths->value() > 0 && keep(specialPath("housing_loan_interest"))) {
        deductions.insert(QStringLiteral("housing_loan_interest"),
                          QJsonObject {{QStringLiteral("months"), m_loanMonths->value()},
                                       {QStringLiteral("share_percent"), m_loanShare->currentData().toInt()}});
    }
    if (m_rentMonths->value() > 0 && keep(specialPath("housing_rent"))) {
        deductions.insert(QStringLiteral("housing_rent"),
                          QJsonObject {{QStringLiteral("months"), m_rentMonths->value()},
                                       {QStringLiteral("monthly_standard"), m_rentStandard->currentData().toString()}});
    }
    if (m_elderlyMonths->value() > 0 && keep(specialPath("elderly_support"))) {
        QJsonObject elderly {{QStringLiteral("months"), m_elderlyMonths->value()}};
        if (m_onlyChild->isChecked()) {
            elderly.insert(QStringLiteral("only_child"), true);
        } else {
            insertAmount(elderly, "monthly_share", m_elderlyShare);
        }
        deductions.insert(QStringLiteral("elderly_support"), elderly);
    }
    if (!deductions.isEmpty()) {
        part.insert(special, deductions);
    }
    for (const auto& [key, edit] : {std::pair {"special_deductions", m_specialDeductions},
                                    std::pair {"tax_free_income", m_taxFreeIncome},
                                    std::pair {"tax_relief", m_taxRelief}}) {
        if (keep(QLatin1String(key))) {
            insertAmount(part, key, edit);
        }
    }
    QJsonObject others;
    for (const auto& [key, edit] : {std::pair {"annuity", m_annuity},
                                    std::pair {"commercial_health_insurance", m_healthInsurance},
                                    std::pair {"tax_deferred_pension", m_deferredPension},
                                    std::pair {"individual_pension", m_individualPension}}) {
        if (keep(otherPath(key))) {
            insertAmount(others, key, edit);
        }
    }
    if (!others.isEmpty()) {
        part.insert(other, others);
    }
    if (m_donations->count() > 0 && keep(QStringLiteral("donations"))) {
        part.insert(QStringLiteral("donations"), m_donations->entries(nullptr));
    }
    return part;
}

ReturnDraft DeductionsPage::draftOf(const QSet<QString>& excluded) const
{
    ReturnDraft draft;
    draft.taxYear = m_taxYear;
    draft.bonusMethod = m_bonusMethod;
    draft.taxpayerPart = QJsonDocument(part(excluded, &draft.claimants)).toJson(QJsonDocument::Compact);
    return draft;
}

QList<ReturnProblem> DeductionsPage::incompleteAmounts() const
{
    QList<ReturnProblem> problems;
    const QString sentence = tr("Enter the amount in yuan, such as 1200 or 1200.50.");
    for (auto it = m_fields.constBegin(); it != m_fields.constEnd(); ++it) {
        const auto* edit = qobject_cast<const QLineEdit*>(it.value().widget);
        if (edit != nullptr && edit->isEnabled() &&
            AmountCheck::check(edit->text()).verdict == AmountCheck::Verdict::Incomplete) {
            problems.append({it.key(), sentence});
        }
    }
    for (auto it = m_lists.constBegin(); it != m_lists.constEnd(); ++it) {
        int index = 0;
        const QString message = it.value()->incompleteAmount(&index);
        if (!message.isEmpty()) {
            problems.append({QStringLiteral("%1[%2].amount").arg(it.key()).arg(index), message});
        }
    }
    return problems;
}

void DeductionsPage::recompute()
{
    if (m_loading || !m_ready) {
        return;
    }
    QList<ReturnProblem> problems = incompleteAmounts();
    QSet<QString> excluded;
    for (const ReturnProblem& problem : std::as_const(problems)) {
        excluded.insert(sectionOf(problem.path));
    }
    const ReturnPreview::Outcome whole = ReturnPreview::compute(draftOf(excluded), m_income);
    if (whole.status == ReturnPreview::Status::Refused) {
        for (const ReturnProblem& problem : whole.problems) {
            problems.append(problem);
            excluded.insert(sectionOf(problem.path));
        }
    }
    m_refusedSections = excluded;
    m_preview = excluded.isEmpty() || whole.status == ReturnPreview::Status::Failed
        ? whole
        : ReturnPreview::compute(draftOf(excluded), m_income);
    if (whole.status == ReturnPreview::Status::Failed) {
        problems.append(whole.problems);
    }
    showProblems(problems);
    showFigures();
}

void DeductionsPage::clearProblems()
{
    for (const Field& field : std::as_const(m_fields)) {
        markProblem(field.widget, false);
        field.problem->clear();
        field.problem->setVisible(false);
    }
    for (ClaimRowList* list : std::as_const(m_lists)) {
        list->clearProblems();
    }
    m_otherProblems->clear();
    m_otherProblems->setVisible(false);
}

void DeductionsPage::showProblems(const QList<ReturnProblem>& problems)
{
    clearProblems();
    static const QRegularExpression entry(QStringLiteral("^(.*)\\[(\\d+)\\](?:\\.(\\w+))?$"));
    QStringList elsewhere;
    for (const ReturnProblem& problem : problems) {
        const QRegularExpressionMatch match = entry.match(problem.path);
        if (match.hasMatch() && m_lists.contains(match.captured(1))) {
            m_lists.value(match.captured(1))
                ->showProblem(match.captured(2).toInt(), match.captured(3), problem.message);
            continue;
        }
        QString path = problem.path;
        while (!path.isEmpty() && !m_fields.contains(path)) {
            path.truncate(std::max<qsizetype>(0, path.lastIndexOf(QLatin1Char('.'))));
        }
        if (path.isEmpty()) {
            elsewhere.append(problem.message);
            continue;
        }
        const Field& field = m_fields[path];
        if (qobject_cast<ClaimRowList*>(field.widget) == nullptr) {
            markProblem(field.widget, true);
        }
        const QString shown = field.problem->text();
        field.problem->setText(shown.isEmpty() ? problem.message : shown + QLatin1Char('\n') + problem.message);
        field.problem->setVisible(true);
    }
    m_otherProblems->setText(elsewhere.join(QLatin1Char('\n')));
    m_otherProblems->setVisible(!elsewhere.isEmpty());
}

void DeductionsPage::showFigures()
{
    if (!m_preview.computed()) {
        m_taxPayable->setText(tr("Tax payable: —"));
        m_balance->clear();
        m_figuresNote->setText(tr("The return cannot be computed until the marked fields are corrected."));
        return;
    }
    m_taxPayable->setText(tr("Tax payable: %1").arg(displayAmount(m_preview.taxPayable)));
    if (m_preview.refund != QLatin1String("0.00")) {
        m_balance->setText(tr("Refund: %1").arg(displayAmount(m_preview.refund)));
    } else if (m_preview.amountDue != QLatin1String("0.00")) {
        m_balance->setText(tr("To pay: %1").arg(displayAmount(m_preview.amountDue)));
    } else if (m_preview.exemptFromPayment) {
        m_balance->setText(tr("Nothing to pay: you are exempt from paying the difference"));
    } else {
        m_balance->setText(tr("Nothing to pay or refund"));
    }
    m_figuresNote->setText(m_refusedSections.isEmpty()
                               ? tr("Tax withheld during the year: %1.").arg(displayAmount(m_preview.prepaid))
                               : tr("Tax withheld during the year: %1. The marked claims are left out until "
                                    "they are corrected.")
                                     .arg(displayAmount(m_preview.prepaid)));
}

void DeductionsPage::save()
{
    if (!m_ready) {
        return;
    }
    recompute();
    m_message->setText(tr("Saving your deductions…"));
    m_session.saveDraft(draftOf(m_refusedSections));
}

} // namespace huisuan
