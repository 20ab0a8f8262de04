#!/usr/bin/env bash
# Run the whole test suite the way CI does, on a fresh Debian 12 machine or a developer's laptop:
#   1. Debian packages the tests need (as root, only those missing): Qt's system libraries,
#      D-Bus + gnome-keyring (a real Secret Service), MariaDB + PHP for a real WordPress, validators.
#   2. The project and its test extras into the current Python (pip install -e '.[test]').
#   3. The WordPress tree cached once (tests/wordpress/provision.sh); Ghost 5 is installed (cached per
#      machine, ~3.5 min cold) by its fixture the first time a test asks for it (tests/ghost/).
#   4. pytest inside a private D-Bus session with an unlocked keyring and throwaway XDG folders,
#      so no run sees another's secrets or settings.
# Extra arguments go to pytest, e.g. `bash tests/run.sh tests/store -x`.
set -euo pipefail
cd "$(dirname "$0")/.."

apt_packages=(
  libegl1 libgl1 libx11-6 libdbus-1-3 libfontconfig1 libfreetype6 libglib2.0-0 libxkbcommon0
  libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0 xvfb xauth
  dbus gnome-keyring
  php-cli php-mysql php-xml php-gd mariadb-server php-getid3 libjs-underscore libjs-cropper
  appstream desktop-file-utils
  make g++ curl  # the real Ghost's native modules (sqlite3, re2) compile from source
)
missing=()
for pkg in "${apt_packages[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
# Node for the real Ghost (5.130.6 runs on Node 18, 20 or 22): Debian's nodejs + npm + its headers,
# unless a node is already installed some other way.
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  missing+=(nodejs npm libnode-dev)
fi
if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]] || ! command -v apt-get >/dev/null; then
    echo "tests/run.sh: please install these Debian packages first: ${missing[*]}" >&2
    exit 1
  fi
  echo "tests/run.sh: installing ${#missing[@]} Debian packages" >&2
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

python3 -m pip install -q --disable-pip-version-check -e '.[test]'

if [[ -x tests/wordpress/provision.sh ]]; then
  bash tests/wordpress/provision.sh
fi

scratch=$(mktemp -d /tmp/copydesk-tests.XXXXXX)
trap 'rm -rf "$scratch"' EXIT
mkdir -p "$scratch/data" "$scratch/config" "$scratch/cache"
export XDG_DATA_HOME=$scratch/data XDG_CONFIG_HOME=$scratch/config XDG_CACHE_HOME=$scratch/cache
export QT_QPA_PLATFORM=offscreen
# Here a missing WordPress, Ghost or keyring is a failure, not a skip.
export COPYDESK_REQUIRE_WORDPRESS=1 COPYDESK_REQUIRE_KEYRING=1 COPYDESK_REQUIRE_GHOST=1

# shellcheck disable=SC2016 # expanded by the inner shell
exec dbus-run-session -- sh -c '
  printf "copydesk-tests" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
  exec python3 -m pytest "$@"
' sh "$@"
