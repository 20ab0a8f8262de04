"""The library pane on a real SQLite library: lazy model, search, filters, sort, delete and undo.

Real parts: ArticleStore on a SQLite file in the test's data folder (filled through the `store` fixture,
a second connection to the same file), the real MainWindow and its LibraryModel.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt

from editor.app.listing import LibraryQuery
from editor.article import Article, Status
from editor.store import ListFilter
from editor.ui.library.model import BATCH_SIZE, HEADLINE, MATCH, SECTION, STATUS, LibraryModel
from editor.ui.tasks import TaskRunner
from tests.ui.shell_support import EVENT_TIMEOUT_MS, SAVE_TIMEOUT_MS

pytest_plugins = ["tests.ui.shell_fixtures"]


def headlines(model: LibraryModel) -> list[str]:
    return [model.index(row, HEADLINE).data() for row in range(model.rowCount())]


def fill(store, articles: list[Article]) -> None:
    store.save_many(articles)


def test_model_passes_qtmodeltester_while_fetching_batches(qtbot, qtmodeltester, store):
    total = BATCH_SIZE * 2 + 17
    fill(store, [Article(headline=f"Story {n:04d}", body="Words here.") for n in range(total)])
    tasks = TaskRunner()
    model = LibraryModel(tasks)
    model.set_store(store)
    qtbot.waitUntil(lambda: model.rowCount() == BATCH_SIZE, timeout=SAVE_TIMEOUT_MS)
    qtmodeltester.check(model)
    while model.canFetchMore(model.index(-1, -1)):
        before = model.rowCount()
        model.fetchMore(model.index(-1, -1))
        qtbot.waitUntil(
            lambda before=before: model.rowCount() > before or not model.canFetchMore(model.index(-1, -1)),
            timeout=SAVE_TIMEOUT_MS,
        )
    assert model.rowCount() == total
    assert len(set(headlines(model))) == total
    model.set_query(LibraryQuery(sort="headline", descending=False))
    qtbot.waitUntil(lambda: model.rowCount() == BATCH_SIZE, timeout=SAVE_TIMEOUT_MS)
    assert headlines(model)[:3] == ["Story 0000", "Story 0001", "Story 0002"]
    tasks.wait_for_workers(5000)


def test_search_as_you_type_finds_the_article_and_shows_a_snippet(qtbot, store, window_factory):
    fill(
        store,
        [
            Article(headline="Council approves budget", body="The council met on Monday."),
            Article(headline="Storm warning", body="The old lighthouse keeper saw the waves first."),
        ],
    )
    window = window_factory()
    pane = window.library
    # no welcome article: the library was not empty
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=EVENT_TIMEOUT_MS)
    qtbot.keyClicks(pane.search_field, "lighthouse")
    qtbot.waitUntil(lambda: headlines(pane.model) == ["Storm warning"], timeout=SAVE_TIMEOUT_MS)
    assert not pane.table.isColumnHidden(MATCH)
    assert "lighthouse" in pane.model.index(0, MATCH).data()

    pane.table.selectRow(0)
    qtbot.waitUntil(lambda: window.form.headline.text() == "Storm warning", timeout=SAVE_TIMEOUT_MS)

    pane.search_field.clear()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 2, timeout=SAVE_TIMEOUT_MS)
    assert pane.table.isColumnHidden(MATCH)


def test_status_and_section_filters(qtbot, store, window_factory):
    fill(
        store,
        [
            Article(headline="Cup final tonight", section="Sport", status=Status.READY),
            Article(headline="Markets fall", section="Business"),
            Article(headline="Derby preview", section="Sport"),
        ],
    )
    window = window_factory()
    pane = window.library
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=EVENT_TIMEOUT_MS)

    pane.section_filter.setCurrentIndex(pane.section_filter.findText("Sport"))
    qtbot.waitUntil(
        lambda: sorted(headlines(pane.model)) == ["Cup final tonight", "Derby preview"],
        timeout=SAVE_TIMEOUT_MS,
    )
    assert {pane.model.index(r, SECTION).data() for r in range(2)} == {"Sport"}

    pane.status_filter.setCurrentIndex(pane.status_filter.findData(Status.READY.value))
    qtbot.waitUntil(lambda: headlines(pane.model) == ["Cup final tonight"], timeout=SAVE_TIMEOUT_MS)
    assert pane.model.index(0, STATUS).data() == "Ready"

    pane.section_filter.setCurrentIndex(0)
    pane.status_filter.setCurrentIndex(0)
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=SAVE_TIMEOUT_MS)


def test_clicking_the_headline_header_sorts_by_headline(qtbot, store, window_factory):
    fill(store, [Article(headline=h) for h in ("Bravo", "Alpha", "Charlie")])
    window = window_factory()
    pane = window.library
    qtbot.waitUntil(lambda: pane.model.rowCount() == 3, timeout=EVENT_TIMEOUT_MS)
    pane.table.horizontalHeader().setSortIndicator(HEADLINE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(
        lambda: headlines(pane.model)[:3] == ["Alpha", "Bravo", "Charlie"], timeout=SAVE_TIMEOUT_MS
    )


def test_delete_moves_to_trash_and_undo_brings_it_back(qtbot, store, window_factory):
    doomed = Article(headline="Doomed draft", body="Keep me after all.")
    fill(store, [doomed])
    window = window_factory()
    window.commands.open_article(doomed.id)
    qtbot.waitUntil(lambda: window.current_article_id() == doomed.id, timeout=SAVE_TIMEOUT_MS)

    window.window_actions.delete.trigger()
    qtbot.waitUntil(lambda: window.current_article_id() is None, timeout=SAVE_TIMEOUT_MS)
    assert [s.id for s in store.list(ListFilter(trashed=True))] == [doomed.id]
    qtbot.waitUntil(lambda: "Doomed draft" not in headlines(window.library.model), timeout=SAVE_TIMEOUT_MS)
    assert window.undo_delete_button.isVisible()

    qtbot.mouseClick(window.undo_delete_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.current_article_id() == doomed.id, timeout=SAVE_TIMEOUT_MS)
    assert store.list(ListFilter(trashed=True)) == []
    assert window.form.body_editor.markdown() == "Keep me after all."
    qtbot.waitUntil(lambda: "Doomed draft" in headlines(window.library.model), timeout=SAVE_TIMEOUT_MS)


def click_row(qtbot, pane, article_id: str) -> None:
    index = pane.model.index(pane.model.row_of(article_id), HEADLINE)
    position = pane.table.visualRect(index).center()
    qtbot.mouseClick(pane.table.viewport(), Qt.MouseButton.LeftButton, pos=position)


def test_the_article_left_for_a_new_one_opens_again_on_a_click_before_the_new_one_is_listed(
    qtbot, store, window_factory, data_dir
):
    # Found by tests/ui/stateful_editing_test.py: after Ctrl+N the row of the article left stayed
    # highlighted until the new article was saved and listed, and a click on it then did nothing.
    earlier = Article(headline="Council approves budget", body="The council met on Monday.")
    fill(store, [earlier])
    window = window_factory()
    pane = window.library
    qtbot.waitUntil(lambda: pane.model.row_of(earlier.id) is not None, timeout=SAVE_TIMEOUT_MS)
    click_row(qtbot, pane, earlier.id)
    qtbot.waitUntil(lambda: window.current_article_id() == earlier.id, timeout=SAVE_TIMEOUT_MS)

    # A busy disk holds the new article's first save back, so it is not in the list yet.
    blocker = sqlite3.connect(data_dir / "copydesk.sqlite3", timeout=0, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        fresh = window.current_article_id()
        assert fresh not in (None, earlier.id)
        assert pane.model.row_of(fresh) is None
        assert not pane.table.selectionModel().hasSelection()  # nothing claims to be the open article

        click_row(qtbot, pane, earlier.id)
        qtbot.waitUntil(lambda: window.current_article_id() == earlier.id, timeout=SAVE_TIMEOUT_MS)
        assert window.form.body_editor.markdown() == "The council met on Monday."
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    qtbot.waitUntil(lambda: pane.model.row_of(fresh) is not None, timeout=SAVE_TIMEOUT_MS)


def test_ctrl_shift_delete_moves_the_open_article_to_the_trash_from_the_body(qtbot, store, window_factory):
    doomed = Article(headline="Doomed draft", body="Keep me after all.")
    fill(store, [doomed])
    window = window_factory()
    window.commands.open_article(doomed.id)
    qtbot.waitUntil(lambda: window.current_article_id() == doomed.id, timeout=SAVE_TIMEOUT_MS)
    body = window.form.body_editor
    body.setFocus()
    qtbot.keyClick(
        body, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    qtbot.waitUntil(lambda: window.current_article_id() is None, timeout=SAVE_TIMEOUT_MS)
    assert [s.id for s in store.list(ListFilter(trashed=True))] == [doomed.id]
    assert store.get(doomed.id).body == "Keep me after all."  # the shortcut deleted no text first
