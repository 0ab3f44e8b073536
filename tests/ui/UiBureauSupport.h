// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauTestSupport.h"

#include <QLineEdit>
#include <QTest>
#include <utility>

namespace huisuan::test {

/** The taxpayer the desktop tests enrol; an employer declared two months of wages for them. */
inline const QString desktopIdentityNumber = QStringLiteral("110105198806150032");
inline const QString desktopTaxpayerName = QStringLiteral("李明");

/** An employer's withholding declaration for one month of a taxpayer's income (docs/bureau-api.md §4.1). */
inline QByteArray withholdingDeclaration(const QString& id,
                                         const QString& period,
                                         const QString& income,
                                         const QString& withheld,
                                         const QString& incomeType = QStringLiteral("wages"),
                                         const QString& identityNumber = desktopIdentityNumber,
                                         const QString& name = desktopTaxpayerName)
{
    return canonical(JsonValue::object(
        {{QStringLiteral("declaration_id"), JsonValue::string(id)},
         {QStringLiteral("employer"),
          JsonValue::object({{QStringLiteral("credit_code"), JsonValue::string(QStringLiteral("91110000802100433B"))},
                             {QStringLiteral("name"), JsonValue::string(QStringLiteral("甲公司"))}})},
         {QStringLiteral("period"), JsonValue::string(period)},
         {QStringLiteral("records"),
          JsonValue::array({JsonValue::object({{QStringLiteral("identity_number"), JsonValue::string(identityNumber)},
                                               {QStringLiteral("income"), JsonValue::string(income)},
                                               {QStringLiteral("income_type"), JsonValue::string(incomeType)},
                                               {QStringLiteral("name"), JsonValue::string(name)},
                                               {QStringLiteral("tax_withheld"), JsonValue::string(withheld)}})})}}));
}

/**
 * Starts the bureau with `arguments` and declares January (90.00 withheld) and February 2025 (120.00)
 * of 10000.00 wages.
 */
inline bool startBureauWithDeclarations(BureauProcess& bureau, const QStringList& arguments = {})
{
    if (!bureau.start(arguments)) {
        return false;
    }
    BureauClient employer(bureau.url(), bureau.tlsCaPem());
    for (const auto& [period, withheld] : {std::pair {QStringLiteral("2025-01"), QStringLiteral("90.00")},
                                           std::pair {QStringLiteral("2025-02"), QStringLiteral("120.00")}}) {
        const BureauReply reply = employer.post(
            QStringLiteral("/v1/withholding-declarations"),
            withholdingDeclaration(QStringLiteral("ui-") + period, period, QStringLiteral("10000.00"), withheld));
        if (reply.status != 201) {
            qWarning("declaration for %s: HTTP %d", qPrintable(period), reply.status);
            return false;
        }
    }
    return true;
}

/** Chinese text arrives from an input method in one commit, not key by key (QTest types Latin-1 only). */
inline void commitText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->insert(text);
}

/** Replaces the text of the line edit as a user would: select all, delete, type. */
inline void replaceText(QLineEdit* edit, const QString& text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

} // namespace huisuan::test
