"""Refresh the translation sources from the code: ``python3 -m editor.ui.translations_update``.

Run it from a source checkout after adding or changing a string shown to the user. Qt's ``lupdate``
reads every ``tr()`` / ``QCoreApplication.translate()`` / ``QT_TRANSLATE_NOOP()`` under ``editor/ui``
and merges them into ``resources/translations/copydesk_<code>.ts``: new strings arrive unfinished, strings
no longer in the code are dropped. Then translate the new strings (Qt Linguist: ``pyside6-linguist
resources/translations/copydesk_fr.ts``, or edit the XML) — tests/ui/translations_test.py names any
string left untranslated. ``copydesk_en.ts`` holds only the plural forms (``%n``), the one thing English
needs a catalogue for.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from editor.ui.translations import CATALOGUE, LANGUAGES, SOURCE_LANGUAGE, qt_tool

REPO = Path(__file__).resolve().parents[2]
SOURCES = REPO / "editor" / "ui"
CATALOGUES = REPO / "resources" / "translations"


def lupdate_command(ts_files: list[Path], *, plural_only: bool = False) -> list[str]:
    """The lupdate call that merges the strings of ``editor/ui`` into ``ts_files``."""
    lupdate = qt_tool("lupdate")
    if lupdate is None:
        raise SystemExit("translations_update: Qt's lupdate is missing (install PySide6)")
    return [
        str(lupdate),
        "-silent",
        "-extensions",
        "py",
        "-no-obsolete",
        "-locations",
        "none",  # no line numbers: catalogues change only when strings do
        "-source-language",
        SOURCE_LANGUAGE,
        *(["-pluralonly"] if plural_only else []),
        str(SOURCES),
        "-ts",
        *(str(path) for path in ts_files),
    ]


def catalogue(code: str) -> Path:
    return CATALOGUES / f"{CATALOGUE}_{code}.ts"


def update(folder: Path = CATALOGUES) -> list[Path]:
    """Merge the code's strings into every catalogue in ``folder``; return the files written."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for code, _name in LANGUAGES:
        path = folder / f"{CATALOGUE}_{code}.ts"
        subprocess.run(lupdate_command([path], plural_only=code == SOURCE_LANGUAGE), check=True)
        written.append(path)
    return written


def main() -> int:
    if not SOURCES.is_dir():
        print("translations_update: run it from a source checkout of Copydesk", file=sys.stderr)
        return 1
    for path in update():
        print(f"updated {path.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
