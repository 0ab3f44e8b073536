#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the audit-file fixtures of tests/audit/fixtures with THIS build (issue 7): a sandbox bureau
# on a temporary folder, a taxpayer vault that enrols with it and files each return in
# tests/audit/fixtures/inputs/, and `huisuan-cli filing export` of each filing. The files are
# committed as "filings made by an earlier build": TestFixtureReplay replays them with every later
# build and must get the same result byte for byte (or name a formula fix in the changelog).
#
# usage: tools/make-audit-fixtures.sh [BUILD_DIR] [OUT_DIR]   (defaults: build/default, tests/audit/fixtures)
set -eu

build=${1:-build/default}
out=${2:-tests/audit/fixtures}
cli="$build/bin/huisuan-cli"
work=$(mktemp -d)
bureau_pid=
cleanup() {
    if [ -n "$bureau_pid" ]; then kill "$bureau_pid" 2>/dev/null || true; wait "$bureau_pid" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT INT TERM

HUISUAN_BUREAU_PASSPHRASE=fixture-bureau "$build/bin/huisuan-bureau" --data-dir "$work/bureau" --scrypt-n 1024 \
    >"$work/ready" 2>"$work/bureau.log" &
bureau_pid=$!
for _ in $(seq 100); do [ -s "$work/ready" ] && break; sleep 0.1; done
url=$(sed -n 's/.*"url":"\([^"]*\)".*/\1/p' "$work/ready")
[ -n "$url" ] || { cat "$work/bureau.log" >&2; exit 1; }

export HUISUAN_PASSPHRASE=fixture-taxpayer
"$cli" vault init --vault "$work/vault" --kdf-log2n 10 --lang en >/dev/null
"$cli" enrol --vault "$work/vault" --name 张三 --id 11010519491231002X --bureau "$url" --bureau-dir "$work/bureau" \
    --lang en >/dev/null
for input in "$out"/inputs/*.json; do
    name=$(basename "$input" .json)
    submission=$("$cli" file "$input" --vault "$work/vault" --wait 30 --lang en | sed -n 's/^Signed and queued as \(.*\)\.$/\1/p')
    "$cli" filing export --vault "$work/vault" --submission "$submission" --out "$out/$name.audit.json" --lang en
done
