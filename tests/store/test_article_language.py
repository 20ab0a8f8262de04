"""An article's language (BCP 47) is kept wherever the article goes: the SQLite file, a reopened
library, revisions and restores, duplicates, Markdown and ninjs files (real files, real SQLite)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.app.library import duplicate_of
from editor.article import Article, from_dict
from editor.importers import frontmatter, ninjs, read_article_file
from editor.importers.errors import ImportFailed
from editor.store import ArticleStore
from tests.store.test_migrations import OLD_ARTICLE_ID, build_version_0001_database


def test_the_language_survives_reopening_revisions_restore_and_duplicating(tmp_path: Path) -> None:
    path = tmp_path / "copydesk.sqlite3"
    store = ArticleStore.open(path)
    try:
        article = Article(headline="Zwei Meter Schnee", body="Der Schnee liegt hoch.", language="de")
        store.save(article, revision="always")
        store.save(article.copy(language="fr", headline="Deux mètres de neige"), revision="always")
    finally:
        store.close()

    store = ArticleStore.open(path)
    try:
        assert store.get(article.id).language == "fr"
        first = store.revisions(article.id)[-1].id
        assert store.revision(article.id, first).language == "de"
        store.restore(article.id, first)
        assert store.get(article.id).language == "de"
        copy = duplicate_of(store.get(article.id), headline="Copie")
        store.save(copy)
        assert store.get(copy.id).language == "de"
    finally:
        store.close()


def test_a_library_from_before_languages_opens_with_its_articles_not_stated(tmp_path: Path) -> None:
    path = tmp_path / "copydesk.sqlite3"
    build_version_0001_database(path)
    store = ArticleStore.open(path)
    try:
        old = store.get(OLD_ARTICLE_ID)
        assert old.language == "" and old.headline == "Ferry service resumes after storm"
        store.save(old.copy(language="en-GB"))
        assert store.get(OLD_ARTICLE_ID).language == "en-GB"
    finally:
        store.close()


def test_markdown_and_ninjs_exports_carry_the_language_and_read_it_back(tmp_path: Path) -> None:
    article = Article(headline="مرحبا", body="النص.", language="ar")
    markdown = frontmatter.dumps(article)
    assert "\nlanguage: ar\n" in markdown
    data = ninjs.to_ninjs(article)
    assert data["language"] == "ar"
    (tmp_path / "story.md").write_text(markdown, encoding="utf-8")
    (tmp_path / "story.json").write_text(json.dumps(data), encoding="utf-8")
    assert read_article_file(tmp_path / "story.md").language == "ar"
    assert read_article_file(tmp_path / "story.json").language == "ar"


def test_a_language_tag_is_written_the_usual_way_and_nonsense_is_refused_in_one_line(tmp_path: Path) -> None:
    assert from_dict({"language": "en_gb"}).language == "en-GB"
    (tmp_path / "bad.md").write_text("---\nheadline: X\nlanguage: English please\n---\n\nBody\n")
    with pytest.raises(ImportFailed) as failure:
        read_article_file(tmp_path / "bad.md")
    assert "language" in str(failure.value) and "\n" not in str(failure.value)


def test_an_article_without_a_language_keeps_the_fingerprint_it_had_before_languages() -> None:
    """Stored fingerprints of stories written before this field stay equal, so saving one untouched
    (autosave of a story as it was opened) does not make a published story "changed since publish"."""
    from editor.article import to_dict
    from editor.store.rows import content_hash

    article = Article(headline="Ferry resumes", body="The first ferry left at dawn.")
    data = to_dict(article)
    before_languages = {k: v for k, v in data.items() if k != "language"}
    assert content_hash(data) == content_hash(before_languages)
    assert content_hash(to_dict(article.copy(language="fr"))) != content_hash(data)
