// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bureau/BureauResponse.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace huisuan {

/** One reason a request was refused (docs/bureau-api.md §2.1): which rule, which field, and why. */
struct BureauProblem
{
    QString field;
    QString message;
    QString rule;
};

/**
 * An answer that is not a receipt or a resource: the status code, the stable `code` for programs,
 * a message in the request's language (built with tr() while the request's translator is
 * installed, see BureauLanguage) and the problems. Written as the error body of §2.1.
 */
struct BureauError
{
    Q_DECLARE_TR_FUNCTIONS(BureauError)

public:
    int status = 500;
    QString code;
    QString message;
    QList<BureauProblem> problems;
    int retryAfterSeconds = 0; // for 429 and 503: the Retry-After header

    bool retryable() const { return status == 429 || status == 500 || status == 503; }
    BureauResponse toResponse() const;

    static BureauError malformedRequest(QList<BureauProblem> problems);
    static BureauError invalidField(QList<BureauProblem> problems);
    static BureauError notFound(const QString& field, const QString& message);
    static BureauError conflict(const QString& storedDigest);
    static BureauError staleRequest();
    static BureauError tooLarge();
    static BureauError unsupportedMediaType();
    static BureauError internal();
    static BureauError unavailable(int retryAfterSeconds);
};

} // namespace huisuan
