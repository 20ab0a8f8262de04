"""Pasting into the form: control characters (ESC sequences, BEL, NUL) never get into a field; the body and
the standfirst keep their line breaks and tabs. Real widgets, the real (offscreen) clipboard."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication

from editor.ui.form import ArticleForm

DIRTY = "Storm\x1b[2J\x07 hits\x00 the coast\x9b31m"
DIRTY_LINES = "First\x00 line.\n\tSecond\x1b[31m line\x07.\r\nThird."


@pytest.fixture
def form(qtbot) -> ArticleForm:
    widget = ArticleForm()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _paste(text: str, widget) -> None:
    QGuiApplication.clipboard().setText(text)
    widget.setFocus()
    widget.paste()


def test_pasted_control_characters_are_stripped_from_single_line_fields(form: ArticleForm) -> None:
    for line in (form.headline.line_edit, form.details.dateline_edit, form.details.credit_edit):
        _paste(DIRTY + "\nmore", line)
        assert line.text() == "Storm hits the coast more"
    article = form.article()
    assert (article.headline, article.dateline, article.credit_line) == ("Storm hits the coast more",) * 3
    assert form.details.dateline_edit.isUndoAvailable()  # the cleaning is an edit of its own


def test_pasted_control_characters_are_stripped_from_the_body_and_standfirst(form: ArticleForm) -> None:
    for edit in (form.body_editor, form.standfirst_edit):
        _paste(DIRTY_LINES, edit)
        assert edit.toPlainText() == "First line.\n\tSecond line.\nThird."
    assert form.article().body == "First line.\n\tSecond line.\nThird."
