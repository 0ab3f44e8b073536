// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "batch/DeclarationLine.h"

#include <QCoreApplication>
#include <QList>

namespace huisuan {

/**
 * The monthly withholding declaration as CSV (DeclarationTable's rows and totals), UTF-8 with a
 * byte order mark so that Chinese Excel opens it right.
 */
class DeclarationReport
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationReport)

public:
    static QByteArray csv(const QList<DeclarationLine>& lines);
    /** Writes the CSV atomically (QSaveFile); false with `error` saying why. */
    static bool writeCsv(const QList<DeclarationLine>& lines, const QString& file, QString* error);
};

} // namespace huisuan
