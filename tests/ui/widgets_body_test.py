"""BodyEditor with real widgets: paste, formatting shortcuts and undo, find/replace, stats, preview sync."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtGui import QTextCursor

from editor.render import render_body
from editor.ui.body import BodyEditor
from editor.ui.body.pane import BodyPane
from editor.ui.body.pasting import MAX_TEXT_CHARS, SYNC_HTML_LIMIT
from tests.ui.widgets_support import EVENT_TIMEOUT_MS

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def pane(qtbot) -> BodyPane:
    widget = BodyPane()
    qtbot.addWidget(widget)
    widget.resize(900, 600)
    widget.show()
    qtbot.waitExposed(widget)
    widget.editor.setFocus()
    return widget


@pytest.fixture
def editor(pane) -> BodyEditor:
    return pane.editor


def paste_html(editor: BodyEditor, html: str, text: str = "") -> None:
    mime = QMimeData()
    mime.setHtml(html)
    mime.setText(text)
    editor.insertFromMimeData(mime)


def select(editor: BodyEditor, start: int, end: int) -> None:
    cursor = editor.textCursor()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)


def test_pasted_html_becomes_markdown(editor) -> None:
    paste_html(
        editor,
        "<h2>Evacuation</h2><p>Officials said <b>thousands</b> had left, "
        '<i>according to</i> <a href="https://example.org/report">the report</a>.</p>'
        "<ul><li>Brest</li><li>Quimper</li></ul><ol><li>first</li><li>second</li></ol>"
        "<blockquote>We are ready</blockquote>",
    )
    assert editor.markdown() == (
        "## Evacuation\n\nOfficials said **thousands** had left, *according to* "
        "[the report](https://example.org/report).\n\n- Brest\n- Quimper\n\n1. first\n2. second\n\n"
        "> We are ready"
    )


def test_hostile_html_paste_leaves_no_script(editor) -> None:
    paste_html(
        editor,
        "<p>Safe</p><script>stealCookies('x')</script><style>p{display:none}</style>"
        "<!-- hidden comment --><img src=x onerror=\"alert('img')\">"
        '<a href="javascript:alert(\'link\')">click</a><iframe src="https://evil.example"></iframe>'
        "<svg><script>alert('svg')</script></svg>",
    )
    text = editor.markdown()
    for bad in ("stealCookies", "script", "display:none", "hidden comment", "alert", "javascript", "iframe"):
        assert bad not in text
    assert "Safe" in text and "click" in text


def test_word_html_paste_keeps_lists_and_emphasis(editor) -> None:
    word = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>'
        "p.MsoNormal{mso-style-parent:'';}</style></head><body>"
        "<p class=MsoNormal><b>Bold lead<o:p></o:p></b></p>"
        "<p class=MsoListParagraphCxSpFirst style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span><![endif]>"
        "First point<o:p></o:p></p>"
        "<p class=MsoListParagraphCxSpLast style='mso-list:l0 level1 lfo1'><![if !supportLists]>"
        "<span style='font-family:Symbol;mso-list:Ignore'>·<span>&nbsp; </span></span><![endif]>"
        "Second point<o:p></o:p></p><p class=MsoNormal>Closing <i>words</i></p></body></html>"
    )
    paste_html(editor, word)
    assert editor.markdown() == "**Bold lead**\n\n- First point\n- Second point\n\nClosing *words*"


def test_paste_is_one_undo_step(editor) -> None:
    editor.set_markdown("Before. ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    paste_html(editor, "<p>one <b>two</b></p><p>three</p>")
    assert editor.markdown() == "Before. one **two**\n\nthree"
    editor.undo()
    assert editor.markdown() == "Before. "


def test_plain_text_paste_is_inserted_as_is(editor) -> None:
    mime = QMimeData()
    mime.setText("plain *text*")
    editor.insertFromMimeData(mime)
    assert editor.markdown() == "plain *text*"


def test_huge_paste_is_refused_with_a_message(editor, qtbot) -> None:
    editor.set_markdown("Keep me.")
    mime = QMimeData()
    mime.setText("word " * (MAX_TEXT_CHARS // 5 + 10))
    with qtbot.waitSignal(editor.message) as blocker:
        editor.insertFromMimeData(mime)
    assert "limit" in blocker.args[0]
    assert editor.markdown() == "Keep me."


def test_large_html_paste_is_converted_in_the_background(editor, qtbot) -> None:
    paragraph = '<p>Para <b>bold</b> with <a href="https://example.org/x">a link</a>.</p>'
    html = paragraph * (SYNC_HTML_LIMIT // len(paragraph) + 50)
    editor.set_markdown("Start. ")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    paste_html(editor, html)
    editor.moveCursor(QTextCursor.MoveOperation.Start)
    editor.insertPlainText("Typed meanwhile. ")  # the paste still lands where it was made
    qtbot.waitUntil(lambda: "a link" in editor.markdown(), timeout=90_000)
    text = editor.markdown()
    assert text.startswith("Typed meanwhile. Start. Para **bold** with [a link](https://example.org/x).")
    assert text.count("[a link](https://example.org/x)") == html.count("<p>")


def test_background_paste_is_dropped_when_the_article_changes(editor, qtbot) -> None:
    paragraph = "<p>Old article paste</p>"
    html = paragraph * (SYNC_HTML_LIMIT // len(paragraph) + 50)
    paste_html(editor, html)
    editor.set_markdown("Another article")
    with qtbot.waitSignal(editor.message, timeout=90_000) as blocker:
        pass
    assert "dropped" in blocker.args[0]
    assert editor.markdown() == "Another article"


def test_bold_shortcut_wraps_selection_and_undo_restores(editor, qtbot) -> None:
    editor.set_markdown("The storm hit")
    select(editor, 4, 9)
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    assert editor.markdown() == "The **storm** hit"
    assert editor.textCursor().selectedText() == "storm"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)  # toggles back
    assert editor.markdown() == "The storm hit"
    qtbot.keyClick(editor, Qt.Key.Key_B, CTRL)
    qtbot.keyClick(editor, Qt.Key.Key_Z, CTRL)
    assert editor.markdown() == "The storm hit"


def test_italic_on_word_under_cursor_and_inside_bold(editor, qtbot) -> None:
    editor.set_markdown("a **strong** word")
    select(editor, 4, 10)  # "strong" inside ** **
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert editor.markdown() == "a ***strong*** word"
    cursor = editor.textCursor()
    cursor.setPosition(len("a ***strong*** wo"))
    editor.setTextCursor(cursor)
    qtbot.keyClick(editor, Qt.Key.Key_I, CTRL)
    assert editor.markdown() == "a ***strong*** *word*"


def test_subheads_quote_and_lists_toggle_per_line(editor, qtbot) -> None:
    editor.set_markdown("Title\nfirst\nsecond")
    qtbot.keyClick(editor, Qt.Key.Key_2, CTRL)
    assert editor.markdown() == "## Title\nfirst\nsecond"
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL)
    assert editor.markdown() == "### Title\nfirst\nsecond"
    qtbot.keyClick(editor, Qt.Key.Key_3, CTRL)
    assert editor.markdown() == "Title\nfirst\nsecond"
    select(editor, len("Title\n"), len("Title\nfirst\nsec"))
    editor.formatting_actions()[7].trigger()  # numbered list
    assert editor.markdown() == "Title\n1. first\n2. second"
    next(a for a in editor.formatting_actions() if a.objectName() == "format_bullets").trigger()
    assert editor.markdown() == "Title\n- first\n- second"
    next(a for a in editor.formatting_actions() if a.objectName() == "format_quote").trigger()
    assert editor.markdown() == "Title\n> first\n> second"
    editor.undo()
    assert editor.markdown() == "Title\n- first\n- second"


def test_link_and_image_insertion(editor) -> None:
    editor.set_markdown("Read the report today")
    select(editor, 5, 15)
    editor.insert_link("https://example.org/report")
    assert editor.markdown() == "Read [the report](https://example.org/report) today"
    editor.undo()
    assert editor.markdown() == "Read the report today"
    editor.moveCursor(QTextCursor.MoveOperation.End)
    editor.insert_image("/photos/flooded street.jpg", "A flooded street")
    assert editor.markdown().endswith("today\n\n![A flooded street](/photos/flooded%20street.jpg)\n")


def test_formatting_actions_have_the_agreed_shortcuts(editor) -> None:
    shortcuts = {a.objectName(): a.shortcut().toString() for a in editor.formatting_actions()}
    assert shortcuts["format_bold"] == "Ctrl+B"
    assert shortcuts["format_italic"] == "Ctrl+I"
    assert shortcuts["format_link"] == "Ctrl+K"
    assert shortcuts["format_heading2"] == "Ctrl+2"
    assert shortcuts["format_heading3"] == "Ctrl+3"
    reserved = {"Ctrl+Shift+P", "Ctrl+E", "Ctrl+N", "Ctrl+F", "Ctrl+H", "Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Q"}
    assert not reserved & set(shortcuts.values())
    assert len(set(shortcuts.values())) == len(shortcuts)
    assert all(not a.icon().isNull() for a in editor.formatting_actions())


def test_find_and_replace_all_is_one_undo_step(pane, qtbot) -> None:
    editor = pane.editor
    editor.set_markdown("The river rose. The River fell. the end")
    qtbot.keyClick(editor, Qt.Key.Key_H, CTRL)
    bar = pane.find_bar
    assert bar.isVisible() and bar.replace_edit.isVisible()
    qtbot.keyClicks(bar.find_edit, "river")
    assert editor.textCursor().selectedText() == "river"
    bar.replace_edit.setText("sea")
    assert bar.replace_all() == 2
    assert editor.markdown() == "The sea rose. The sea fell. the end"
    editor.undo()
    assert editor.markdown() == "The river rose. The River fell. the end"
    bar.match_case_box.setChecked(True)
    assert bar.replace_all() == 1
    assert editor.markdown() == "The sea rose. The River fell. the end"
    qtbot.keyClick(bar.find_edit, Qt.Key.Key_Escape)
    assert not bar.isVisible()
    assert editor.hasFocus()


def test_find_next_previous_and_replace_one(pane, qtbot) -> None:
    editor = pane.editor
    editor.set_markdown("cat dog cat dog cat")
    qtbot.keyClick(editor, Qt.Key.Key_F, CTRL)
    bar = pane.find_bar
    assert bar.isVisible() and not bar.replace_edit.isVisible()
    qtbot.keyClicks(bar.find_edit, "cat")
    assert editor.textCursor().selectionStart() == 0
    bar.find_next()
    assert editor.textCursor().selectionStart() == 8
    bar.find_previous()
    assert editor.textCursor().selectionStart() == 0
    bar.replace_edit.setText("cow")
    bar.replace()
    assert editor.markdown() == "cow dog cat dog cat"
    assert editor.textCursor().selectionStart() == 8  # moved on to the next match
    bar.find_edit.setText("zebra")
    assert not bar.find_next()
    assert bar.status_label.text() == "Not found"


def test_stats_follow_the_text(editor, qtbot) -> None:
    with qtbot.waitSignal(editor.stats_changed) as blocker:
        editor.set_markdown("One two three. See [the link](https://example.org/a-b-c).")
    assert blocker.args == [6, 1]
    with qtbot.waitSignal(editor.stats_changed, timeout=30_000) as blocker:
        editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(editor, " Four five")
    assert blocker.args == [8, 1]


def test_cursor_line_is_reported_for_preview_sync(editor, qtbot) -> None:
    editor.set_markdown("line0\nline1\n\nline3")
    with qtbot.waitSignal(editor.cursor_line_changed) as blocker:
        cursor = editor.textCursor()
        cursor.setPosition(len("line0\nline1\n\nli"))
        editor.setTextCursor(cursor)
    assert blocker.args == [3]


def test_set_markdown_clears_undo(editor) -> None:
    editor.set_markdown("first")
    editor.insertPlainText(" edit")
    editor.set_markdown("second")
    assert not editor.document().isUndoAvailable()


def long_story(paragraphs: int = 400) -> str:
    return "\n\n".join(f"Paragraph {n} says the storm **hit** the coast at dawn." for n in range(paragraphs))


def test_long_text_is_styled_on_screen_first_then_entirely(editor, qtbot) -> None:
    from tests.ui.widgets_support import formats_at

    text = long_story() + "\n\nThe last **word**."
    editor.set_markdown(text)
    first_bold = text.index("hit")
    last_bold = text.rindex("word")
    assert any(f.fontWeight() >= 700 for f in formats_at(editor.document(), first_bold))  # on screen
    qtbot.waitUntil(lambda: not editor._highlighter.pending, timeout=90_000)
    assert any(f.fontWeight() >= 700 for f in formats_at(editor.document(), last_bold))


def test_a_keystroke_repaints_its_line_not_the_whole_view(editor, qtbot) -> None:
    """The highlighter's re-styling must not make Qt repaint every visible paragraph per keystroke."""
    from PySide6.QtCore import QEvent, QObject

    editor.set_markdown(long_story(60))
    qtbot.waitUntil(lambda: not editor._highlighter.pending, timeout=EVENT_TIMEOUT_MS)
    cursor = editor.textCursor()
    cursor.setPosition(editor.document().findBlockByNumber(6).position() + 5)
    editor.setTextCursor(cursor)
    qtbot.wait(50)  # let the cursor move paint settle before recording
    painted: list[int] = []

    class PaintRecorder(QObject):
        def eventFilter(self, _watched, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                painted.append(event.rect().height())
            return False

    recorder = PaintRecorder()
    editor.viewport().installEventFilter(recorder)
    qtbot.keyClicks(editor, "x")
    qtbot.waitUntil(lambda: bool(painted), timeout=EVENT_TIMEOUT_MS)
    editor.viewport().removeEventFilter(recorder)
    line = editor.fontMetrics().lineSpacing()
    assert max(painted) < 4 * line < editor.viewport().height()
    assert "Paragxraph 3 says" in editor.markdown()


def test_enter_continues_lists_and_quotes_and_ends_them_on_an_empty_item(editor, qtbot) -> None:
    editor.set_markdown("- milk")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClicks(editor, "bread")
    assert editor.markdown() == "- milk\n- bread"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # on the empty item: the list ends
    assert editor.markdown() == "- milk\n- bread\n"
    editor.set_markdown("  9. nine")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.markdown() == "  9. nine\n  10. "
    editor.undo()
    assert editor.markdown() == "  9. nine"
    editor.set_markdown("> quoted")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.markdown() == "> quoted\n> "
    editor.set_markdown("plain")
    editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert editor.markdown() == "plain\n"


def type_keys(editor: BodyEditor, qtbot, *steps: str) -> None:
    """Typing and shortcuts as a user does them: "^B" is Ctrl+B, "^I" Ctrl+I, anything else typed."""
    for step in steps:
        if step in ("^B", "^I", "^Z"):
            qtbot.keyClick(editor, getattr(Qt.Key, f"Key_{step[1]}"), CTRL)
        else:
            qtbot.keyClicks(editor, step)


def text_with_cursor(editor: BodyEditor) -> str:
    position = editor.textCursor().position()
    text = editor.markdown()
    return text[:position] + "|" + text[position:]


@pytest.mark.parametrize(("key", "marker"), [("^B", "**"), ("^I", "*")])
def test_format_toggled_twice_with_nothing_typed_leaves_no_markers(editor, qtbot, key, marker) -> None:
    type_keys(editor, qtbot, "The ", key)
    assert text_with_cursor(editor) == f"The {marker}|{marker}"
    type_keys(editor, qtbot, key, "storm")
    assert editor.markdown() == "The storm"


@pytest.mark.parametrize(("key", "marker", "tag"), [("^B", "**", "strong"), ("^I", "*", "em")])
def test_format_ended_after_typing_continues_plain(editor, qtbot, key, marker, tag) -> None:
    type_keys(editor, qtbot, "The ", key, "storm", key, " hit")
    assert editor.markdown() == f"The {marker}storm{marker} hit"
    assert render_body(editor.markdown()).strip() == f"<p>The <{tag}>storm</{tag}> hit</p>"


def test_a_space_typed_inside_bold_stays_outside_the_markers(editor, qtbot) -> None:
    type_keys(editor, qtbot, "The", "^B", " storm ", "^B", "hit")
    assert editor.markdown() == "The **storm** hit"


def test_bold_and_italic_end_in_either_order(editor, qtbot) -> None:
    type_keys(editor, qtbot, "A ", "^B", "^I", "big", "^I", " storm", "^B", " hit")
    assert render_body(editor.markdown()).strip() == "<p>A <strong><em>big</em> storm</strong> hit</p>"
    editor.set_markdown("")
    type_keys(editor, qtbot, "A ", "^B", "^I", "big", "^B", " storm", "^I", " hit")
    assert render_body(editor.markdown()).strip() == "<p>A <em><strong>big</strong> storm</em> hit</p>"


def test_ctrl_b_on_a_selected_bold_word_unbolds_it(editor, qtbot) -> None:
    type_keys(editor, qtbot, "The ", "^B", "storm", "^B", " hit")
    select(editor, len("The **"), len("The **storm"))
    type_keys(editor, qtbot, "^B")
    assert editor.markdown() == "The storm hit"


def test_a_toggle_that_edits_is_one_undo_step(editor, qtbot) -> None:
    type_keys(editor, qtbot, "The storm", "^B")
    assert editor.markdown() == "The storm****"
    type_keys(editor, qtbot, "^Z")
    assert editor.markdown() == "The storm"
    type_keys(editor, qtbot, "^B", "^B", "^Z")
    assert editor.markdown() == "The storm****"
