"""The hidden smoke-test mode the packaging checks rely on (COPYDESK_SMOKE_TEST)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow

from editor.ui.smoke import SMOKE_TEST_ENV, install_smoke_quit


def test_quits_with_success_once_the_window_is_shown(qapp, qtbot, monkeypatch) -> None:
    monkeypatch.setenv(SMOKE_TEST_ENV, "1")
    window = QMainWindow()
    qtbot.addWidget(window)
    assert install_smoke_quit(qapp, window, linger_ms=100)
    window.show()
    assert qapp.exec() == 0


def test_fails_when_the_window_never_shows(qapp, qtbot, monkeypatch) -> None:
    monkeypatch.setenv(SMOKE_TEST_ENV, "1")
    window = QMainWindow()
    qtbot.addWidget(window)
    assert install_smoke_quit(qapp, window, give_up_ms=200)
    assert qapp.exec() == 1


@pytest.mark.parametrize("value", ["", "0"])
def test_does_nothing_unless_asked(qapp, qtbot, monkeypatch, value: str) -> None:
    monkeypatch.setenv(SMOKE_TEST_ENV, value)
    window = QMainWindow()
    qtbot.addWidget(window)
    assert not install_smoke_quit(qapp, window)
