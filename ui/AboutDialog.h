// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/BuildInfo.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTableWidget;

namespace huisuan {

/**
 * What this copy of Huisuan is: its version, how it was built and the rule packs it computes with,
 * each with the id that a filing records, so that a user can tell support or an auditor exactly.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    const BuildInfo m_build;
    QLabel* m_title;
    QLabel* m_version;
    QLabel* m_buildDetails;
    QLabel* m_rulePacksLabel;
    QTableWidget* m_rulePacks;
    QDialogButtonBox* m_buttons;
};

} // namespace huisuan
