"""The application's theme (Preferences → Theme): follow the system, light, or dark.

Light and dark are full palettes on the Fusion style, so they look the same on every desktop (a dark
palette on a native style that draws its own light frames reads badly). Every role is set, in every
colour group, including the disabled group, links, highlighted and placeholder text and tooltips.
"Follow the system" asks Qt for the desktop's colour scheme (``QStyleHints.colorScheme``) and follows its
changes while the window is open: dark gives the dark palette; light (or a desktop that does not say)
gives back the style and palette the application started with.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication
from shiboken6 import isValid

SYSTEM, LIGHT, DARK = "system", "light", "dark"
THEMES = (SYSTEM, LIGHT, DARK)

Role = QPalette.ColorRole
Group = QPalette.ColorGroup

# (active/inactive colour, disabled colour) for each role. Text on Base and WindowText on Window keep a
# contrast ratio above 12:1; disabled text stays readable (about 4:1).
_DARK: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#2b2d30", "#2b2d30"),
    Role.WindowText: ("#e6e6e6", "#7f8388"),
    Role.Base: ("#1e1f22", "#26282b"),
    Role.AlternateBase: ("#26282b", "#2b2d30"),
    Role.ToolTipBase: ("#3c3f44", "#3c3f44"),
    Role.ToolTipText: ("#f0f0f0", "#9a9da2"),
    Role.PlaceholderText: ("#8c9096", "#6a6e73"),
    Role.Text: ("#e6e6e6", "#7f8388"),
    Role.Button: ("#35373b", "#2e3033"),
    Role.ButtonText: ("#e6e6e6", "#7f8388"),
    Role.BrightText: ("#ff6b6b", "#ff6b6b"),
    Role.Light: ("#4a4d52", "#3a3c40"),
    Role.Midlight: ("#3e4145", "#34363a"),
    Role.Mid: ("#2f3134", "#2b2d30"),
    Role.Dark: ("#1a1b1d", "#1a1b1d"),
    Role.Shadow: ("#0d0d0e", "#0d0d0e"),
    Role.Highlight: ("#3d6fb4", "#3b3e43"),
    Role.HighlightedText: ("#ffffff", "#9a9da2"),
    Role.Link: ("#7ab4ff", "#5c7fa8"),
    Role.LinkVisited: ("#c59bff", "#8a73a8"),
    Role.Accent: ("#3d6fb4", "#3b3e43"),
}

_LIGHT: dict[QPalette.ColorRole, tuple[str, str]] = {
    Role.Window: ("#efefef", "#efefef"),
    Role.WindowText: ("#1a1a1a", "#8a8a8a"),
    Role.Base: ("#ffffff", "#f4f4f4"),
    Role.AlternateBase: ("#f5f5f5", "#f0f0f0"),
    Role.ToolTipBase: ("#ffffdc", "#ffffdc"),
    Role.ToolTipText: ("#1a1a1a", "#8a8a8a"),
    Role.PlaceholderText: ("#6e6e6e", "#a0a0a0"),
    Role.Text: ("#1a1a1a", "#8a8a8a"),
    Role.Button: ("#e8e8e8", "#e8e8e8"),
    Role.ButtonText: ("#1a1a1a", "#8a8a8a"),
    Role.BrightText: ("#d00000", "#d00000"),
    Role.Light: ("#ffffff", "#ffffff"),
    Role.Midlight: ("#f4f4f4", "#f4f4f4"),
    Role.Mid: ("#b8b8b8", "#c4c4c4"),
    Role.Dark: ("#9f9f9f", "#bebebe"),
    Role.Shadow: ("#767676", "#b1b1b1"),
    Role.Highlight: ("#2f65ca", "#d0d0d0"),
    Role.HighlightedText: ("#ffffff", "#8a8a8a"),
    Role.Link: ("#1a55b8", "#7a9bd0"),
    Role.LinkVisited: ("#6d2fb8", "#a68ad0"),
    Role.Accent: ("#2f65ca", "#d0d0d0"),
}


def _palette(colours: dict[QPalette.ColorRole, tuple[str, str]]) -> QPalette:
    palette = QPalette()
    for role, (normal, disabled) in colours.items():
        for group in (Group.Active, Group.Inactive):
            palette.setColor(group, role, QColor(normal))
        palette.setColor(Group.Disabled, role, QColor(disabled))
    return palette


def dark_palette() -> QPalette:
    return _palette(_DARK)


def light_palette() -> QPalette:
    return _palette(_LIGHT)


def system_is_dark() -> bool:
    """The desktop asks for dark colours (Qt 6.5+ knows it on GNOME, KDE, Windows and macOS)."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


class ThemeManager(QObject):
    """Applies a theme to the application and, while it is "system", follows the desktop's changes."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        # The style's name is read when first leaving it: app.style() costs ~4 ms of PySide6 enum building,
        # and most starts keep the native look.
        self._original_style: str | None = None
        self._original_palette = QPalette(app.palette())
        self.theme = SYSTEM
        self._look = "native"  # what is on screen: "native" (as started), "light" or "dark"
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_scheme_changed)

    def apply(self, theme: str) -> None:
        self.theme = theme if theme in THEMES else SYSTEM
        look = self._wanted_look()
        if look == self._look:
            return  # a new style repolishes every widget: not for nothing (this runs at every start)
        if self._original_style is None:
            self._original_style = self._app.style().name()
        self._look = look
        if look == "native":
            self._app.setStyle(self._original_style)
            self._app.setPalette(self._original_palette)
        else:
            self._app.setStyle("Fusion")
            self._app.setPalette(dark_palette() if look == DARK else light_palette())

    def _wanted_look(self) -> str:
        if self.theme == SYSTEM:
            return DARK if system_is_dark() else "native"
        return self.theme

    def _on_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.theme == SYSTEM:
            self.apply(SYSTEM)


_managers: list[ThemeManager] = []  # the one of the running application (not findChild: ~5 ms at start)


def theme_manager(app: QApplication) -> ThemeManager:
    """The application's one ThemeManager (made on first use)."""
    if not _managers or not isValid(_managers[0]) or _managers[0].parent() is not app:
        _managers[:] = [ThemeManager(app)]
    return _managers[0]
