#!/usr/bin/env bash
# The real provstation binary on a real X server (Xvfb) under a real window manager (openbox),
# typed into with xdotool as a person would: the engineer password on first use, the profile name
# and the DPS ID scope by their mnemonics, Ctrl+S, a file name in Qt's save dialog, Alt+S, Ctrl+Q.
# Passes when the saved profile holds exactly what was typed and the program quit by itself.
#
#   xsmoke.sh BIN_DIR
set -euo pipefail

bin=${1:?usage: xsmoke.sh BIN_DIR}
for tool in Xvfb openbox xdotool python3; do
  command -v "$tool" >/dev/null || { echo "xsmoke: $tool is not installed (installer/bootstrap.sh installs it)"; exit 1; }
done

work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

fail() {
  echo "xsmoke: FAIL: $*" >&2
  echo "xsmoke: windows on the display:" >&2
  for w in $(xdotool search --onlyvisible --name . 2>/dev/null); do
    echo "  $(xdotool getwindowname "$w" 2>/dev/null)" >&2
  done
  [ -f "$work/provstation.log" ] && sed 's/^/  provstation: /' "$work/provstation.log" | tail -40 >&2
  exit 1
}

# A display of our own: Xvfb picks a free number and writes it to fd 3 (a FIFO we read, bounded).
mkfifo "$work/display"
Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
pids+=($!)
read -r -t 20 number <"$work/display" || fail "Xvfb did not start: $(cat "$work/xvfb.log")"
export DISPLAY=":$number"

export HOME="$work/home" XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
export XDG_RUNTIME_DIR="$work/run" LANG=C.UTF-8 LC_ALL=C.UTF-8 QT_QPA_PLATFORM=xcb
mkdir -p "$HOME" "$XDG_CONFIG_HOME" "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

openbox --sm-disable >"$work/openbox.log" 2>&1 &
pids+=($!)

"$bin/provstation" --simulate 1 --engineer --lang en >"$work/provstation.log" 2>&1 &
app=$!
pids+=($app)

# Wait (bounded) for a window titled $1 and give it the keyboard.
window() {
  local id
  id=$(timeout 60 xdotool search --sync --limit 1 --name "$1" 2>/dev/null | head -1) ||
    fail "no window named \"$1\" within 60 s"
  xdotool windowactivate --sync "$id" 2>/dev/null || xdotool windowfocus --sync "$id"
  echo "$id"
}

# First use: the engineer chooses a password (typed twice) in the dialog the program opens.
login=$(window '^Engineer mode$')
xdotool type --delay 20 'smoke-pass'
xdotool key --delay 50 Tab
xdotool type --delay 20 'smoke-pass'
xdotool key Return

main=$(window 'Provisioning Station')
# Profile name (Alt+A), then the DPS ID scope (Alt+C), each replaced by what is typed.
xdotool key --delay 80 alt+a ctrl+a
xdotool type --delay 30 'Smoke line 7'
xdotool key --delay 80 alt+c ctrl+a
xdotool type --delay 30 '0ne00SM0KE7'
# Edited and not saved: the title carries the modified marker.
window '^Smoke line 7[*]' >/dev/null
xdotool key --delay 80 ctrl+s

# Qt's own save dialog: the file name field has the focus. Typing a path pops up its completer,
# which would take an Enter for itself: Tab leaves the field (and closes the popup), then the
# Save button by its mnemonic.
window '^Save profile' >/dev/null
xdotool key ctrl+a
xdotool type --delay 20 "$work/typed.json"
xdotool key --delay 100 Tab alt+s

# Saved: the title loses its modified marker.
window '^Smoke line 7 ' >/dev/null
[ -s "$work/typed.json" ] || fail "no profile was saved to $work/typed.json"

python3 - "$work/typed.json" <<'EOF' || fail "the saved profile does not hold what was typed"
import json, sys
p = json.load(open(sys.argv[1]))
name = p.get("name")
scope = p.get("dps", {}).get("idScope")
print(f"xsmoke: saved name={name!r} idScope={scope!r}")
sys.exit(0 if (name, scope) == ("Smoke line 7", "0ne00SM0KE7") else 1)
EOF

# Quit by keyboard; nothing is unsaved, so no question is asked.
xdotool windowactivate --sync "$main" 2>/dev/null || xdotool windowfocus --sync "$main"
xdotool key ctrl+q
timeout 30 tail --pid="$app" -f /dev/null || fail "provstation did not quit after Ctrl+Q"
wait "$app" || fail "provstation exited with $?"
echo "xsmoke: PASS"
