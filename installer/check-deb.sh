#!/usr/bin/env bash
# The ctest entry installer.deb (label package):
#   installer/check-deb.sh BUILD_DIR SOURCE_DIR APP_ID VERSION
# Builds the Debian package from the build directory into a private folder (never the build
# directory: other tests run at the same time), then checks what a user would get: the programs,
# desktop entry, icons, metainfo, MIME types, manual pages, udev rule and copyright file are in it;
# desktop-file-validate, appstreamcli, man and update-mime-database accept them; every command and
# option of the programs is in their manual page; and apt resolves the dependencies (simulated,
# nothing is installed). installer/install-test.sh really installs it (CI, as root).
set -euo pipefail
build=$(cd "$1" && pwd)
src=$(cd "$2" && pwd)
app_id=$3
version=$4

need() {
  command -v "$1" > /dev/null || { echo "installer.deb: $1 is missing: apt-get install $2" >&2; exit 1; }
}
need cpack cmake
need dpkg-deb dpkg
need dpkg-shlibdeps dpkg-dev
need file file
need desktop-file-validate desktop-file-utils
need appstreamcli appstream
need man man-db
need update-mime-database shared-mime-info
need gio libglib2.0-bin
need apt-get apt

fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

out=$(mktemp -d "${TMPDIR:-/tmp}/provstation-deb.XXXXXX")
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/provstation_*.deb)
root=$out/root
dpkg-deb -x "$deb" "$root"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' > "$out/contents"

# 1. Contents.
expected=(
  /usr/bin/provstation /usr/bin/provstation-cli /usr/bin/uxsim /usr/bin/local-azure
  /usr/lib/provstation/liblocal_azure_plugin.so
  /usr/share/provstation/edm.lua /usr/share/provstation/udev/70-provstation-evk.rules
  "/usr/share/applications/$app_id.desktop" "/usr/share/metainfo/$app_id.metainfo.xml"
  /usr/share/mime/packages/provstation.xml
  /usr/share/icons/hicolor/scalable/apps/provstation.svg
  /usr/share/man/man1/provstation.1.gz /usr/share/man/man1/provstation-cli.1.gz
  /usr/share/doc/provstation/copyright
)
for size in 16 22 24 32 48 64 128 256 512; do
  png=/usr/share/icons/hicolor/${size}x${size}/apps/provstation.png
  expected+=("$png")
  [ -f "$root$png" ] && ! file "$root$png" | grep -q "PNG image data, $size x $size," && bad "$png is not a ${size}x$size PNG"
done
for f in "${expected[@]}"; do
  grep -qx "$f" "$out/contents" || bad "$f is missing from $(basename "$deb")"
done
for exe in provstation provstation-cli uxsim local-azure; do
  file "$root/usr/bin/$exe" | grep -q ", stripped" || bad "/usr/bin/$exe is not stripped"
done
if grep -rlI -e "$build" -e "$src" "$root/usr/share" > "$out/paths"; then
  bad "files that name this checkout's paths: $(tr '\n' ' ' < "$out/paths")"
fi
grep -q "Apache-2.0" "$root/usr/share/doc/provstation/copyright" || bad "the copyright file names no licence"

# 2. Control fields.
[ "$(dpkg-deb -f "$deb" Package)" = provstation ] || bad "Package is not provstation"
[ "$(dpkg-deb -f "$deb" Version)" = "$version" ] || bad "Version is $(dpkg-deb -f "$deb" Version), not $version"
dpkg-deb -f "$deb" Depends | grep -q "libqt6sql6-sqlite" || bad "Depends lacks the SQLite driver"
dpkg-deb -f "$deb" Depends | grep -q "libqt6widgets6" || bad "Depends lacks Qt Widgets (shlibdeps did not run?)"
dpkg-deb -f "$deb" Recommends | grep -q "mosquitto" || bad "Recommends lacks mosquitto (the demo needs it)"

# 3. Desktop entry: valid, and its Exec and Icon exist in the package.
desktop=$root/usr/share/applications/$app_id.desktop
desktop-file-validate "$desktop" > "$out/dfv" 2>&1 || true
[ -s "$out/dfv" ] && bad "desktop-file-validate: $(cat "$out/dfv")"
exec_name=$(sed -n 's/^Exec=\([^ ]*\).*/\1/p' "$desktop" | head -1)
[ -x "$root/usr/bin/$exec_name" ] || bad "the desktop entry runs $exec_name, which the package lacks"
icon=$(sed -n 's/^Icon=//p' "$desktop")
[ -f "$root/usr/share/icons/hicolor/scalable/apps/$icon.svg" ] || bad "the desktop entry's icon $icon is not in hicolor"
grep -q "^MimeType=.*application/x-provstation-profile;.*application/x-provstation-capture;" "$desktop" ||
  bad "the desktop entry does not open profiles and captures"

