#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The release check (issue 8): builds the .deb with CPack from the build folder, checks what it
# holds and what it depends on, unpacks it and runs the unpacked programs, and validates the desktop
# integration. The unpacked programs must answer exactly as the build tree's do.
#
#   check-package.sh BUILD_DIR SOURCE_DIR
set -euo pipefail

build=$(cd "$1" && pwd)
source=$(cd "$2" && pwd)
app_id=org.huisuan.Huisuan
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The programs run here must not read or write the real user's settings or vault.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
mkdir -p "$HOME"

failures=0
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

# The package that holds a library, however ldd spells its path (merged /usr, symlinked sonames).
owner_of() {
    local real candidate
    real=$(readlink -f "$1")
    for candidate in "$1" "$real" "${1#/usr}" "${real#/usr}" "/usr${1#/usr}" "/usr${real#/usr}"; do
        if dpkg -S "$candidate" >"$work/owner" 2>/dev/null; then
            head -1 "$work/owner" | cut -d: -f1
            return
        fi
    done
}

echo "== cpack"
if ! cpack -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1; then
    cat "$work/cpack.log" >&2
    echo "FAIL: cpack could not build the package" >&2
    exit 1
fi
debs=("$work"/out/huisuan_*.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "FAIL: expected one huisuan_*.deb, got: ${debs[*]}" >&2; exit 1; }
deb=${debs[0]}
echo "$(basename "$deb"): $(du -h "$deb" | cut -f1)"

echo "== dpkg-deb -c: contents"
dpkg-deb -c "$deb" | awk '{print $NF}' | sed 's|^\./|/|' >"$work/contents"
required=(
    /usr/bin/huisuan /usr/bin/huisuan-cli /usr/bin/huisuan-bureau
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/doc/huisuan/copyright
)
for size in 16 24 32 48 64 128 256 512; do
    required+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${required[@]}"; do
    grep -qxF "$path" "$work/contents" || fail "the package lacks $path"
done
# Everything under /usr: nothing in a home folder, /etc, /var, and no vault. The vault is made on
# first use in the user's data folder, so installing, upgrading or removing the package cannot touch it.
while read -r path; do
    case "$path" in
    /usr/*) ;;
    /) ;;
    *) fail "the package installs $path outside /usr" ;;
    esac
    case "$path" in
    */.local/* | */vault | */vault/* | /home/* | /root/*) fail "the package installs $path, where user data lives" ;;
    esac
done <"$work/contents"

echo "== dpkg-deb -f: fields"
[ "$(dpkg-deb -f "$deb" Package)" = huisuan ] || fail "Package is not huisuan"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is wrong"
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
echo "Recommends: $(dpkg-deb -f "$deb" Recommends)"
depends_names=$(echo "$depends" | tr ',|' '\n\n' | sed 's/(.*//; s/ //g' | sort -u)
echo "$depends_names" | grep -q -- '-dev$' && fail "Depends names a development package"

echo "== unpack"
root="$work/root"
dpkg-deb -x "$deb" "$root"
for program in huisuan huisuan-cli huisuan-bureau; do
    binary="$root/usr/bin/$program"
    [ -x "$binary" ] || { fail "$program is not executable"; continue; }
    readelf -S "$binary" | grep -q '\.debug_info' && fail "$program is not stripped"
    # Every library the program needs must come from a package the .deb depends on.
    for library in $(readelf -d "$binary" | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
        resolved=$(ldd "$binary" | awk -v lib="$library" '$1 == lib {print $3}')
        [ -n "$resolved" ] || { fail "$program: $library is not found"; continue; }
        owner=$(owner_of "$resolved")
        [ -n "$owner" ] || { fail "$program: no package holds $resolved"; continue; }
        echo "$depends_names" | grep -qxF "$owner" || fail "$program needs $library from $owner, which Depends lacks"
    done
done

echo "== the unpacked programs"
cli="$root/usr/bin/huisuan-cli"
built_cli="$build/bin/huisuan-cli"
version_report=$("$cli" --version --lang en) || fail "huisuan-cli --version failed"
echo "$version_report"
[ "$version_report" = "$("$built_cli" --version --lang en)" ] || fail "the unpacked huisuan-cli --version differs from the build's"
head -1 <<<"$version_report" | grep -qE '^huisuan-cli [0-9]+\.[0-9]+\.[0-9]+' || fail "huisuan-cli --version does not start with its version"

gui_report=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/huisuan" --version) || fail "huisuan --version failed"
[ "$(head -1 <<<"$gui_report" | cut -d' ' -f2)" = "$(head -1 <<<"$version_report" | cut -d' ' -f2)" ] \
    || fail "huisuan and huisuan-cli report different versions"
[ "$(sed -n '/^  [0-9]/p' <<<"$gui_report")" = "$(sed -n '/^  [0-9]/p' <<<"$version_report")" ] \
    || fail "huisuan and huisuan-cli list different rule packs"

case_file="$source/resources/demo/annual-return-2024.json"
result=$("$cli" compute annual-return "$case_file") || fail "huisuan-cli compute annual-return failed"
[ "$result" = "$("$built_cli" compute annual-return "$case_file")" ] \
    || fail "the unpacked huisuan-cli computes differently from the build's"
pack=$(grep -o '"rule_pack":"sha256:[0-9a-f]*"' <<<"$result" | cut -d'"' -f4)
year=$(grep -o '"tax_year": *[0-9]*' "$case_file" | head -1 | grep -o '[0-9]*$')
echo "annual return $year computed with $pack"
grep -qxE "  $year  $pack" <<<"$version_report" || fail "--version does not list the $year pack $pack the result used"

# The translations are compiled in: the unpacked program explains in Japanese exactly as the build does.
explained_ja=$("$cli" compute annual-return "$case_file" --explain --lang ja)
[ "$explained_ja" = "$("$built_cli" compute annual-return "$case_file" --explain --lang ja)" ] \
    || fail "the unpacked huisuan-cli explains in Japanese differently from the build's"
[ "$explained_ja" != "$("$cli" compute annual-return "$case_file" --explain --lang en)" ] \
    || fail "the unpacked huisuan-cli found no Japanese translation"

echo "== desktop integration"
desktop="$root/usr/share/applications/$app_id.desktop"
desktop-file-validate "$desktop" || fail "desktop-file-validate rejects $app_id.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "appstreamcli rejects $app_id.metainfo.xml"
grep -qxF "Icon=$app_id" "$desktop" || fail "the .desktop file's icon is not $app_id"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop")
[ -x "$root/usr/bin/$exec_name" ] || fail "the .desktop file starts $exec_name, which the package lacks"
for language in zh_CN ja; do
    grep -q "^Name\[$language\]=" "$desktop" || fail "the .desktop file has no Name in $language"
    grep -q "^Comment\[$language\]=" "$desktop" || fail "the .desktop file has no Comment in $language"
done
grep -qxF "Categories=Office;Finance;Qt;" "$desktop" || fail "the .desktop file's categories are not Office;Finance;Qt;"
grep -qF "<id>$app_id</id>" "$root/usr/share/metainfo/$app_id.metainfo.xml" || fail "the metainfo's id is not $app_id"
grep -qF "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$root/usr/share/metainfo/$app_id.metainfo.xml" \
    || fail "the metainfo does not launch $app_id.desktop"

if [ "$failures" -gt 0 ]; then
    echo "$failures problem(s) with $(basename "$deb")" >&2
    exit 1
fi
echo "$(basename "$deb") is ready to ship"
