#!/usr/bin/env bash
# Builds the Debian package from a build directory and checks it: both executables inside, and
# apt can resolve its dependencies (a simulated install; nothing is installed).
set -euo pipefail
build=$1
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
cpack -G DEB --config "$build/CPackConfig.cmake" -B "$out" > "$out/cpack.log" 2>&1 || { cat "$out/cpack.log"; exit 1; }
deb=$(ls "$out"/provstation_*.deb)
dpkg-deb -c "$deb" > "$out/contents"
for file in bin/provstation bin/provstation-cli bin/uxsim bin/local-azure lib/provstation/liblocal_azure_plugin.so \
            share/provstation/edm.lua; do
  grep -q "\./usr/$file\$" "$out/contents" || { echo "$file missing from $(basename "$deb")"; exit 1; }
done
apt-get install -s -qq "$deb" > "$out/apt.log" 2>&1 || { cat "$out/apt.log"; exit 1; }
echo "ok: $(basename "$deb") $(stat -c %s "$deb") bytes"