# 4. AppStream: valid (not even a pedantic note), screenshots that exist, the newest release is this version.
metainfo=$root/usr/share/metainfo/$app_id.metainfo.xml
appstreamcli validate --no-net --pedantic "$metainfo" > "$out/asv" 2>&1 || bad "appstreamcli validate: $(cat "$out/asv")"
grep -q "^[EWIP]:" "$out/asv" && bad "appstreamcli validate: $(cat "$out/asv")"
appstreamcli validate-tree --no-net "$root" > "$out/ast" 2>&1 || bad "appstreamcli validate-tree: $(cat "$out/ast")"
shots=$(sed -n 's|.*<image>.*/screenshots/\([^<]*\)</image>.*|\1|p' "$metainfo")
[ -n "$shots" ] || bad "the metainfo has no screenshots"
for s in $shots; do
  [ -f "$src/docs/screenshots/$s" ] || bad "metainfo screenshot $s is not in docs/screenshots"
done
newest=$(sed -n 's/.*<release version="\([^"]*\)".*/\1/p' "$metainfo" | head -1)
[ "$newest" = "$version" ] || bad "the newest metainfo release is $newest, not $version: add a <release> entry"

# 5. Manual pages: no warning from man/groff, and every command and option the programs know.
for page in provstation provstation-cli; do
  LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z \
    "$root/usr/share/man/man1/$page.1.gz" > /dev/null 2> "$out/man.$page" || bad "man $page failed"
  [ -s "$out/man.$page" ] && bad "man $page: $(cat "$out/man.$page")"
  zcat "$root/usr/share/man/man1/$page.1.gz" | sed 's/\\-/-/g; s/\\f[BIRP]//g' > "$out/$page.txt"
done
export LANG=C LC_ALL=C QT_QPA_PLATFORM=offscreen
cli=$build/bin/provstation-cli
mapfile -t commands < <("$cli" --help | sed -n '/^Commands:/,/^$/p' | awk 'NF > 1 {print $1}')
[ ${#commands[@]} -ge 9 ] || bad "provstation-cli --help lists only ${#commands[@]} commands"
for c in "${commands[@]}"; do
  grep -q "^\.SS $c\b" "$out/provstation-cli.txt" || bad "provstation-cli.1 has no section for the command $c"
  # Subcommands named in the usage line (edm decode|encode, pki <ca|...>) have options of their own.
  subs=$("$cli" "$c" --help | head -1 | grep -oE "[a-z][a-z0-9-]*(\|[a-z][a-z0-9-]*)+" | tr '|' ' ' || true)
  for sub in "" $subs; do
    [ -z "$sub" ] || grep -q -- "$sub\b" "$out/provstation-cli.txt" || bad "provstation-cli.1 does not name $c $sub"
    for o in $("$cli" "$c" $sub --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
      grep -q -- "$o\b" "$out/provstation-cli.txt" || bad "provstation-cli.1 does not explain $c $sub $o"
    done
  done
done
for o in $("$build/bin/provstation" --help | grep -o -- '--[a-z][a-z0-9-]*' | sort -u); do
  grep -q -- "$o\b" "$out/provstation.txt" || bad "provstation.1 does not explain $o"
done
sed -n '/^\.SH EXIT STATUS/,/^\.SH /p' "$out/provstation-cli.txt" > "$out/exit"
for code in 0 1 2 3 4 5 6 7 8 9; do
  grep -qx "$code" "$out/exit" || bad "provstation-cli.1 EXIT STATUS does not explain $code"
done

# 6. MIME types: the shared-mime-info compiler accepts them silently, and GIO recognises a profile.
mkdir -p "$out/xdg/mime/packages"
cp "$root/usr/share/mime/packages/provstation.xml" "$out/xdg/mime/packages/"
XDG_DATA_HOME=$out/xdg update-mime-database "$out/xdg/mime" > "$out/umd" 2>&1 || bad "update-mime-database: $(cat "$out/umd")"
[ -s "$out/umd" ] && bad "update-mime-database: $(cat "$out/umd")"
for t in x-provstation-profile x-provstation-capture; do
  [ -f "$out/xdg/mime/application/$t.xml" ] || bad "application/$t did not reach the MIME database"
done
sed -n '/^```json$/,/^```$/p' "$src/docs/profile.md" | sed '1d;$d' > "$out/line3.json"
type=$(XDG_DATA_HOME=$out/xdg XDG_DATA_DIRS=/usr/share gio info -a standard::content-type "$out/line3.json" |
  sed -n 's/.*standard::content-type: //p')
[ "$type" = application/x-provstation-profile ] || bad "GIO calls the profile of docs/profile.md $type"

# 7. apt resolves the dependencies on this machine (simulated).
apt-get install -s -qq "$deb" > "$out/apt.log" 2>&1 || { cat "$out/apt.log"; bad "apt-get cannot resolve the dependencies"; }

if [ "$fails" -gt 0 ]; then
  echo "installer.deb: $fails check(s) failed"
  exit 1
fi
echo "ok: $(basename "$deb"), $(stat -c %s "$deb") bytes, $(grep -vc '/$' "$out/contents") files;" \
  "${#commands[@]} commands and their options in the manual; desktop entry, metainfo, MIME types valid"
