// SPDX-License-Identifier: GPL-3.0-or-later
#include "session/BuildInfo.h"

#include "BuildVersion.h"
#include "EngineVersion.h"
#include "rules/RulePackRegistry.h"

#include <QCoreApplication>
#include <QStringList>

namespace huisuan {

BuildInfo BuildInfo::current()
{
    BuildInfo info;
    info.version = QStringLiteral(HUISUAN_VERSION);
    info.engineVersion = QStringLiteral(HUISUAN_ENGINE_VERSION);
    info.commit = QStringLiteral(HUISUAN_COMMIT);
    info.commitDate = QStringLiteral(HUISUAN_COMMIT_DATE);
    info.buildType = QStringLiteral(HUISUAN_BUILD_TYPE);
    info.compiler = QStringLiteral(HUISUAN_COMPILER);
    info.qtBuildVersion = QStringLiteral(QT_VERSION_STR);
    info.qtRuntimeVersion = QString::fromLatin1(qVersion());
    const RulePackRegistry& registry = RulePackRegistry::builtIn();
    for (int year = registry.firstYear(); year <= registry.lastYear(); ++year) {
        if (const RulePack* pack = registry.forYear(year)) {
            info.rulePacks.push_back({year, pack->id});
        }
    }
    return info;
}

QString BuildInfo::buildSummary() const
{
    QStringList parts;
    if (!commit.isEmpty()) {
        parts << QCoreApplication::translate("huisuan::BuildInfo", "commit %1 (%2)").arg(commit, commitDate);
    }
    parts << buildType << compiler;
    // A Qt upgraded under an installed package is worth seeing when a bug is reported.
    parts << (qtRuntimeVersion == qtBuildVersion
                  ? QStringLiteral("Qt %1").arg(qtBuildVersion)
                  : QCoreApplication::translate("huisuan::BuildInfo", "Qt %1 (built with %2)")
                        .arg(qtRuntimeVersion, qtBuildVersion));
    return parts.join(QStringLiteral(", "));
}

QString BuildInfo::versionReport(const QString& program) const
{
    QString report = QStringLiteral("%1 %2\n").arg(program, version);
    report +=
        QCoreApplication::translate("huisuan::BuildInfo", "engine %1; build: %2").arg(engineVersion, buildSummary());
    report += QLatin1Char('\n') + QCoreApplication::translate("huisuan::BuildInfo", "rule packs:");
    for (const RulePackSummary& pack : rulePacks) {
        report += QStringLiteral("\n  %1  %2").arg(pack.taxYear).arg(pack.id);
    }
    return report + QLatin1Char('\n');
}

} // namespace huisuan
