"""Colours derived from the current palette, so light and dark themes both read well."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightnessF() < 0.5


def mix(first: QColor, second: QColor, amount: float) -> QColor:
    """``amount`` of ``second`` blended into ``first`` (0 = first, 1 = second)."""
    return QColor.fromRgbF(
        first.redF() + (second.redF() - first.redF()) * amount,
        first.greenF() + (second.greenF() - first.greenF()) * amount,
        first.blueF() + (second.blueF() - first.blueF()) * amount,
    )


def dimmed_text(palette: QPalette) -> QColor:
    """For markup characters: readable, but clearly quieter than the words."""
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base), 0.55)


def warning_text(palette: QPalette) -> QColor:
    """An amber/red that keeps contrast on the palette's base colour."""
    return QColor("#ff8a65") if is_dark(palette) else QColor("#b3261e")


def quote_text(palette: QPalette) -> QColor:
    return mix(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Highlight), 0.45)


def link_text(palette: QPalette) -> QColor:
    return palette.color(QPalette.ColorRole.Link)


def internal_note_background(palette: QPalette) -> QColor:
    """A tinted background for fields that are never published (the editor's note)."""
    tint = QColor("#ffcc00") if not is_dark(palette) else QColor("#806000")
    return mix(palette.color(QPalette.ColorRole.Base), tint, 0.22 if not is_dark(palette) else 0.35)


def code_background(palette: QPalette) -> QColor:
    return mix(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text), 0.07)
