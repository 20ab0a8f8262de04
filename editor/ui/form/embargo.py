"""Embargo / scheduled time: shown in local time, stored in UTC; off by default."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QDateTime, Signal
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QHBoxLayout, QWidget


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.fromtimestamp(value.toSecsSinceEpoch(), UTC)


class EmbargoField(QWidget):
    """A checkbox ("Embargo until") enabling a local date-time editor."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.enabled_box = QCheckBox(self.tr("Hold until"), self)
        self.enabled_box.setAccessibleName(self.tr("Embargo: hold publication until a time"))
        self.date_time_edit = QDateTimeEdit(self)
        self.date_time_edit.setCalendarPopup(True)
        self.date_time_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.date_time_edit.setAccessibleName(self.tr("Embargo time (local time)"))
        self.date_time_edit.setToolTip(self.tr("Local time; stored and sent in UTC"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.enabled_box)
        layout.addWidget(self.date_time_edit, 1)
        self._value: datetime | None = None
        self.enabled_box.toggled.connect(self._on_toggled)
        self.date_time_edit.dateTimeChanged.connect(self._on_time_changed)
        self._loading = False
        self.load(None)

    def load(self, value: datetime | None) -> None:
        self._loading = True
        try:
            self._value = value
            self.enabled_box.setChecked(value is not None)
            shown = value or (datetime.now(UTC) + timedelta(hours=1)).replace(minute=0, second=0)
            self.date_time_edit.setDateTime(to_qdatetime(shown))
            self.date_time_edit.setEnabled(value is not None)
        finally:
            self._loading = False

    def value(self) -> datetime | None:
        """The embargo in UTC, or None; an untouched loaded value comes back exactly as loaded."""
        return self._value

    def _on_toggled(self, checked: bool) -> None:
        self.date_time_edit.setEnabled(checked)
        if self._loading:
            return
        self._value = from_qdatetime(self.date_time_edit.dateTime()) if checked else None
        self.edited.emit()

    def _on_time_changed(self, when: QDateTime) -> None:
        if self._loading or not self.enabled_box.isChecked():
            return
        self._value = from_qdatetime(when)
        self.edited.emit()


if __name__ == "__main__":
    import sys

    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv)
    field = EmbargoField()
    field.edited.connect(lambda: print(field.value()))
    field.show()
    sys.exit(app.exec())
