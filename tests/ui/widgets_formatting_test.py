"""Formatting commands as properties: applying one twice gives the text back (one undo step each)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QTextCursor

from editor.ui.body import BodyEditor, formatting

words = st.lists(st.text(alphabet="abcdéfg", min_size=1, max_size=6), min_size=1, max_size=6)


@pytest.fixture(scope="module")
def editor(qapp) -> BodyEditor:
    widget = BodyEditor()
    yield widget
    widget.deleteLater()


@settings(max_examples=150, deadline=None)
@given(words=words, data=st.data(), marker=st.sampled_from(["**", "*"]))
def test_inline_toggle_twice_restores_the_text(editor, words, data, marker) -> None:
    text = " ".join(words)
    editor.set_markdown(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    formatting.toggle_inline(editor, marker)
    changed = editor.markdown()
    assert changed != text
    formatting.toggle_inline(editor, marker)
    assert editor.markdown() == text
    editor.undo()
    assert editor.markdown() == changed
    editor.undo()
    assert editor.markdown() == text


@settings(max_examples=60, deadline=None)
@given(
    lines=st.lists(st.text(alphabet="abc ", min_size=1, max_size=8), min_size=1, max_size=5), data=st.data()
)
@pytest.mark.parametrize(("prefix", "numbered"), [("## ", False), ("> ", False), ("- ", False), ("", True)])
def test_line_prefix_toggle_twice_restores_the_text(editor, lines, data, prefix, numbered) -> None:
    text = "\n".join(line.strip() or "x" for line in lines)
    editor.set_markdown(text)
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    formatting.toggle_line_prefix(editor, prefix, numbered=numbered)
    assert editor.markdown() != text
    formatting.toggle_line_prefix(editor, prefix, numbered=numbered)
    assert editor.markdown() == text
