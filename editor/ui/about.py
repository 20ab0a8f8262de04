"""Help → About Copydesk and Help → Open data folder.

The About box is also the support page: it shows the version and where the data folder and database
are, as selectable text and behind a "Copy" button, so a journalist can paste them into a message to
whoever helps them.
"""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication, QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from editor.app.info import DATABASE_NAME, version
from editor.resources import app_icon_path

LICENCE_NAME = "GPL-3.0-or-later"
LICENCE_URL = "https://www.gnu.org/licenses/gpl-3.0.html"
ICON_SIZE = 64


def app_icon() -> QIcon:
    """The application icon (scalable; Qt renders each size from the SVG master)."""
    return QIcon(str(app_icon_path()))


class AboutDialog(QDialog):
    """Version, licence and the data paths, with buttons to copy them or open the data folder."""

    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.database_path = data_dir / DATABASE_NAME
        self.version = version()
        self.setWindowTitle(self.tr("About Copydesk"))
        self.setWindowIcon(app_icon())

        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(ICON_SIZE, ICON_SIZE))
        title = QLabel(f"<h2>Copydesk {self.version}</h2>")
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        blurb = QLabel(self.tr("Write news articles offline and publish them to WordPress."))
        licence = QLabel(
            self.tr(
                'Free software under the <a href="{url}">GNU General Public License</a>, '
                "version 3 or later ({name})."
            ).format(url=LICENCE_URL, name=LICENCE_NAME)
        )
        licence.setOpenExternalLinks(True)
        licence.setWordWrap(True)
        header = QVBoxLayout()
        for label in (title, blurb, licence):
            header.addWidget(label)
        top = QHBoxLayout()
        top.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        top.addLayout(header, 1)

        self.data_dir_field = self._path_field(data_dir)
        self.database_field = self._path_field(self.database_path)
        paths = QFormLayout()
        paths.addRow(self.tr("Data folder:"), self.data_dir_field)
        paths.addRow(self.tr("Database:"), self.database_field)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the version and paths, to paste into a support request"))
        self.open_folder_button = QPushButton(self.tr("Open Data Folder"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.open_folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.copy_button.clicked.connect(self._on_copy_button_clicked)
        self.open_folder_button.clicked.connect(self._on_open_folder_button_clicked)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(paths)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    @staticmethod
    def _path_field(path: Path) -> QLineEdit:
        field = QLineEdit(str(path))
        field.setReadOnly(True)
        field.setCursorPosition(0)
        return field

    def support_text(self) -> str:
        """What "Copy" puts on the clipboard: enough for support to find the user's files."""
        return (
            f"Copydesk {self.version}\n"
            f"Data folder: {self.data_dir}\n"
            f"Database: {self.database_path}\n"
            f"Qt for Python {pyside_version}, Python {platform.python_version()}, {platform.platform()}\n"
        )

    def _on_copy_button_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.support_text())
        self.copy_button.setText(self.tr("Copied"))

    def _on_open_folder_button_clicked(self) -> None:
        open_data_folder(self.data_dir, parent=self)


def show_about(parent: QWidget | None, data_dir: Path) -> AboutDialog:
    """Open the About box (window-modal, returns at once) and return it."""
    dialog = AboutDialog(data_dir, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def open_data_folder(data_dir: Path, *, parent: QWidget | None = None) -> bool:
    """Show the data folder in the desktop's file manager; create it first if it does not exist yet.

    When the desktop cannot open it (no file manager, a headless session) and ``parent`` is given, a
    message tells the user the path instead. Returns whether the desktop accepted the request.
    """
    try:
        data_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        opened = False
        reason = exc.strerror or str(exc)
    else:
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(data_dir)))
        reason = QCoreApplication.translate("open_data_folder", "no program to show folders was found")
    if not opened and parent is not None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("open_data_folder", "Open Data Folder"),
            QCoreApplication.translate(
                "open_data_folder", "Could not open the data folder ({reason}). It is here:\n{path}"
            ).format(reason=reason, path=data_dir),
            QMessageBox.StandardButton.Ok,
            parent,
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
    return opened


if __name__ == "__main__":
    import sys
    import tempfile

    from PySide6.QtWidgets import QApplication

    application = QApplication(sys.argv)
    about = AboutDialog(Path(tempfile.gettempdir()) / "copydesk-about-demo")
    about.show()
    sys.exit(application.exec())
