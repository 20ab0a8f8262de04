"""The colours of a diff (removed, added, folded) mixed from the widget's palette, so that the History
and the conflict dialogs read alike in a light and in a dark theme."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget

from editor.render.diff import DiffColours


def _tint(base: QColor, hue: QColor, amount: float) -> str:
    """``hue`` mixed into the palette's base colour: readable on light and dark themes alike."""
    mix = QColor(
        round(base.red() * (1 - amount) + hue.red() * amount),
        round(base.green() * (1 - amount) + hue.green() * amount),
        round(base.blue() * (1 - amount) + hue.blue() * amount),
    )
    return mix.name()


def diff_colours(widget: QWidget) -> DiffColours:
    """Red and green tints of the text background, and the disabled text colour for folded lines."""
    palette = widget.palette()
    base = palette.color(QPalette.ColorRole.Base)
    return DiffColours(
        removed=_tint(base, QColor(220, 50, 50), 0.28),
        added=_tint(base, QColor(40, 170, 70), 0.28),
        muted=palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text).name(),
    )
