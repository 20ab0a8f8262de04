"""The article template: what a reader sees around the body, on WordPress and in an exported page."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from editor.article import (
    Article,
    Byline,
    BylineRole,
    FeaturedImage,
    RelatedLink,
    Source,
    SourceKind,
)
from editor.render import render_article, render_document
from tests.render.html_checks import assert_harmless, parse


@pytest.fixture
def story() -> Article:
    return Article(
        headline="Storm cuts power to half of the city",
        standfirst="Repairs could take a week, the utility says.",
        body='Winds of 140 km/h toppled lines overnight.\n\n"We will rebuild," the mayor said.\n',
        bylines=[Byline("Anna Petrova"), Byline("Ivan Sokolov", BylineRole.PHOTOGRAPHER)],
        credit_line="Staff reporter with AFP",
        dateline="MOSCOW",
        sources=[
            Source("AFP", SourceKind.NEWS_AGENCY, "https://www.afp.com/", "wire copy, 06:10"),
            Source("Mayor's office", SourceKind.DOCUMENT),
        ],
        related=[
            RelatedLink("Last winter's blackout", "https://news.example/blackout"),
            RelatedLink("Draft explainer", local_id="4b2d"),
        ],
        section="City",
        featured_image=FeaturedImage("https://img.example/storm.jpg", "Fallen lines", "I. Sokolov", "Lines"),
        editors_note="CHECK the mayor quote with the office before 10:00",
        embargo=datetime(2030, 1, 1, tzinfo=UTC),
    )


def test_the_fragment_has_byline_dateline_body_sources_related_in_order(story: Article) -> None:
    html = render_article(story)
    parsed = parse(html)
    assert parsed.elements[0].tag == "article" and parsed.elements[0].attrs["class"] == "cd-article"
    order = [
        html.index(marker) for marker in ("cd-byline", "cd-dateline", "Winds", "cd-sources", "cd-related")
    ]
    assert order == sorted(order)
    byline = parsed.find_all("p", "cd-byline")[0]
    assert byline.text == "By Anna Petrova, Ivan Sokolov (photographer) · Staff reporter with AFP"
    assert parsed.find_all("span", "cd-credit")[0].text == "Staff reporter with AFP"


def test_the_dateline_starts_the_first_paragraph(story: Article) -> None:
    first_paragraph = next(p for p in parse(render_article(story)).find_all("p") if "Winds" in p.text)
    assert first_paragraph.text.startswith("MOSCOW — Winds of 140 km/h")


def test_the_dateline_still_starts_the_first_paragraph_with_source_lines(story: Article) -> None:
    first = next(
        p for p in parse(render_article(story, source_lines=True)).find_all("p") if "Winds" in p.text
    )
    assert first.text.startswith("MOSCOW — Winds")
    assert first.attrs["data-source-line"] == "0"


def test_a_dateline_stands_alone_when_the_body_opens_with_a_heading(story: Article) -> None:
    story.body = "## What happened\n\nWinds toppled lines."
    story.dateline = "KYIV, Nov. 25 –"
    parsed = parse(render_article(story))
    assert parsed.find_all("p", "cd-dateline")[0].text == "KYIV, Nov. 25 –"


def test_sources_show_kind_linked_name_and_note(story: Article) -> None:
    items = parse(render_article(story)).find_all("li", "cd-source")
    assert [i.text for i in items] == [
        "News agency: AFP — wire copy, 06:10",
        "Official document: Mayor's office",
    ]
    links = [a for a in parse(render_article(story)).find_all("a") if a.text == "AFP"]
    assert links[0].attrs["href"] == "https://www.afp.com/"


def test_related_links_without_a_url_are_shown_unlinked(story: Article) -> None:
    parsed = parse(render_article(story))
    items = parsed.find_all("li", "cd-related-link")
    assert [i.text for i in items] == ["Last winter's blackout", "Draft explainer"]
    hrefs = [
        a.attrs.get("href")
        for a in parsed.find_all("a")
        if a.text in ("Last winter's blackout", "Draft explainer")
    ]
    assert hrefs == ["https://news.example/blackout"]


def test_no_headline_in_the_fragment_and_empty_blocks_are_left_out() -> None:
    html = render_article(Article(headline="Unique headline text", body="Just text."))
    assert "Unique headline text" not in html
    for block in ("cd-byline", "cd-sources", "cd-related", "cd-dateline"):
        assert block not in html


def test_the_editors_note_is_never_rendered(story: Article) -> None:
    assert "CHECK the mayor" not in render_article(story)
    assert "CHECK the mayor" not in render_article(story, source_lines=True)
    assert "CHECK the mayor" not in render_document(story)


def test_the_standalone_page_has_headline_standfirst_image_and_the_article(story: Article) -> None:
    page = render_document(story)
    assert page.startswith("<!DOCTYPE html>")
    parsed = parse(page)
    assert parsed.find_all("title")[0].text == story.headline
    assert parsed.find_all("h1", "cd-headline")[0].text == story.headline
    assert parsed.find_all("p", "cd-standfirst")[0].text == story.standfirst
    image = parsed.find_all("img")[0]
    assert (image.attrs["src"], image.attrs["alt"]) == ("https://img.example/storm.jpg", "Lines")
    assert parsed.find_all("figcaption")[0].text == "Fallen lines I. Sokolov"
    assert parsed.find_all("article", "cd-article")


def test_a_local_featured_image_is_referenced_as_a_file_uri(story: Article, tmp_path) -> None:
    story.featured_image = FeaturedImage(str(tmp_path / "storm photo.jpg"), alt="Lines")
    image = parse(render_document(story)).find_all("img")[0]
    assert image.attrs["src"] == (tmp_path / "storm photo.jpg").as_uri()


HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "<iframe src=javascript:alert(1)></iframe>",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(document.cookie)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "' onmouseover='alert(1)",
]


@pytest.mark.parametrize("payload", HOSTILE)
def test_hostile_text_in_every_field_is_neutralised(payload: str) -> None:
    article = Article(
        headline=payload,
        standfirst=payload,
        body=f"{payload}\n\n[link]({payload})\n\n![img]({payload})",
        bylines=[Byline(payload)],
        credit_line=payload,
        dateline=payload,
        sources=[Source(payload, url=payload, note=payload), Source("Agency", url=payload)],
        related=[RelatedLink(payload, url=payload)],
        section=payload,
        featured_image=FeaturedImage(payload, payload, payload, payload),
    )
    pages = [
        assert_harmless(render_article(article)),
        assert_harmless(render_article(article, source_lines=True)),
    ]
    pages.append(assert_harmless(render_document(article), own_stylesheet=True))
    if "<" in payload:
        for parsed in pages:
            assert payload in parsed.text  # shown to the reader as text, not swallowed silently
