"""Render the application icon's SVG master into the PNG sizes desktops and bundles expect.

Generated files are build output (not committed): ``build.sh`` and ``linux/install-desktop.sh`` call this.
The output is a freedesktop ``hicolor`` icon theme tree, so it can be copied as is into
``~/.local/share/icons`` or ``/usr/share/icons``::

    python packaging/render_icons.py build/icons
    # -> build/icons/hicolor/{16x16,...,512x512}/apps/io.copydesk.Copydesk.png
    #    build/icons/hicolor/scalable/apps/io.copydesk.Copydesk.svg

Qt's own SVG renderer is used (offscreen), so no extra tool (rsvg-convert, Inkscape) is needed.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

APP_ID = "io.copydesk.Copydesk"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
MASTER = Path(__file__).resolve().parent.parent / "resources" / "app" / "copydesk.svg"


def render_icons(out_dir: Path, master: Path = MASTER, sizes: tuple[int, ...] = SIZES) -> list[Path]:
    """Write the hicolor tree under ``out_dir`` and return the files written."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(master))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {master}")
    written = []
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(master, scalable)
    written.append(scalable)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir", type=Path, help="folder to create the hicolor tree in")
    args = parser.parse_args(argv)
    for path in render_icons(args.out_dir):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
