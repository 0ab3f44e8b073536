// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "filing/BureauClient.h"
#include "filing/RetryPolicy.h"
#include "vault/Vault.h"
#include "vault/WithholdingDeclaration.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <chrono>
#include <functional>
#include <optional>

namespace huisuan {

/** What became of one queued declaration in a drain. */
struct DrainedDeclaration
{
    enum class Outcome {
        Declared, // the bureau's receipt verified and kept
        Refused, // the bureau refused the bytes for good (e.g. "replaces" does not name the one in force)
        Waiting, // not answered yet; it stays queued and goes out again at nextAttemptAt
        Alarm, // an answer that is not the bureau's (a receipt failed verification): still queued
    };

    QString declarationId;
    int taxYear = 0;
    int month = 0;
    Outcome outcome = Outcome::Waiting;
    QString message; // for the user
    QString nextAttemptAt;
    QList<BureauProblem> problems; // the bureau's reasons for a refusal
    std::optional<VerifiedReceipt> receipt;
};

/**
 * Sends the vault's queued declarations to the bureau until each has its signed receipt
 * (docs/bureau-api.md §4.1, §7). A declaration is marked Submitted before its bytes leave, and a
 * retry sends the very same bytes under the same declaration id, which the bureau answers with the
 * receipt it stored: a crash or a dropped connection between send and answer never declares twice,
 * so no status query is needed before a resend (unlike a filing, ADR 0005).
 */
class DeclarationDrainer
{
    Q_DECLARE_TR_FUNCTIONS(DeclarationDrainer)

public:
    using Clock = std::function<QDateTime()>;
    using Sleeper = std::function<void(std::chrono::milliseconds)>;

    DeclarationDrainer(Vault& vault, BureauClient& client, RetryPolicy policy, Clock clock = {});

    /** One pass over the declarations due now; each is sent at most once. */
    [[nodiscard]] VaultResult<QList<DrainedDeclaration>> drainDue();
    /** Passes until nothing is queued or `patience` has run out; the last word on each declaration. */
    [[nodiscard]] VaultResult<QList<DrainedDeclaration>> drainFor(std::chrono::milliseconds patience,
                                                                  const Sleeper& sleep = {});

private:
    VaultResult<DrainedDeclaration> drainOne(const WithholdingDeclaration& declaration);
    QDateTime now() const { return m_clock(); }

    Vault& m_vault;
    BureauClient& m_client;
    RetryPolicy m_policy;
    Clock m_clock;
};

} // namespace huisuan
