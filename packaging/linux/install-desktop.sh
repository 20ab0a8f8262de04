#!/usr/bin/env bash
# Install (or remove) Copydesk's desktop integration for the current user: menu entry, icons at every
# hicolor size, AppStream metainfo, and the text/markdown association. Nothing is written outside
# ${XDG_DATA_HOME:-~/.local/share}; no root needed.
#
#   packaging/linux/install-desktop.sh                      # menu entry runs `copydesk` from PATH (pip install)
#   packaging/linux/install-desktop.sh --exec /opt/copydesk/copydesk   # ... or a PyInstaller bundle
#   packaging/linux/install-desktop.sh --uninstall
#
# PYTHON (default python3) must have PySide6: it renders the PNG icons from the SVG master.
set -euo pipefail

APP_ID=io.copydesk.Copydesk
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)
DATA_HOME=${XDG_DATA_HOME:-$HOME/.local/share}
PYTHON=${PYTHON:-python3}
EXEC_PATH=copydesk
ACTION=install

while [[ $# -gt 0 ]]; do
    case $1 in
        --exec) EXEC_PATH=$2; shift 2 ;;
        --uninstall) ACTION=uninstall; shift ;;
        -h|--help) sed -n '2,10p' "$0"; exit 0 ;;
        *) echo "install-desktop.sh: unknown option $1" >&2; exit 2 ;;
    esac
done

refresh_caches() {
    if command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA_HOME/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null && [[ -f "$DATA_HOME/icons/hicolor/index.theme" ]]; then
        gtk-update-icon-cache -q -t "$DATA_HOME/icons/hicolor" || true
    fi
}

if [[ $ACTION == uninstall ]]; then
    rm -f "$DATA_HOME/applications/$APP_ID.desktop" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
    find "$DATA_HOME/icons/hicolor" -name "$APP_ID.*" -delete 2>/dev/null || true
    refresh_caches
    echo "Removed Copydesk's desktop integration from $DATA_HOME"
    exit 0
fi

if [[ $EXEC_PATH == */* ]]; then
    EXEC_PATH=$(realpath "$EXEC_PATH")
    [[ -x $EXEC_PATH ]] || { echo "install-desktop.sh: not an executable: $EXEC_PATH" >&2; exit 1; }
fi
case $EXEC_PATH in
    *[[:space:]\"\'\\\$\`]*) echo "install-desktop.sh: the program path must not contain spaces or quotes" >&2; exit 1 ;;
esac

mkdir -p "$DATA_HOME/applications" "$DATA_HOME/metainfo" "$DATA_HOME/icons"
"$PYTHON" "$REPO/packaging/render_icons.py" "$DATA_HOME/icons" >/dev/null
sed -e "s|^Exec=copydesk |Exec=$EXEC_PATH |" -e "s|^TryExec=copydesk\$|TryExec=$EXEC_PATH|" \
    "$HERE/$APP_ID.desktop" >"$DATA_HOME/applications/$APP_ID.desktop"
cp "$HERE/$APP_ID.metainfo.xml" "$DATA_HOME/metainfo/$APP_ID.metainfo.xml"
refresh_caches
echo "Installed Copydesk's menu entry, icons and metainfo under $DATA_HOME (runs: $EXEC_PATH)"
