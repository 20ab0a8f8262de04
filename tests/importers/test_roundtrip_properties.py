"""Property tests: whatever a journalist types, export then import gives the same article back.

Generated text includes unicode of every category (emoji, RTL, combining marks, control characters,
YAML's own line breaks U+0085/U+2028), quotes of every kind, YAML-special strings (``: # - ' "``,
``yes``, ``null``, ``---``) and leading/trailing whitespace. Documented normalisation: the Markdown
file keeps the body as :func:`frontmatter.normalise_body` gives it (LF endings, no leading blank
lines, no trailing whitespace); every other field, and everything in ninjs, comes back exactly. The
remote binding is never exported.
"""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from editor.article import (
    Article,
    Byline,
    BylineRole,
    FeaturedImage,
    RelatedLink,
    RemoteBinding,
    Source,
    SourceKind,
    Status,
)
from editor.importers import frontmatter, ninjs

TRICKY = [
    "",
    " ",
    "  leading",
    "trailing  ",
    "\n",
    "\ttab",
    "key: value",
    "# not a comment",
    "- not a list",
    "'single'",
    '"double"',
    "“curly” «guillemets» „low“",
    "yes",
    "no",
    "null",
    "~",
    "1.5",
    "0x1F",
    "2024-01-01",
    "---",
    "...",
    "&anchor *alias !tag",
    "{a: b}",
    "[1, 2]",
    "| folded >",
    "%YAML",
    "@at `tick`",
    "line\nbreak",
    "crlf\r\nline",
    "\x85nel\u2028ls\u2029ps",
    "\ufeffbom",
    "emoji 🗞️ RTL مرحبا combining é",
]
any_text = st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=30)
text = st.one_of(
    st.sampled_from(TRICKY), any_text, st.lists(st.sampled_from(TRICKY), max_size=4).map("".join)
)
body = st.lists(
    st.one_of(text, st.sampled_from(["\n\n", "> quote\n", "## Sub\n", "    code\n", "  \n"])), max_size=8
).map("".join)
stamp = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC))

articles = st.builds(
    Article,
    id=st.uuids().map(str),
    headline=text,
    standfirst=text,
    body=body,
    bylines=st.lists(st.builds(Byline, text, st.sampled_from(BylineRole)), max_size=3),
    credit_line=text,
    dateline=text,
    sources=st.lists(st.builds(Source, text, st.sampled_from(SourceKind), text, text), max_size=3),
    related=st.lists(st.builds(RelatedLink, text, text, text, st.none() | st.integers(0, 2**40)), max_size=3),
    section=text,
    tags=st.lists(text, max_size=4),
    slug=text,
    featured_image=st.none() | st.builds(FeaturedImage, text, text, text, text),
    embargo=st.none() | stamp,
    editors_note=text,
    status=st.sampled_from(Status),
    remote=st.none() | st.builds(RemoteBinding, text, st.integers(1, 10**6)),
    created=stamp,
    updated=stamp,
)
PROPERTY = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(articles)
def test_markdown_front_matter_round_trip_loses_nothing(article: Article) -> None:
    text_file = frontmatter.dumps(article)
    expected = article.copy(body=frontmatter.normalise_body(article.body), remote=None)
    assert frontmatter.loads(text_file) == expected
    assert frontmatter.dumps(frontmatter.loads(text_file)) == text_file


@PROPERTY
@given(articles)
def test_markdown_file_survives_windows_line_endings_and_a_bom(article: Article) -> None:
    article = article.copy(body=frontmatter.normalise_body(article.body), remote=None)
    windows = "\ufeff" + frontmatter.dumps(article).replace("\n", "\r\n")
    assert frontmatter.loads(windows) == article


@PROPERTY
@given(articles)
def test_ninjs_round_trip_loses_nothing(article: Article) -> None:
    expected = article.copy(remote=None)
    assert ninjs.from_ninjs(ninjs.to_ninjs(article)) == expected
    assert ninjs.loads(ninjs.dumps(article)) == expected


@settings(max_examples=50, deadline=None)
@given(articles)
def test_markdown_and_ninjs_agree(article: Article) -> None:
    via_markdown = frontmatter.loads(frontmatter.dumps(article))
    assert ninjs.loads(ninjs.dumps(via_markdown)) == via_markdown
