// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vault/SecureBuffer.h"
#include "vault/SqlCipherConnection.h"

#include <QByteArray>
#include <QString>

struct sqlite3_stmt;

namespace huisuan {

/** A prepared statement, finalized when it goes out of scope. Internal to app/vault. */
class SqlStatement
{
public:
    SqlStatement(SqlCipherConnection& connection, const char* sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement&) = delete;
    SqlStatement& operator=(const SqlStatement&) = delete;

    void bind(int index, qint64 value);
    void bind(int index, const QString& value);
    void bind(int index, const QByteArray& value);
    /** A secret as a blob, copied straight from the buffer so that no unwiped QByteArray holds it. */
    void bind(int index, const SecureBuffer& value);

    /** One step: true with a row, false when done; a failure leaves `status` set. */
    bool next();
    /** Runs a statement that returns no rows. */
    VaultStatus run();
    /** Makes the statement ready to run again; bindings stay. */
    void reset();

    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    /** A blob that is a secret, read straight into a SecureBuffer. */
    SecureBuffer secureBlob(int column) const;

    const VaultStatus& status() const { return m_status; }

private:
    SqlCipherConnection& m_connection;
    sqlite3_stmt* m_statement = nullptr;
    VaultStatus m_status;
};

} // namespace huisuan
