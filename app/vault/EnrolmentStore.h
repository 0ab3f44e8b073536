// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/BureauEnrolment.h"
#include "vault/Vault.h"

#include <QCoreApplication>
#include <vector>

namespace huisuan {

/**
 * The taxpayer's enrolments with the bureau, in an open vault. A new enrolment (a new key, or a
 * renewed certificate) is added beside the earlier ones rather than replacing them: the most recent
 * one signs from now on, and the earlier ones stay as the record of which key signed what. The
 * private key is kept only inside the encrypted database. Each enrolment saved is audited by id,
 * never with the identity number or key.
 */
class EnrolmentStore
{
    Q_DECLARE_TR_FUNCTIONS(EnrolmentStore)

public:
    explicit EnrolmentStore(Vault& vault);

    /** Adds the enrolment (its id and enrolledAt are set by the vault); returns its id. */
    [[nodiscard]] VaultResult<qint64> save(const BureauEnrolment& enrolment);
    /** The most recent enrolment; InvalidArgument, saying to enrol first, when there is none. */
    [[nodiscard]] VaultResult<BureauEnrolment> current();
    /**
     * Every enrolment, oldest first. A std::vector because BureauEnrolment is move-only and QList
     * needs copyable elements.
     */
    [[nodiscard]] VaultResult<std::vector<BureauEnrolment>> all();

private:
    Vault& m_vault;
};

} // namespace huisuan
