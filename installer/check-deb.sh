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
for exe in provstation provstation-cli; do
  grep -q "\./usr/bin/$exe\$" "$out/contents" || { echo "$exe missing from $(basename "$deb")"; exit 1; }
done
apt-get install -s -qq "$deb" > "$out/apt.log" 2>&1 || { cat "$out/apt.log"; exit 1; }
echo "ok: $(basename "$deb") $(stat -c %s "$deb") bytes"
