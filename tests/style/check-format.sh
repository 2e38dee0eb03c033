#!/usr/bin/env bash
# The tree's formatting check (CI runs it as the ctest entry style.format).
#   tests/style/check-format.sh              every C/C++ file of the checkout
#   tests/style/check-format.sh FILE...      only these files
# Prints each file that differs from .clang-format and exits 1 when there is one.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
cf=${CLANG_FORMAT:-$(command -v clang-format || command -v clang-format-14 || true)}
if [ -z "$cf" ]; then
  echo "check-format: clang-format is not installed (apt-get install clang-format)" >&2
  exit 2
fi
if [ $# -gt 0 ]; then
  files=("$@")
else
  cd "$here"
  if git rev-parse --is-inside-work-tree > /dev/null 2>&1; then
    mapfile -t files < <(git ls-files -- '*.cpp' '*.h' '*.c')
  else
    mapfile -t files < <(find app core ui sim tests bench \( -name '*.cpp' -o -name '*.h' -o -name '*.c' \) | sort)
  fi
fi
bad=0
for f in "${files[@]}"; do
  [ -f "$f" ] || continue
  if ! "$cf" --style=file:"$here/.clang-format" --dry-run --Werror "$f" > /dev/null 2>&1; then
    echo "not formatted: $f (run: clang-format -i $f)"
    bad=1
  fi
done
[ "$bad" -eq 0 ] && echo "check-format: ${#files[@]} files formatted"
exit "$bad"
