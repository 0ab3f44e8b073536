// SPDX-License-Identifier: GPL-3.0-or-later
#include "bureau/BureauApplication.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("huisuan-bureau"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("huisuan.org"));
    return huisuan::BureauApplication::run(QCoreApplication::arguments());
}
