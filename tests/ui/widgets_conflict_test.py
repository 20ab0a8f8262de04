"""The conflict dialog (real widgets, offscreen): the site's version and mine side by side, each side's
changed words marked, both sides named, readable in a dark palette, every choice on the keyboard.

The same dialog against a conflict made on the real WordPress: tests/ui/publish_window_test.py.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication

from editor.article import Article, RemoteBinding
from editor.sync.conflicts import Choice
from editor.ui.publish.conflict import ConflictDialog

PARAGRAPH = "Winds of up to 120 km/h closed the harbour on {day} after the sea wall gave way."


def _sides() -> tuple[Article, Article]:
    binding = RemoteBinding("Harbour Times", 41, version="2026-12-01T17:45:00")
    theirs = Article(
        headline="Storm closes the harbour",
        standfirst="Ferries stay in port.",
        body="Opening line.\n\n" + PARAGRAPH.format(day="Monday") + "\n\nClosing line.",
        remote=binding,
    )
    mine = theirs.copy(
        body="Opening line.\n\n" + PARAGRAPH.format(day="Tuesday") + "\n\nClosing line.",
        standfirst="Ferries stay in port until Friday.",
        editors_note="check the quote",  # never on the site: not a difference to settle
        updated=datetime(2026, 12, 1, 18, 5, tzinfo=UTC),
    )
    return theirs, mine


def _marked(document: QTextDocument, word: str) -> tuple[QColor, bool, int]:
    """The background and strike-out of ``word`` and the table column it stands in."""
    cursor = document.find(word)
    assert not cursor.isNull(), word
    probe = QTextCursor(document)
    probe.setPosition(cursor.selectionStart() + 1)
    char = probe.charFormat()
    table = probe.currentTable()
    column = table.cellAt(probe).column() if table is not None else -1
    return char.background().color(), char.fontStrikeOut(), column


@pytest.fixture
def dialog(qtbot):
    shown = ConflictDialog(*_sides())
    qtbot.addWidget(shown)
    shown.show()
    return shown


def test_both_sides_are_named_and_each_shows_its_changed_words(dialog) -> None:
    document = dialog.diff_view.document()
    text = dialog.diff_view.toPlainText()
    assert "On Harbour Times, edited " in text and "My version, saved " in text
    assert "Standfirst" in text and "Body" in text and "Headline" not in text  # only what differs
    assert "Editor's note" not in text and "check the quote" not in text
    removed, struck, column = _marked(document, "Monday")
    assert column == 0 and struck and removed != dialog.palette().color(QPalette.ColorRole.Base)
    added, struck, column = _marked(document, "Tuesday")
    assert (
        column == 1 and not struck and added not in (removed, dialog.palette().color(QPalette.ColorRole.Base))
    )
    unchanged, struck, _column = _marked(document, "sea wall")
    assert unchanged not in (removed, added) and not struck
    assert _marked(document, "until Friday")[2] == 1


def test_no_difflib_artefacts_and_no_words_cut(dialog) -> None:
    text = dialog.diff_view.toPlainText()
    for artefact in ("f1", "t1", "n", "Legends", "(f)irst change"):
        assert artefact not in text.split(), artefact
    assert "Legends" not in text and "\xa0f1" not in text
    assert PARAGRAPH.format(day="Monday") in text and PARAGRAPH.format(day="Tuesday") in text
    assert 'href="' not in dialog.diff_view.toHtml()  # nothing to click


def test_the_marks_read_in_a_dark_palette(qtbot) -> None:
    app = QApplication.instance()
    original = app.palette()
    dark = QPalette(original)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e8e8e8"))
    app.setPalette(dark)
    try:
        shown = ConflictDialog(*_sides())
        qtbot.addWidget(shown)
        document = shown.diff_view.document()
        for word in ("Monday", "Tuesday"):
            background = _marked(document, word)[0]
            assert background.lightness() < 110, (word, background.name())  # light text stays readable
    finally:
        app.setPalette(original)


def test_every_choice_has_its_own_mnemonic_and_esc_cancels(qtbot, dialog) -> None:
    buttons = (dialog.keep_mine_button, dialog.take_theirs_button, dialog.cancel_button)
    keys = [button.text()[button.text().index("&") + 1].lower() for button in buttons]
    assert len(set(keys)) == 3, keys
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.choice == Choice.CANCEL
