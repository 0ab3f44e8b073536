// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/SqlStatement.h"

#include <sqlite3.h>

namespace huisuan {

SqlStatement::SqlStatement(SqlCipherConnection& connection, const char* sql)
    : m_connection(connection)
{
    if (sqlite3_prepare_v2(connection.handle(), sql, -1, &m_statement, nullptr) != SQLITE_OK) {
        m_status = connection.failure(VaultErrorCode::Database,
                                      SqlCipherConnection::tr("The vault could not prepare a query."));
    }
}

SqlStatement::~SqlStatement()
{
    sqlite3_finalize(m_statement);
}

void SqlStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_statement, index, value);
}

void SqlStatement::bind(int index, const QString& value)
{
    const QByteArray utf8 = value.toUtf8();
    sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bind(int index, const QByteArray& value)
{
    sqlite3_bind_blob(m_statement, index, value.constData(), int(value.size()), SQLITE_TRANSIENT);
}

void SqlStatement::bind(int index, const SecureBuffer& value)
{
    sqlite3_bind_blob(m_statement, index, value.data(), int(value.size()), SQLITE_TRANSIENT);
}

bool SqlStatement::next()
{
    if (!m_status.ok()) {
        return false;
    }
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        return true;
    }
    if (result != SQLITE_DONE) {
        m_status =
            m_connection.failure(VaultErrorCode::Database, SqlCipherConnection::tr("The vault could not run a query."));
    }
    return false;
}

VaultStatus SqlStatement::run()
{
    while (next()) { }
    return m_status;
}

void SqlStatement::reset()
{
    sqlite3_reset(m_statement);
}

qint64 SqlStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

QString SqlStatement::text(int column) const
{
    const auto* bytes = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
}

QByteArray SqlStatement::blob(int column) const
{
    const auto* bytes = static_cast<const char*>(sqlite3_column_blob(m_statement, column));
    return QByteArray(bytes, sqlite3_column_bytes(m_statement, column));
}

SecureBuffer SqlStatement::secureBlob(int column) const
{
    const void* bytes = sqlite3_column_blob(m_statement, column);
    return SecureBuffer::fromBytes(bytes, std::size_t(sqlite3_column_bytes(m_statement, column)));
}

} // namespace huisuan
