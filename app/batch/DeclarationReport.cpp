// SPDX-License-Identifier: GPL-3.0-or-later
#include "batch/DeclarationReport.h"

#include "batch/CsvTable.h"
#include "batch/DeclarationTable.h"

#include <QSaveFile>

namespace huisuan {

QByteArray DeclarationReport::csv(const QList<DeclarationLine>& lines)
{
    return CsvTable::bytes(DeclarationTable::of(lines));
}

bool DeclarationReport::writeCsv(const QList<DeclarationLine>& lines, const QString& file, QString* error)
{
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(csv(lines)) < 0 || !out.commit()) {
        if (error != nullptr) {
            *error = tr("Could not write the declaration to %1 (%2). Check that the folder exists and can be "
                        "written.")
                         .arg(file, out.errorString());
        }
        return false;
    }
    return true;
}

} // namespace huisuan
