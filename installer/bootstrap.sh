#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (run as root, or with sudo available):
#
#   installer/bootstrap.sh demo   install what is missing, build, provision the built-in simulated module:
#                                 the station window (provstation --simulate) when a display is present,
#                                 the headless demo (provstation-cli demo) when not
#   installer/bootstrap.sh test   install what is missing, build, run the whole test suite through ctest,
#                                 then install the DEB, run its demo from /usr/bin and remove it again
#                                 (installer/install-test.sh; needs root or sudo)
#   installer/bootstrap.sh build  install what is missing and build only
#
# Idempotent and quick when nothing changed: packages are checked with dpkg before apt runs,
# the build is incremental (Ninja), and the build directory defaults to ./build.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${PROVSTATION_BUILD_DIR:-$here/build}
jobs=${PROVSTATION_JOBS:-$(nproc)}

packages=(
  g++ clang clang-format cmake ninja-build file dpkg-dev pkg-config
  qt6-base-dev qt6-serialport-dev qt6-tools-dev qt6-l10n-tools qtkeychain-qt6-dev
  qt6-httpserver-dev qt6-websockets-dev
  libqt6sql6-sqlite qt6-translations-l10n libssl-dev openssl
  mosquitto mosquitto-clients libmosquitto-dev mosquitto-dev
  socat xvfb xauth xdotool openbox dbus gnome-keyring libsecret-tools tshark
  librsvg2-bin desktop-file-utils appstream man-db shared-mime-info libglib2.0-bin faketime
  libqrencode-dev libp11-kit-dev libengine-pkcs11-openssl opensc softhsm2 zbar-tools poppler-utils
  # A factory line (docs/line.md): the PostgreSQL driver, the History chart, and a real PostgreSQL
  # 15 server that the tests start in a temporary directory (libqt6opengl6-dev: Qt6Charts' CMake
  # config needs Qt6OpenGL's, which qt6-charts-dev does not pull in).
  libqt6sql6-psql qt6-charts-dev libqt6opengl6-dev postgresql-15
)

install_packages() {
  local missing=()
  for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "bootstrap: installing ${missing[*]}"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  # tshark asks whether non-root users may capture; the default (no) is what we want.
  echo "wireshark-common wireshark-common/install-setuid boolean false" | "${sudo[@]}" debconf-set-selections
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

# Microsoft's Node.js SDKs drive local Azure in CloudSdkTest. A machine that already has node and npm
# (e.g. from NodeSource) keeps them; a fresh Debian 12 gets Debian's nodejs and npm.
install_node() {
  command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 && return 0
  echo "bootstrap: installing nodejs npm"
  local sudo=()
  [ "$(id -u)" -eq 0 ] || sudo=(sudo)
  "${sudo[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends nodejs npm
}

configure_and_build() {
  if [ ! -f "$build/build.ninja" ]; then
    cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo
  fi
  cmake --build "$build" -j "$jobs"
}

cmd=${1:-}
case "$cmd" in
  build)
    install_packages
    configure_and_build
    ;;
  demo)
    install_packages
    configure_and_build
    shift
    if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && [ -z "${PROVSTATION_HEADLESS:-}" ]; then
      exec "$build/bin/provstation" --simulate "${1:-1}"
    fi
    exec "$build/bin/provstation-cli" demo "$@"
    ;;
  test)
    install_packages
    install_node
    configure_and_build
    # The SDKs at the versions pinned in tests/integration/sdk/package-lock.json, into the build dir.
    "$here/tests/integration/sdk/install.sh" "$build"
    cd "$build"
    export XDG_RUNTIME_DIR=${XDG_RUNTIME_DIR:-$(mktemp -d)}
    rc=0
    ctest --output-on-failure -j "$jobs" --timeout 600 || rc=$?
    # The package as a user gets it: installed with apt, the demo run from /usr/bin, purged.
    sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" "$here/installer/install-test.sh" "$build" || rc=1
    exit "$rc"
    ;;
  *)
    sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
