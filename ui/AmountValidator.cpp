// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/AmountValidator.h"

#include "session/AmountCheck.h"

namespace huisuan {

QValidator::State AmountValidator::validate(QString& input, int& position) const
{
    Q_UNUSED(position)
    switch (AmountCheck::check(input).verdict) {
    case AmountCheck::Verdict::Valid:
        return Acceptable;
    case AmountCheck::Verdict::Empty:
    case AmountCheck::Verdict::Incomplete:
        return Intermediate;
    case AmountCheck::Verdict::Invalid:
    case AmountCheck::Verdict::TooLarge:
        break;
    }
    return Invalid;
}

} // namespace huisuan
