# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, hardening and sanitizers: every target links huisuan_compiler_options privately.

add_library(huisuan_compiler_options INTERFACE)
target_compile_options(huisuan_compiler_options INTERFACE
    -Wall -Wextra -Wold-style-cast -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<CXX_COMPILER_ID:GNU>:-Wshadow=local> $<$<CXX_COMPILER_ID:Clang>:-Wshadow-uncaptured-local>
    -fstack-protector-strong)
target_compile_definitions(huisuan_compiler_options INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(huisuan_compiler_options INTERFACE -Wl,-z,relro -Wl,-z,now)
if(HUISUAN_WERROR)
    target_compile_options(huisuan_compiler_options INTERFACE -Werror)
endif()
if(HUISUAN_WITH_SANITIZERS)
    target_compile_options(huisuan_compiler_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(huisuan_compiler_options INTERFACE -fsanitize=address,undefined)
endif()
