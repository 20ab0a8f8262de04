"""The article's language and direction in every HTML Copydesk makes: the published fragment, the
exported page, the preview and Ghost's HTML; the sanitizer keeps lang/dir and nothing else like them."""

from __future__ import annotations

from editor.article import Article, Byline, Source
from editor.cms.client import RemotePost
from editor.cms.ghost_mapping import CARD_BEGIN, ghost_html
from editor.cms.ghost_pull import article_from_post as article_from_ghost
from editor.render import render_article, render_document
from editor.render.sanitize import sanitize_html


def story(language: str) -> Article:
    return Article(
        headline="عاصفة", body="قال المسؤولون إن الرياح قوية.\n", bylines=[Byline("سارة")],
        sources=[Source("وكالة")], language=language,
    )  # fmt: skip


def test_the_published_fragment_and_the_page_carry_language_and_direction() -> None:
    assert render_article(story("ar")).startswith('<article class="cd-article" lang="ar" dir="rtl">')
    assert render_article(story("he")).startswith('<article class="cd-article" lang="he" dir="rtl">')
    assert render_article(story("fr")).startswith('<article class="cd-article" lang="fr" dir="ltr">')
    assert render_article(story("")).startswith('<article class="cd-article" dir="auto">')
    assert '<html lang="ar" dir="rtl">' in render_document(story("ar"))


def test_the_sanitizer_keeps_lang_and_dir_but_only_real_values() -> None:
    kept = sanitize_html('<p dir="rtl" lang="ar">نص</p><span lang="en-GB">colour</span>')
    assert kept == '<p dir="rtl" lang="ar">نص</p><span lang="en-GB">colour</span>'
    dropped = sanitize_html('<p dir="sideways" lang="&quot;x onmouseover=alert(1)">t</p>')
    assert dropped == "<p>t</p>"


def test_ghost_gets_a_right_to_left_story_in_a_card_that_keeps_its_direction() -> None:
    html = ghost_html(render_article(story("ar")))
    assert html.startswith(CARD_BEGIN) and '<div class="cd-article" lang="ar" dir="rtl">' in html
    post = RemotePost(
        id="a" * 24, link="", status="publish", version="", slug="", title="عاصفة", content=html
    )
    pulled = article_from_ghost(post, "ghost")
    assert pulled.language == "ar" and pulled.body.strip() == "قال المسؤولون إن الرياح قوية."
    assert [s.name for s in pulled.sources] == ["وكالة"] and [b.name for b in pulled.bylines] == ["سارة"]
    # A left-to-right story stays editable in Ghost's editor: only its structured blocks are cards.
    ltr = ghost_html(render_article(story("fr")))
    assert '<div class="cd-article"' not in ltr and "\n<p>قال المسؤولون" in ltr
