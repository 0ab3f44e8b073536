// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/**
 * Who a certificate names. A taxpayer's certificate carries exactly a common name (the name) and a
 * serialNumber (the resident identity number); the bureau's receipt certificate carries a common
 * name and no serialNumber, which is how a client tells the two apart.
 */
struct CertificateSubject
{
    QString commonName;
    QString serialNumber;
    int attributeCount = 0; // every attribute of the subject, these two included

    bool operator==(const CertificateSubject& other) const
    {
        return commonName == other.commonName && serialNumber == other.serialNumber &&
            attributeCount == other.attributeCount;
    }
};

} // namespace huisuan
