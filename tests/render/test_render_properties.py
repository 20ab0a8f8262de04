"""Property tests: no article, however strange or hostile its text, breaks rendering or the checklist."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from editor.article import Article, Byline, BylineRole, FeaturedImage, RelatedLink, Source, SourceKind
from editor.cli.findings import describe
from editor.render import render_article, render_document, run_checklist
from tests.render.html_checks import assert_harmless

HOSTILE = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    '<a href="javascript:alert(1)">x</a>',
    "<iframe src=//evil></iframe>",
    "<svg onload=alert(1)>",
    "![x](data:image/svg+xml;base64,PHN2Zz4=)",
    "javascript:alert(1)",
    '" onmouseover="alert(1)',
    "<!-- comment --><style>*{}</style>",
    "[^1]\n\n[^1]: note",
    "| a |\n|---|\n| <b>x</b> |",
    "> quote\n>> nested",
    "```\n<script>\n```",
    "*unclosed **emphasis",
    "\x00\x1b\u202e",
]
text = st.one_of(
    st.sampled_from(HOSTILE), st.text(max_size=40), st.lists(st.sampled_from(HOSTILE)).map("\n".join)
)
articles = st.builds(
    Article,
    headline=text,
    standfirst=text,
    body=st.lists(text, max_size=6).map("\n\n".join),
    bylines=st.lists(st.builds(Byline, text, st.sampled_from(BylineRole)), max_size=2),
    credit_line=text,
    dateline=text,
    sources=st.lists(st.builds(Source, text, st.sampled_from(SourceKind), text, text), max_size=2),
    related=st.lists(st.builds(RelatedLink, text, text), max_size=2),
    featured_image=st.none() | st.builds(FeaturedImage, text, text, text, text),
    editors_note=st.just("INTERNAL-NOTE-7f3a"),
)


@settings(max_examples=100, deadline=None)
@given(articles)
def test_any_article_renders_to_harmless_html_without_the_editors_note(article: Article) -> None:
    for html in (render_article(article), render_article(article, source_lines=True)):
        assert_harmless(html)
        assert "INTERNAL-NOTE-7f3a" not in html
    page = render_document(article)
    assert_harmless(page, own_stylesheet=True)
    assert "INTERNAL-NOTE-7f3a" not in page


@settings(max_examples=100, deadline=None)
@given(articles)
def test_the_checklist_answers_for_any_article(article: Article) -> None:
    problems = run_checklist(article)
    assert all(describe(p).strip() and "\n" not in describe(p) for p in problems)
