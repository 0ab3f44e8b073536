// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QString>
#include <QUrl>

namespace huisuan {

/**
 * The desktop app's preferences, in QSettings under organisation huisuan.org, application
 * huisuan. The QSettings is the caller's, so that tests hand in one backed by a temporary file.
 * Nothing personal goes here: QSettings is plaintext.
 */
class DesktopSettings
{
public:
    static constexpr int defaultAutoLockMinutes = 10;
    static constexpr int minimumAutoLockMinutes = 1;
    static constexpr int maximumAutoLockMinutes = 120;

    explicit DesktopSettings(QSettings& settings);

    /** A language code of LanguageSwitcher::languages(); Simplified Chinese unless chosen. */
    QString language() const;
    void setLanguage(const QString& language);

    int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    /** Empty: the sandbox bureau that ships with Huisuan. */
    QUrl bureauUrl() const;
    void setBureauUrl(const QUrl& url);
    /** Where the sandbox bureau that ships with Huisuan listens: https://127.0.0.1:8443. */
    static QUrl sandboxBureauUrl();

    /**
     * The folder with the certificates the bureau publishes (tls-ca.pem, sm2-ca.der); by default
     * the sandbox bureau's data folder, huisuan-bureau in the user's data location.
     */
    QString bureauCertificateFolder() const;
    void setBureauCertificateFolder(const QString& folder);

private:
    QSettings& m_settings;
};

} // namespace huisuan
