#!/usr/bin/env bash
# Installs Microsoft's Node.js Azure IoT SDKs at the versions pinned in package-lock.json into
# BUILD_DIR/node-sdk with `npm ci` (never into the source tree). Quick when nothing changed: the
# lock file last installed is kept beside node_modules and compared first.
#   tests/integration/sdk/install.sh BUILD_DIR
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
build=${1:?usage: install.sh BUILD_DIR}
target=$build/node-sdk

for tool in node npm; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "install.sh: $tool is missing: apt-get install nodejs npm (installer/bootstrap.sh test does it)" >&2
    exit 1
  fi
done

mkdir -p "$target"
if [ -d "$target/node_modules" ] && cmp -s "$here/package-lock.json" "$target/installed-lock.json"; then
  exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$target/"
(cd "$target" && npm ci --no-audit --no-fund --loglevel=error)
cp "$here/package-lock.json" "$target/installed-lock.json"
