// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/FileDialogSeam.h"

#include <QFileDialog>

namespace huisuan {

QString
FileDialogSeam::saveFileName(QWidget* parent, const QString& caption, const QString& suggested, const QString& filter)
{
    if (s_nextFileName) {
        const QString path = *s_nextFileName;
        s_nextFileName.reset();
        return path;
    }
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

QString
FileDialogSeam::openFileName(QWidget* parent, const QString& caption, const QString& folder, const QString& filter)
{
    if (s_nextOpenFileName) {
        const QString path = *s_nextOpenFileName;
        s_nextOpenFileName.reset();
        return path;
    }
    return QFileDialog::getOpenFileName(parent, caption, folder, filter);
}

} // namespace huisuan
