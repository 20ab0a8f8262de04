#!/bin/sh
# Provision what the test WordPress needs (see docs/WORDPRESS.md). Idempotent; run as root.
#
#  - Debian packages (installed only when missing, without recommends): PHP, MariaDB, the libraries the
#    WordPress tree links into, and gnome-keyring + dbus for the keyring tests.
#  - WordPress itself is NOT installed with apt (that pulls in and starts apache2): the .debs are
#    downloaded and unpacked into a cache folder, which tests/wordpress/server.py copies per test run.
#
# Cache folder: $COPYDESK_WP_CACHE (default /var/cache/copydesk-wp). Prints where WordPress is.
set -eu

CACHE="${COPYDESK_WP_CACHE:-/var/cache/copydesk-wp}"
PACKAGES="php-cli php-mysql php-xml php-gd mariadb-server php-getid3 libjs-underscore libjs-cropper gnome-keyring dbus"

if [ "$(id -u)" != 0 ]; then
    echo "provision.sh: must run as root (it installs Debian packages)" >&2
    exit 1
fi

missing=""
for package in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $package"
    fi
done
if [ -n "$missing" ]; then
    echo "provision.sh: installing$missing"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    # shellcheck disable=SC2086  # word splitting of the package list is intended
    apt-get install -y -q --no-install-recommends $missing
fi

if [ -f "$CACHE/usr/share/wordpress/wp-includes/version.php" ] \
    && [ -d "$CACHE/usr/share/wordpress/wp-content/themes/twentytwentythree" ]; then
    echo "provision.sh: WordPress already unpacked in $CACHE"
    exit 0
fi

work="$(mktemp -d)"
chmod 755 "$work"
if id _apt >/dev/null 2>&1; then chown _apt "$work"; fi  # apt-get download writes as the _apt user
trap 'rm -rf "$work"' EXIT
(cd "$work" && apt-get download wordpress wordpress-theme-twentytwentythree) || {
    apt-get update -q
    (cd "$work" && apt-get download wordpress wordpress-theme-twentytwentythree)
}
# Unpack into a fresh folder and move it into place, so an interrupted run never leaves half a tree.
staging="$work/tree"
mkdir -p "$staging"
for deb in "$work"/*.deb; do
    dpkg-deb -x "$deb" "$staging"
done
mkdir -p "$(dirname "$CACHE")"
rm -rf "$CACHE"
mv "$staging" "$CACHE"
echo "provision.sh: WordPress unpacked in $CACHE"
