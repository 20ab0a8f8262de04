"""Toolbar icons: monochrome SVGs in ``resources/icons/`` drawn in the palette's text colour.

QIcon does not resolve ``currentColor`` in SVG, so the SVG text gets the colour substituted before
rendering; pixmaps are rendered at the usual sizes times the device pixel ratio, so they stay crisp at
200 % scaling. Disabled icons are derived by Qt from these.
"""

from __future__ import annotations

import functools

from PySide6.QtCore import QByteArray, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer

from editor.resources import read_text

ICON_SIZES = (16, 20, 24, 32)


@functools.cache
def _svg_text(name: str) -> str:
    return read_text("icons", f"{name}.svg")


def themed_icon(name: str, palette: QPalette | None = None) -> QIcon:
    """The icon ``resources/icons/<name>.svg`` in the palette's button-text colour."""
    palette = palette or QGuiApplication.palette()
    colour = palette.color(QPalette.ColorRole.ButtonText).name()
    return _render(name, colour, _device_pixel_ratio())


def _device_pixel_ratio() -> float:
    screen = QGuiApplication.primaryScreen()
    return screen.devicePixelRatio() if screen is not None else 1.0


@functools.cache
def _render(name: str, colour: str, ratio: float) -> QIcon:
    renderer = QSvgRenderer(QByteArray(_svg_text(name).replace("currentColor", colour).encode("utf-8")))
    icon = QIcon()
    for size in ICON_SIZES:
        pixels = round(size * ratio)
        pixmap = QPixmap(pixels, pixels)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, pixels, pixels))
        painter.end()
        pixmap.setDevicePixelRatio(ratio)
        icon.addPixmap(pixmap)
    return icon
