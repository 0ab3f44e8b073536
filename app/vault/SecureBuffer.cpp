// SPDX-License-Identifier: GPL-3.0-or-later
#include "vault/SecureBuffer.h"

#include <cstring>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <utility>

namespace huisuan {

SecureBuffer::SecureBuffer(std::size_t size)
    : m_data(size == 0 ? nullptr : static_cast<unsigned char*>(OPENSSL_secure_zalloc(size)))
    , m_size(m_data == nullptr ? 0 : size)
{
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer SecureBuffer::takeFrom(QByteArray& source)
{
    SecureBuffer buffer = fromBytes(source.constData(), static_cast<std::size_t>(source.size()));
    if (!source.isEmpty()) {
        OPENSSL_cleanse(source.data(), static_cast<std::size_t>(source.size()));
    }
    source.clear();
    return buffer;
}

SecureBuffer SecureBuffer::fromBytes(const void* data, std::size_t size)
{
    SecureBuffer buffer(size);
    if (buffer.m_size == size && size > 0) {
        std::memcpy(buffer.m_data, data, size);
    }
    return buffer;
}

SecureBuffer SecureBuffer::random(std::size_t size)
{
    SecureBuffer buffer(size);
    if (buffer.m_size != size || RAND_priv_bytes(buffer.m_data, static_cast<int>(size)) != 1) {
        return {};
    }
    return buffer;
}

bool SecureBuffer::equals(const SecureBuffer& other) const
{
    return m_size == other.m_size && (m_size == 0 || CRYPTO_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBuffer SecureBuffer::toHex() const
{
    static const char digits[] = "0123456789abcdef";
    SecureBuffer hex(m_size * 2);
    for (std::size_t i = 0; i < m_size && hex.m_size == m_size * 2; ++i) {
        hex.m_data[2 * i] = static_cast<unsigned char>(digits[m_data[i] >> 4]);
        hex.m_data[2 * i + 1] = static_cast<unsigned char>(digits[m_data[i] & 0x0f]);
    }
    return hex;
}

void SecureBuffer::clear()
{
    if (m_data != nullptr) {
        OPENSSL_cleanse(m_data, m_size);
        OPENSSL_secure_free(m_data);
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace huisuan
