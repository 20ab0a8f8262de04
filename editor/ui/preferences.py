"""Edit → Preferences: what the user chooses for the whole editor, kept in QSettings.

The dialog only reads and writes :class:`~editor.ui.settings.Settings`; ``applied`` tells the window to
put the new values to work (font, theme, revision interval, reuse threshold: at once; the interface
language at the next start). The default publishing account is kept per library (accounts are).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFontComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from editor.languages import ARTICLE_LANGUAGES
from editor.ui import settings as keys
from editor.ui.settings import Settings
from editor.ui.theme import DARK, LIGHT, SYSTEM
from editor.ui.translations import available_languages, language_change_note

MAX_REVISION_INTERVAL_MINUTES = 240


class PreferencesDialog(QDialog):
    """The Preferences window. OK and Apply store the choices and emit ``applied``."""

    applied = Signal()

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Preferences"))
        self.setObjectName("preferences_dialog")

        self.interface_language = QComboBox(self)
        self.interface_language.addItem(self.tr("System language"), "")
        for code, name in available_languages():
            self.interface_language.addItem(name, code)
        self.article_language = QComboBox(self)
        self.article_language.addItem(self.tr("From the system language"), "")
        for code, name in ARTICLE_LANGUAGES:
            self.article_language.addItem(name, code)
        self.theme = QComboBox(self)
        self.theme.addItem(self.tr("Follow the system"), SYSTEM)
        self.theme.addItem(self.tr("Light"), LIGHT)
        self.theme.addItem(self.tr("Dark"), DARK)
        self.font_family = QFontComboBox(self)
        self.font_family.setEditable(False)
        self.font_family.insertItem(0, self.tr("Default"))
        self.font_size = QSpinBox(self)
        self.font_size.setRange(0, 48)
        self.font_size.setSpecialValueText(self.tr("Default"))
        self.font_size.setSuffix(self.tr(" pt"))
        self.default_account = QComboBox(self)
        self.default_account.addItem(self.tr("None (ask when there are several)"), "")
        self.revision_interval = QSpinBox(self)
        self.revision_interval.setRange(1, MAX_REVISION_INTERVAL_MINUTES)
        self.revision_interval.setSuffix(self.tr(" min"))
        self.reuse_threshold = QSpinBox(self)
        self.reuse_threshold.setRange(1, 100)
        self.reuse_threshold.setSuffix(" %")

        language_note = QLabel(language_change_note(), self)
        language_note.setWordWrap(True)
        language_note.setEnabled(False)  # the palette's muted text colour

        interface = QGroupBox(self.tr("Interface"), self)
        interface_form = QFormLayout(interface)
        interface_form.addRow(
            self._label(self.tr("&Language:"), self.interface_language), self.interface_language
        )
        interface_form.addRow(language_note)
        interface_form.addRow(self._label(self.tr("&Theme:"), self.theme), self.theme)

        writing = QGroupBox(self.tr("Writing"), self)
        writing_form = QFormLayout(writing)
        writing_form.addRow(self._label(self.tr("&Editor font:"), self.font_family), self.font_family)
        writing_form.addRow(self._label(self.tr("Font si&ze:"), self.font_size), self.font_size)
        writing_form.addRow(
            self._label(self.tr("New articles &written in:"), self.article_language), self.article_language
        )
        writing_form.addRow(
            self._label(self.tr("Keep a &revision every:"), self.revision_interval), self.revision_interval
        )
        writing_form.addRow(
            self._label(self.tr("Agency credit needed a&bove:"), self.reuse_threshold), self.reuse_threshold
        )
        self.reuse_threshold.setToolTip(
            self.tr(
                "Share of the body taken verbatim from agency copy above which the checklist asks "
                "for a credit line"
            )
        )

        publishing = QGroupBox(self.tr("Publishing (this library)"), self)
        publishing_form = QFormLayout(publishing)
        publishing_form.addRow(
            self._label(self.tr("Default &account:"), self.default_account), self.default_account
        )

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Apply
            | QDialogButtonBox.StandardButton.Cancel,
            self,
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)

        layout = QVBoxLayout(self)
        for group in (interface, writing, publishing):
            layout.addWidget(group)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.load()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text, self)
        label.setBuddy(buddy)
        return label

    # --- values ---------------------------------------------------------------------------------------

    def load(self) -> None:
        """Show the stored preferences."""
        value = self.settings.value
        _select(self.interface_language, value(keys.INTERFACE_LANGUAGE))
        _select(self.article_language, value(keys.ARTICLE_LANGUAGE))
        _select(self.theme, value(keys.THEME))
        family = value(keys.EDITOR_FONT_FAMILY)
        if family:
            self.font_family.setCurrentFont(QFont(family))
        else:
            self.font_family.setCurrentIndex(0)
        self.font_size.setValue(value(keys.EDITOR_FONT_SIZE))
        self.revision_interval.setValue(value(keys.REVISION_INTERVAL_MINUTES))
        self.reuse_threshold.setValue(value(keys.REUSE_THRESHOLD_PERCENT))
        self._select_account(value(keys.DEFAULT_ACCOUNT))

    def set_accounts(self, names: Sequence[str]) -> None:
        """The library's publishing accounts (read on a worker by the window), the chosen one selected."""
        chosen = self.default_account.currentData() or self.settings.value(keys.DEFAULT_ACCOUNT)
        while self.default_account.count() > 1:
            self.default_account.removeItem(1)
        for name in names:
            self.default_account.addItem(name, name)
        self._select_account(chosen)

    def _select_account(self, name: str) -> None:
        if name and self.default_account.findData(name) < 0:
            self.default_account.addItem(name, name)  # until the accounts are read (or one was removed)
        _select(self.default_account, name)

    def apply(self) -> None:
        """Store what the dialog shows and let the window apply it."""
        set_value = self.settings.set_value
        set_value(keys.INTERFACE_LANGUAGE, self.interface_language.currentData())
        set_value(keys.ARTICLE_LANGUAGE, self.article_language.currentData())
        set_value(keys.THEME, self.theme.currentData())
        family = "" if self.font_family.currentIndex() == 0 else self.font_family.currentFont().family()
        set_value(keys.EDITOR_FONT_FAMILY, family)
        set_value(keys.EDITOR_FONT_SIZE, self.font_size.value())
        set_value(keys.REVISION_INTERVAL_MINUTES, self.revision_interval.value())
        set_value(keys.REUSE_THRESHOLD_PERCENT, self.reuse_threshold.value())
        set_value(keys.DEFAULT_ACCOUNT, self.default_account.currentData() or "")
        self.settings.sync()
        self.applied.emit()

    def accept(self) -> None:
        self.apply()
        super().accept()


def _select(combo: QComboBox, data: str) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)
