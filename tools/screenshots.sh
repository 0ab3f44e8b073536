#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders every page of the desktop app in zh_CN, en and ja into docs/screenshots/ (offscreen), plus
# the home page at 200% scale. Chinese and Japanese need a CJK font, so this installs
# fonts-noto-cjk first (Debian; as root). Usage: tools/screenshots.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/default}

if ! fc-list :lang=zh-cn family | grep -q .; then
    apt-get install -y --no-install-recommends fonts-noto-cjk
fi
cmake --build "$build" -j2 --target test-ui

out=docs/screenshots
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export QT_QPA_PLATFORM=offscreen LANG=C.UTF-8 LC_ALL=C.UTF-8
HUISUAN_SCREENSHOT_DIR="$out" "$build/tests/test-ui" TestScreenshots
QT_SCALE_FACTOR=2 HUISUAN_SCREENSHOT_DIR="$scratch" "$build/tests/test-ui" TestScreenshots
for page in home wizard-result filings deductions; do
    cp "$scratch/$page-zh_CN.png" "$out/$page-zh_CN@2x.png"
done
ls -l "$out"
