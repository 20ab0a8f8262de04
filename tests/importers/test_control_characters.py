"""Control characters (NUL, BEL, ESC sequences, DEL, C1) are stripped at every entry: files (front matter,
ninjs), the command line, and the store for single-line fields; tabs and line breaks stay in multi-line
fields. Real files, the real SQLite store, the CLI in-process."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from editor.article import Article, Byline
from editor.cli import main
from editor.importers import ninjs, read_article_file
from editor.store import ArticleStore

DIRTY_HEADLINE = "Storm\x1b[2J\x1b[H\x07 hits\x00 the\x9b31m coast\x7f"
DIRTY_BODY = "First\x00 line\x1b]0;pwned\x07.\n\n\tIndented\x1b[31m red\x1b[0m.\r\nLast\x08."


def _assert_clean(article: Article) -> None:
    assert article.headline == "Storm hits the coast"
    assert article.body == "First line.\n\n\tIndented red.\nLast."
    assert article.slug == "storm-hits"
    assert article.bylines[0].name == "Ann Lee"
    assert article.tags == ["weather", "coast"]


def test_a_markdown_file_brings_in_no_control_character(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    front = {"headline": DIRTY_HEADLINE, "slug": "storm\x00-hits", "bylines": ["Ann\x1b[1m Lee"],
             "tags": ["weather\x07", "coast"]}  # fmt: skip
    body = DIRTY_BODY.replace("\x00", "\x0e")  # a raw NUL makes it a binary file, refused as such
    path.write_text(f"---\n{json.dumps(front)}\n---\n\n{body}\n", encoding="utf-8")
    _assert_clean(read_article_file(path))


def test_a_ninjs_item_brings_in_no_control_character(tmp_path: Path) -> None:
    dirty = Article(
        headline=DIRTY_HEADLINE,
        body=DIRTY_BODY,
        slug="storm\x00-hits",
        bylines=[Byline("Ann\x1b[1m Lee")],
        tags=["weather\x07", "coast"],
    )
    path = tmp_path / "item.json"
    path.write_text(json.dumps(ninjs.to_ninjs(dirty)), encoding="utf-8")  # what another system may send
    _assert_clean(read_article_file(path))


def test_the_store_keeps_no_control_character_in_a_single_line_field(tmp_path: Path) -> None:
    store = ArticleStore.open(tmp_path / "copydesk.sqlite3")
    try:
        article = Article(
            headline=DIRTY_HEADLINE, slug="storm\x1b-hits", dateline="LISBON\x07", bylines=[Byline("Ann\x00")]
        )
        store.save(article)
        stored = store.get(article.id)
        assert (stored.headline, stored.slug, stored.dateline) == (
            "Storm hits the coast",
            "storm-hits",
            "LISBON",
        )
        assert stored.bylines[0].name == "Ann"
        assert [s.headline for s in store.list()] == ["Storm hits the coast"]
    finally:
        store.close()


def test_copydesk_new_strips_control_characters_from_its_arguments(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["new", "--headline", DIRTY_HEADLINE, "--section", "World\x1b[2J"]) == 0
    article_id = capsys.readouterr().out.strip()
    store = ArticleStore.open(data_dir / "copydesk.sqlite3")
    try:
        stored = store.get(article_id)
    finally:
        store.close()
    assert (stored.headline, stored.section) == ("Storm hits the coast", "World")
    assert stored.slug == "storm-hits-the-coast"
    assert main(["list"]) == 0
    assert "\x1b" not in capsys.readouterr().out
