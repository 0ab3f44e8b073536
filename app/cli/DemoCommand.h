// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace huisuan {

/**
 * `huisuan-cli demo [--vault DIR] [--kdf-log2n N]`: the taxpayer's whole journey without a display
 * (issue 4). It starts a sandbox bureau on loopback with its data in a temporary folder, has the
 * demo employers declare a year of wages and fees, opens (or creates) the vault, enrols, downloads
 * the prefill, computes and explains the return, files it through the outbox, prints the verified
 * receipt and follows the refund until it is paid. Exit status 0 only if the receipt verifies and
 * the return was accepted.
 */
class DemoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    static int run(const QStringList& arguments, const QString& language, QTextStream& out, QTextStream& err);
    static QString usage();
};

} // namespace huisuan
