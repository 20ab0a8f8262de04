"""The article's language in the window: the Details combo, new articles in the preferred language,
the slug, the spelling and the saved article follow it (real window, real SQLite file)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from editor.article import Article
from editor.languages import ARTICLE_LANGUAGES
from editor.ui.settings import ARTICLE_LANGUAGE
from tests.ui.shell_support import SAVE_TIMEOUT_MS, close_window, open_window, wait_saved

pytest_plugins = ["tests.ui.shell_fixtures"]


def choose(combo, code: str) -> None:
    """Pick a language as the user does: the item is activated in the combo's list."""
    index = combo.findData(code)
    assert index >= 0, code
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def test_a_new_article_takes_the_preferred_language_and_keeps_the_one_chosen(
    qtbot, data_dir, settings_dir, store
) -> None:
    window = open_window(qtbot, data_dir)
    try:
        window.settings.set_value(ARTICLE_LANGUAGE, "de")
        window.commands.new_article()
        qtbot.waitUntil(lambda: window.current_article_id() is not None, timeout=SAVE_TIMEOUT_MS)
        combo = window.form.details.language_combo
        assert combo.language() == "de" and combo.currentText() == "Deutsch"
        window.form.headline.line_edit.insert("Straße über")  # as typed (QTest types ASCII only)
        assert window.form.details.slug_field.slug() == "strasse-ueber"

        choose(combo, "fr")
        assert window.form.details.slug_field.slug() == "strasse-uber"  # French drops the accent
        assert window.form.body_editor.spelling.language == "fr"
        wait_saved(qtbot, window)
        article_id = window.current_article_id()
    finally:
        close_window(qtbot, window)
    saved = store.get(article_id)
    assert saved.language == "fr" and saved.slug == "strasse-uber"


def test_opening_an_article_shows_its_language_even_one_not_in_the_list(
    qtbot, data_dir, settings_dir, store
) -> None:
    english = Article(headline="Colour", body="The colour of the sea.", language="en-US")
    welsh = Article(headline="Tywydd", body="Glaw.", language="cy")
    for article in (english, welsh):
        store.save(article)
    window = open_window(qtbot, data_dir)
    try:
        combo = window.form.details.language_combo
        window.commands.open_article(english.id)
        qtbot.waitUntil(lambda: window.current_article_id() == english.id, timeout=SAVE_TIMEOUT_MS)
        assert combo.language() == "en-US" and combo.count() == len(ARTICLE_LANGUAGES)
        assert window.form.body_editor.spelling.language == "en-US"
        window.commands.open_article(welsh.id)
        qtbot.waitUntil(lambda: window.current_article_id() == welsh.id, timeout=SAVE_TIMEOUT_MS)
        assert combo.language() == "cy" and combo.currentText() == "cy"
        assert not window.form.body_editor.spelling.available  # no Welsh dictionary: nothing flagged
        assert window.form.article().language == "cy"
        buddies = [w for w in window.form.details.findChildren(QLabel) if w.buddy() is combo]
        assert [b.text() for b in buddies] == ["Lang&uage:"]  # Alt+U reaches it (Alt+G is Tags)
    finally:
        close_window(qtbot, window)
