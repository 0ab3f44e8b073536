// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <functional>
#include <map>
#include <memory>
#include <string>

namespace huisuan::test {

/**
 * The test classes linked into one module's test executable. Each test file registers its
 * class with HUISUAN_REGISTER_TEST; CTest runs each class as its own test
 * (`test-engine TestMoney`), and running the executable without a class runs them all.
 */
class TestRegistry
{
public:
    using Factory = std::function<std::unique_ptr<QObject>()>;

    static std::map<std::string, Factory>& classes()
    {
        static std::map<std::string, Factory> registry;
        return registry;
    }

    template <typename T>
    static bool add(const char* name)
    {
        classes()[name] = [] { return std::make_unique<T>(); };
        return true;
    }
};

} // namespace huisuan::test

#define HUISUAN_REGISTER_TEST(ClassName)                                                                         \
    namespace {                                                                                                  \
    [[maybe_unused]] const bool registered##ClassName = huisuan::test::TestRegistry::add<ClassName>(#ClassName); \
    }
