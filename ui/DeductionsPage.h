// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"
#include "session/ReturnPreview.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;

namespace huisuan {

class ClaimRowList;
class FamilyEditor;

/**
 * What the taxpayer claims for one tax year: the family members once, then each deduction of
 * the engine's grammar. Every change recomputes the return with the year's rules and income, so
 * that a refused claim is shown at its field at once and the tax payable and refund follow the
 * typing; saving keeps every claim the engine accepts and leaves out the marked ones.
 */
class DeductionsPage : public QWidget
{
    Q_OBJECT
public:
    explicit DeductionsPage(DesktopSession& session, QWidget* parent = nullptr);

    /** Shows `taxYear`: reads the family, then the year's draft and income, then recomputes. */
    void showYear(int taxYear);
    int taxYear() const { return m_taxYear; }
    /** Forgets everything shown, so that nothing of a locked vault stays in memory or on screen. */
    void clear();
    /** The last recomputation, for the figures shown. */
    const ReturnPreview::Outcome& preview() const { return m_preview; }

signals:
    /** The family, the draft and the income arrived and the form shows them. */
    void formReady();
    void draftSaved(bool ok);
    void backRequested();

protected:
    void changeEvent(QEvent* event) override;

private:
    /** A field and the line under it that says what is wrong with it. */
    struct Field
    {
        QWidget* widget = nullptr;
        QLabel* problem = nullptr;
    };

    void build();
    QWidget* withProblemLine(QWidget* field, const QStringList& paths);
    QLineEdit* amountEdit(const char* objectName);
    QSpinBox* monthsSpin(const char* objectName);
    QLabel* label(const QString& key, QWidget* buddy);
    void retranslateUi();
    void applyYear();

    void onFamily(const QList<FamilyMemberRow>& members);
    void onDraft(const ReturnDraft& draft);
    void onIncome(int taxYear, const QList<IncomeRow>& rows);
    void load(const QJsonObject& part, const QMap<QString, QStringList>& claimants);

    /** The taxpayer's part without the `excluded` sections; `claimants` gets whom the arrays name. */
    QJsonObject part(const QSet<QString>& excluded, QMap<QString, QStringList>* claimants) const;
    ReturnDraft draftOf(const QSet<QString>& excluded) const;
    /** Amounts typed but not finished, by path: kept out of the return until complete. */
    QList<ReturnProblem> incompleteAmounts() const;
    void recompute();
    void showProblems(const QList<ReturnProblem>& problems);
    void clearProblems();
    void showFigures();
    void save();

    DesktopSession& m_session;
    int m_taxYear = 0;
    YearDeductions m_year;
    QList<IncomeRow> m_income;
    bool m_ready = false;
    bool m_loading = false;
    QString m_bonusMethod = QStringLiteral("optimal");
    ReturnPreview::Outcome m_preview;
    QSet<QString> m_refusedSections;
    QHash<QString, Field> m_fields; // by the path of the return it holds
    QHash<QString, ClaimRowList*> m_lists; // by the path of the array it holds
    QHash<QString, QLabel*> m_labels;

    QLabel* m_title;
    QLabel* m_message;
    QLabel* m_otherProblems; // the engine's problems at no field of the form
    QScrollArea* m_scroll;
    FamilyEditor* m_family;
    QHash<QString, QGroupBox*> m_groups;
    ClaimRowList* m_childrenEducation;
    ClaimRowList* m_infantCare;
    QLabel* m_infantCareUnavailable;
    QSpinBox* m_degreeMonths;
    QCheckBox* m_certificate;
    ClaimRowList* m_seriousIllness;
    QSpinBox* m_loanMonths;
    QComboBox* m_loanShare;
    QSpinBox* m_rentMonths;
    QComboBox* m_rentStandard;
    QSpinBox* m_elderlyMonths;
    QCheckBox* m_onlyChild;
    QLineEdit* m_elderlyShare;
    QLineEdit* m_specialDeductions;
    QLineEdit* m_taxFreeIncome;
    QLineEdit* m_taxRelief;
    QLineEdit* m_annuity;
    QLineEdit* m_healthInsurance;
    QLineEdit* m_deferredPension;
    QLineEdit* m_individualPension;
    QLabel* m_individualPensionUnavailable;
    ClaimRowList* m_donations;
    QLabel* m_taxPayable;
    QLabel* m_balance;
    QLabel* m_figuresNote;
    QPushButton* m_backButton;
    QPushButton* m_saveButton;
};

} // namespace huisuan
