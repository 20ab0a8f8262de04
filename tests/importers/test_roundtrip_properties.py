"""Property tests: whatever a journalist types, export then import gives the same article back.

Generated text includes unicode of every category but control characters (emoji, RTL, combining marks,
the line and paragraph separators U+2028/U+2029), quotes of every kind, YAML-special strings (``: # - '
"``, ``yes``, ``null``, ``---``) and leading/trailing whitespace; multi-line fields also tabs and line
breaks. Documented normalisation: the Markdown file keeps the body as :func:`frontmatter.normalise_body`
gives it (LF endings, no leading blank lines, no trailing whitespace); every other field, and everything
in ninjs, comes back exactly. The remote binding is never exported.

Control characters (NUL, BEL, ESC sequences, CR, NEL...) are stripped by every importer
(``editor.control_chars``): the last property puts them into every field and checks that exactly the text
around them comes back.
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
    "\u2028ls\u2029ps",
    "\ufeffbom",
    "emoji 🗞️ RTL مرحبا combining é",
]
# Tabs and line breaks belong to multi-line fields only (standfirst, body, editor's note, a source's note).
LINE_BREAKS = ("\n", "\ttab", "line\nbreak")
LINE_TRICKY = [t for t in TRICKY if t not in LINE_BREAKS]
any_text = st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=30)
text = st.one_of(
    st.sampled_from(LINE_TRICKY), any_text, st.lists(st.sampled_from(LINE_TRICKY), max_size=4).map("".join)
)
prose = st.one_of(
    st.sampled_from(TRICKY), any_text, st.lists(st.sampled_from(TRICKY), max_size=4).map("".join)
)
body = st.lists(
    st.one_of(prose, st.sampled_from(["\n\n", "> quote\n", "## Sub\n", "    code\n", "  \n"])), max_size=8
).map("".join)
stamp = st.datetimes(min_value=datetime(1970, 1, 1), max_value=datetime(2200, 1, 1), timezones=st.just(UTC))

articles = st.builds(
    Article,
    id=st.uuids().map(str),
    headline=text,
    standfirst=prose,
    body=body,
    bylines=st.lists(st.builds(Byline, text, st.sampled_from(BylineRole)), max_size=3),
    credit_line=text,
    dateline=text,
    sources=st.lists(st.builds(Source, text, st.sampled_from(SourceKind), text, prose), max_size=3),
    related=st.lists(st.builds(RelatedLink, text, text, text, st.none() | st.integers(0, 2**40)), max_size=3),
    section=text,
    tags=st.lists(text, max_size=4),
    slug=text,
    featured_image=st.none() | st.builds(FeaturedImage, text, text, text, text),
    embargo=st.none() | stamp,
    editors_note=prose,
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


# Control characters that end where they are (a lone ESC or C1 string opener would also swallow what follows,
# as a terminal does; CR and NEL are line breaks, kept as LF): C0 but tab and LF, DEL, C1, escape sequences.
CONTROLS = st.sampled_from(
    [chr(c) for c in range(0x20) if chr(c) not in "\t\n\r\x1b"]
    + ["\x7f", "\x80", "\x81", "\x9c"]
    + ["\x1b[2J", "\x1b[1;31m", "\x1b]0;title\x07", "\x1b]8;;http://x\x1b\\", "\x9b0K"]
)


def _dirtied(clean: st.SearchStrategy[str]) -> st.SearchStrategy[tuple[str, str]]:
    """(text with control characters between its pieces, the same text without them)."""
    pieces = st.lists(st.tuples(clean, st.lists(CONTROLS, max_size=2).map("".join)), max_size=4)
    return pieces.map(lambda p: ("".join(c + k for c, k in p), "".join(c for c, _k in p)))


@st.composite
def dirty_articles(draw: st.DrawFn) -> tuple[Article, Article]:
    """An article with control characters in every text field, and the article they hide."""
    fields = {
        name: draw(_dirtied(text)) for name in ("headline", "credit_line", "dateline", "section", "slug")
    }
    fields |= {name: draw(_dirtied(prose)) for name in ("standfirst", "body", "editors_note")}
    byline, tag = draw(_dirtied(text)), draw(_dirtied(text))
    source = (draw(_dirtied(text)), draw(_dirtied(prose)))
    dirty = Article(
        **{k: v[0] for k, v in fields.items()},
        bylines=[Byline(byline[0] or "x")],
        tags=[tag[0]],
        sources=[Source(source[0][0] or "x", note=source[1][0])],
    )
    clean = Article(
        id=dirty.id,
        **{k: v[1] for k, v in fields.items()},
        bylines=[Byline(byline[1] if byline[0] else "x")],
        tags=[tag[1]],
        sources=[Source(source[0][1] if source[0][0] else "x", note=source[1][1])],
        created=dirty.created,
        updated=dirty.updated,
    )
    return dirty, clean


@PROPERTY
@given(dirty_articles())
def test_control_characters_put_in_come_out_stripped_and_nothing_else_changes(
    pair: tuple[Article, Article],
) -> None:
    dirty, clean = pair
    via_ninjs = ninjs.loads(ninjs.dumps(dirty))
    assert via_ninjs == clean
    via_markdown = frontmatter.loads(frontmatter.dumps(dirty))
    normalised = frontmatter.normalise_body
    assert via_markdown.copy(body=normalised(via_markdown.body)) == clean.copy(body=normalised(clean.body))
