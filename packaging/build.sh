#!/usr/bin/env bash
# Build the one-folder desktop bundle dist/copydesk/ for this machine with PyInstaller, then check it:
# `copydesk --version` and an offscreen smoke start (main window shown, database created, clean exit).
#
#   bash packaging/build.sh            # from anywhere; output in <repo>/dist/copydesk
#   DIST_DIR=/tmp/out BUILD_DIR=/tmp/work bash packaging/build.sh   # elsewhere (build venv in BUILD_DIR)
#
# PyInstaller is not a runtime dependency: it is installed into a build venv (build/bundle-venv) that
# sees this Python's site-packages for PySide6 & co., together with Copydesk itself installed as a wheel,
# so the bundle contains exactly what the wheel ships. PYTHON selects the interpreter (default python3).
set -euo pipefail

REPO=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PYTHON=${PYTHON:-python3}
DIST_DIR=${DIST_DIR:-$REPO/dist}
BUILD_DIR=${BUILD_DIR:-$REPO/build}
VENV=$BUILD_DIR/bundle-venv
BUNDLE=$DIST_DIR/copydesk
PYINSTALLER_SPEC="pyinstaller>=6.10,<7"
started=$(date +%s)

cd "$REPO"
if [[ ! -x $VENV/bin/python ]]; then
    "$PYTHON" -m venv --system-site-packages "$VENV"
fi
"$VENV/bin/python" -m pip install -q --disable-pip-version-check "$PYINSTALLER_SPEC"
"$VENV/bin/python" -m pip install -q --disable-pip-version-check --no-deps --force-reinstall "$REPO"

"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --distpath "$DIST_DIR" --workpath "$BUILD_DIR/pyinstaller" "$REPO/packaging/copydesk.spec"
built=$(date +%s)

echo "--- checking the bundle (run from /, with no Python environment variables)"
missing=$(find "$BUNDLE" -name "*.so*" -type f -exec ldd {} + 2>/dev/null | grep "not found" | sort -u || true)
if [[ -n $missing ]]; then
    echo "build.sh: libraries in the bundle need libraries it lacks:" >&2
    echo "$missing" >&2
    exit 1
fi
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
run_bundle() { (cd / && timeout 120 env -u PYTHONPATH -u PYTHONHOME -u VIRTUAL_ENV "$BUNDLE/copydesk" "$@"); }

version_line=$(run_bundle --version)
echo "$version_line"
[[ $version_line == "copydesk "* ]] || { echo "build.sh: unexpected --version output" >&2; exit 1; }

QT_QPA_PLATFORM=offscreen COPYDESK_SMOKE_TEST=1 run_bundle --data-dir "$scratch/data"
[[ -f $scratch/data/copydesk.sqlite3 ]] || { echo "build.sh: the smoke start created no database" >&2; exit 1; }
echo "smoke start: ok (main window shown, database created)"
# The headless side of the same bundle: store, migrations, importer and resources all took part above.
listing=$(run_bundle --data-dir "$scratch/data" list)
echo "$listing"
[[ $listing == *"Welcome to Copydesk"* ]] || { echo "build.sh: no welcome article after the first start" >&2; exit 1; }

echo "--- bundle: $BUNDLE"
echo "size: $(du -sh "$BUNDLE" | cut -f1)   build time: $((built - started)) s"
