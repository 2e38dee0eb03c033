#!/usr/bin/env bash
# Runs one test class as the unprivileged user "nobody", with a serial port that user may not
# open: a pseudo-terminal made here as root (its device is root's, mode 0620, group tty).
#   tests/run_as_nobody.sh <test executable> <Class>
# The class finds the port in PS_DENIED_PORT and a writable home in HOME.
set -euo pipefail
if [ "$(id -u)" -ne 0 ]; then
  echo "run_as_nobody.sh: needs root to make the port and change user (CI runs as root)" >&2
  exit 1
fi
for tool in setpriv socat; do
  command -v "$tool" > /dev/null || { echo "run_as_nobody.sh: $tool is missing (apt-get install util-linux socat)" >&2; exit 1; }
done
tmp=$(mktemp -d)
socat_pid=
cleanup() { [ -n "$socat_pid" ] && kill "$socat_pid" 2> /dev/null; rm -rf "$tmp"; }
trap cleanup EXIT
chmod 755 "$tmp"
# socat says when both ends are ready ("starting data transfer loop"): wait for that line, 10 s at most.
exec 3< <(exec socat -d -d pty,raw,echo=0,link="$tmp/denied" pty,raw,echo=0,link="$tmp/other" 2>&1)
socat_pid=$!
ready=
while read -r -t 10 line <&3; do
  case "$line" in *"starting data transfer loop"*) ready=1; break ;; esac
done
[ -n "$ready" ] && [ -e "$tmp/denied" ] || { echo "run_as_nobody.sh: socat made no pseudo-terminal within 10 s" >&2; exit 1; }
mkdir -p "$tmp/home" "$tmp/run"
chown nobody "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
setpriv --reuid=nobody --regid=nogroup --clear-groups \
  env HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" PS_DENIED_PORT="$tmp/denied" "$@"
