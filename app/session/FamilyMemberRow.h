// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace huisuan {

/** A family member the deductions name (a child, a parent, the spouse), as plain data for the GUI. */
struct FamilyMemberRow
{
    QString relation; // child, parent or spouse
    QString name;
    QString identityNumber; // the resident identity number
    QString birthDate; // ISO 8601 date, or empty
};

} // namespace huisuan
