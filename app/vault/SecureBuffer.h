// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <cstddef>

namespace huisuan {

/**
 * Bytes of a secret (data key, passphrase, derived key). Wiped with OPENSSL_cleanse before the
 * memory is freed, never copied implicitly, never converted to a QString, never logged.
 */
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    ~SecureBuffer();

    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;
    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;

    /** Copies the bytes in, then wipes the source: the secret lives on only here. */
    static SecureBuffer takeFrom(QByteArray& source);
    static SecureBuffer fromBytes(const void* data, std::size_t size);
    /** Cryptographically random bytes, from the OpenSSL private DRBG. */
    static SecureBuffer random(std::size_t size);

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }

    /** Constant-time comparison. */
    bool equals(const SecureBuffer& other) const;
    /** The secret as lower-case hex, itself a secret. */
    SecureBuffer toHex() const;
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace huisuan
