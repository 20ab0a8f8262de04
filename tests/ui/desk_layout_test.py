"""The desk at 1280×800 (issue 14, item 5): every field of a story on screen without scrolling."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QTextLayout, QTextOption
from PySide6.QtWidgets import QAbstractScrollArea, QStyle, QTableView, QWidget

from editor.article import Article, FeaturedImage
from editor.ui.form import ArticleForm
from editor.ui.form.form import IMAGE_TAB, NOTE_TAB
from editor.ui.library.model import HEADLINE, SECTION
from tests.screenshots import demo_articles
from tests.ui.shell_support import EVENT_TIMEOUT_MS, close_window, open_window

pytest_plugins = ["tests.ui.shell_fixtures"]

BODY_LINES_AT_LEAST = 18  # measured: 21 lines of the demo story's body at 1280×800 (22 before)


def _fully_shown(widget: QWidget) -> bool:
    """``widget`` is on screen whole: visible, not clipped by any scroll area or pane around it."""
    if not widget.isVisible():
        return False
    rect = QRect(widget.mapTo(widget.window(), QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        area = parent
        shown = QRect(area.mapTo(widget.window(), QPoint(0, 0)), area.size())
        if not shown.contains(rect):
            return False
        parent = parent.parentWidget()
    return widget.visibleRegion().boundingRect() == widget.rect()


def _scrolled(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea) and parent.verticalScrollBar().value():
            return True
        parent = parent.parentWidget()
    return False


def test_every_field_of_a_story_shows_at_1280x800_without_scrolling(
    qtbot, data_dir: Path, settings_dir: Path, store
) -> None:
    story, _others = demo_articles()
    store.save(story)
    store.close()
    window = open_window(qtbot, data_dir)
    try:
        window.resize(1280, 800)
        model = window.library.model
        qtbot.waitUntil(lambda: model.row_of(story.id) is not None, timeout=EVENT_TIMEOUT_MS)
        window.library.table.selectRow(model.row_of(story.id))
        form = window.form
        qtbot.waitUntil(lambda: form.headline.text() == story.headline, timeout=EVENT_TIMEOUT_MS)
        details = form.details
        fields = {
            "headline": form.headline.line_edit,
            "standfirst": form.standfirst_edit,
            "byline 1": details.bylines.rows()[0].name_edit,
            "byline 2": details.bylines.rows()[1].role_combo,
            "add byline": details.bylines.add_button,
            "credit line": details.credit_edit,
            "dateline": details.dateline_edit,
            "section": details.section_combo,
            "tags": details.tags_edit,
            "slug": details.slug_field.line_edit,
            "embargo": details.embargo_field.enabled_box,
            "embargo time": details.embargo_field.date_time_edit,
            "featured image": details.image_editor.path_edit,
            "choose image": details.image_editor.browse_button,
            "editor's note": details.note_edit,
            "sources": form.sources.view,
            "related": form.related.view,
        }
        tab_bar = form.tabs.tabBar()
        for name, widget in fields.items():
            if not widget.isVisible():  # one click on the tab that holds it, no more
                page = next(i for i in range(form.tabs.count()) if form.tabs.widget(i).isAncestorOf(widget))
                qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(page).center())
                qtbot.waitUntil(widget.isVisible, timeout=EVENT_TIMEOUT_MS)

            def on_screen(name: str = name, widget: QWidget = widget) -> None:
                assert _fully_shown(widget), f"{name} is cut off or hidden"
                assert not _scrolled(widget), f"{name} needed scrolling"

            # The panes settle over a few turns of the event loop (the headline wraps, the tabs fit).
            qtbot.waitUntil(on_screen, timeout=EVENT_TIMEOUT_MS)
        body = form.body_editor
        lines = body.viewport().height() // body.fontMetrics().lineSpacing()
        assert lines >= BODY_LINES_AT_LEAST
    finally:
        close_window(qtbot, window)


def _lines_when_wrapped(view: QTableView, text: str, width: int) -> list[float]:
    """The widths of the lines ``text`` takes when word-wrapped at ``width``, as an item view draws it."""
    layout = QTextLayout(text, view.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    widths = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        widths.append(line.naturalTextWidth())
    layout.endLayout()
    return widths


def test_the_library_shows_every_section_whole_at_1280x800(
    qtbot, data_dir: Path, settings_dir: Path, store
) -> None:
    sections = ["Politics and Government", "Arts & Entertainment", "Science & Technology", "News", "Sport"]
    headline = "Harbour Bridge's first span lowered three weeks early"
    for section in sections:
        store.save(Article(headline=headline, section=section, body="Text."))
    store.close()
    window = open_window(qtbot, data_dir)
    try:
        window.resize(1280, 800)
        table = window.library.table
        model = window.library.model
        qtbot.waitUntil(lambda: model.rowCount() == len(sections), timeout=EVENT_TIMEOUT_MS)
        style = table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1

        def every_section_readable() -> None:
            text_width = table.columnWidth(SECTION) - 2 * margin
            row_lines = table.rowHeight(0) // table.fontMetrics().lineSpacing()
            assert table.horizontalScrollBar().maximum() == 0
            left = table.columnViewportPosition(SECTION)
            assert left >= 0 and left + table.columnWidth(SECTION) <= table.viewport().width()
            for row in range(model.rowCount()):
                section = model.index(row, SECTION).data()
                lines = _lines_when_wrapped(table, section, text_width)
                assert len(lines) <= row_lines and max(lines) <= text_width, f"{section!r} is cut"
                assert section in model.index(row, HEADLINE).data(Qt.ItemDataRole.ToolTipRole)
            assert table.columnWidth(HEADLINE) >= table.viewport().width() / 3  # headlines keep their room

        qtbot.waitUntil(every_section_readable, timeout=EVENT_TIMEOUT_MS)  # once the columns are laid out
    finally:
        close_window(qtbot, window)


def test_the_tabs_of_a_filled_in_note_and_image_say_so(qtbot) -> None:
    """A note or a picture behind its tab is not missed: the tab's title shows it is there."""
    form = ArticleForm()
    qtbot.addWidget(form)
    form.set_article(Article(headline="Empty"))
    empty = form.tabs.tabText(IMAGE_TAB), form.tabs.tabText(NOTE_TAB)
    form.set_article(
        Article(headline="Filled", editors_note="Check the quote", featured_image=FeaturedImage("/tmp/a.jpg"))
    )
    assert form.tabs.tabText(IMAGE_TAB) != empty[0] and form.tabs.tabText(NOTE_TAB) != empty[1]

    form.set_article(Article(headline="Empty again"))
    qtbot.keyClicks(form.details.note_edit, "Legal has seen it")  # typed: the tab follows at once
    assert form.tabs.tabText(NOTE_TAB) != empty[1]
    form.details.image_editor.remove_button.click()
    assert form.tabs.tabText(IMAGE_TAB) == empty[0]
