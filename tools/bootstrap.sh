#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# One entry point for a fresh Debian 12 machine (run as root): installs the packages the build
# needs, configures, builds, and then runs the main job or the whole test suite.
#
#   tools/bootstrap.sh run    install, build, and run the main job: the desktop app (huisuan) when
#                             there is a display, else the headless taxpayer journey against a
#                             sandbox bureau on loopback (huisuan-cli demo), printing the receipt
#   tools/bootstrap.sh test   install, build with warnings as errors, run every test (CI)
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"

# Exactly what the build and the tests use, by Debian 12 package name. The last line is for the
# release check (tests/installer/check-package.sh): dpkg-shlibdeps for the .deb's Depends, and the
# validators of the .desktop file and the AppStream metainfo.
packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libboost-dev libbenchmark-dev
    libsqlcipher-dev sqlcipher libssl-dev
    libcsv-dev libminizip-dev zlib1g-dev libxlsxwriter-dev
    qt6-httpserver-dev qt6-websockets-dev qt6-charts-dev libqt6opengl6-dev libgl-dev libxkbcommon-dev
    dpkg-dev file desktop-file-utils appstream
    fonts-noto-cjk poppler-utils
)

missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update
    apt-get install -y --no-install-recommends "${missing[@]}"
fi

export LANG=C.UTF-8 LC_ALL=C.UTF-8
jobs=$(nproc)

case "$mode" in
run)
    cmake --preset release -DHUISUAN_WITH_BENCH=OFF
    cmake --build --preset release -j "$jobs"
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "== build/release/bin/huisuan"
        exec build/release/bin/huisuan
    fi
    demo=(build/release/bin/huisuan-cli demo)
    if [ -z "${HUISUAN_PASSPHRASE:-}" ] && [ ! -t 0 ]; then
        # Nobody to ask for a passphrase: a throwaway vault, so that no real vault gets a known one.
        scratch=$(mktemp -d)
        trap 'rm -rf "$scratch"' EXIT
        HUISUAN_PASSPHRASE=$(head -c 24 /dev/urandom | base64)
        export HUISUAN_PASSPHRASE
        demo+=(--vault "$scratch/vault")
        echo "== HUISUAN_PASSPHRASE is not set and there is no terminal: the demo uses a throwaway vault"
    fi
    echo "== ${demo[*]}"
    "${demo[@]}"
    ;;
test)
    cmake --preset ci
    cmake --build --preset ci -j "$jobs"
    ctest --preset ci -j "$jobs"
    ;;
*)
    echo "usage: tools/bootstrap.sh run|test" >&2
    exit 1
    ;;
esac
