// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace huisuan {

/** What the bureau answers: a status code and canonical JSON bytes, written exactly as stored. */
struct BureauResponse
{
    int status = 200;
    QByteArray body;
    int retryAfterSeconds = 0; // a Retry-After header when non-zero
};

} // namespace huisuan
