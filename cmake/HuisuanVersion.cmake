# SPDX-License-Identifier: GPL-3.0-or-later
# The version shown to people (huisuan --version, the About dialog) and the .deb's version, from
# `git describe` at configure time:
#   on tag v0.2.0                 0.2.0                         0.2.0
#   5 commits after v0.2.0        0.2.0-5-gabc1234              0.2.0+5.gabc1234
#   no release tag yet            0.1.0-dev.412+g37a17bf        0.1.0~dev412.g37a17bf (sorts before 0.1.0)
#   no git (a source tarball)     PROJECT_VERSION               PROJECT_VERSION
# A "-dirty" suffix on the shown version marks a build from uncommitted changes.
# The engine's own version (HUISUAN_ENGINE_VERSION, recorded in every filing) stays PROJECT_VERSION.

set(HUISUAN_VERSION "${PROJECT_VERSION}")
set(HUISUAN_PACKAGE_VERSION "${PROJECT_VERSION}")
set(HUISUAN_COMMIT "")
set(HUISUAN_COMMIT_DATE "")

find_package(Git QUIET)
if(GIT_FOUND)
    execute_process(COMMAND "${GIT_EXECUTABLE}" rev-parse --absolute-git-dir
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE git_dir
        RESULT_VARIABLE git_failed OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
endif()
if(GIT_FOUND AND NOT git_failed)
    execute_process(COMMAND "${GIT_EXECUTABLE}" log -1 --format=%h%n%cs
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE head OUTPUT_STRIP_TRAILING_WHITESPACE)
    string(REPLACE "\n" ";" head "${head}")
    list(GET head 0 HUISUAN_COMMIT)
    list(GET head 1 HUISUAN_COMMIT_DATE)
    execute_process(COMMAND "${GIT_EXECUTABLE}" describe --tags --match "v[0-9]*" --dirty
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE described
        RESULT_VARIABLE describe_failed OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET)
    execute_process(COMMAND "${GIT_EXECUTABLE}" diff-index --quiet HEAD --
        WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" RESULT_VARIABLE dirty)
    if(NOT describe_failed)
        string(REGEX REPLACE "^v" "" HUISUAN_VERSION "${described}")
        string(REGEX REPLACE "-dirty$" "" release "${HUISUAN_VERSION}")
        string(REGEX REPLACE "-([0-9]+)-(g[0-9a-f]+)$" "+\\1.\\2" HUISUAN_PACKAGE_VERSION "${release}")
    else()
        execute_process(COMMAND "${GIT_EXECUTABLE}" rev-list --count HEAD
            WORKING_DIRECTORY "${CMAKE_SOURCE_DIR}" OUTPUT_VARIABLE count OUTPUT_STRIP_TRAILING_WHITESPACE)
        set(HUISUAN_VERSION "${PROJECT_VERSION}-dev.${count}+g${HUISUAN_COMMIT}")
        if(dirty)
            string(APPEND HUISUAN_VERSION "-dirty")
        endif()
        set(HUISUAN_PACKAGE_VERSION "${PROJECT_VERSION}~dev${count}.g${HUISUAN_COMMIT}")
    endif()
    # A new commit or checkout configures again, so the version never lags behind the sources.
    foreach(moved IN ITEMS "${git_dir}/logs/HEAD" "${git_dir}/HEAD")
        if(EXISTS "${moved}")
            set_property(DIRECTORY "${CMAKE_SOURCE_DIR}" APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${moved}")
        endif()
    endforeach()
endif()
message(STATUS "Huisuan ${HUISUAN_VERSION} (package ${HUISUAN_PACKAGE_VERSION})")
