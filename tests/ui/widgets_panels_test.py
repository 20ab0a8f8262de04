"""Sources and related panels inside a real ArticleForm: add, edit, validate, reorder, search."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit

from editor.article import Article, RelatedLink, Source, SourceKind
from editor.ui.form import ArticleForm
from editor.ui.form.related import RelatedModel
from editor.ui.form.sources import KIND, LINK, NAME, NOTE, SourcesModel
from tests.ui.widgets_support import EVENT_TIMEOUT_MS


@pytest.fixture
def form(qtbot) -> ArticleForm:
    widget = ArticleForm()
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.focus_field("sources")
    return widget


def test_models_pass_qtmodeltester(qapp, qtmodeltester) -> None:
    sources = SourcesModel()
    sources.set_rows([Source("AFP", SourceKind.NEWS_AGENCY, "https://afp.com"), Source("", url="bad")])
    qtmodeltester.check(sources)
    sources.insert_row(1, Source("Reuters"))
    sources.move_row(0, +1)
    sources.move_row(2, -1)
    sources.remove_row(0)
    qtmodeltester.check(sources)
    related = RelatedModel()
    related.set_rows([RelatedLink("One", "https://example.org/1"), RelatedLink("Two", local_id="x")])
    qtmodeltester.check(related)


def test_adding_a_source_emits_changed_and_lands_in_the_article(form, qtbot) -> None:
    form.set_article(Article())
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(form.sources.buttons.add_button, Qt.MouseButton.LeftButton)
    # the new row's name cell is open for typing
    editor = form.sources.view.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Agence France-Presse")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(
        lambda: form.article().sources[0].name == "Agence France-Presse", timeout=EVENT_TIMEOUT_MS
    )
    model = form.sources.model
    model.setData(model.index(0, LINK), "https://www.afp.com")
    model.setData(model.index(0, NOTE), "wire copy")
    assert form.article().sources == [
        Source("Agence France-Presse", SourceKind.OTHER, "https://www.afp.com", "wire copy")
    ]


def test_kind_is_chosen_from_a_combobox(form, qtbot) -> None:
    form.set_article(Article(sources=[Source("AFP")]))
    view = form.sources.view
    index = form.sources.model.index(0, KIND)
    view.setCurrentIndex(index)
    view.edit(index)
    combo = view.findChild(QComboBox)
    assert combo is not None
    assert combo.count() == len(SourceKind)
    with qtbot.waitSignal(form.changed):
        combo.setCurrentIndex(combo.findData(SourceKind.NEWS_AGENCY.value))
        combo.activated.emit(combo.currentIndex())
    assert form.article().sources[0].kind is SourceKind.NEWS_AGENCY


def test_invalid_link_and_missing_name_are_shown_inline(form) -> None:
    form.set_article(Article(sources=[Source("AFP", url="https://afp.com")]))
    message = form.sources.message_label
    assert message.isHidden()
    model = form.sources.model
    model.setData(model.index(0, LINK), "afp dot com")
    assert message.isVisible()
    assert "invalid link" in message.text()
    assert model.index(0, LINK).data(Qt.ItemDataRole.DecorationRole) is not None
    assert "invalid link" in model.index(0, LINK).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(0, NAME).data(Qt.ItemDataRole.DecorationRole) is None
    assert "⚠" in form.tabs.tabText(1)
    model.setData(model.index(0, NAME), "  ")
    assert "no name" in model.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    model.setData(model.index(0, NAME), "AFP")
    model.setData(model.index(0, LINK), "https://www.afp.com")
    assert message.isHidden()
    assert model.index(0, LINK).data(Qt.ItemDataRole.DecorationRole) is None


def test_invalid_link_loaded_with_the_article_is_shown(form) -> None:
    form.set_article(Article(sources=[Source("Blog", url="javascript:alert(1)")]))
    assert form.sources.message_label.isVisible()


def test_sources_reorder_and_remove_with_buttons_and_keys(form, qtbot) -> None:
    names = ["A", "B", "C"]
    form.set_article(Article(sources=[Source(n) for n in names]))
    view = form.sources.view
    view.setCurrentIndex(form.sources.model.index(0, NAME))
    qtbot.mouseClick(form.sources.buttons.down_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in form.article().sources] == ["B", "A", "C"]
    assert view.currentIndex().row() == 1
    view.setFocus()
    qtbot.keyClick(
        view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [s.name for s in form.article().sources] == ["B", "C", "A"]
    assert not form.sources.buttons.down_button.isEnabled()
    qtbot.mouseClick(form.sources.buttons.up_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in form.article().sources] == ["B", "A", "C"]
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(form.sources.buttons.remove_button, Qt.MouseButton.LeftButton)
    assert [s.name for s in form.article().sources] == ["B", "C"]


def test_related_search_is_debounced_and_results_can_be_added(form, qtbot) -> None:
    form.set_article(Article())
    form.focus_field("related")
    queries: list[str] = []
    form.related_search_requested.connect(queries.append)
    with qtbot.waitSignal(form.related_search_requested, timeout=30_000) as blocker:
        qtbot.keyClicks(form.related.search_edit, "storm")
    assert blocker.args == ["storm"]
    assert queries == ["storm"]  # one request for the whole word, not one per keystroke
    form.show_related_results(
        [
            RelatedLink("Storm warning", local_id="1234-abcd"),
            RelatedLink("Storm of 1999", "https://ex.org/1999"),
        ]
    )
    results = form.related.results_list
    assert results.count() == 2
    results.setCurrentRow(1)
    with qtbot.waitSignal(form.changed):
        qtbot.mouseClick(form.related.add_result_button, Qt.MouseButton.LeftButton)
    results.setCurrentRow(0)
    qtbot.mouseClick(form.related.add_result_button, Qt.MouseButton.LeftButton)
    assert form.article().related == [
        RelatedLink("Storm of 1999", "https://ex.org/1999"),
        RelatedLink("Storm warning", local_id="1234-abcd"),
    ]
    # adding the same article twice is refused with a message
    qtbot.mouseClick(form.related.add_result_button, Qt.MouseButton.LeftButton)
    assert len(form.article().related) == 2
    assert form.related.message_label.isVisible()


def test_related_links_reorder_rename_remove(form, qtbot) -> None:
    form.set_article(
        Article(related=[RelatedLink("One", "https://ex.org/1"), RelatedLink("Two", "https://ex.org/2")])
    )
    panel = form.related
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.mouseClick(panel.buttons.up_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in form.article().related] == ["Two", "One"]
    with qtbot.waitSignal(form.changed):
        panel.model.setData(panel.model.index(0, 0), "Second story")
    assert form.article().related[0] == RelatedLink("Second story", "https://ex.org/2")
    assert not panel.model.flags(panel.model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable
    panel.view.setCurrentIndex(panel.model.index(1, 0))
    qtbot.mouseClick(panel.buttons.remove_button, Qt.MouseButton.LeftButton)
    assert [r.title for r in form.article().related] == ["Second story"]


def test_manual_link_is_validated(form, qtbot) -> None:
    form.set_article(Article())
    form.focus_field("related")
    panel = form.related
    qtbot.keyClicks(panel.manual_title, "Background")
    qtbot.keyClicks(panel.manual_url, "example.org/background")
    qtbot.mouseClick(panel.manual_add_button, Qt.MouseButton.LeftButton)
    assert form.article().related == []
    assert "http" in panel.message_label.text() and panel.message_label.isVisible()
    panel.manual_url.setText("https://example.org/background")
    with qtbot.waitSignal(form.changed):
        qtbot.keyClick(panel.manual_url, Qt.Key.Key_Return)
    assert form.article().related == [RelatedLink("Background", "https://example.org/background")]
    assert panel.manual_title.text() == "" and panel.message_label.isHidden()
