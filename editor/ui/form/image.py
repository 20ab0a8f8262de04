"""The featured image: file, caption, credit, alt text and a small thumbnail (loaded lazily)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QImageReader, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from editor.article import FeaturedImage

THUMBNAIL_SIZE = QSize(96, 72)


class FeaturedImageEditor(QWidget):
    """Absent by default: ``featured_image()`` is None until a file is chosen or typed."""

    edited = Signal()
    image_placed = Signal(str)  # a picture chosen with the picker (may be uploaded: editor.image_origin)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path_edit = QLineEdit(self)
        self.path_edit.setPlaceholderText(self.tr("No image"))
        self.path_edit.setAccessibleName(self.tr("Featured image file"))
        self.browse_button = QToolButton(self)
        self.browse_button.setText(self.tr("Choose…"))
        self.browse_button.setAccessibleName(self.tr("Choose featured image file"))
        self.remove_button = QToolButton(self)
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove featured image"))
        self.caption_edit = QLineEdit(self)
        self.caption_edit.setAccessibleName(self.tr("Featured image caption"))
        self.credit_edit = QLineEdit(self)
        self.credit_edit.setAccessibleName(self.tr("Featured image credit"))
        self.alt_edit = QLineEdit(self)
        self.alt_edit.setAccessibleName(self.tr("Featured image alt text"))
        self.alt_edit.setPlaceholderText(self.tr("Describe the image for readers who can't see it"))
        self.thumbnail = QLabel(self)
        self.thumbnail.setFixedSize(THUMBNAIL_SIZE)
        self.thumbnail.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.thumbnail.setAccessibleName(self.tr("Featured image preview"))

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(self.browse_button)
        file_row.addWidget(self.remove_button)
        fields = QFormLayout()
        fields.setContentsMargins(0, 0, 0, 0)
        fields.addRow(*self._label(self.tr("Caption:"), self.caption_edit))
        fields.addRow(*self._label(self.tr("Credit:"), self.credit_edit))
        fields.addRow(*self._label(self.tr("Alt te&xt:"), self.alt_edit))
        self._details = QWidget(self)
        details_layout = QHBoxLayout(self._details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(self.thumbnail, 0, Qt.AlignmentFlag.AlignTop)
        details_layout.addLayout(fields, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(file_row)
        layout.addWidget(self._details)

        self._thumbnail_for: str | None = None
        self._thumbnail_timer = QTimer(self, singleShot=True, interval=0)
        self._thumbnail_timer.timeout.connect(self._load_thumbnail)
        self.browse_button.clicked.connect(self._on_browse_clicked)
        self.remove_button.clicked.connect(self._on_remove_clicked)
        self.path_edit.textEdited.connect(self._on_path_edited)
        for edit in (self.caption_edit, self.credit_edit, self.alt_edit):
            edit.textEdited.connect(self.edited)
        self._update_visibility()

    def _label(self, text: str, buddy: QWidget) -> tuple[QLabel, QWidget]:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label, buddy

    def load(self, image: FeaturedImage | None) -> None:
        image = image or FeaturedImage("")
        self.path_edit.setText(image.path)
        self.caption_edit.setText(image.caption)
        self.credit_edit.setText(image.credit)
        self.alt_edit.setText(image.alt)
        self._update_visibility()

    def featured_image(self) -> FeaturedImage | None:
        image = FeaturedImage(
            self.path_edit.text().strip(),
            self.caption_edit.text().strip(),
            self.credit_edit.text().strip(),
            self.alt_edit.text().strip(),
        )
        return image if any((image.path, image.caption, image.credit, image.alt)) else None

    def set_path(self, path: str) -> None:
        self.path_edit.setText(path)
        self._on_path_edited(path)

    def _on_browse_clicked(self) -> None:
        start = str(Path(self.path_edit.text()).parent) if self.path_edit.text() else ""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the featured image"),
            start,
            self.tr("Images (*.png *.jpg *.jpeg *.gif *.webp)"),
        )
        if path:
            self.image_placed.emit(path)
            self.set_path(path)

    def _on_remove_clicked(self) -> None:
        self.load(None)
        self.edited.emit()

    def _on_path_edited(self, _text: str) -> None:
        self._update_visibility()
        self.edited.emit()

    def _update_visibility(self) -> None:
        has_image = bool(self.path_edit.text().strip())
        self.remove_button.setEnabled(has_image or self.featured_image() is not None)
        self._details.setVisible(has_image or self.featured_image() is not None)
        if self.isVisible():
            self._thumbnail_timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._thumbnail_timer.start()

    def _load_thumbnail(self) -> None:
        """Decode only a thumbnail-sized image (QImageReader scales while decoding JPEGs)."""
        path = self.path_edit.text().strip()
        if path == self._thumbnail_for:
            return
        self._thumbnail_for = path
        if not path or not Path(path).is_file():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("No preview") if path else "")
            return
        reader = QImageReader(path)
        reader.setAutoTransform(True)
        size = reader.size()
        if size.isValid():
            reader.setScaledSize(size.scaled(THUMBNAIL_SIZE, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            self.thumbnail.setPixmap(QPixmap())
            self.thumbnail.setText(self.tr("Not an image"))
            self.thumbnail.setToolTip(reader.errorString())
            return
        self.thumbnail.setText("")
        self.thumbnail.setPixmap(QPixmap.fromImage(image))


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    editor = FeaturedImageEditor()
    editor.load(FeaturedImage("/usr/share/pixmaps/debian-logo.png", "The logo", "Debian", "A swirl"))
    editor.show()
    sys.exit(app.exec())
