// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/BatchService.h"
#include "batch/BatchTestSupport.h"
#include "tabular/TabularReader.h"
#include "vault/VaultTestSupport.h"

#include <QFile>
#include <QTest>

namespace huisuan::test {

// A code whose GB 32100-2015 check character is right (from the engine's TestSocialCreditCode).
inline const QString& reportCreditCode()
{
    static const QString code = QStringLiteral("91110000600037341L");
    return code;
}

inline const QString& reportCompanyName()
{
    static const QString name = QStringLiteral("福州某某贸易有限公司");
    return name;
}

/**
 * Employee `index`'s wages: fen in every amount, different for everyone, so that an amount
 * written or read through a double is caught.
 */
inline QString wagesOf(int index)
{
    return QStringLiteral("%1.%2").arg(9000 + 37 * index).arg(index % 100, 2, 10, QLatin1Char('0'));
}

inline QString specialDeductionsOf(int index)
{
    return QStringLiteral("%1.%2").arg(900 + index % 50).arg((index * 7) % 100, 2, 10, QLatin1Char('0'));
}

/**
 * A company's year on a real vault, imported through BatchService from CSV files written here and
 * read by the project's readers, then computed. Employee 0 (春入职) is hired on 1 April with 20000
 * wages, 2000 special and 1000 special additional deductions a month, so that her figures can be
 * checked by hand; the others are paid `wagesOf` from January.
 */
class ComputedCompany
{
public:
    ComputedCompany(const QString& directory, int employees, int lastMonth)
    {
        auto created = Vault::create(directory + QStringLiteral("/vault"), secret("reports"), cheapCost());
        if (!created.ok()) {
            qFatal("%s", qPrintable(created.status.toString()));
        }
        m_vault = std::move(created.value);
        m_service = std::make_unique<BatchService>(*m_vault);
        auto added = m_service->addWorkspace(reportCreditCode(), reportCompanyName());
        if (!added.ok()) {
            qFatal("%s", qPrintable(added.status.toString()));
        }
        workspace = added.value;
        QString roster = QStringLiteral("证件号码,姓名,任职受雇日期\r\n");
        for (int index = 0; index < employees; ++index) {
            roster += QStringLiteral("%1,%2,%3\r\n")
                          .arg(residentId(index),
                               nameOf(index),
                               index == 0 ? QStringLiteral("2025-04-01") : QStringLiteral("2019-03-01"));
        }
        const auto imported =
            m_service->importRoster(workspace, sheet(directory, QStringLiteral("roster"), roster), 2025);
        if (!imported.ok()) {
            qFatal("%s", qPrintable(describe(imported.problems) + imported.status.toString()));
        }
        QString payroll = QStringLiteral("证件号码,所属月份,本期收入,专项扣除,专项附加扣除\r\n");
        for (int month = 1; month <= lastMonth; ++month) {
            const QString when = QStringLiteral("2025-%1").arg(month, 2, 10, QLatin1Char('0'));
            for (int index = 0; index < employees; ++index) {
                if (index == 0 && month >= 4) {
                    payroll += QStringLiteral("%1,%2,20000,2000,1000\r\n").arg(residentId(0), when);
                } else if (index > 0) {
                    payroll += QStringLiteral("%1,%2,%3,%4,\r\n")
                                   .arg(residentId(index), when, wagesOf(index), specialDeductionsOf(index));
                }
            }
        }
        const auto paid =
            m_service->importPayroll(workspace, sheet(directory, QStringLiteral("payroll"), payroll), 2025, 1, false);
        if (!paid.ok()) {
            qFatal("%s", qPrintable(describe(paid.problems) + paid.status.toString()));
        }
        const auto computed = m_service->computeYear(workspace, 2025);
        if (!computed.status.ok() || !computed.problems.isEmpty()) {
            qFatal("%s", qPrintable(computed.problems.join(u'\n') + computed.status.toString()));
        }
    }

    static QString nameOf(int index)
    {
        return index == 0 ? QStringLiteral("春入职") : QStringLiteral("员工%1").arg(index);
    }

    Vault& vault() { return *m_vault; }
    BatchService& service() { return *m_service; }

    QList<DeclarationLine> declaration(int month)
    {
        auto lines = m_service->declaration(workspace, 2025, month);
        if (!lines.ok()) {
            qFatal("%s", qPrintable(lines.status.toString()));
        }
        return lines.value;
    }

    CompanyWorkspace workspace;

private:
    static TabularSheet sheet(const QString& directory, const QString& name, const QString& text)
    {
        const QString path = directory + QLatin1Char('/') + name + QStringLiteral(".csv");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0) {
            qFatal("cannot write %s", qPrintable(path));
        }
        file.close();
        return TabularReader::read(path);
    }

    std::unique_ptr<Vault> m_vault;
    std::unique_ptr<BatchService> m_service;
};

} // namespace huisuan::test
