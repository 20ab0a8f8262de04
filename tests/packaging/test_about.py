"""The About box and Help → Open data folder, on real Qt widgets (offscreen)."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from editor.ui.about import AboutDialog, app_icon, open_data_folder, show_about


class UrlRecorder(QObject):
    """Receives the URLs Qt would hand to the desktop (Qt's own hook for "file" URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[QUrl] = []

    @Slot(QUrl)
    def record(self, url: QUrl) -> None:
        self.urls.append(url)


def test_about_shows_version_and_data_paths(qtbot, data_dir: Path) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = show_about(parent, data_dir)
    qtbot.waitExposed(dialog)
    assert dialog.isVisible()
    assert dialog.version == version("copydesk")
    assert dialog.windowTitle() == "About Copydesk"
    assert dialog.data_dir_field.text() == str(data_dir)
    assert dialog.database_field.text() == str(data_dir / "copydesk.sqlite3")
    assert dialog.data_dir_field.isReadOnly()


def test_copy_puts_version_and_paths_on_the_clipboard(qtbot, data_dir: Path) -> None:
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    dialog.copy_button.click()
    text = QGuiApplication.clipboard().text()
    assert f"Copydesk {version('copydesk')}" in text
    assert f"Data folder: {data_dir}" in text
    assert f"Database: {data_dir / 'copydesk.sqlite3'}" in text


def test_app_icon_renders_from_the_svg_master(qapp) -> None:
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(32, 32).toImage()
    assert image.width() == 32
    # the navy tile fills the middle of the left edge (not transparent, not black)
    assert image.pixelColor(4, 16).name() == "#1e3a5f"


def test_open_data_folder_creates_it_and_hands_it_to_the_desktop(qapp, tmp_path: Path) -> None:
    folder = tmp_path / "not yet created"
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "record")
    try:
        assert open_data_folder(folder)
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert folder.is_dir()
    assert [Path(url.toLocalFile()) for url in recorder.urls] == [folder]


def test_open_data_folder_button_in_about(qtbot, data_dir: Path) -> None:
    dialog = AboutDialog(data_dir)
    qtbot.addWidget(dialog)
    recorder = UrlRecorder()
    QDesktopServices.setUrlHandler("file", recorder, "record")
    try:
        dialog.open_folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(url.toLocalFile()) for url in recorder.urls] == [data_dir]


def test_unopenable_data_folder_tells_the_user_where_it_is(qtbot, tmp_path: Path) -> None:
    blocker = tmp_path / "a file"
    blocker.write_text("not a folder")
    folder = blocker / "data"
    parent = QWidget()
    qtbot.addWidget(parent)
    assert not open_data_folder(folder, parent=parent)
    boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
    assert len(boxes) == 1
    assert str(folder) in boxes[0].text()
    boxes[0].close()
