"""Formatting commands as properties: applying one twice gives the text back (one undo step each);
typing with bold/italic switched on and off by the keyboard never leaves stray markers."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from editor.render import render_body
from editor.ui.body import BodyEditor, formatting
from editor.ui.body.pane import BodyPane

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


@pytest.fixture(scope="module")
def shown_editor(qapp) -> BodyEditor:
    pane = BodyPane()
    pane.resize(900, 600)
    pane.show()
    pane.activateWindow()
    QTest.qWaitForWindowExposed(pane)
    pane.editor.setFocus()
    yield pane.editor
    pane.deleteLater()


# ASCII only: QTest aborts on keys it cannot map
word = st.text(alphabet="abcdefg", min_size=1, max_size=5)
typing = st.one_of(word, word.map(lambda w: " " + w), word.map(lambda w: w + " "))
steps = st.lists(st.one_of(typing, st.sampled_from(["^B", "^I"])), max_size=12)


@settings(max_examples=120, deadline=None)
@given(steps=steps, last=word)
def test_typing_and_toggling_never_leaves_stray_markers(shown_editor, steps, last) -> None:
    """For any typing with Ctrl+B/Ctrl+I in between, ending with a typed word: no rule, no literal "*"."""
    editor = shown_editor
    editor.set_markdown("")
    for step in [*steps, last]:
        if step in ("^B", "^I"):
            QTest.keyClick(editor, getattr(Qt.Key, f"Key_{step[1]}"), Qt.KeyboardModifier.ControlModifier)
        else:
            QTest.keyClicks(editor, step)
    source = editor.markdown()
    html = render_body(source)
    assert "<hr" not in html, source
    assert "*" not in re.sub(r"<[^>]+>", "", html), source
    typed = "".join(step for step in [*steps, last] if step not in ("^B", "^I"))
    assert source.replace("*", "").split() == typed.split(), source
