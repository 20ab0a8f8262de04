"""Typed access to QSettings, with every default in one place.

Preferences (what the user chose) and window state (geometry, splitter positions: what the window
remembers) live in two separate files, as in ReText, so resetting one never loses the other. Values
equal to their default are removed rather than written. Both files use the INI format so tests can point
them at a temporary folder with ``QSettings.setPath``.

Set the organisation and application names (``app.configure_application``) before creating one.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "Copydesk"
APPLICATION = "Copydesk"
WINDOW_STATE_APPLICATION = "Copydesk-window"

# Preference keys and their defaults; the default's type is the value's type.
PREVIEW_VISIBLE = "view/preview_visible"
CHECKLIST_VISIBLE = "view/checklist_visible"
LIBRARY_VISIBLE = "view/library_visible"
LAST_ARTICLE_ID = "session/last_article_id"

DEFAULTS: dict[str, Any] = {
    PREVIEW_VISIBLE: True,
    CHECKLIST_VISIBLE: True,
    LIBRARY_VISIBLE: True,
    LAST_ARTICLE_ID: "",
}

# Window-state keys (opaque byte blobs from saveGeometry/saveState).
MAIN_GEOMETRY = "main/geometry"
MAIN_SPLITTER = "main/splitter"
SIDE_SPLITTER = "main/side_splitter"
LIBRARY_HEADER = "library/header"
HISTORY_GEOMETRY = "history/geometry"


class Settings:
    """Preferences and window state of the editor."""

    def __init__(self) -> None:
        self._preferences = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
        )
        self._window = QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, WINDOW_STATE_APPLICATION
        )

    def value(self, key: str) -> Any:
        default = DEFAULTS[key]
        raw = self._preferences.value(key, default)
        if isinstance(default, bool):
            return raw if isinstance(raw, bool) else str(raw).lower() in ("true", "1", "yes")
        if isinstance(default, int):
            try:
                return int(raw)
            except (TypeError, ValueError):
                return default
        return str(raw)

    def set_value(self, key: str, value: Any) -> None:
        if value == DEFAULTS[key]:
            self._preferences.remove(key)
        else:
            self._preferences.setValue(key, value)

    def window_state(self, key: str) -> QByteArray | None:
        raw = self._window.value(key)
        return raw if isinstance(raw, QByteArray) and not raw.isEmpty() else None

    def set_window_state(self, key: str, state: QByteArray) -> None:
        self._window.setValue(key, state)

    def sync(self) -> None:
        self._preferences.sync()
        self._window.sync()
