"""Typed access to QSettings, with every default in one place.

Preferences (what the user chose) and window state (geometry, splitter positions: what the window
remembers) live in two separate files, as in ReText, so resetting one never loses the other. Values
equal to their default are removed rather than written. Both files use the INI format so tests can point
them at a temporary folder with ``QSettings.setPath``.

What belongs to one library (the article left open, the window's layout) is kept per data folder, in
a group named after the folder: an article id remembered for one ``--data-dir`` means nothing in
another. A library without its own window layout yet starts with the one used last anywhere.

Set the organisation and application names (``app.configure_application``) before creating one.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QCryptographicHash, QSettings

ORGANISATION = "Copydesk"
APPLICATION = "Copydesk"
WINDOW_STATE_APPLICATION = "Copydesk-window"

# Preference keys and their defaults; the default's type is the value's type.
PREVIEW_VISIBLE = "view/preview_visible"
CHECKLIST_VISIBLE = "view/checklist_visible"
LIBRARY_VISIBLE = "view/library_visible"
LAST_ARTICLE_ID = "session/last_article_id"
# Share of the body verbatim from agency copy above which a credit line naming the agency is required.
REUSE_THRESHOLD_PERCENT = "checklist/reuse_threshold_percent"
# Preferences (Edit → Preferences). Empty strings mean "follow the system".
INTERFACE_LANGUAGE = "interface/language"  # "" (system locale), "en", "fr"
ARTICLE_LANGUAGE = "article/default_language"  # BCP 47 tag of new articles, e.g. "en-GB"; "" = from locale
EDITOR_FONT_FAMILY = "editor/font_family"  # "" = the application's default font
EDITOR_FONT_SIZE = "editor/font_size"  # points; 0 = the default size
THEME = "interface/theme"  # "system", "light" or "dark"
DEFAULT_ACCOUNT = "publishing/default_account"  # account id as text; "" = the first account
REVISION_INTERVAL_MINUTES = "history/revision_interval_minutes"  # autosave keeps a revision this often

DEFAULTS: dict[str, Any] = {
    PREVIEW_VISIBLE: True,
    CHECKLIST_VISIBLE: True,
    LIBRARY_VISIBLE: True,
    LAST_ARTICLE_ID: "",
    REUSE_THRESHOLD_PERCENT: 80,
    INTERFACE_LANGUAGE: "",
    ARTICLE_LANGUAGE: "",
    EDITOR_FONT_FAMILY: "",
    EDITOR_FONT_SIZE: 0,
    THEME: "system",
    DEFAULT_ACCOUNT: "",
    REVISION_INTERVAL_MINUTES: 5,
}

# Window-state keys (opaque byte blobs from saveGeometry/saveState).
MAIN_GEOMETRY = "main/geometry"
MAIN_SPLITTER = "main/splitter"
SIDE_SPLITTER = "main/side_splitter"
LIBRARY_HEADER = "library/header"
HISTORY_GEOMETRY = "history/geometry"

# Preferences kept per library (an account id means nothing in another); window state always is.
LIBRARY_KEYS = frozenset({LAST_ARTICLE_ID, DEFAULT_ACCOUNT})


def library_group(data_dir: Path) -> str:
    """The settings group of the library in ``data_dir`` (the same folder, however it was named)."""
    folder = os.path.realpath(os.path.expanduser(data_dir)).encode("utf-8", "surrogateescape")
    # SHA-256 as hashlib computes it (earlier versions did), through Qt: hashlib's OpenSSL module is not
    # otherwise on the way to the window.
    digest = QCryptographicHash.hash(QByteArray(folder), QCryptographicHash.Algorithm.Sha256)
    return "libraries/" + bytes(digest.toHex().data()).decode("ascii")[:16]


class Settings:
    """Preferences and window state of the editor, for the library in ``library`` (a data folder)."""

    def __init__(self, library: Path | None = None) -> None:
        self._group = library_group(library) if library is not None else ""
        self._preferences = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )
        self._window = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, WINDOW_STATE_APPLICATION
        )

    def _scoped(self, key: str) -> str:
        return f"{self._group}/{key}" if self._group else key

    def _preference_key(self, key: str) -> str:
        return self._scoped(key) if key in LIBRARY_KEYS else key

    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        raw = self._preferences.value(self._preference_key(key), default)
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        if isinstance(default, int):
            try:
                return int(raw)
            except (TypeError, ValueError):
                return default
        return str(raw)

    def set_value(self, key: str, value: Any) -> None:
        name = self._preference_key(key)
        if value == DEFAULTS[key]:
            self._preferences.remove(name)
        else:
            self._preferences.setValue(name, value)

    def window_state(self, key: str) -> QByteArray | None:
        for name in (self._scoped(key), key):
            raw = self._window.value(name)
            if isinstance(raw, QByteArray) and not raw.isEmpty():
                return raw
        return None

    def set_window_state(self, key: str, state: QByteArray) -> None:
        self._window.setValue(self._scoped(key), state)
        if self._group:
            self._window.setValue(key, state)  # where a library without a layout of its own starts

    def sync(self) -> None:
        self._preferences.sync()
        self._window.sync()
