"""Edit → Preferences (issue 14): each choice is kept in the settings file and takes effect at once.

Real parts: the main window on a real SQLite file, the settings in a temporary INI folder, the real
keyring for the publishing accounts; the store's clock is one the test moves (no sleeping).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from editor.article import Article
from editor.ui import settings as keys
from editor.ui.core import AppCore
from editor.ui.main_window import MainWindow
from editor.ui.preferences import PreferencesDialog
from editor.ui.publish import install_publishing
from editor.ui.settings import Settings
from editor.ui.theme import theme_manager
from tests.store.helpers import ManualClock
from tests.ui.shell_support import EVENT_TIMEOUT_MS, STARTUP_TIMEOUT_MS, close_window, wait_saved

pytest_plugins = ["tests.ui.shell_fixtures"]


@pytest.fixture(autouse=True)
def system_theme_after(qapp: QApplication) -> Iterator[None]:
    """The palette is the application's: put the system one back for the tests that follow."""
    yield
    theme_manager(qapp).apply("system")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(datetime(2026, 3, 1, 9, 0, tzinfo=UTC))


@pytest.fixture
def window(qtbot, data_dir: Path, settings_dir: Path, clock: ManualClock) -> Iterator[MainWindow]:
    opened = MainWindow(AppCore(data_dir, clock=clock))
    install_publishing(opened)
    opened.show()
    with qtbot.waitSignal(opened.library_ready, timeout=STARTUP_TIMEOUT_MS):
        opened.start()
    yield opened
    if opened.isVisible():
        close_window(qtbot, opened)
    else:
        opened.shutdown()


