// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "audit/ReplayReport.h"
#include "audit/VerifyReport.h"

#include <QByteArray>

namespace huisuan {

/** The reports as canonical JSON for tools (`huisuan-cli verify|replay --json`); keys are documented in
 * docs/audit-file.md. */
class AuditReportJson
{
public:
    static QByteArray verify(const VerifyReport& report);
    static QByteArray replay(const ReplayReport& report);
};

} // namespace huisuan
