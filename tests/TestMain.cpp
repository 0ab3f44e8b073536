// SPDX-License-Identifier: GPL-3.0-or-later
#include "TestRegistry.h"

#include <QCoreApplication>
#ifdef HUISUAN_TEST_WIDGETS
#include <QApplication>
#elif defined(HUISUAN_TEST_GUI)
#include <QGuiApplication>
#endif
#include <QTest>
#include <cstdio>

// Usage: test-MODULE [ClassName [QTest options]]. Without a class name every class runs.
int main(int argc, char** argv)
{
#ifdef HUISUAN_TEST_WIDGETS
    QApplication application(argc, argv); // the ui module drives real widgets
#elif defined(HUISUAN_TEST_GUI)
    QGuiApplication application(argc, argv); // fonts and painting, no widgets
#else
    QCoreApplication application(argc, argv);
#endif
    auto& classes = huisuan::test::TestRegistry::classes();
    if (argc > 1 && argv[1][0] != '-') {
        const auto found = classes.find(argv[1]);
        if (found == classes.end()) {
            std::fprintf(stderr, "no test class %s\n", argv[1]);
            return 1;
        }
        auto instance = found->second();
        argv[1] = argv[0];
        return QTest::qExec(instance.get(), argc - 1, argv + 1);
    }
    int failures = 0;
    for (const auto& [name, factory] : classes) {
        auto instance = factory();
        failures += QTest::qExec(instance.get(), argc, argv);
    }
    return failures == 0 ? 0 : 1;
}
