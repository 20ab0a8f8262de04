"""Where an article's pictures may come from survives what the journalist does with it: saves from a window
that loaded it earlier, restoring an old revision, exporting and importing it again (real files, real
SQLite). The rules themselves are tested against the real WordPress in tests/sync/test_image_provenance.py."""

from __future__ import annotations

from pathlib import Path

from editor.article import Article, Origin
from editor.importers import frontmatter, read_article_file
from editor.store import ArticleStore


def test_placed_pictures_and_the_import_folder_survive_saves_restores_and_a_reimport(tmp_path: Path) -> None:
    desk, elsewhere = tmp_path / "desk", tmp_path / "elsewhere"
    desk.mkdir()
    elsewhere.mkdir()
    (desk / "story.md").write_text("---\nheadline: Harbour\n---\n\n![p](pic.png)\n")
    store = ArticleStore.open(tmp_path / "copydesk.sqlite3")
    try:
        imported = read_article_file(desk / "story.md")
        store.replace(imported, reason="imported", kept_reason="before")
        assert store.get(imported.id).origin == Origin(str(desk))

        placed = store.get(imported.id)
        placed.origin.placed.append("/home/ann/map.png")  # Insert Image in the window
        store.save(placed.copy(body=placed.body + "\n\n![m](/home/ann/map.png)"), revision="always")
        store.save(imported.copy(body="Typed in a window that loaded it before."))  # no placed picture
        assert store.get(imported.id).origin == Origin(str(desk), ["/home/ann/map.png"])

        first = store.revisions(imported.id)[-1].id
        store.restore(imported.id, first)
        assert store.get(imported.id).origin == Origin(str(desk), ["/home/ann/map.png"])

        (elsewhere / "copy.md").write_text(frontmatter.dumps(store.get(imported.id)))
        again = read_article_file(elsewhere / "copy.md")
        assert again.origin == Origin(str(elsewhere))  # a file never says what was placed
        store.replace(again, reason="imported again", kept_reason="before")
        assert store.get(imported.id).origin == Origin(str(elsewhere), ["/home/ann/map.png"])
    finally:
        store.close()


def test_an_article_made_in_the_app_has_no_import_folder(tmp_path: Path) -> None:
    store = ArticleStore.open(tmp_path / "copydesk.sqlite3")
    try:
        article = Article(headline="Typed here")
        store.save(article)
        assert store.get(article.id).origin == Origin()
    finally:
        store.close()
