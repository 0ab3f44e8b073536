// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QValidator>

namespace huisuan {

/** Lets a line edit hold only what is, or may still become, an amount in the engine's grammar. */
class AmountValidator : public QValidator
{
    Q_OBJECT
public:
    using QValidator::QValidator;

    State validate(QString& input, int& position) const override;
};

} // namespace huisuan
