#!/usr/bin/env bash
# CI step after ctest (installer/bootstrap.sh test runs it; it needs root because it installs a
# package on this machine):
#   installer/install-test.sh BUILD_DIR
# Builds the DEB, installs it with apt, runs `provstation-cli demo` from /usr/bin (local Azure and a
# simulated module, as a user would), then purges it and checks that nothing is left behind: no
# file of the package, no package apt pulled in for it, no MIME type in the system database.
set -euo pipefail
build=$(cd "${1:?usage: install-test.sh BUILD_DIR}" && pwd)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test: needs root, because it installs and removes the package: run it as root, or run" \
       "installer/bootstrap.sh test as root (CI does)" >&2
  exit 1
fi
if dpkg-query -W -f='${Status}' provstation 2> /dev/null | grep -q "install ok installed"; then
  echo "install-test: provstation is already installed on this machine; this test would remove it." \
       "Remove it first: apt-get purge provstation" >&2
  exit 1
fi

out=$(mktemp -d "${TMPDIR:-/tmp}/provstation-install.XXXXXX")
chmod 755 "$out" # apt's sandbox user reads the .deb from here
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/provstation_*.deb)
apt_opts=(-y -q -o DPkg::Lock::Timeout=300)
fails=0
bad() { echo "FAIL: $*"; fails=$((fails + 1)); }

dpkg-query -W -f='${Package}\n' | sort > "$out/before"
DEBIAN_FRONTEND=noninteractive apt-get install "${apt_opts[@]}" "$deb" > "$out/install.log" 2>&1 ||
  { cat "$out/install.log"; exit 1; }
# What this apt run installed (its own list, so a package someone else installs meanwhile is never touched).
sed -n '/^The following NEW packages will be installed:/,/^[^ ]/{/^ /p}' "$out/install.log" | tr -s ' ' '\n' |
  sed '/^$/d' > "$out/new"
grep -qx provstation "$out/new" || { cat "$out/install.log"; echo "install-test: apt did not install provstation" >&2; exit 1; }
echo "install-test: apt installed $(tr '\n' ' ' < "$out/new")"
dpkg -L provstation > "$out/files"

# Installed as a user finds it.
[ "$(/usr/bin/provstation-cli --version)" = "provstation-cli $(dpkg-query -W -f='${Version}' provstation)" ] ||
  bad "/usr/bin/provstation-cli --version does not match the package version"
if grep -qs "^path-exclude=*/usr/share/man" /etc/dpkg/dpkg.cfg.d/*; then
  echo "install-test: NOTE: this machine's dpkg excludes /usr/share/man (/etc/dpkg/dpkg.cfg.d), so 'man -w' is not checked"
else
  [ "$(man -w provstation-cli 2> /dev/null)" = /usr/share/man/man1/provstation-cli.1.gz ] || bad "man provstation-cli is not found"
fi
if command -v update-mime-database > /dev/null; then
  [ -f /usr/share/mime/application/x-provstation-profile.xml ] || bad "the MIME trigger did not register the profile type"
fi

# The demo from /usr/bin: local Azure, a simulated module, one PASS; in a private HOME.
home=$out/home
mkdir -p "$home/run" && chmod 700 "$home/run"
if (cd / && env -i PATH=/usr/bin:/bin:/usr/sbin:/sbin HOME="$home" XDG_RUNTIME_DIR="$home/run" LANG=C.UTF-8 \
     timeout 120 /usr/bin/provstation-cli demo --json > "$out/demo.json" 2> "$out/demo.err"); then
  grep -q '"outcome":"pass"' "$out/demo.json" || bad "the demo did not print a PASS: $(cat "$out/demo.json")"
  echo "install-test: /usr/bin/provstation-cli demo: $(head -c 300 "$out/demo.json")"
else
  bad "/usr/bin/provstation-cli demo failed: $(cat "$out/demo.err" "$out/demo.json")"
fi

# Purge the package and what apt pulled in for it, then look for leftovers.
mapfile -t pulled < "$out/new"
DEBIAN_FRONTEND=noninteractive apt-get purge "${apt_opts[@]}" "${pulled[@]}" > "$out/purge.log" 2>&1 ||
  { cat "$out/purge.log"; exit 1; }
dpkg-query -W -f='${Package}\n' | sort > "$out/after"
diff -u "$out/before" "$out/after" > "$out/pkgdiff" || bad "the package list differs after the purge: $(cat "$out/pkgdiff")"
dpkg-query -W -f='${Status}' provstation 2> /dev/null | grep -q "install" && bad "dpkg still knows provstation"
left=0
while read -r f; do
  case "$f" in /usr/share/provstation* | /usr/lib/provstation* | /usr/share/doc/provstation*) ;; *) [ -d "$f" ] && continue ;; esac
  if [ -e "$f" ]; then bad "left behind: $f"; left=$((left + 1)); fi
done < "$out/files"
[ -e /usr/share/mime/application/x-provstation-profile.xml ] && bad "the MIME type stayed in the system database"

if [ "$fails" -gt 0 ]; then
  echo "install-test: $fails check(s) failed"
  exit 1
fi
echo "ok: installed $(basename "$deb") with $(wc -l < "$out/new") package(s), ran the demo from /usr/bin," \
  "purged it; $(wc -l < "$out/files") paths checked, nothing left behind"