def open_preferences(qtbot, window: MainWindow) -> PreferencesDialog:
    """Ctrl+, as the user presses it."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.preferences_dialog is not None, timeout=EVENT_TIMEOUT_MS)
    dialog = window.preferences_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=EVENT_TIMEOUT_MS)
    return dialog


def press(dialog: PreferencesDialog, button: QDialogButtonBox.StandardButton) -> None:
    dialog.buttons.button(button).click()


def choose(combo, data: str) -> None:
    index = combo.findData(data)
    assert index >= 0, f"{data!r} is not offered"
    combo.setCurrentIndex(index)


def test_every_preference_is_kept_and_shown_again(qtbot, window: MainWindow, settings_dir: Path) -> None:
    dialog = open_preferences(qtbot, window)
    choose(dialog.interface_language, "fr")
    choose(dialog.article_language, "en-GB")
    choose(dialog.theme, "dark")
    dialog.font_family.setCurrentFont(QApplication.font())
    family = dialog.font_family.currentFont().family()
    dialog.font_size.setValue(17)
    dialog.revision_interval.setValue(12)
    dialog.reuse_threshold.setValue(65)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: window.preferences_dialog is None, timeout=EVENT_TIMEOUT_MS)

    stored = Settings(window.data_dir)  # read back from the INI file
    assert stored.value(keys.INTERFACE_LANGUAGE) == "fr"
    assert stored.value(keys.ARTICLE_LANGUAGE) == "en-GB"
    assert stored.value(keys.THEME) == "dark"
    assert stored.value(keys.EDITOR_FONT_FAMILY) == family
    assert stored.value(keys.EDITOR_FONT_SIZE) == 17
    assert stored.value(keys.REVISION_INTERVAL_MINUTES) == 12
    assert stored.value(keys.REUSE_THRESHOLD_PERCENT) == 65
    assert any(settings_dir.rglob("*.ini"))

    again = open_preferences(qtbot, window)
    assert again.interface_language.currentData() == "fr"
    assert again.article_language.currentData() == "en-GB"
    assert again.theme.currentData() == "dark"
    assert again.font_family.currentFont().family() == family
    assert again.font_size.value() == 17
    assert again.revision_interval.value() == 12
    assert again.reuse_threshold.value() == 65
    press(again, QDialogButtonBox.StandardButton.Cancel)


def test_dark_gives_the_whole_window_a_dark_palette_and_light_forces_a_light_one(
    qtbot, window: MainWindow
) -> None:
    dialog = open_preferences(qtbot, window)
    choose(dialog.theme, "dark")
    press(dialog, QDialogButtonBox.StandardButton.Apply)
    body = window.form.body_editor
    qtbot.waitUntil(lambda: _base_lightness(body) < 0.3, timeout=EVENT_TIMEOUT_MS)  # palette events
    for widget in (window, body, window.library, window.preview):
        palette = widget.palette()
        assert palette.color(QPalette.ColorRole.Window).lightnessF() < 0.3, widget
        assert palette.color(QPalette.ColorRole.Base).lightnessF() < 0.3, widget
        assert palette.color(QPalette.ColorRole.Text).lightnessF() > 0.8, widget
    disabled = window.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    assert 0.35 < disabled.lightnessF() < 0.7  # greyed out, still readable on the dark base
    assert QApplication.style().name().lower() == "fusion"
    # the editor's note field keeps its "never published" tint, now a dark one
    assert window.form.details.note_edit.palette().color(QPalette.ColorRole.Base).lightnessF() < 0.4

    choose(dialog.theme, "light")
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    qtbot.waitUntil(lambda: _base_lightness(body) > 0.9, timeout=EVENT_TIMEOUT_MS)
    for widget in (window, body):
        assert widget.palette().color(QPalette.ColorRole.Base).lightnessF() > 0.9
        assert widget.palette().color(QPalette.ColorRole.Text).lightnessF() < 0.2
    assert window.form.details.note_edit.palette().color(QPalette.ColorRole.Base).lightnessF() > 0.7


def _base_lightness(widget) -> float:
    return widget.palette().color(QPalette.ColorRole.Base).lightnessF()


def test_a_dark_theme_chosen_before_is_there_from_the_first_frame(
    qtbot, data_dir: Path, settings_dir: Path, qapp: QApplication
) -> None:
    Settings(data_dir).set_value(keys.THEME, "dark")
    fresh = MainWindow(AppCore(data_dir))
    try:
        assert qapp.palette().color(QPalette.ColorRole.Window).lightnessF() < 0.3
    finally:
        fresh.shutdown()


def test_the_editor_font_and_size_change_the_body_at_once(qtbot, window: MainWindow) -> None:
    body = window.form.body_editor
    before = body.font().pointSizeF()
    dialog = open_preferences(qtbot, window)
    dialog.font_size.setValue(int(before) + 9)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert body.font().pointSizeF() == int(before) + 9
    assert body.document().defaultFont().pointSizeF() == int(before) + 9

    dialog = open_preferences(qtbot, window)
    dialog.font_size.setValue(0)  # "Default"
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert body.font().pointSizeF() == before


def test_a_one_minute_revision_interval_keeps_a_revision_after_a_minute_of_typing(
    qtbot, window: MainWindow, clock: ManualClock
) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.revision_interval.setValue(1)
    press(dialog, QDialogButtonBox.StandardButton.Ok)

    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    article_id = window.current_article_id()
    body = window.form.body_editor
    body.setFocus()
    qtbot.keyClicks(body, "The council met")
    wait_saved(qtbot, window)
    store = window.store
    first = len(store.revisions(article_id))
    clock.advance(seconds=20)
    qtbot.keyClicks(body, " on Tuesday")
    window.autosaver.flush()
    wait_saved(qtbot, window)
    assert len(store.revisions(article_id)) == first  # typing does not keep one every save
    clock.advance(seconds=45)  # a minute after the last revision
    qtbot.keyClicks(body, " and voted.")
    window.autosaver.flush()
    wait_saved(qtbot, window)
    revisions = store.revisions(article_id)
    assert len(revisions) == first + 1
    assert store.revision(article_id, revisions[0].id).body == "The council met on Tuesday and voted."


def test_the_reuse_threshold_applies_to_the_checklist_at_once(qtbot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: window.wire is not None, timeout=EVENT_TIMEOUT_MS)
    dialog = open_preferences(qtbot, window)
    dialog.reuse_threshold.setValue(40)
    press(dialog, QDialogButtonBox.StandardButton.Ok)
    assert window.checklist.reuse_threshold == pytest.approx(0.40)


@pytest.fixture
def two_accounts(data_dir: Path) -> Iterator[list[str]]:
    backend = type(keyring.get_keyring()).__module__
    if "secretservice" not in backend.lower():
        message = f"no Secret Service keyring ({backend}); run under dbus-run-session"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from editor.cms.accounts import AccountStore

    accounts = AccountStore(data_dir)
    names = ["City Desk", "Sport Desk"]
    for name in names:
        accounts.add(name, "http://127.0.0.1:9/", "editor", "not-a-real-password")
    yield names
    for name in names:
        accounts.remove(name)


def test_the_default_account_is_preselected_and_used_for_a_story_without_one(
    qtbot, window: MainWindow, two_accounts: list[str]
) -> None:
    dialog = open_preferences(qtbot, window)
    qtbot.waitUntil(lambda: dialog.default_account.findData("Sport Desk") >= 0, timeout=EVENT_TIMEOUT_MS)
    choose(dialog.default_account, "Sport Desk")
    press(dialog, QDialogButtonBox.StandardButton.Ok)

    again = open_preferences(qtbot, window)
    qtbot.waitUntil(lambda: again.default_account.count() == 3, timeout=EVENT_TIMEOUT_MS)
    assert again.default_account.currentText() == "Sport Desk"
    press(again, QDialogButtonBox.StandardButton.Cancel)
    # Publishing a story that has no account yet goes there without asking which one.
    controller = window.publishing.controller
    assert controller.choose_account(Article(headline="Derby result"), two_accounts) == "Sport Desk"
    # The choice belongs to this library: another data folder has none.
    assert Settings(window.data_dir / "elsewhere").value(keys.DEFAULT_ACCOUNT) == ""
