#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the hicolor PNGs from the SVG. Run by hand after changing the SVG and commit the PNGs, so
# that building the package needs no SVG renderer (apt-get install librsvg2-bin).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert --width "$size" --height "$size" org.huisuan.Huisuan.svg \
        --output "hicolor/${size}x${size}/org.huisuan.Huisuan.png"
done
