// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/DesktopSession.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace huisuan {

class DesktopSettings;

/**
 * Enrolment with the bureau (登记): the taxpayer's name and resident identity number, checked as
 * they are typed, and where the bureau is. Enrol is enabled only when both are valid; the bureau is
 * then asked on the session's worker thread while the page shows that it is working.
 */
class EnrolPage : public QWidget
{
    Q_OBJECT
public:
    EnrolPage(DesktopSession& session, DesktopSettings& settings, QWidget* parent = nullptr);

    /** Fills the bureau fields from the settings and clears what the last attempt said. */
    void reset();

signals:
    void enrolled();
    /** The user chose to enrol later. */
    void skipped();

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();
    void updateValidity();
    void chooseFolder();
    void enrol();
    void onEnrolled(const SessionOutcome& outcome);
    void setBusy(bool busy);
    bool inputValid() const;

    DesktopSession& m_session;
    DesktopSettings& m_settings;
    QLabel* m_title;
    QLabel* m_intro;
    QLabel* m_nameLabel;
    QLineEdit* m_name;
    QLabel* m_identityLabel;
    QLineEdit* m_identityNumber;
    QLabel* m_identityError;
    QLabel* m_urlLabel;
    QLineEdit* m_url;
    QLabel* m_folderLabel;
    QLineEdit* m_folder;
    QPushButton* m_chooseFolder;
    QPushButton* m_enrolButton;
    QPushButton* m_laterButton;
    QProgressBar* m_busyIndicator;
    QLabel* m_status;
    bool m_busy = false;
};

} // namespace huisuan
