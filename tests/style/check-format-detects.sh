#!/usr/bin/env bash
# The format check must fail on a misformatted file and pass on the same file once formatted.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf 'int  answer( ){return 42;}\n' > "$tmp/bad.cpp"
if "$here/check-format.sh" "$tmp/bad.cpp" > "$tmp/out" 2>&1; then
  echo "FAIL: check-format.sh accepted a misformatted file"; cat "$tmp/out"; exit 1
fi
grep -q "not formatted: $tmp/bad.cpp" "$tmp/out" || { echo "FAIL: the file was not named"; cat "$tmp/out"; exit 1; }
printf 'int answer()\n{\n    return 42;\n}\n' > "$tmp/good.cpp"
"$here/check-format.sh" "$tmp/good.cpp" > "$tmp/out" 2>&1 || { echo "FAIL: a formatted file was refused"; cat "$tmp/out"; exit 1; }
echo "ok: a misformatted file fails the check, a formatted one passes"
