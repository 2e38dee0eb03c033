#!/bin/sh
# Runs a command inside a private D-Bus session with a throw-away, unlocked gnome-keyring, so the
# real QtKeychain (libsecret -> Secret Service) can be tested headless without touching the user's
# keyring. Usage: tests/keychain/run_with_keyring.sh <command> [args...]
# Both daemons (dbus-daemon, gnome-keyring-daemon) belong to the private session and exit with it.
set -eu
if [ $# -eq 0 ]; then
    echo "usage: $0 <command> [args...]" >&2
    exit 2
fi
for tool in dbus-run-session gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing: install the packages dbus and gnome-keyring" >&2
        exit 2
    fi
done

T=$(mktemp -d "${TMPDIR:-/tmp}/provstation-keyring.XXXXXX")
trap 'rm -rf "$T"' EXIT
export HOME="$T/home" XDG_DATA_HOME="$T/share" XDG_CONFIG_HOME="$T/config" \
       XDG_CACHE_HOME="$T/cache" XDG_RUNTIME_DIR="$T/run"
mkdir -p "$HOME" "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
mkdir -m 700 "$XDG_RUNTIME_DIR"
# No display: nothing may try to show an unlock prompt (a prompt nobody sees is a hang).
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
export PROVSTATION_PRIVATE_KEYRING=1

set +e
dbus-run-session -- sh -c 'echo provstation-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' sh "$@"
rc=$?
exit $rc
