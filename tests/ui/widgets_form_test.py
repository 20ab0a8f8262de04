"""ArticleForm with real widgets: headline count, slug following, round trip, bylines, focus, names."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QWidget,
)

from editor.article import (
    Article,
    Byline,
    BylineRole,
    FeaturedImage,
    RelatedLink,
    RemoteBinding,
    Source,
    SourceKind,
    Status,
    content_dict,
    to_dict,
)
from editor.render.checklist import HEADLINE_GUIDANCE_CHARS
from editor.ui.form import ArticleForm
from tests.ui.widgets_support import EVENT_TIMEOUT_MS


@pytest.fixture
def form(qtbot) -> ArticleForm:
    widget = ArticleForm()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def full_article() -> Article:
    return Article(
        headline="Storm hits the coast",
        standfirst="Thousands were evacuated as the sea rose.",
        body="## What happened\n\nThe storm **hit** at dawn.\n\n- one\n- two\n",
        bylines=[Byline("Ana Ruiz"), Byline("Tom Baker", BylineRole.PHOTOGRAPHER)],
        credit_line="with AFP",
        dateline="BREST",
        sources=[
            Source("AFP", SourceKind.NEWS_AGENCY, "https://www.afp.com", "wire"),
            Source("Prefecture", SourceKind.DOCUMENT),
        ],
        related=[
            RelatedLink("Earlier storm", "https://example.org/earlier"),
            RelatedLink("Local", local_id="a-b"),
        ],
        section="Weather",
        tags=["storm", "Brittany"],
        slug="storm-brest",
        featured_image=FeaturedImage("/tmp/none.jpg", "Waves", "Jane Doe/AFP", "Waves over a sea wall"),
        embargo=datetime(2031, 5, 4, 3, 2, 1, tzinfo=UTC),
        editors_note="Check the toll with the prefecture.",
        status=Status.PUBLISHED,
        remote=RemoteBinding("site", 42, "https://example.org/?p=42", "2030-01-01T00:00:00"),
    )


def test_round_trip_of_a_fully_filled_article_without_changed(form, qtbot) -> None:
    article = full_article()
    with qtbot.assertNotEmitted(form.changed):
        form.set_article(article)
    snapshot = form.article()
    assert to_dict(snapshot) == to_dict(article)
    assert snapshot is not article and snapshot.sources is not article.sources


def test_snapshot_is_a_new_object_each_time(form) -> None:
    form.set_article(full_article())
    first = form.article()
    first.sources.append(Source("Injected"))
    first.bylines[0].name = "Changed"
    assert [s.name for s in form.article().sources] == ["AFP", "Prefecture"]
    assert form.article().bylines[0].name == "Ana Ruiz"


def test_typing_a_headline_updates_count_and_slug(form, qtbot) -> None:
    form.set_article(Article())
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(form.headline.line_edit, "Flood warning in Nantes")
    assert form.headline.count_label.text() == f"23 / {HEADLINE_GUIDANCE_CHARS}"
    assert form.details.slug_field.slug() == "flood-warning-in-nantes"
    assert form.article().slug == "flood-warning-in-nantes"


def test_too_long_headline_is_said_in_words(form, qtbot) -> None:
    form.set_article(Article())
    qtbot.keyClicks(form.headline.line_edit, "x" * (HEADLINE_GUIDANCE_CHARS + 5))
    assert "too long" in form.headline.count_label.text()
    assert form.headline.is_too_long()


def test_hand_edited_slug_stops_following_until_reset(form, qtbot) -> None:
    form.set_article(Article())
    qtbot.keyClicks(form.headline.line_edit, "Storm")
    slug_edit = form.details.slug_field.line_edit
    slug_edit.selectAll()
    qtbot.keyClicks(slug_edit, "my-own-slug")
    qtbot.keyClicks(form.headline.line_edit, " hits coast")
    assert form.article().slug == "my-own-slug"
    qtbot.mouseClick(form.details.slug_field.reset_button, Qt.MouseButton.LeftButton)
    assert form.article().slug == "storm-hits-coast"
    qtbot.keyClicks(form.headline.line_edit, " again")
    assert form.article().slug == "storm-hits-coast-again"


def test_loaded_custom_slug_does_not_follow(form, qtbot) -> None:
    form.set_article(Article(headline="Old", slug="kept-slug"))
    qtbot.keyClicks(form.headline.line_edit, " and new")
    assert form.article().slug == "kept-slug"


def test_bylines_add_and_remove(form, qtbot) -> None:
    form.set_article(Article(bylines=[Byline("Ana Ruiz")]))
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(form.details.bylines.add_button, Qt.MouseButton.LeftButton)
    row = form.details.bylines.rows()[1]
    qtbot.keyClicks(row.name_edit, "Tom Baker")
    row.role_combo.setCurrentIndex(row.role_combo.findData(BylineRole.TRANSLATOR))
    row.role_combo.activated.emit(row.role_combo.currentIndex())
    assert form.article().bylines == [Byline("Ana Ruiz"), Byline("Tom Baker", BylineRole.TRANSLATOR)]
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(form.details.bylines.rows()[0].remove_button, Qt.MouseButton.LeftButton)
    assert form.article().bylines == [Byline("Tom Baker", BylineRole.TRANSLATOR)]


def test_embargo_checkbox_stores_utc(form, qtbot) -> None:
    form.set_article(Article())
    assert form.article().embargo is None
    with qtbot.waitSignal(form.changed):
        form.details.embargo_field.enabled_box.click()
    embargo = form.article().embargo
    assert embargo is not None and embargo.utcoffset().total_seconds() == 0
    form.details.embargo_field.enabled_box.click()
    assert form.article().embargo is None


def test_featured_image_absent_by_default_and_removable(form, qtbot) -> None:
    form.set_article(Article())
    assert form.article().featured_image is None
    form.details.image_editor.set_path("/tmp/photo.jpg")
    qtbot.keyClicks(form.details.image_editor.alt_edit, "A flooded street")
    assert form.article().featured_image == FeaturedImage("/tmp/photo.jpg", alt="A flooded street")
    qtbot.mouseClick(form.details.image_editor.remove_button, Qt.MouseButton.LeftButton)
    assert form.article().featured_image is None


def test_tags_complete_the_tag_being_typed(form, qtbot) -> None:
    form.set_article(Article())
    form.set_tag_completions(["weather", "floods", "Normandy"])
    edit = form.details.tags_edit
    qtbot.keyClicks(edit, "floods, wea")
    completer = edit.completer()
    assert completer.splitPath(edit.text()) == ["wea"]
    assert completer.currentCompletion() == "floods, weather, "
    edit.setText(completer.currentCompletion())
    assert form.article().tags == ["floods", "weather"]


def test_section_choices_keep_the_current_section(form) -> None:
    form.set_article(Article(section="Sport"))
    form.set_section_choices(["News", "Weather"])
    assert form.article().section == "Sport"
    assert [form.details.section_combo.itemText(i) for i in range(2)] == ["News", "Weather"]


def test_editors_note_edit_emits_changed(form, qtbot) -> None:
    form.set_article(Article())
    with qtbot.waitSignal(form.changed):
        qtbot.keyClicks(form.details.note_edit, "internal")
    assert form.article().editors_note == "internal"


@pytest.mark.parametrize(
    ("name", "index", "expected"),
    [
        ("headline", None, lambda f: f.headline.line_edit),
        ("body", None, lambda f: f.body_editor),
        ("slug", None, lambda f: f.details.slug_field.line_edit),
        ("bylines", 1, lambda f: f.details.bylines.rows()[1].name_edit),
        ("sources", 1, lambda f: f.sources.view),
        ("related", 0, lambda f: f.related.view),
    ],
)
def test_focus_field_jumps_to_the_field(form, qtbot, name, index, expected) -> None:
    form.set_article(full_article())
    form.focus_field(name, index)
    qtbot.waitUntil(lambda: expected(form).hasFocus(), timeout=EVENT_TIMEOUT_MS)
    if name == "sources":
        assert form.sources.view.currentIndex().row() == 1


def test_every_input_has_an_accessible_name(form) -> None:
    form.set_article(full_article())
    inputs = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractButton, QTableView)
    unnamed = []
    for widget in form.findChildren(QWidget):
        if not isinstance(widget, inputs) or isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # a combobox's or spin box's own line edit: the box carries the name
        if isinstance(widget.parent(), QLineEdit):
            continue  # a line edit's clear button
        if widget.objectName() == "qt_toolbar_ext_button" or widget.parent().inherits("QTabBar"):
            continue
        if widget.parent().inherits("QHeaderView") or widget.parent().inherits("QTableView"):
            continue  # the table corner button
        name = widget.accessibleName() or (isinstance(widget, QAbstractButton) and widget.text())
        if not name and isinstance(widget, QAbstractButton) and widget.defaultAction() is not None:
            name = widget.defaultAction().text()
        if not name:
            unnamed.append(
                f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parent()).__name__}"
            )
    assert unnamed == []


def test_user_edit_in_any_field_changes_content(form, qtbot) -> None:
    original = full_article()
    form.set_article(original)
    qtbot.keyClicks(form.details.credit_edit, " and Reuters")
    assert content_dict(form.article())["credit_line"] == "with AFP and Reuters"


def test_tab_goes_through_the_details_top_to_bottom(form, qtbot) -> None:
    from PySide6.QtWidgets import QApplication

    form.set_article(Article(bylines=[Byline("Ana Ruiz")]))
    qtbot.mouseClick(form.details.bylines.add_button, Qt.MouseButton.LeftButton)  # a row added later
    form.focus_field("bylines", 0)
    qtbot.waitUntil(lambda: form.details.bylines.rows()[0].name_edit.hasFocus(), timeout=EVENT_TIMEOUT_MS)
    visited = []
    for _ in range(12):
        widget = QApplication.focusWidget()
        visited.append(widget.accessibleName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited == [
        "Byline 1 name",
        "Byline 1 role",
        "Remove byline 1",
        "Byline 2 name",
        "Byline 2 role",
        "Remove byline 2",
        "Add byline",
        "Credit line",
        "Dateline",
        "Section",
        "Tags",
        "Slug",
    ]


def test_restyling_is_not_an_edit(form, qtbot) -> None:
    """Spell-check passes and progressive styling change formats, not text: no ``changed``."""
    body = "\n\n".join(f"Paragraph {n}: teh storm **hit** the coast." for n in range(1500))
    with qtbot.assertNotEmitted(form.changed, wait=100):
        form.set_article(Article(headline="Long", standfirst="Teh sea.", editors_note="Chekc", body=body))
        qtbot.waitUntil(lambda: not form.body_editor._highlighter.pending, timeout=90_000)
        with qtbot.waitSignal(form.body_editor.spelling.dictionary_ready, timeout=60_000):
            form.body_editor.set_spell_language("fr")
        form.body_editor.set_spell_checking(False)
        qtbot.waitUntil(lambda: not form.body_editor._highlighter.pending, timeout=90_000)
    with qtbot.waitSignal(form.changed):
        form.body_editor.moveCursor(QTextCursor.MoveOperation.End)
        qtbot.keyClicks(form.body_editor, "!")
    with qtbot.waitSignal(form.changed):
        form.body_editor.undo()
    assert form.article().body == body


def test_formatting_toolbar_can_be_hidden_and_actions_still_work(form, qtbot) -> None:
    form.set_formatting_toolbar_visible(False)
    assert not form.body_pane.toolbar.isVisible()
    form.set_article(Article(body="word"))
    form.body_editor.setFocus()
    form.body_editor.selectAll()
    qtbot.keyClick(form.body_editor, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    assert form.article().body == "**word**"


def test_a_loaded_long_headline_shows_its_start(form) -> None:
    headline = "Council votes to close the harbour after a winter of storms " * 3
    form.set_article(Article(headline=headline))
    assert form.headline.line_edit.cursorPosition() == 0
    assert form.details.slug_field.line_edit.cursorPosition() == 0


def test_a_three_line_standfirst_is_shown_whole(form, qtbot) -> None:
    form.resize(600, 800)
    edit = form.standfirst_edit
    two_lines = edit.height()
    form.set_article(
        Article(standfirst="Engineers lowered the first span of the bridge three weeks early. " * 4)
    )
    qtbot.waitUntil(lambda: edit.height() > edit.fontMetrics().lineSpacing() * 3, timeout=EVENT_TIMEOUT_MS)
    assert edit.verticalScrollBar().maximum() == 0  # all of it in view
    form.set_article(Article(standfirst="Short."))
    qtbot.waitUntil(lambda: edit.height() == two_lines, timeout=EVENT_TIMEOUT_MS)


def _fully_visible(edit, position: int) -> bool:
    cursor = edit.textCursor()
    cursor.setPosition(position)
    return edit.viewport().rect().contains(edit.cursorRect(cursor))


def test_a_long_headline_is_shown_whole_once_you_leave_it(form, qtbot) -> None:
    form.resize(560, 800)  # the form's column in a 1280 x 800 window
    headline = "Storm batters the northern coast as thousands lose power and ferries stay in port"
    form.headline.line_edit.setFocus()
    qtbot.keyClicks(form.headline.line_edit, headline)
    form.standfirst_edit.setFocus()  # leave the field
    qtbot.waitUntil(lambda: _fully_visible(form.headline.line_edit, len(headline)))
    edit = form.headline.line_edit
    assert _fully_visible(edit, 0) and _fully_visible(edit, len(headline))
    assert form.article().headline == headline


def test_return_in_the_headline_moves_on_and_pasted_line_breaks_become_spaces(form, qtbot) -> None:
    edit = form.headline.line_edit
    edit.setFocus()
    qtbot.keyClicks(edit, "Storm")
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is form.standfirst_edit
    edit.setFocus()
    QApplication.clipboard().setText(" batters\nthe\r\ncoast\tagain")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert form.article().headline == "Storm batters the coast again"
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert form.article().headline == "Storm"


def test_the_sources_kind_column_shows_every_kind_in_full(form, qtbot) -> None:
    from editor.article import SourceKind
    from editor.ui.form.sources import KIND, kind_label

    form.resize(560, 800)  # the form's column in a 1280 x 800 window
    form.set_article(Article(sources=[Source("BFM TV", SourceKind.OTHER)]))
    view = form.sources.view
    metrics = view.fontMetrics()
    for kind in SourceKind:
        assert view.columnWidth(KIND) > metrics.horizontalAdvance(kind_label(kind)) + 16, kind
