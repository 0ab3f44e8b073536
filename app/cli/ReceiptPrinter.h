// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauAnswers.h"
#include "filing/BureauClient.h"

#include <QCoreApplication>
#include <QString>

namespace huisuan {

/** Receipts, prefill and settlements as text for people, in the CLI's language. */
class ReceiptPrinter
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptPrinter)

public:
    /** The receipt's every member, and that its signature was verified. */
    static QString receipt(const VerifiedReceipt& verified);
    static QString prefill(const PrefillAnswer& prefill);
    static QString settlement(const SettlementAnswer& settlement);
    static QString filingState(FilingStatusAnswer::State state);
};

} // namespace huisuan
